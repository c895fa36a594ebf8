// Dates written in ISO 8601 inside prose: "1941-12-07".
import { daysInMonth } from "../calendar.ts";
import { NUMBER } from "../classes.ts";
import { readYear } from "../grammar.ts";
import type { Parser } from "../parser.ts";
import { dayValue } from "../values.ts";

function twoDigits(s: import("../stream.ts").Stream, k: number, from: number): number | null {
  const t = s.at(k, from);
  if (!t || t.kind !== "number" || t.text.length !== 2 || t.spaceBefore) return null;
  return Number(t.text);
}

const dash = (s: import("../stream.ts").Stream, k: number, from: number) => s.norm(k, from) === "-" && s.touching(k);

export const isoDate: Parser = {
  name: "iso-date",
  starts: NUMBER,
  parse(s, k) {
    const year = readYear(s, k, k);
    if (!year || !dash(s, k + 1, k)) return null;
    const m = twoDigits(s, k + 2, k);
    if (m === null || m < 1 || m > 12) return null;
    // "1910-11" alone is a range of years in prose, so only a full YYYY-MM-DD is read here
    if (!dash(s, k + 3, k)) return null;
    const d = twoDigits(s, k + 4, k);
    if (d === null || d < 1 || d > daysInMonth(year.value, m)) return null;
    return { start: k, end: k + 5, type: "DATE", meaning: { kind: "absolute", value: dayValue(year.value, m, d) }, by: this.name };
  },
};
