// The what-if question of the API, answered by the reasoner in src/reason.
import { AnnalistError } from "../errors.ts";
import type { Extraction, WhatifResult } from "../schema.ts";

type Reasoner = (extraction: Extraction, scenario: { attacker: string; target: string; date: string; unprovoked?: boolean }) => WhatifResult;

let reasoner: Promise<Reasoner | null> | undefined;

async function loadReasoner(): Promise<Reasoner | null> {
  try {
    const reasonModule = "../reason/index.ts"; // not a literal: the reasoner may not be there yet
    const mod = (await import(reasonModule)) as { whatif?: Reasoner };
    return mod.whatif ?? null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") return null;
    throw e;
  }
}

export async function runWhatif(extraction: Extraction, q: { attacker: string; target: string; date: string; unprovoked?: boolean }): Promise<WhatifResult> {
  reasoner ??= loadReasoner();
  const whatif = await reasoner;
  if (!whatif) reasoner = undefined; // try again on the next question: the reasoner may have been added since
  if (!whatif) throw new AnnalistError("the what-if reasoner is not built yet", "NOT_YET");
  return whatif(extraction, { attacker: actorName(extraction, q.attacker), target: actorName(extraction, q.target), date: q.date, unprovoked: q.unprovoked });
}

/** The API also accepts the document's entity ids ("e12"); the reasoner takes Wikidata ids, names or aliases. */
function actorName(extraction: Extraction, actor: string): string {
  const entity = extraction.entities.find((e) => e.id === actor);
  return entity ? (entity.wikidata ?? entity.label) : actor;
}
