// Lookups over an extraction's JSON that the store, the API and the web explorer all make: the sentence at an
// offset, whether a date lies in a range. Pure functions with no Node dependency, so that the explorer's bundle
// imports this very module.
import { dayInterval, overlaps } from "./dates/index.ts";
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

/**
 * True when the days an EDTF date allows overlap [from, to], each bound taken at its own precision (from 1941:
 * from 1 January 1941; to 1941-04: up to 30 April). With a bound, an undated event (no date, or a value that is
 * not EDTF, like PRESENT_REF) does not pass; a bound that is not a date bounds nothing.
 */
export function dateWithin(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  const span = dayInterval(date);
  if (!span) return false;
  return overlaps(span, { earliest: dayInterval(from)?.earliest ?? null, latest: dayInterval(to)?.latest ?? null });
}

/**
 * The first and last day a date covers, as the views and exports draw it: an interval open or unknown at one
 * end ("1941/..", "../1945") covers its known end alone. Null when the value is no EDTF date (PRESENT_REF).
 */
export function datedSpan(date: string | null | undefined): { earliest: string; latest: string } | null {
  let span = dayInterval(date);
  if (span && (span.earliest === null || span.latest === null)) span = dayInterval(date!.split("/")[span.earliest === null ? 1 : 0]);
  return span && span.earliest !== null && span.latest !== null ? { earliest: span.earliest, latest: span.latest } : null;
}
