// A span of unknown length named by its unit alone: "for years", "within days", "in recent days",
// "the coming years", "the following days", "the intervening years" (TimeML: PXY, PXD).
import { UNIT } from "../classes.ts";
import { readUnit } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import { durationValue } from "../values.ts";

export const span: Parser = {
  name: "span",
  starts: UNIT,
  parse(s, k) {
    const u = readUnit(s, k, k);
    if (!u || !u.value.plural || u.value.capitalized) return null;
    const before = s.norm(k - 1, k);
    const value = durationValue(null, u.value);
    if (lex.spanPrepositions.has(before)) return { start: k, end: u.end, type: "DURATION", meaning: { kind: "duration", value }, by: this.name };
    if (!lex.spanAdjectives.has(before)) return null;
    const start = s.norm(k - 2, k) === "the" ? k - 2 : k - 1;
    return { start, end: u.end, type: "DURATION", meaning: { kind: "duration", value }, by: this.name };
  },
};
