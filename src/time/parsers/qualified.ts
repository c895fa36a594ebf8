// The optional "the" and "early/mid/late" in front of a decade or century ("the early 1930s", "the mid-1800s").
import { QUALIFIER, THE } from "../classes.ts";
import * as lex from "../lexicon.ts";
import type { Stream } from "../stream.ts";

export function readLeadingQualifier(s: Stream, k: number): { end: number; mod?: string } {
  let j = k;
  if (s.cls(j, k) & THE) j++;
  if (s.cls(j, k) & QUALIFIER) {
    const mod = lex.qualifiers.get(s.tokens[j].norm);
    j++;
    if (s.norm(j, k) === "-" && s.touching(j)) j++;
    return { end: j, mod };
  }
  return { end: j };
}
