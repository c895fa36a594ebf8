// A month naming when something happened, between a determiner and its noun: "the October slaying",
// "The March accession", "a March operation". It takes its year from the context like a bare month, and
// as the date of a thing it does not move the narrative time.
import { MONTH } from "../classes.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import { isCapitalized } from "../stream.ts";

export const monthNoun: Parser = {
  name: "month-noun",
  starts: MONTH,
  parse(s, k): Proposal | null {
    const t = s.tokens[k];
    const word = s.word(k);
    if (!isCapitalized(t) || word.length <= 3 || !lex.determiners.has(s.norm(k - 1, k))) return null;
    // the noun: a lower-case word that is no time word, determiner or preposition ("the March on Rome" is a march)
    const next = s.at(k + 1, k);
    if (!next || next.kind !== "word" || next.text !== next.norm || s.classes[k + 1] !== 0 || lex.determiners.has(next.norm) || lex.timePrepositions.has(next.norm) || next.norm === "of") return null;
    return { start: k, end: k + 1, type: "DATE", meaning: { kind: "partial", month: lex.months.get(word)! }, aside: true, by: this.name };
  },
};
