// Decades and the hundreds: "the 1930s", "1940s", "the early 1930s", "the 1800s" (a century, 18XX).
import { NUMBER, QUALIFIER, THE } from "../classes.ts";
import { readYear } from "../grammar.ts";
import type { Parser } from "../parser.ts";
import { readLeadingQualifier } from "./qualified.ts";

export const decade: Parser = {
  name: "decade",
  starts: NUMBER | THE | QUALIFIER,
  parse(s, k) {
    if (s.classes[k] & THE && !(s.cls(k + 1, k) & (NUMBER | QUALIFIER))) return null;
    const lead = readLeadingQualifier(s, k);
    const j = lead.end;
    const y = readYear(s, j, k);
    if (!y || y.value % 10 !== 0) return null;
    let end = y.end;
    const a = s.at(end, k);
    if (a && !a.spaceBefore && (a.text === "'" || a.text === "’")) end++;
    const plural = s.at(end, k);
    if (!plural || plural.spaceBefore || plural.norm !== "s") return null;
    const digits = String(y.value);
    const value = y.value % 100 === 0 ? `${digits.slice(0, 2)}XX` : `${digits.slice(0, 3)}X`;
    return { start: k, end: end + 1, type: "DATE", meaning: { kind: "absolute", value }, mod: lead.mod, by: this.name };
  },
};
