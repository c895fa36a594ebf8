// Quarters and halves of a year: "the first quarter of 1999", "the second half of 2008", "the latter half
// of 2008", and in news "the third quarter" (of the document's year). EDTF writes them as sub-year
// groupings (33–36 quarters, 40–41 halves), TIMEX3 as Q1–Q4, H1–H2.
import { formatYear } from "../calendar.ts";
import { THE } from "../classes.ts";
import { readDateYear } from "../grammar.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";

/** The position of a part among the parts of a year: "first" 1, "last" the count. */
const POSITIONS: Record<string, (count: number) => number> = {
  first: () => 1, second: () => 2, third: () => 3, fourth: () => 4,
  former: () => 1, latter: (count) => count, last: (count) => count, final: (count) => count,
};
/** The parts of a year: how many there are and the EDTF code of the first. */
const PARTS: Record<string, { count: number; code: number }> = { quarter: { count: 4, code: 33 }, half: { count: 2, code: 40 } };

export const yearPart: Parser = {
  name: "year-part",
  starts: THE,
  parse(s, k): Proposal | null {
    const position = POSITIONS[s.norm(k + 1, k)];
    const part = PARTS[s.norm(k + 2, k)];
    if (!position || !part) return null;
    const n = position(part.count);
    if (n > part.count) return null;
    const code = part.code + n - 1;
    if (s.norm(k + 3, k) === "of") {
      const y = readDateYear(s, k + 4, k);
      if (!y) return null; // "the second half of the war"
      return { start: k, end: y.end, type: "DATE", meaning: { kind: "absolute", value: `${formatYear(y.value)}-${code}` }, by: this.name };
    }
    // a bare "the third quarter" is a quarter of the year spoken of; a bare half is mostly of something else
    if (part.count !== 4) return null;
    return { start: k, end: k + 3, type: "DATE", meaning: { kind: "partial", season: code }, by: this.name };
  },
};
