// Extends a date with the words that qualify it, and records them as the TIMEX3 mod:
// "the end of 1938" (END), "the beginning of the year" (START), "early 1938", "mid-1938", "late July 1938",
// "early in 1914" (EARLY), "Later in 1792", "Later that year", "earlier this week",
// approximations "about 1940", "circa 1900", "c. 1900" (APPROX, EDTF "~"), and the amount of a duration or
// shift: "more than three years" (MORE_THAN), "less than a year later" (LESS_THAN), "almost an hour".
import { parseDate } from "../calendar.ts";
import { MONTH } from "../classes.ts";
import * as lex from "../lexicon.ts";
import type { Refiner } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import type { Stream } from "../stream.ts";

/** "(the) end of" right before token k: the start of the qualifier and its mod. */
function partOf(s: Stream, k: number): { start: number; mod: string } | null {
  if (s.norm(k - 1, k) !== "of") return null;
  const head = s.norm(k - 2, k);
  const mod = lex.qualifiers.get(head);
  if (!mod || head === "early" || head === "late" || head === "mid") return null;
  const the = s.norm(k - 3, k) === "the" && !s.tokens[k - 2].newlineBefore;
  return { start: the ? k - 3 : k - 2, mod };
}

/** "early", "late", "mid-", "the middle" right before token k. */
function adjective(s: Stream, k: number): { start: number; mod: string } | null {
  let j = k - 1;
  if (s.norm(j, k) === "-" && s.touching(k)) j--;
  const word = s.norm(j, k);
  if (word !== "early" && word !== "late" && word !== "mid") return null;
  if (word === "mid" && j === k - 1 && !(s.cls(k, k) & MONTH)) return null; // "mid-1938", "mid November", not "mid 1938"
  return { start: j, mod: lex.qualifiers.get(word)! };
}

/** "early in", "late in", "later in", "earlier in" right before token k ("early in 1914", "Later in 1792"). */
function inPartOf(s: Stream, k: number): { start: number; mod?: string } | null {
  if (s.norm(k - 1, k) !== "in") return null;
  const word = s.norm(k - 2, k);
  if (word === "early" || word === "late") return { start: k - 2, mod: lex.qualifiers.get(word) };
  if (word === "earlier" || word === "later") return { start: k - 2 };
  return null;
}

/** "later" or "earlier" right before an anaphoric or deictic date: "Later that year", "earlier this week". */
function laterOrEarlier(s: Stream, p: Proposal): number | null {
  if (p.meaning.kind !== "relative" && p.meaning.kind !== "named" && p.meaning.kind !== "weekday") return null;
  const word = s.norm(p.start - 1, p.start);
  return word === "later" || word === "earlier" ? p.start - 1 : null;
}

/** "about", "circa", "c.", "ca." right before token k. */
function approximator(s: Stream, k: number): number | null {
  let j = k - 1;
  if (s.norm(j, k) === ".") j--;
  const word = s.norm(j, k);
  if (!lex.approximators.has(word)) return null;
  if ((word === "c" || word === "ca") && j === k - 1) return null; // abbreviations need their period
  return j;
}

/** The longest amount modifier ending right before token k ("more than", "a little more than", "almost"): its start and mod. */
function amountModifier(s: Stream, k: number): { start: number; mod: string } | null {
  // most durations have none: the word before must end some modifier
  if (!MODIFIER_ENDS.has(s.norm(k - 1, k))) return null;
  let phrase = s.norm(k - 1, k);
  let found: { start: number; mod: string } | null = null;
  for (let n = 1; n <= MODIFIER_WORDS; n++) {
    if (n > 1) {
      const w = s.norm(k - n, k);
      if (w === "") break;
      phrase = `${w} ${phrase}`;
    }
    const mod = lex.amountModifiers.get(phrase);
    if (mod !== undefined) found = { start: k - n, mod };
  }
  return found;
}

/** Every word a qualifier can end with, right before its date: "of", "early", "mid", "-", "in", "later", "than", "about", "c" and ".". */
const BEFORE_A_QUALIFIER = new Set<string>([
  "of", "-", "in", "early", "late", "mid", "later", "earlier", ".",
  ...lex.approximators,
  ...[...lex.amountModifiers.keys()].map((m) => m.slice(m.lastIndexOf(" ") + 1)),
]);

const MODIFIER_ENDS = new Set([...lex.amountModifiers.keys()].map((m) => m.slice(m.lastIndexOf(" ") + 1)));
const MODIFIER_WORDS = Math.max(...[...lex.amountModifiers.keys()].map((m) => m.split(" ").length));

const datable = (p: Proposal) =>
  p.type === "DATE" && (p.meaning.kind === "absolute" || p.meaning.kind === "partial" || p.meaning.kind === "relative" || p.meaning.kind === "named");

export const qualifiers: Refiner = (s, proposals) => {
  for (const p of proposals) {
    // most dates have no qualifier: the word before must be one that can end one
    if (!BEFORE_A_QUALIFIER.has(s.norm(p.start - 1, p.start))) continue;
    if (datable(p) && !p.mod) {
      const q = partOf(s, p.start) ?? adjective(s, p.start) ?? inPartOf(s, p.start);
      if (q) {
        p.start = q.start;
        if (q.mod) p.mod = q.mod;
        p.attributive = false;
        continue;
      }
      const later = laterOrEarlier(s, p);
      if (later !== null) {
        p.start = later;
        continue;
      }
    }
    // an amount bounds a count ("more than three years"), not a span with its article ("over the past two months")
    if ((p.type === "DURATION" || (p.type === "DATE" && p.meaning.kind === "shift")) && s.tokens[p.start].norm !== "the") {
      const m = amountModifier(s, p.start);
      if (m) {
        p.start = m.start;
        if (m.mod) p.mod = m.mod;
        continue;
      }
    }
    if ((p.type === "DATE" && p.meaning.kind === "absolute") || p.type === "DURATION") {
      const a = approximator(s, p.start);
      if (a !== null) {
        p.start = a;
        p.mod = "APPROX";
        // an EDTF "~" where the value is a plain date; decades and durations keep only the mod
        if (p.meaning.kind === "absolute" && parseDate(p.meaning.value) && !p.meaning.value.endsWith("~")) p.approx = true;
      }
    }
  }
  return proposals;
};
