// Times given only relative to the time of writing, with TimeML's reference values: "now", "currently",
// "the current government", "recently" (PAST_REF), "future disasters", "in the future" (FUTURE_REF),
// "the past", "the present day", "present-day", "these days".
import { DEICTIC, REFERENCE, THE } from "../classes.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import type { Stream } from "../stream.ts";

const DAY_WORDS = new Set(["day", "days", "time", "times"]);

function referenceTo(start: number, end: number, value: string, by: string): Proposal {
  return { start, end, type: "DATE", meaning: { kind: "absolute", value }, by };
}

/** "present-day", "present day", "modern day", "modern-day": the end after "day", or null. */
function dayCompound(s: Stream, k: number): number | null {
  const hyphen = s.norm(k + 1, k) === "-" && s.touching(k + 1) && s.touching(k + 2);
  const day = hyphen ? k + 2 : k + 1;
  return s.norm(day, k) === "day" ? day + 1 : null;
}

const FUNCTION_WORDS = new Set(["for", "with", "at", "or", "but", "is", "was", "are", "were", "as", "that", "which"]);

/** True when token k is a content word (the noun an adjective like "current" or "future" qualifies). */
function wordAt(s: Stream, k: number, from: number): boolean {
  const t = s.at(k, from);
  return t !== undefined && t.kind === "word" && !FUNCTION_WORDS.has(t.norm) && !lex.timePrepositions.has(t.norm) && !lex.determiners.has(t.norm);
}

export const reference: Parser = {
  name: "reference",
  starts: REFERENCE | THE,
  parse(s, k) {
    const word = s.tokens[k].norm;
    if (s.classes[k] & THE) {
      // "the past", "the present (day)", "the future": the noun, not "the past two years" or "the present government"
      if (!(s.cls(k + 1, k) & (REFERENCE | DEICTIC))) return null;
      const value = lex.referenceNouns.get(s.norm(k + 1, k));
      if (value === undefined) return null;
      let end = k + 2;
      if (DAY_WORDS.has(s.norm(end, k))) end++;
      else if (value === "PRESENT_REF" && wordAt(s, end, k)) return null;
      return referenceTo(k, end, value, this.name);
    }
    if (word === "present" || word === "modern") {
      const end = dayCompound(s, k);
      return end === null ? null : referenceTo(k, end, "PRESENT_REF", this.name);
    }
    if (word === "these") return s.norm(k + 1, k) === "days" ? referenceTo(k, k + 2, "PRESENT_REF", this.name) : null;
    const value = lex.references.get(word)!;
    // adjectives qualify a noun: "the current crisis", "future wars"; "the current" alone is a stream
    if ((word === "current" || word === "future") && !wordAt(s, k + 1, k)) return null;
    if (word === "future" && s.norm(k - 1, k) === "the") return null; // read with "the"
    return referenceTo(k, k + 1, value, this.name);
  },
};
