// Every token gets a bit mask of the lexicon classes it belongs to, looked up once; a parser only runs
// at tokens whose classes can start it (the dispatch of the automaton).
import type { Token } from "../text/tokens.ts";
import * as lex from "./lexicon.ts";
import { holidayFirstWords } from "./holidays.ts";

export const NUMBER = 1 << 0;
export const MONTH = 1 << 1;
export const SEASON = 1 << 2;
export const WEEKDAY = 1 << 3;
export const COUNT_WORD = 1 << 4;
export const UNIT = 1 << 5;
export const ORDINAL_WORD = 1 << 6;
export const ANAPHORIC = 1 << 7;
export const DEMONSTRATIVE = 1 << 8;
export const DEICTIC = 1 << 9;
export const DEICTIC_DAY = 1 << 10;
export const FREQUENCY = 1 << 11;
export const SET_QUANTIFIER = 1 << 12;
export const THE = 1 << 13;
export const CLOCK_WORD = 1 << 14;
export const VAGUE_COUNT = 1 << 15;
export const MULTIPLICATIVE = 1 << 16;
export const QUALIFIER = 1 << 17;
export const ANOTHER = 1 << 18;
export const REFERENCE = 1 << 19;
export const HOLIDAY = 1 << 20;
export const PART_OF_DAY = 1 << 21;
export const BOUND = 1 << 22;
export const WEEKEND = 1 << 23;
/** Words that place a part among the parts of a year and are in no other class: "the latter half of 2008". */
export const POSITION = 1 << 24;

const table = new Map<string, number>();
const add = (words: Iterable<string>, bit: number) => {
  for (const w of words) table.set(w, (table.get(w) ?? 0) | bit);
};
add(lex.months.keys(), MONTH);
add(lex.seasons.keys(), SEASON);
add(lex.weekdays.keys(), WEEKDAY);
add(lex.cardinals.keys(), COUNT_WORD);
add(lex.vagueCounts, VAGUE_COUNT);
add(lex.unitWords.keys(), UNIT);
add(lex.ordinals.keys(), ORDINAL_WORD);
add(lex.anaphoric.keys(), ANAPHORIC);
add(lex.demonstratives, DEMONSTRATIVE);
add(lex.deictic.keys(), DEICTIC);
add(lex.deicticDays.keys(), DEICTIC_DAY);
add(lex.frequencies.keys(), FREQUENCY);
add(lex.setQuantifiers, SET_QUANTIFIER);
add(["the"], THE);
add(["noon", "midnight", "midday"], CLOCK_WORD);
add(["once", "twice", "thrice"], MULTIPLICATIVE);
add(["early", "late", "mid", "middle"], QUALIFIER);
add(["another"], ANOTHER);
add([...lex.references.keys(), "these", "present", "modern"], REFERENCE);
add(holidayFirstWords, HOLIDAY);
add(["night", "nights", "nighttime", "daytime"], PART_OF_DAY);
add(["until", "since", "till"], BOUND);
add(["weekend"], WEEKEND);
add(["latter", "former", "final"], POSITION);

/** Classes a possessive keeps: "Monday's vote", "yesterday's talks", "this year's budget". */
const POSSESSIVE_KEEPS = WEEKDAY | DEICTIC_DAY | UNIT | MONTH | SEASON;

// Most words are in no lexicon. A table of (first letter, second letter, length) that lexicon words
// (and their possessives) have rejects them without a hash lookup.
const MAX_LENGTH = 32;
const seen = new Uint8Array(26 * 26 * MAX_LENGTH);
function quickKey(word: string, length = word.length): number {
  if (length < 2 || length >= MAX_LENGTH) return -1;
  const a = word.charCodeAt(0) - 97;
  const b = word.charCodeAt(1) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25) return -1;
  return (a * 26 + b) * MAX_LENGTH + length;
}
for (const [word, cls] of table) {
  const key = quickKey(word);
  if (key >= 0) seen[key] = 1;
  const possessive = quickKey(word, word.length + 2);
  if (cls & POSSESSIVE_KEEPS && possessive >= 0) seen[possessive] = 1;
}

// Words repeat: the classes of a word are looked up once and remembered by its norm string (the
// tokenizer shares one string per distinct word, so the lookup hashes it once).
const wordClasses = new Map<string, number>();

export function classify(t: Token): number {
  if (t.kind === "number") return NUMBER;
  if (t.kind !== "word") return 0;
  let cls = wordClasses.get(t.norm);
  if (cls === undefined) {
    cls = classifyWord(t.norm);
    if (wordClasses.size >= 100_000) wordClasses.clear();
    wordClasses.set(t.norm, cls);
  }
  return cls;
}

function classifyWord(norm: string): number {
  const key = quickKey(norm);
  if (key >= 0 && seen[key] === 0) return 0;
  const cls = table.get(norm);
  if (cls !== undefined) return cls;
  if (norm.endsWith("'s")) return (table.get(norm.slice(0, -2)) ?? 0) & POSSESSIVE_KEEPS;
  return 0;
}
