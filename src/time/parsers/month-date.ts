// "September 18, 1931", "Sept. 18th 1931", "May, 1938", "December 1925", "March of 1939",
// and without a year "August 2", "in July" (the year comes from the narrative).
import { daysInMonth } from "../calendar.ts";
import { MONTH } from "../classes.ts";
import { countsSomething, readDay, readMonth, readDateYear, previousWord } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import { dayValue, monthValue } from "../values.ts";

export const monthDate: Parser = {
  name: "month-date",
  starts: MONTH,
  parse(s, k) {
    const m = readMonth(s, k, k);
    if (!m) return null;
    const { month, ambiguous } = m.value;
    // "Aug." with its period is a month; "May", "March", "Jan" alone may be other words
    const dotted = m.end > k + 1;
    let j = m.end;
    const day = readDay(s, j, k);
    // "May 5:30" is a clock time; "Jan. 6:" ends a phrase
    const clock = day && s.norm(day.end, k) === ":" && s.at(day.end + 1, k)?.kind === "number" && s.touching(day.end + 1);
    if (day && !clock) {
      j = day.end;
      // "September 18, 1931", "June 20 of 1792"
      const comma = s.norm(j, k) === "," || s.norm(j, k) === "of" ? 1 : 0;
      const year = readDateYear(s, j + comma, k);
      if (year && s.norm(year.end, k) !== "-" && !lex.notYearAfter.has(s.norm(year.end, k))) {
        if (day.value > daysInMonth(year.value, month)) return null;
        return { start: k, end: year.end, type: "DATE", meaning: { kind: "absolute", value: dayValue(year.value, month, day.value) }, by: this.name };
      }
      if (day.value > daysInMonth(2000, month)) return null;
      // a capitalised month name with a day is a date ("(March 19–April 30)"), unless the number counts something ("May 5 soldiers")
      if (ambiguous && !dotted && countsSomething(s, day.end, k)) return null;
      return { start: k, end: day.end, type: "DATE", meaning: { kind: "partial", month, day: day.value }, by: this.name };
    }
    const link = s.norm(j, k);
    const year = readDateYear(s, link === "," || link === "of" ? j + 1 : j, k);
    if (year && !lex.notYearAfter.has(s.norm(year.end, k))) {
      return { start: k, end: year.end, type: "DATE", meaning: { kind: "absolute", value: monthValue(year.value, month) }, by: this.name };
    }
    // a bare month name needs a time preposition or qualifier before it ("in May", "by March", "mid-August")
    const before = s.norm(k - 1, k) === "-" && s.touching(k) ? s.norm(k - 2, k) : s.norm(k - 1, k);
    if (!lex.timePrepositions.has(before) && !lex.qualifiers.has(before)) return null;
    // "and Jan Kavan": an abbreviation without its period is a month only with a day or year
    const word = s.tokens[k].norm;
    if (ambiguous && !dotted && word.length <= 4 && word !== "may") return null;
    return { start: k, end: m.end, type: "DATE", meaning: { kind: "partial", month }, by: this.name };
  },
};
