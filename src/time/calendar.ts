// Calendar arithmetic on EDTF dates at their own precision: "1938" + 1 year = "1939",
// "1945-05" + 3 months = "1945-08", "1941-12-07" + 1 day = "1941-12-08". Years are astronomical
// (1 BC = 0000, EDTF's convention) on the proleptic Gregorian calendar.
import type { UnitCode } from "./lexicon.ts";

/** A calendar date whose precision is given by which parts are present. */
export interface CalDate {
  y: number;
  m?: number;
  d?: number;
}

export type Precision = "year" | "month" | "day";

export function precisionOf(c: CalDate): Precision {
  return c.d !== undefined ? "day" : c.m !== undefined ? "month" : "year";
}

const pad2 = (n: number) => String(n).padStart(2, "0");

export function formatYear(y: number): string {
  return y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
}

export function formatDate(c: CalDate): string {
  let s = formatYear(c.y);
  if (c.m !== undefined) s += `-${pad2(c.m)}`;
  if (c.m !== undefined && c.d !== undefined) s += `-${pad2(c.d)}`;
  return s;
}

/**
 * Reads a plain EDTF date ("1938", "1938-07", "1938-07-02", "-0043"), or the year of a season
 * ("1939-22"); anything else (decades "193X", approximate "1940~", intervals) is not a usable anchor.
 */
export function parseDate(value: string): CalDate | null {
  let i = 0;
  let sign = 1;
  if (value.charCodeAt(0) === 45) {
    sign = -1;
    i = 1;
  }
  const year = digits(value, i, 4);
  if (year === null) return null;
  const y = sign * year;
  if (value.length === i + 4) return { y };
  if (value[i + 4] !== "-") return null;
  const m = digits(value, i + 5, 2);
  if (m === null) return null;
  if (value.length === i + 7) return m >= 21 && m <= 24 ? { y } : m >= 1 && m <= 12 ? { y, m } : null;
  if (value[i + 7] !== "-" || value.length !== i + 10) return null;
  const d = digits(value, i + 8, 2);
  if (d === null || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function digits(s: string, at: number, n: number): number | null {
  if (s.length < at + n) return null;
  let v = 0;
  for (let k = at; k < at + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return null;
    v = v * 10 + c;
  }
  return v;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Days since 1970-01-01 of a full date (proleptic Gregorian). */
function toDays(y: number, m: number, d: number): number {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return Math.round(date.getTime() / 86_400_000);
}

/** Days since 1970-01-01 of a full date. */
export function dayNumber(c: CalDate): number {
  return toDays(c.y, c.m!, c.d!);
}

function fromDays(days: number): CalDate {
  const date = new Date(days * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a full date. */
export function weekdayOf(c: CalDate): number {
  const days = toDays(c.y, c.m!, c.d!);
  return ((((days + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

/** The date `amount` weekdays away: amount 1 = the first `weekday` after c, -1 = the last one before. */
export function shiftToWeekday(c: CalDate, weekday: number, direction: 1 | -1, inclusive: boolean): CalDate {
  const from = weekdayOf(c);
  let delta = direction > 0 ? (weekday - from + 7) % 7 : -((from - weekday + 7) % 7);
  if (delta === 0 && !inclusive) delta = 7 * direction;
  return fromDays(toDays(c.y, c.m!, c.d!) + delta);
}

/**
 * Moves a date by `amount` units. The result has the precision of the unit (years → year,
 * months → month, weeks and days → day), and needs an anchor at least that precise; otherwise null.
 */
export function addUnits(c: CalDate, amount: number, unit: UnitCode): CalDate | null {
  if (!Number.isInteger(amount)) return null;
  switch (unit) {
    case "Y":
      return { y: c.y + amount };
    case "M": {
      if (c.m === undefined) return null;
      const total = c.y * 12 + (c.m - 1) + amount;
      return { y: Math.floor(total / 12), m: (((total % 12) + 12) % 12) + 1 };
    }
    case "W":
    case "D": {
      if (c.m === undefined || c.d === undefined) return null;
      return fromDays(toDays(c.y, c.m, c.d) + (unit === "W" ? 7 * amount : amount));
    }
    default:
      return null;
  }
}

/** The same date cut to a coarser precision ("1941-12-07" at month precision = "1941-12"). */
export function truncate(c: CalDate, unit: UnitCode): CalDate | null {
  if (unit === "Y") return { y: c.y };
  if (unit === "M") return c.m === undefined ? null : { y: c.y, m: c.m };
  if (unit === "D") return c.d === undefined ? null : c;
  return null;
}
