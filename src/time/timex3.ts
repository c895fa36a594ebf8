// The TIMEX3 value (TimeML, ISO-TimeML) of a timex, beside its EDTF value: what TimeML tools and the
// TempEval scorers read. The two differ where EDTF has its own notation: seasons ("1939-22" is
// "1939-SU"), halves and quarters ("2008-41" is "2008-H2"), decades and centuries ("193X" is "193"),
// approximations ("1940~" is "1940" with mod APPROX), years before the common era ("-0479" is
// "BC0480"), and where TIMEX3 says more: a part of the day ("1791-06-20TNI"), a week ("2000-W07").
// A week or a weekend named as one ("last week", "this weekend"), Monday to Sunday or Saturday to Sunday in
// EDTF, is "2000-W07" or "2000-W07-WE" (`weekTimex3`); any other interval has no TIMEX3 value of its own: TimeML writes its two ends as timexes (see `parts`).
import { addUnits, dayNumber, formatDate, formatYear, parseDate, weekdayOf, type CalDate } from "./calendar.ts";
import type { PartOfDay } from "./proposal.ts";

const SUB_YEAR: Record<string, string> = {
  "21": "SP", "22": "SU", "23": "FA", "24": "WI",
  "33": "Q1", "34": "Q2", "35": "Q3", "36": "Q4",
  "40": "H1", "41": "H2",
};

/** Reference values of TimeML, kept as they are in both notations. */
export const REFERENCE_VALUES = new Set(["PRESENT_REF", "PAST_REF", "FUTURE_REF"]);

/** "BC0480" for the astronomical year -479 (1 BC is year 0). */
function bcYear(y: number): string {
  return `BC${String(1 - y).padStart(4, "0")}`;
}

/** The ISO 8601 week of a full date: "2000-W07" (a week belongs to the year of its Thursday). */
export function isoWeek(c: CalDate): string {
  const thursday = addUnits(c, 4 - weekdayOf(c), "D")!;
  const week = Math.floor((dayNumber(thursday) - dayNumber({ y: thursday.y, m: 1, d: 1 })) / 7) + 1;
  return `${formatYear(thursday.y)}-W${String(week).padStart(2, "0")}`;
}

/** An EDTF value without its trailing qualifiers ("1939~", "1941?%"). */
function withoutQualifiers(value: string): string {
  let end = value.length;
  while (end > 0 && "~?%".includes(value[end - 1])) end--;
  return value.slice(0, end);
}

/** The TIMEX3 form of an EDTF value, or null for an interval. */
export function toTimex3(value: string, partOfDay?: PartOfDay): string | null {
  // most values are plain dates, the same in both notations
  if (!partOfDay && isPlainDate(value)) return value;
  if (value.includes("/")) return null;
  if (value.startsWith("P") || REFERENCE_VALUES.has(value)) return value;
  let v = withoutQualifiers(value);
  const m = /^(-?)(\d{2,4})(X*)(.*)$/.exec(v);
  if (!m) return v;
  const [, minus, digits, xs, rest] = m;
  if (xs) v = digits; // "193X" → "193", "19XX" → "19"
  else if (minus) v = bcYear(-Number(digits)) + rest;
  const season = /^(BC\d{4}|\d{4})-(\d{2})$/.exec(v);
  if (season && SUB_YEAR[season[2]]) v = `${season[1]}-${SUB_YEAR[season[2]]}`;
  if (partOfDay && !v.includes("T")) {
    const date = parseDate(value);
    v = date && date.d !== undefined ? `${formatDate(date)}T${partOfDay}` : `XXXX-XX-XXT${partOfDay}`;
  }
  return v;
}

/** "1939", "1939-08", "1939-08-02" (a month 01–12): the same in EDTF and TIMEX3. */
function isPlainDate(v: string): boolean {
  if (v.length !== 4 && v.length !== 7 && v.length !== 10) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return v.length === 4 || v.charCodeAt(5) < 50; // months start with 0 or 1; seasons and halves with 2–4
}

/** "2000-W07" for the interval of a whole ISO week, "2000-W07-WE" for its weekend; null for any other interval. */
export function weekTimex3(interval: string): string | null {
  const [a, b] = interval.split("/").map(parseDate);
  if (!a || !b || a.d === undefined || b.d === undefined) return null;
  const days = dayNumber(b) - dayNumber(a);
  if (weekdayOf(a) === 1 && days === 6) return isoWeek(a);
  if (weekdayOf(a) === 6 && days === 1) return `${isoWeek(a)}-WE`;
  return null;
}
