// Lookups over an extraction's JSON that the store, the API and the web explorer all make: the sentence at an
// offset, the leading date of an EDTF value, whether a date lies in a range. Pure functions with no Node
// dependency, so that the explorer's bundle imports this very module.
import type { Sentence } from "./schema.ts";

/** Index of the sentence that contains an offset, by binary search over sentences sorted by start; -1 when none does. */
export function sentenceAt(sentences: readonly Pick<Sentence, "start" | "end">[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The leading [-]YYYY[-MM[-DD]] of an EDTF value, or null (e.g. for "194X" or an interval's open start ".."). */
export function dateHead(edtf: string): string | null {
  return edtf.match(/^-?\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0] ?? null;
}

/** True when an EDTF date's leading part falls within [from, to], compared at the precision of each bound. */
export function dateWithin(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  const head = date ? dateHead(date) : null;
  if (!head) return false;
  if (from && head.slice(0, from.length) < from) return false;
  if (to && head.slice(0, to.length) > to) return false;
  return true;
}
