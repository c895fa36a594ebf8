// The lifetimes of the states a document names, from the historical gazetteer: when each existed and which
// state came before and after it. The explorer resolves a state by date with them (the People's Republic of
// China named in an 1869 sentence is the Qing state then; a treaty of the Russian Empire is not live in 1932).
import { gazetteer } from "../entities/gazetteer.ts";
import type { Extraction, StateLife } from "../schema.ts";

export type { StateLife };

/** Every state with a Wikidata id that the document links, and the states before and after it, by Wikidata id. */
export function statesOf(x: Extraction): Record<string, StateLife> {
  const g = gazetteer();
  const byQid = new Map(g.entries.filter((e) => e.kind === "state" && e.wikidata).map((e) => [e.wikidata!, e]));
  const out: Record<string, StateLife> = {};
  const qidOf = (id: string | undefined) => (id ? (g.byId.get(id)?.wikidata ?? null) : null);
  const visit = (qid: string | null) => {
    if (!qid || out[qid]) return;
    const e = byQid.get(qid);
    if (!e) return;
    out[qid] = { label: e.label, from: e.valid?.[0] ?? null, to: e.valid?.[1] ?? null, predecessor: qidOf(e.predecessor), successor: qidOf(e.successor) };
    visit(out[qid].predecessor);
    visit(out[qid].successor);
  };
  for (const e of x.entities) visit(e.wikidata);
  return out;
}
