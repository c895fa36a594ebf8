// Dates for the views, from BCE to the present: EDTF values as millisecond ranges (the days src/dates gives
// them), the months of the shared time control, readable date labels and the date a user types into a filter
// ("1648", "1930s", "490 BC").
import { addDuration, dayInterval, dayNumber, dayOfNumber, daysInMonth, formatDay, parseDay, type Day } from "../../src/dates/index.ts";
import { datedSpan } from "../../src/query.ts";

export type Range = [number, number];

const DAY = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SEASONS: Record<number, string> = { 21: "spring", 22: "summer", 23: "autumn", 24: "winter" };

/** The first millisecond (UTC) of a day ("1941-04-13", "-0490-01-01"). */
export function dayStart(day: string): number {
  const d = parseDay(day);
  if (!d) throw new Error(`not a day: ${day}`);
  return dayNumber(d) * DAY;
}

/** The first millisecond of a year (astronomical: 0 is 1 BCE). */
export function yearStart(year: number): number {
  return dayNumber({ year, month: 1, day: 1 }) * DAY;
}

/**
 * First and last millisecond an EDTF value covers ("1941" → all of 1941; "-0490" is 491 BCE; "1939-22" summer
 * 1939; an interval open at one end covers its known end). Null for a value that is no EDTF date (PRESENT_REF).
 */
export function edtfRange(edtf: string | null | undefined): Range | null {
  const span = datedSpan(edtf);
  return span && [dayStart(span.earliest), dayStart(span.latest) + DAY - 1];
}

/** The last millisecond of a day a duration (P5Y, P18M) after the start of a range, or null for a duration it cannot add (PXY). */
export function afterDuration(start: number, duration: string): number | null {
  const end = addDuration(formatDay(dayOfNumber(Math.floor(start / DAY))), duration);
  return end === null ? null : dayStart(end) + DAY - 1;
}

/** "5 years", "18 months", "10 years 6 months" for P5Y, P18M, P10Y6M; the value itself for other durations. */
export function durationLabel(duration: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!m || duration === "P") return duration;
  const units = ["year", "month", "week", "day"];
  return m.slice(1).flatMap((n, i) => (n ? [`${Number(n)} ${units[i]}${Number(n) === 1 ? "" : "s"}`] : [])).join(" ");
}

/** The astronomical year of a timestamp (0 is 1 BCE). */
export function yearOf(ms: number): number {
  return dayOfNumber(Math.floor(ms / DAY)).year;
}

export function yearLabel(year: number): string {
  return year <= 0 ? `${1 - year} BCE` : String(year);
}

/** Months since year 0: the steps of the shared time control. */
export function monthIndex(ms: number): number {
  const d = dayOfNumber(Math.floor(ms / DAY));
  return d.year * 12 + d.month - 1;
}

/** The last millisecond of a month index. */
export function monthEnd(index: number): number {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return (dayNumber({ year, month, day: daysInMonth(year, month) }) + 1) * DAY - 1;
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

/**
 * "13 April 1941", "April 1941", "summer 1939", "1941", "491 BCE", "1940 – 1949" for a decade, "1941 – 1945" for
 * intervals; uncertain and approximate values marked "(approx.)". A value that is no EDTF date shows as it is.
 */
export function formatEdtf(edtf: string | null | undefined): string {
  if (!edtf) return "undated";
  if (!dayInterval(edtf)) return edtf;
  if (edtf.includes("/")) return edtf.split("/").map((p) => (p === ".." || p === "" ? "…" : formatEdtf(p))).join(" – ");
  const mark = /[?~%]/.test(edtf) ? " (approx.)" : "";
  const written = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?[?~%]*$/.exec(edtf.replace(/^[?~%]+/, ""));
  if (written) {
    const [y, m, d] = [Number(written[1]), written[2] && Number(written[2]), written[3] && Number(written[3])];
    if (m && SEASONS[m]) return `${SEASONS[m]} ${yearLabel(y)}${mark}`;
    if (m && d) return `${d} ${MONTHS[m - 1]} ${yearLabel(y)}${mark}`;
    if (m && m <= 12) return `${MONTHS[m - 1]} ${yearLabel(y)}${mark}`;
    if (!m) return `${yearLabel(y)}${mark}`;
  }
  const span = datedSpan(edtf)!;
  return `${spanLabel(parseDay(span.earliest)!, parseDay(span.latest)!)}${mark}`;
}

/** "1940 – 1949", "April 1941 – June 1941", "20 June 1941 – 29 June 1941": a span at the precision of its ends. */
function spanLabel(a: Day, b: Day): string {
  if (a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) return a.year === b.year ? yearLabel(a.year) : `${yearLabel(a.year)} – ${yearLabel(b.year)}`;
  const wholeMonths = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  const label = (d: Day) => `${wholeMonths ? "" : `${d.day} `}${MONTHS[d.month - 1]} ${yearLabel(d.year)}`;
  return `${label(a)} – ${label(b)}`;
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
    const edtf = `${pad(year)}${m[2] ? `-${m[2]}` : ""}${m[3] ? `-${m[3]}` : ""}`;
    if (day !== undefined && !dayInterval(edtf)) return { error: `“${input}”: ${MONTHS[month! - 1]} has no day ${m[3]}` };
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
