// "18 September 1931", "18th September, 1931", "the 18th of September", "the 20 September", "2 August".
import { daysInMonth } from "../calendar.ts";
import { NUMBER, THE } from "../classes.ts";
import { previousWord, readDay, readMonth, readDateYear } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import { dayValue } from "../values.ts";

export const dayMonth: Parser = {
  name: "day-month",
  starts: NUMBER | THE,
  parse(s, k) {
    const the = s.classes[k] & THE ? 1 : 0;
    if (the && !(s.cls(k + 1, k) & NUMBER)) return null;
    const day = readDay(s, k + the, k);
    if (!day) return null;
    let j = day.end;
    const of = s.norm(j, k) === "of";
    if (of) j++;
    const m = readMonth(s, j, k);
    if (!m) return null;
    const { month } = m.value;
    const comma = s.norm(m.end, k) === "," ? 1 : 0;
    const year = readDateYear(s, m.end + comma, k);
    if (year && !lex.notYearAfter.has(s.norm(year.end, k))) {
      if (day.value > daysInMonth(year.value, month)) return null;
      return { start: k, end: year.end, type: "DATE", meaning: { kind: "absolute", value: dayValue(year.value, month, day.value) }, by: this.name };
    }
    if (day.value > daysInMonth(2000, month)) return null;
    // "on 1 March" yes, but a bare "3 march" could be a count of marches
    if (m.value.ambiguous && !the && !of && !lex.timePrepositions.has(previousWord(s, k))) return null;
    return { start: k, end: m.end, type: "DATE", meaning: { kind: "partial", month, day: day.value }, by: this.name };
  },
};
