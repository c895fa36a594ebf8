// A weekend: "last weekend", "this weekend", "next weekend" (from the document date), "that weekend" (the
// narrative's), "over the weekend" (the one the tense points to). Its value is its Saturday and Sunday.
import { WEEKEND } from "../classes.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";

export const weekend: Parser = {
  name: "weekend",
  starts: WEEKEND,
  parse(s, k): Proposal | null {
    const before = s.norm(k - 1, k);
    const deictic = lex.deictic.get(before);
    if (deictic !== undefined) return { start: k - 1, end: k + 1, type: "DATE", meaning: { kind: "weekend", offset: deictic, origin: "dct" }, by: this.name };
    if (before === "that") return { start: k - 1, end: k + 1, type: "DATE", meaning: { kind: "weekend", offset: 0, origin: "reference" }, by: this.name };
    if (before === "the") return { start: k - 1, end: k + 1, type: "DATE", meaning: { kind: "weekend", offset: 0, origin: "either" }, by: this.name };
    return null;
  },
};
