// Time spans of events and treaty lives as calendar days (xsd:date, BCE as "-0490-01-01"), for the exports
// that carry time: GEXF spells, TimelineJS end dates and eras.
import type { Treaty } from "../schema.ts";

export interface Spell {
  start: string;
  /** Absent when the end is not known (the span is open). */
  end?: string;
}

const HEAD = /^(-?)(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;
const SEASON_MONTHS: Record<number, [number, number]> = { 21: [3, 5], 22: [6, 8], 23: [9, 11], 24: [12, 12] };

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(2000 + (((year % 400) + 400) % 400), month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const day = (year: number, month: number, d: number) => `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}-${pad(month)}-${pad(d)}`;

/** First and last day of one EDTF date ("1941" → 1941-01-01 … 1941-12-31), or null. */
export function edtfDays(edtf: string | null | undefined): { first: string; last: string } | null {
  if (!edtf) return null;
  const m = HEAD.exec(edtf.replace(/^\.\./, ""));
  if (!m) return null;
  const year = Number(m[2]) * (m[1] ? -1 : 1);
  const month = m[3] ? Number(m[3]) : undefined;
  const d = m[4] ? Number(m[4]) : undefined;
  if (month && SEASON_MONTHS[month]) {
    const [a, b] = SEASON_MONTHS[month];
    return { first: day(year, a, 1), last: day(year, b, lastDay(year, b)) };
  }
  if (month && (month < 1 || month > 12)) return null;
  if (month && d) return { first: day(year, month, d), last: day(year, month, d) };
  if (month) return { first: day(year, month, 1), last: day(year, month, lastDay(year, month)) };
  return { first: day(year, 1, 1), last: day(year, 12, 31) };
}

/** The span an EDTF value covers (an interval "1941-06/1941-07" from its first to its last day). */
export function edtfSpan(edtf: string | null | undefined): Spell | null {
  if (!edtf) return null;
  const [a, b] = edtf.split("/");
  const first = edtfDays(a);
  if (!first) return null;
  const last = b && b !== ".." ? (edtfDays(b) ?? first) : first;
  return { start: first.first, end: last.last };
}

/** A treaty's life: from signing to its stated end, or to signing plus its duration; open when neither is known. */
export function treatySpan(t: Treaty): Spell | null {
  const signed = edtfDays(t.signed);
  if (!signed) return null;
  const ends = edtfDays(t.ends);
  if (ends) return { start: signed.first, end: ends.last };
  const years = t.duration ? /^P(\d+)Y$/.exec(t.duration) : null;
  if (years) {
    const [y, m, d] = signed.first.replace(/^-/, "").split("-").map(Number);
    const year = (signed.first.startsWith("-") ? -y : y) + Number(years[1]);
    return { start: signed.first, end: day(year, m, Math.min(d, lastDay(year, m))) };
  }
  return { start: signed.first };
}
