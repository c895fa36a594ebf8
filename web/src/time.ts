// Dates for the views, from BCE to the present: EDTF values as day ranges, the months of the shared time
// control, readable date labels and the date a user types into a filter ("1648", "1930s", "490 BC").
import { dateHead } from "../../src/query.ts";

export type Range = [number, number];

const DAY = 86_400_000;
/** EDTF seasons (21–24) as their first and last month. */
const SEASONS: Record<number, [number, number]> = { 21: [3, 5], 22: [6, 8], 23: [9, 11], 24: [12, 14] };
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not. */
export function utc(year: number, month = 0, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

function parts(head: string): [number, number | undefined, number | undefined] {
  const negative = head.startsWith("-");
  const [y, m, d] = (negative ? head.slice(1) : head).split("-").map(Number);
  return [negative ? -y : y, m, d];
}

/** First and last millisecond an EDTF value covers ("1941" → all of 1941; "-0490" is 491 BCE; "1939-22" summer 1939). */
export function edtfRange(edtf: string | null | undefined): Range | null {
  if (!edtf) return null;
  const [first, second] = edtf.split("/");
  const a = dateHead(first.replace(/^\.\./, ""));
  if (!a) return null;
  const b = second && second !== ".." ? (dateHead(second) ?? a) : a;
  return [bounds(a)[0], bounds(b)[1]];
}

function bounds(head: string): Range {
  const [y, m, d] = parts(head);
  if (m && SEASONS[m]) return [utc(y, SEASONS[m][0] - 1, 1), utc(y, SEASONS[m][1], 1) - 1];
  if (m && d) return [utc(y, m - 1, d), utc(y, m - 1, d + 1) - 1];
  if (m) return [utc(y, m - 1, 1), utc(y, m, 1) - 1];
  return [utc(y, 0, 1), utc(y + 1, 0, 1) - 1];
}

/** The astronomical year of a timestamp (0 is 1 BCE). */
export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

export function yearLabel(year: number): string {
  return year <= 0 ? `${1 - year} BCE` : String(year);
}

/** Months since year 0: the steps of the shared time control. */
export function monthIndex(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The last millisecond of a month index. */
export function monthEnd(index: number): number {
  const year = Math.floor(index / 12);
  return utc(year, index - year * 12 + 1, 1) - 1;
}

/** EDTF of a month index (YYYY-MM, with a minus and four digits before year 1). */
export function monthEdtf(index: number): string {
  const year = Math.floor(index / 12);
  const month = String(index - year * 12 + 1).padStart(2, "0");
  return `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}-${month}`;
}

export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${MONTHS[index - year * 12].slice(0, 3)} ${yearLabel(year)}`;
}

/** "13 April 1941", "April 1941", "1941", "491 BCE", "1941 – 1945" for intervals; uncertainty kept as "?". */
export function formatEdtf(edtf: string | null | undefined): string {
  if (!edtf) return "undated";
  if (edtf.includes("/")) return edtf.split("/").map((p) => (p === ".." || p === "" ? "…" : formatEdtf(p))).join(" – ");
  const head = dateHead(edtf);
  if (!head) return edtf;
  const [y, m, d] = parts(head);
  const mark = /[?~%]/.test(edtf.slice(head.length)) ? " (approx.)" : "";
  if (m && SEASONS[m]) return `${["spring", "summer", "autumn", "winter"][m - 21]} ${yearLabel(y)}${mark}`;
  if (m && d) return `${d} ${MONTHS[m - 1]} ${yearLabel(y)}${mark}`;
  if (m) return `${MONTHS[m - 1]} ${yearLabel(y)}${mark}`;
  return `${yearLabel(y)}${mark}`;
}

export interface TypedDate {
  /** EDTF of the first and last day the input covers. */
  from: string;
  to: string;
}

const pad = (year: number) => `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`;

/**
 * What a user types into a date filter: "1648", "1648-10", "1648-10-24", "1930s", "490 BC", "490 BCE", "-0490",
 * "19th century". Returns the days it covers, or an error message to show (never drops the input silently).
 */
export function parseTypedDate(input: string): TypedDate | { error: string } {
  const s = input.trim().replace(/\s+/g, " ");
  let m = /^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = m[2] ? Number(m[2]) : undefined;
    const day = m[3] ? Number(m[3]) : undefined;
    if (month !== undefined && (month < 1 || month > 12)) return { error: `“${input}”: no month ${m[2]}` };
    if (day !== undefined && (day < 1 || day > 31)) return { error: `“${input}”: no day ${m[3]}` };
    const edtf = `${pad(year)}${m[2] ? `-${m[2]}` : ""}${m[3] ? `-${m[3]}` : ""}`;
    return { from: edtf, to: edtf };
  }
  m = /^(\d{1,4}) ?(BCE?|B\.C\.(?:E\.)?)$/i.exec(s);
  if (m) {
    const year = pad(1 - Number(m[1]));
    return { from: year, to: year };
  }
  m = /^(\d{1,3})0'?s$/.exec(s);
  if (m) return { from: pad(Number(m[1]) * 10), to: pad(Number(m[1]) * 10 + 9) };
  m = /^(\d{1,2})(?:st|nd|rd|th) century( BCE?)?$/i.exec(s);
  if (m) {
    const c = Number(m[1]);
    return m[2] ? { from: pad(1 - c * 100), to: pad(1 - (c - 1) * 100 - 1) } : { from: pad((c - 1) * 100 + 1), to: pad(c * 100) };
  }
  return { error: `“${input}” is not a date: type a year (1648), a month (1648-10), a day (1648-10-24), a decade (1930s) or a BCE year (490 BC)` };
}

export { DAY };
