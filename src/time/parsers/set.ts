// Recurring times (TIMEX3 SET): "every year", "each month", "every two weeks", "every other day",
// "every Monday", "annual", "semiannual", "semi-annual", "yearly", "twice a year", "per year".
import { FREQUENCY, MULTIPLICATIVE, SET_QUANTIFIER } from "../classes.ts";
import { readCount, readUnit } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import { durationValue } from "../values.ts";

const PER = new Set(["a", "an", "per", "each", "every"]);

export const set: Parser = {
  name: "set",
  starts: SET_QUANTIFIER | FREQUENCY | MULTIPLICATIVE,
  parse(s, k): Proposal | null {
    const t = s.tokens[k];
    const cls = s.classes[k];
    if (cls & FREQUENCY) {
      // "semi-annual": the prefix halves the period
      if (s.norm(k - 1, k) === "-" && s.touching(k) && s.norm(k - 2, k) === "semi" && s.touching(k - 1)) {
        const half = t.norm.startsWith("annual") ? "P6M" : null;
        if (half) return { start: k - 2, end: k + 1, type: "SET", meaning: { kind: "set", value: half }, by: this.name };
      }
      return { start: k, end: k + 1, type: "SET", meaning: { kind: "set", value: lex.frequencies.get(t.norm)! }, by: this.name };
    }
    if (cls & MULTIPLICATIVE) {
      // "twice a year": the period is the unit (TIMEX3 puts the count in freq)
      if (!PER.has(s.norm(k + 1, k))) return null;
      const u = readUnit(s, k + 2, k);
      if (!u || u.value.plural) return null;
      return { start: k, end: u.end, type: "SET", meaning: { kind: "set", value: durationValue(1, u.value) }, by: this.name };
    }
    // every/each [other] [count] unit|weekday
    let j = k + 1;
    let n = 1;
    const other = s.norm(j, k) === "other";
    if (other) {
      n = 2;
      j++;
    } else {
      const count = readCount(s, j, k);
      if (count && count.value.n !== null && !count.value.article) {
        n = count.value.n;
        j = count.end;
      }
    }
    const next = s.at(j, k);
    if (!next) return null;
    if (lex.weekdays.has(s.word(j)) && n === 1) {
      return { start: k, end: j + 1, type: "SET", meaning: { kind: "set", value: "P1W" }, by: this.name };
    }
    const u = readUnit(s, j, k);
    if (!u || u.value.capitalized) return null;
    if (u.value.plural !== (n > 1 && !other)) return null;
    return { start: k, end: u.end, type: "SET", meaning: { kind: "set", value: durationValue(n, u.value) }, by: this.name };
  },
};
