// A season of a year: "summer of 1939", "the spring of 1940", "winter 1941", "Autumn, 1944".
// A season without a year is read by the anaphoric and deictic parsers ("that summer", "last winter").
import { formatYear } from "../calendar.ts";
import { SEASON, THE } from "../classes.ts";
import { readDateYear } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";

export const season: Parser = {
  name: "season",
  starts: SEASON | THE,
  parse(s, k) {
    // "the" belongs to the expression unless a line break separates them
    const the = s.classes[k] & THE ? 1 : 0;
    if (the && !(s.cls(k + 1, k) & SEASON)) return null;
    if (the && s.at(k + 1, k)?.newlineBefore) return null;
    const j = k + the;
    if (!(s.cls(j, k) & SEASON)) return null;
    const code = lex.seasons.get(s.word(j))!;
    const link = s.norm(j + 1, k);
    const y = readDateYear(s, link === "of" || link === "," ? j + 2 : j + 1, k);
    if (!y || lex.notYearAfter.has(s.norm(y.end, k))) return null;
    return { start: k, end: y.end, type: "DATE", meaning: { kind: "absolute", value: `${formatYear(y.value)}-${code}` }, by: this.name };
  },
};
