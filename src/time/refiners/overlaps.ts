// Keeps one proposal where several overlap: the longest (in tokens), then the earliest start, then
// the first parser in the configuration order. Proposals come in text order, so overlapping ones form
// short clusters; only those are ranked, which keeps the refiner linear in the number of proposals.
import type { Proposal } from "../proposal.ts";
import type { Refiner } from "../parser.ts";

function choose(cluster: { p: Proposal; order: number }[], out: Proposal[]): void {
  if (cluster.length === 1) {
    out.push(cluster[0].p);
    return;
  }
  cluster.sort((a, b) => b.p.end - b.p.start - (a.p.end - a.p.start) || a.p.start - b.p.start || a.order - b.order);
  let from = Infinity;
  let to = 0;
  for (const { p } of cluster) {
    from = Math.min(from, p.start);
    to = Math.max(to, p.end);
  }
  const taken = new Uint8Array(to - from);
  const kept: Proposal[] = [];
  for (const { p } of cluster) {
    let free = true;
    for (let i = p.start; i < p.end && free; i++) free = taken[i - from] === 0;
    if (!free) continue;
    taken.fill(1, p.start - from, p.end - from);
    kept.push(p);
  }
  kept.sort((a, b) => a.start - b.start);
  out.push(...kept);
}

/** True when the proposals' starts never decrease (the parsers' text order usually is). */
function inStartOrder(proposals: Proposal[]): boolean {
  for (let i = 1; i < proposals.length; i++) if (proposals[i].start < proposals[i - 1].start) return false;
  return true;
}

export const removeOverlaps: Refiner = (_s, proposals) => {
  // a stable sort by start leaves proposals already in start order as they are
  const items = proposals.map((p, order) => ({ p, order }));
  const sorted = inStartOrder(proposals) ? items : items.sort((a, b) => a.p.start - b.p.start || a.order - b.order);
  const out: Proposal[] = [];
  let from = 0; // the current cluster is sorted[from, i)
  let clusterEnd = -1;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i].p;
    if (i > from && p.start >= clusterEnd) {
      if (i - from === 1) out.push(sorted[from].p);
      else choose(sorted.slice(from, i), out);
      from = i;
    }
    clusterEnd = Math.max(clusterEnd, p.end);
  }
  if (sorted.length - from === 1) out.push(sorted[from].p);
  else if (sorted.length > from) choose(sorted.slice(from), out);
  return out;
};
