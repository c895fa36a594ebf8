// A season of a year: "summer of 1939", "the spring of 1940", "winter 1941", "Autumn, 1944".
// A season without a year takes the narrative's year ("the summer", "the severe Manchurian winter",
// "in winter"); "that summer", "last winter" are read by the anaphoric and deictic parsers.
import { formatYear } from "../calendar.ts";
import { SEASON, THE } from "../classes.ts";
import { readDateYear } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import { isCapitalized, type Stream } from "../stream.ts";

/** Words a season may have between "the" and itself: "the severe Manchurian winter", "the harsh winter". */
const MAX_ADJECTIVES = 2;

/** "the" before the season at j, with at most two adjectives between: its index, or -1. */
function articleBefore(s: Stream, j: number): number {
  for (let k = j - 1; k >= j - 1 - MAX_ADJECTIVES; k--) {
    const t = s.at(k, j);
    if (!t || t.kind !== "word") return -1;
    if (t.norm === "the") return k;
    if (s.classes[k] !== 0 || lex.determiners.has(t.norm) || lex.timePrepositions.has(t.norm)) return -1;
  }
  return -1;
}

/** A plain lower-case word that can be a noun after a season: no time word, determiner or preposition. */
function nounAt(s: Stream, k: number, from: number): boolean {
  const t = s.at(k, from);
  return t !== undefined && t.kind === "word" && t.text === t.norm && t.norm.length > 2 && s.classes[k] === 0 && !lex.determiners.has(t.norm) && !lex.timePrepositions.has(t.norm) && t.norm !== "of";
}

/**
 * A season in lower case before its noun, after a determiner and at most one adjective: "their main summer
 * offensive", "a spring offensive", "his winter campaign" (not "fall", which is mostly a verb or a collapse,
 * nor "a hot spring").
 */
function namesATimeOfYear(s: Stream, j: number): boolean {
  const t = s.tokens[j];
  if (t.text !== t.norm || t.norm === "fall" || !nounAt(s, j + 1, j)) return false;
  if (lex.determiners.has(s.norm(j - 1, j))) return true;
  // ("a hot spring" is water: spring takes no adjective)
  return t.norm !== "spring" && nounAt(s, j - 1, j) && lex.determiners.has(s.norm(j - 2, j));
}

/**
 * A season without a year, placed by its context in the narrative's year: "the summer", "during the harsh
 * winter", "in winter", "the Spring Offensive". "the fall of Paris" is a collapse, not an autumn.
 */
function seasonOfNarrative(s: Stream, j: number, by: string): Proposal | null {
  const t = s.tokens[j];
  if (t.norm.endsWith("s")) return null;
  const the = articleBefore(s, j);
  if (the < 0 && !lex.timePrepositions.has(s.norm(j - 1, j))) {
    return namesATimeOfYear(s, j) ? { start: j, end: j + 1, type: "DATE", meaning: { kind: "named", season: lex.seasons.get(s.word(j))!, offset: 0, origin: "reference" }, by } : null;
  }
  const word = s.word(j);
  const next = s.norm(j + 1, j);
  if (word === "fall" && (next === "of" || the < 0)) return null;
  // "the spring of the revolution" is a season, "the spring of water" is not read
  if (next === "of" && s.norm(j + 2, j) !== "the") return null;
  // inside a name ("the Spring Offensive") the season is the timex, not the article
  const inName = isCapitalized(t) && s.at(j + 1, j) !== undefined && isCapitalized(s.tokens[j + 1]);
  const start = the < 0 || inName ? j : the;
  return { start, end: j + 1, type: "DATE", meaning: { kind: "named", season: lex.seasons.get(word)!, offset: 0, origin: "reference" }, by };
}

export const season: Parser = {
  name: "season",
  starts: SEASON | THE,
  parse(s, k) {
    // "the" belongs to the expression unless a line break separates them
    const the = s.classes[k] & THE ? 1 : 0;
    if (the && (!(s.cls(k + 1, k) & SEASON) || s.at(k + 1, k)?.newlineBefore)) return null;
    const j = k + the;
    const code = lex.seasons.get(s.word(j))!;
    const link = s.norm(j + 1, k);
    const y = readDateYear(s, link === "of" || link === "," ? j + 2 : j + 1, k);
    if (!y || lex.notYearAfter.has(s.norm(y.end, k))) return the ? null : seasonOfNarrative(s, j, this.name);
    return { start: k, end: y.end, type: "DATE", meaning: { kind: "absolute", value: `${formatYear(y.value)}-${code}` }, by: this.name };
  },
};
