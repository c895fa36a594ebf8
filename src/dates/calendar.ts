// Calendar days and their arithmetic, without Date objects: the proleptic Gregorian calendar with astronomical
// year numbering, as EDTF and ISO 8601 have it (year 0 is 1 BCE, -0044 is 45 BCE). Days are written
// [-]YYYY-MM-DD, the year with at least four digits. Adding a month or a year to the last day of a month
// stays in the month it lands on: Jan 31 + 1 month = Feb 28 (29 in a leap year), Feb 29 + 1 year = Feb 28.

export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const DAY = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A day of the calendar (Feb 30 is none), or null. */
export function parseDay(text: string): Day | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (Object.is(d.year, -0) || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) return null;
  return d;
}

export function formatDay(d: Day): string {
  const year = `${d.year < 0 ? "-" : ""}${String(Math.abs(d.year)).padStart(4, "0")}`;
  return `${year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function isDay(text: string): boolean {
  return parseDay(text) !== null;
}

// Days from 1970-01-01 and back (H. Hinnant's algorithms for the proleptic Gregorian calendar, exact for any year).
export function dayNumber(d: Day): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dayOfNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Negative when a is before b, 0 on the same day; null when either is not a day. */
export function compareDays(a: string, b: string): number | null {
  const da = parseDay(a);
  const db = parseDay(b);
  return da && db ? dayNumber(da) - dayNumber(db) : null;
}

/** Days from a to b (negative when b is before a), or null. */
export function daysBetween(a: string, b: string): number | null {
  return compareDays(b, a);
}

/** The day n days after (before, for negative n) a day, or null. */
export function addDays(day: string, n: number): string | null {
  const d = parseDay(day);
  return d && Number.isInteger(n) ? formatDay(dayOfNumber(dayNumber(d) + n)) : null;
}

const DURATION = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * Adds an ISO 8601 duration of whole years, months, weeks and days (P5Y, P18M, P10Y6M, P2W, -P1M) to a day:
 * years and months first, clamped to the end of the month they land in, then weeks and days.
 * Null for anything else (times, fractions, an empty "P").
 */
export function addDuration(day: string, duration: string): string | null {
  const m = DURATION.exec(duration);
  const d = parseDay(day);
  if (!m || !d || duration.replace("-", "") === "P") return null;
  const sign = m[1] ? -1 : 1;
  const months = d.year * 12 + (d.month - 1) + sign * (Number(m[2] ?? 0) * 12 + Number(m[3] ?? 0));
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  const landed = { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
  return formatDay(dayOfNumber(dayNumber(landed) + sign * (7 * Number(m[4] ?? 0) + Number(m[5] ?? 0))));
}
