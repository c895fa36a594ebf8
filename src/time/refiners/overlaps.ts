// Keeps one proposal where several overlap: the longest (in tokens), then the earliest start, then
// the first parser in the configuration order.
import type { Proposal } from "../proposal.ts";
import type { Refiner } from "../parser.ts";

export const removeOverlaps: Refiner = (_s, proposals) => {
  const ranked = proposals.map((p, order) => ({ p, order }));
  ranked.sort((a, b) => b.p.end - b.p.start - (a.p.end - a.p.start) || a.p.start - b.p.start || a.order - b.order);
  // mark taken tokens; proposals are short, so this stays linear in the number of tokens
  const taken = new Set<number>();
  const kept: Proposal[] = [];
  for (const { p } of ranked) {
    let free = true;
    for (let i = p.start; i < p.end && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = p.start; i < p.end; i++) taken.add(i);
    kept.push(p);
  }
  return kept.sort((a, b) => a.start - b.start);
};
