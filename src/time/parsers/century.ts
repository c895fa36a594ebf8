// Centuries: "the 20th century", "the early twentieth century", "19th-century".
import { NUMBER, ORDINAL_WORD, QUALIFIER, THE } from "../classes.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Stream } from "../stream.ts";
import { readLeadingQualifier } from "./qualified.ts";

function readOrdinal(s: Stream, k: number, from: number): { n: number; end: number } | null {
  const t = s.at(k, from);
  if (!t) return null;
  if (t.kind === "number" && t.text.length <= 2) {
    const suffix = s.at(k + 1, from);
    if (!suffix || suffix.spaceBefore || !lex.ordinalSuffixes.has(suffix.norm)) return null;
    return { n: Number(t.text), end: k + 2 };
  }
  if (s.classes[k] & ORDINAL_WORD) return { n: lex.ordinals.get(t.norm)!, end: k + 1 };
  return null;
}

export const century: Parser = {
  name: "century",
  starts: NUMBER | ORDINAL_WORD | THE | QUALIFIER,
  parse(s, k) {
    if (s.classes[k] & THE && !(s.cls(k + 1, k) & (NUMBER | ORDINAL_WORD | QUALIFIER))) return null;
    const lead = readLeadingQualifier(s, k);
    const ord = readOrdinal(s, lead.end, k);
    if (!ord || ord.n < 1 || ord.n > 22) return null;
    let j = ord.end;
    if (s.norm(j, k) === "-" && s.touching(j)) j++;
    const word = s.norm(j, k);
    if (word !== "century") return null;
    const value = `${String(ord.n - 1).padStart(2, "0")}XX`;
    return { start: k, end: j + 1, type: "DATE", meaning: { kind: "absolute", value }, mod: lead.mod, by: this.name };
  },
};
