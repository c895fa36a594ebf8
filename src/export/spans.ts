// Time spans of events and treaty lives as calendar days (xsd:date, BCE as "-0490-01-01"), for the exports
// that carry time: GEXF spells, TimelineJS end dates and eras.
import { addDuration } from "../dates/index.ts";
import { datedSpan } from "../query.ts";
import type { Treaty } from "../schema.ts";

export interface Spell {
  start: string;
  /** Absent when the end is not known (the span is open). */
  end?: string;
}

/** The days an EDTF value covers ("1941" → 1941-01-01 … 1941-12-31; "1941-06/1941-07" from its first to its last day). */
export function edtfSpan(edtf: string | null | undefined): Spell | null {
  const span = datedSpan(edtf);
  return span && { start: span.earliest, end: span.latest };
}

/** A treaty's life: from signing to its stated end, or to signing plus its duration; open when neither is known. */
export function treatySpan(t: Treaty): Spell | null {
  const signed = datedSpan(t.signed);
  if (!signed) return null;
  const end = datedSpan(t.ends)?.latest ?? (t.duration ? addDuration(signed.earliest, t.duration) : null);
  return end ? { start: signed.earliest, end } : { start: signed.earliest };
}
