// Holidays: "Christmas 1963", "Thanksgiving Day", "Election Day", "Easter", "New Year's Day", and with a
// deictic word "last Thanksgiving", "next Christmas". Their names and dates are in data/time/holidays.json.
import { DEICTIC, HOLIDAY } from "../classes.ts";
import { readDateYear } from "../grammar.ts";
import { holidayNames, holidayPrefixes, longestHoliday } from "../holidays.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import { isCapitalized, type Stream } from "../stream.ts";

/** The longest holiday name starting at k, written with capitals: its name and end. */
function readHoliday(s: Stream, k: number, from: number): { name: string; end: number } | null {
  if (!(s.cls(k, from) & HOLIDAY) || !isCapitalized(s.tokens[k])) return null;
  let found: { name: string; end: number } | null = null;
  let name = "";
  for (let j = k; j < k + longestHoliday; j++) {
    const t = s.at(j, from);
    if (!t || t.kind !== "word" || !isCapitalized(t)) break;
    name = name ? `${name} ${t.norm}` : t.norm;
    if (holidayNames.has(name)) found = { name, end: j + 1 };
    if (!holidayPrefixes.has(name)) break;
  }
  return found;
}

export const holiday: Parser = {
  name: "holiday",
  starts: HOLIDAY,
  parse(s, k): Proposal | null {
    const h = readHoliday(s, k, k);
    if (!h) return null;
    // "last Thanksgiving", "next Christmas"
    const deictic = s.cls(k - 1, k) & DEICTIC ? lex.deictic.get(s.tokens[k - 1].norm) : undefined;
    if (deictic !== undefined) return { start: k - 1, end: h.end, type: "DATE", meaning: { kind: "holiday", name: h.name, offset: deictic }, by: this.name };
    const link = s.norm(h.end, k);
    const y = readDateYear(s, link === "," || link === "of" ? h.end + 1 : h.end, k);
    if (y) return { start: k, end: y.end, type: "DATE", meaning: { kind: "holiday", name: h.name, year: y.value, offset: 0 }, by: this.name };
    return { start: k, end: h.end, type: "DATE", meaning: { kind: "holiday", name: h.name, offset: 0 }, by: this.name };
  },
};
