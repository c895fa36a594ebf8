// EDTF values (ISO 8601-2) as the span of days they allow, on the `edtf` package: what the value means in
// days, so that dates of different precision can be filtered, compared and tested for overlap.
//   "1945" → 1945-01-01…1945-12-31; "194X" and "194" → the 1940s; "19" → 1900…1999; "1941-06-2X" → June 20–29;
//   "1939-22" (summer) → 1939-06-01…1939-08-31; "1939-24" (winter) → 1939-12-01…1940-02-29;
//   "1941-04-13/1946-04-13" → those days; "1941/.." → from 1941 on; "-0044-03-15" → that day, 45 BCE.
// Uncertain (?) and approximate (~, %) values keep the span of the value they qualify.
import edtf, { Interval, parse, Season, type ExtendedDate, type ParseNode } from "edtf";
import { dayNumber, dayOfNumber, daysInMonth, formatDay, parseDay } from "./calendar.ts";

/** The first and last day a value allows; null at an end that is open ("..") or unknown (""). */
export interface DayInterval {
  earliest: string | null;
  latest: string | null;
}

/** Seasons and other sub-year divisions of ISO 8601-2 (codes 21–41) as [first month, months]. */
const DIVISIONS: Record<number, [number, number]> = {
  // Spring, summer, autumn, winter: read in the northern hemisphere, as the seasons of the texts are.
  21: [3, 3], 22: [6, 3], 23: [9, 3], 24: [12, 3],
  // The same, named for the northern and for the southern hemisphere.
  25: [3, 3], 26: [6, 3], 27: [9, 3], 28: [12, 3],
  29: [9, 3], 30: [12, 3], 31: [3, 3], 32: [6, 3],
  // Quarters, quadrimesters, semesters.
  33: [1, 3], 34: [4, 3], 35: [7, 3], 36: [10, 3],
  37: [1, 4], 38: [5, 4], 39: [9, 4],
  40: [1, 6], 41: [7, 6],
};

// Level 3 lets the package read qualified seasons ("1939-22~") and intervals of seasons.
const LEVEL = { level: 3 };
const MS_PER_DAY = 86_400_000;

// Parsing a value takes the package's grammar about half a millisecond; views and stores ask for the same few
// values again and again, so answers are kept (frozen, as they are shared), up to a bound.
const known = new Map<string, Readonly<DayInterval> | null>();
const KNOWN_MAX = 20_000;

/** The span of days of an EDTF value, or null when it is none (or names a day the calendar lacks, like 1941-02-29). */
export function dayInterval(value: string | null | undefined): Readonly<DayInterval> | null {
  if (!value) return null;
  const hit = known.get(value);
  if (hit !== undefined) return hit;
  if (known.size >= KNOWN_MAX) known.clear();
  const span = read(value.trim());
  known.set(value, span && Object.freeze(span));
  return span;
}

// A plain year, month or day (qualified or not) is read on the calendar directly: the package computes its
// span with Date, which takes the years 0-99 for 1900-1999 (0000-02 would end on the 28th).
const PLAIN = /^[?~%]?(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/;

function plainSpan(value: string): DayInterval | null | undefined {
  const m = PLAIN.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (Object.is(year, -0)) return null;
  if (!m[2]) return { earliest: formatDay({ year, month: 1, day: 1 }), latest: formatDay({ year, month: 12, day: 31 }) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined; // seasons and other divisions (21-41): the package reads them
  if (!m[3]) return { earliest: formatDay({ year, month, day: 1 }), latest: formatDay({ year, month, day: daysInMonth(year, month) }) };
  const day = parseDay(`${m[1]}-${m[2]}-${m[3]}`);
  return day && { earliest: formatDay(day), latest: formatDay(day) };
}

function read(value: string): DayInterval | null {
  const plain = plainSpan(value);
  if (plain !== undefined) return plain;
  let parsed: ExtendedDate;
  try {
    if (!realDays(parse(value, LEVEL))) return null;
    parsed = edtf(value, LEVEL);
  } catch {
    return null;
  }
  return spanOf(parsed);
}

// Kinds are told by class, not by the package's `type` (a class name, which bundlers may rename or minify).
function spanOf(d: ExtendedDate): DayInterval | null {
  if (d instanceof Interval) {
    const lower = typeof d.lower === "object" && d.lower ? spanOf(d.lower) : null;
    const upper = typeof d.upper === "object" && d.upper ? spanOf(d.upper) : null;
    if ((d.lower && typeof d.lower === "object" && !lower) || (d.upper && typeof d.upper === "object" && !upper)) return null;
    if (!lower && !upper) return null;
    return { earliest: lower?.earliest ?? null, latest: upper?.latest ?? null };
  }
  if (d instanceof Season) return seasonSpan(d);
  if (!Number.isFinite(d.min) && !Number.isFinite(d.max)) return null;
  return { earliest: dayAt(d.min), latest: dayAt(d.max) };
}

/** The years the season's year allows (one, or a range when it has unspecified digits) and the season's months. */
function seasonSpan(d: ExtendedDate): DayInterval | null {
  const division = d.season === undefined ? undefined : DIVISIONS[d.season];
  if (!division || !Number.isFinite(d.min) || !Number.isFinite(d.max)) return null;
  const [first, months] = division;
  const firstYear = dayOfNumber(Math.floor(d.min / MS_PER_DAY)).year;
  const lastYear = dayOfNumber(Math.floor(d.max / MS_PER_DAY)).year;
  const endMonth = first + months - 1;
  const end = endMonth > 12 ? { year: lastYear + 1, month: endMonth - 12 } : { year: lastYear, month: endMonth };
  return {
    earliest: formatDay({ year: firstYear, month: first, day: 1 }),
    latest: formatDay({ ...end, day: daysInMonth(end.year, end.month) }),
  };
}

function dayAt(ms: number): string | null {
  return Number.isFinite(ms) ? formatDay(dayOfNumber(Math.floor(ms / MS_PER_DAY))) : null;
}

/** Whether every fully given day in the parse is a day of the calendar (the package moves 1941-02-29 to March 1). */
function realDays(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(realDays);
  if (!node || typeof node !== "object") return true;
  const n = node as ParseNode;
  if (n.type === "Date" && !n.unspecified && n.values.length === 3 && n.values.every((v) => typeof v === "number")) {
    const [year, month, day] = n.values as number[];
    if (day < 1 || day > daysInMonth(year, month + 1)) return false;
  }
  return (n.values ?? []).every(realDays);
}

/** Whether a day lies in the interval (an open end holds every day on its side). */
export function containsDay(interval: DayInterval, day: string): boolean {
  const d = parseDay(day);
  if (!d) return false;
  const n = dayNumber(d);
  return (interval.earliest === null || n >= numberOf(interval.earliest)) && (interval.latest === null || n <= numberOf(interval.latest));
}

/** Days between two intervals: 0 when they overlap. */
export function gapInDays(a: DayInterval, b: DayInterval): number {
  if (a.latest !== null && b.earliest !== null && numberOf(a.latest) < numberOf(b.earliest)) return numberOf(b.earliest) - numberOf(a.latest);
  if (b.latest !== null && a.earliest !== null && numberOf(b.latest) < numberOf(a.earliest)) return numberOf(a.earliest) - numberOf(b.latest);
  return 0;
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return gapInDays(a, b) === 0;
}

function numberOf(day: string): number {
  const d = parseDay(day);
  if (!d) throw new Error(`not a day: ${day}`);
  return dayNumber(d);
}
