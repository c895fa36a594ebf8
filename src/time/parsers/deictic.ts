// Expressions that count from the document date (news): "yesterday", "today", "tomorrow",
// "last year", "next month", "this week", "last Tuesday", "next March", "this summer";
// and a bare weekday ("on Tuesday"), which is read from the reference time and the tense.
import { DEICTIC, DEICTIC_DAY, WEEKDAY } from "../classes.ts";
import { readUnit } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import { isCapitalized } from "../stream.ts";

export const deictic: Parser = {
  name: "deictic",
  starts: DEICTIC | DEICTIC_DAY | WEEKDAY,
  parse(s, k): Proposal | null {
    const t = s.tokens[k];
    const cls = s.classes[k];
    if (cls & DEICTIC_DAY) {
      const offset = lex.deicticDays.get(s.word(k))!;
      const p: Proposal = { start: k, end: k + 1, type: "DATE", meaning: { kind: "relative", unit: "D", offset, origin: "dct" }, by: this.name };
      if (t.norm === "today") p.fallback = "PRESENT_REF";
      if (t.norm === "tonight") p.partOfDay = "NI";
      return p;
    }
    if (cls & WEEKDAY) {
      if (!isCapitalized(t)) return null;
      if (lex.ambiguousWeekdays.has(t.norm) && s.norm(k - 1, k) !== "on") return null;
      return { start: k, end: k + 1, type: "DATE", meaning: { kind: "weekday", weekday: lex.weekdays.get(s.word(k))!, offset: 0, origin: "either" }, by: this.name };
    }
    // last/next/this/coming + unit, weekday, month or season; not after a determiner ("the last year of the war")
    if (lex.determiners.has(s.norm(k - 1, k)) || s.norm(k - 1, k).endsWith("'s")) return null;
    const offset = lex.deictic.get(t.norm)!;
    const next = s.at(k + 1, k);
    if (!next || next.kind !== "word") return null;
    if (s.classes[k + 1] & WEEKDAY && isCapitalized(next)) {
      return { start: k, end: k + 2, type: "DATE", meaning: { kind: "weekday", weekday: lex.weekdays.get(s.word(k + 1))!, offset, origin: "dct" }, by: this.name };
    }
    const word = s.word(k + 1);
    if (lex.months.has(word) && isCapitalized(next) && word.length > 3) {
      return { start: k, end: k + 2, type: "DATE", meaning: { kind: "named", month: lex.months.get(word), offset, origin: "dct" }, by: this.name };
    }
    if (lex.seasons.has(word)) {
      return { start: k, end: k + 2, type: "DATE", meaning: { kind: "named", season: lex.seasons.get(word), offset, origin: "dct" }, by: this.name };
    }
    // "this morning", "last night": the day they belong to
    const part = lex.partsOfDay.get(word);
    if (part && offset !== 1) {
      return { start: k, end: k + 2, type: "DATE", meaning: { kind: "relative", unit: "D", offset: offset === 0 ? 0 : -1, origin: "dct" }, partOfDay: part, by: this.name };
    }
    const u = readUnit(s, k + 1, k);
    if (!u || u.value.plural || u.value.times !== 1 || u.value.unit === "H" || u.value.unit === "MIN") return null;
    return { start: k, end: k + 2, type: "DATE", meaning: { kind: "relative", unit: u.value.unit, offset, origin: "dct" }, by: this.name };
  },
};
