// The reasoner over several documents: each document is reasoned on with its own entities; the answers
// are joined, each treaty reference naming its document. Documents that do not know both actors are skipped.
import { AnnalistError } from "../errors.ts";
import { relations, type Binding, type RelationsResult } from "./relations.ts";
import type { SourceDocument } from "./sources.ts";
import { whatif, type Scenario, type WhatifAnswer } from "./whatif.ts";

function skippable(e: unknown): boolean {
  return e instanceof AnnalistError && e.code === "UNKNOWN_ACTOR";
}

export function whatifMany(docs: SourceDocument[], scenario: Scenario): WhatifAnswer {
  if (docs.length === 1) return whatif(docs[0].extraction, scenario);
  let joined: WhatifAnswer | null = null;
  let firstError: unknown = null;
  for (const d of docs) {
    let r: WhatifAnswer;
    try {
      r = whatif(d.extraction, scenario);
    } catch (e) {
      if (!skippable(e)) throw e;
      firstError ??= e;
      continue;
    }
    const tag = <T extends { treaty: { id: string; name: string } }>(x: T) => ({ ...x, treaty: { ...x.treaty, document: d.name } });
    const tagged = {
      ...r,
      obligations: r.obligations.map(tag),
      breaches: r.breaches.map(tag),
      notInForce: r.notInForce.map(tag),
      conditional: r.conditional.map(tag),
      notTriggered: r.notTriggered.map(tag),
    };
    if (!joined) joined = tagged;
    else {
      joined.obligations.push(...tagged.obligations);
      joined.breaches.push(...tagged.breaches);
      joined.notInForce.push(...tagged.notInForce);
      joined.conditional.push(...tagged.conditional);
      joined.notTriggered.push(...tagged.notTriggered);
    }
  }
  if (!joined) throw firstError ?? new AnnalistError("no document to reason on", "NOT_FOUND");
  return joined;
}

export function relationsMany(docs: SourceDocument[], a: string, b: string): RelationsResult {
  if (docs.length === 1) return relations(docs[0].extraction, a, b);
  let pair: RelationsResult["pair"] | null = null;
  const treaties: (Binding & { document?: string })[] = [];
  let firstError: unknown = null;
  for (const d of docs) {
    try {
      const r = relations(d.extraction, a, b);
      pair ??= r.pair;
      treaties.push(...r.treaties.map((t) => ({ ...t, document: d.name })));
    } catch (e) {
      if (!skippable(e)) throw e;
      firstError ??= e;
    }
  }
  if (!pair) throw firstError ?? new AnnalistError("no document to reason on", "NOT_FOUND");
  const key = (t: Binding) => t.signed ?? "9999";
  treaties.sort((p, q) => (key(p) < key(q) ? -1 : key(p) > key(q) ? 1 : 0));
  return { pair, treaties };
}
