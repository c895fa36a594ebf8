// Holidays and their dates in a given year, from data/time/holidays.json: fixed dates (Christmas),
// weekday rules (Thanksgiving, the fourth Thursday of November) and feasts counted from Easter.
import { readFileSync } from "node:fs";
import { addUnits, daysInMonth, shiftToWeekday, type CalDate } from "./calendar.ts";

const data = JSON.parse(readFileSync(new URL("../../data/time/holidays.json", import.meta.url), "utf8"));
const fixed = new Map<string, [number, number]>(Object.entries(data.fixed));
const weekdayRules = new Map<string, [number, number, number, number]>(Object.entries(data.weekdays));
const fromEaster = new Map<string, number>(Object.entries(data.easter));

/** Every holiday name, and the longest in words (the parser reads at most that many tokens). */
export const holidayNames = new Set<string>([...fixed.keys(), ...weekdayRules.keys(), ...fromEaster.keys()]);
export const holidayFirstWords = new Set<string>([...holidayNames].map((n) => n.split(" ")[0]));
/** The first words of holiday names of more than one word ("new", "new year's"), where reading goes on. */
export const holidayPrefixes = new Set<string>([...holidayNames].flatMap((n) => n.split(" ").slice(0, -1).map((_, i, w) => w.slice(0, i + 1).join(" "))));
export const longestHoliday = Math.max(...[...holidayNames].map((n) => n.split(" ").length));

/** Easter Sunday of a Gregorian year (Meeus/Jones/Butcher). */
export function easter(y: number): CalDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The date of a holiday in year y, or null for an unknown name. */
export function holidayDate(name: string, y: number): CalDate | null {
  const f = fixed.get(name);
  if (f) return { y, m: f[0], d: f[1] };
  const rule = weekdayRules.get(name);
  if (rule) {
    const [m, weekday, nth, plus] = rule;
    const date =
      nth > 0
        ? addUnits(shiftToWeekday({ y, m, d: 1 }, weekday, 1, true), 7 * (nth - 1), "D")!
        : addUnits(shiftToWeekday({ y, m, d: daysInMonth(y, m) }, weekday, -1, true), 7 * (nth + 1), "D")!;
    return addUnits(date, plus, "D");
  }
  const offset = fromEaster.get(name);
  return offset === undefined ? null : addUnits(easter(y), offset, "D");
}
