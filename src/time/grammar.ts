// Small readers shared by the parsers. Each reads a few tokens from position k (inside the segment of
// `from`) and returns what it read and where it stopped, or null. No reader looks further than a
// fixed number of tokens, so a whole pass stays linear in the number of tokens.
import { COUNT_WORD, MONTH, NUMBER, UNIT, VAGUE_COUNT } from "./classes.ts";
import * as lex from "./lexicon.ts";
import { isCapitalized, type Stream } from "./stream.ts";

export interface Read<T> {
  value: T;
  /** Token index after what was read. */
  end: number;
}

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A four-digit year 1000–2199 written as plain digits. */
export function readYear(s: Stream, k: number, from: number): Read<number> | null {
  const t = s.at(k, from);
  if (!t || t.kind !== "number" || t.text.length !== 4 || !allDigits(t.text)) return null;
  const y = Number(t.text);
  return y >= 1000 && y < 2200 ? { value: y, end: k + 1 } : null;
}

/** An era word at k ("BC", "B.C.", "AD", "CE"): its sign and the token after it. */
export function readEra(s: Stream, k: number, from: number): { sign: number; end: number } | null {
  const t = s.at(k, from);
  if (!t || t.kind !== "word" || t.text.length > 3 || t.text !== t.text.toUpperCase()) return null;
  const one = lex.eras.get(t.norm);
  if (one !== undefined) return { sign: one, end: k + 1 };
  // "B.C.", "A.D.": letter, period, letter
  if (s.norm(k + 1, from) === "." && s.at(k + 2, from)?.kind === "word") {
    const two = lex.eras.get(`${t.norm}.${s.tokens[k + 2].norm}`);
    if (two !== undefined) return { sign: two, end: s.norm(k + 3, from) === "." ? k + 4 : k + 3 };
  }
  return null;
}

/** The year of a date: a four-digit year, or a year with its era ("480 BC", "44 B.C.") as an astronomical year (1 BC = 0). */
export function readDateYear(s: Stream, k: number, from: number): Read<number> | null {
  const y = readYear(s, k, from);
  if (y) return y;
  const t = s.at(k, from);
  if (!t || t.kind !== "number" || t.text.length > 4 || !allDigits(t.text) || Number(t.text) < 1) return null;
  const era = readEra(s, k + 1, from);
  if (!era) return null;
  const n = Number(t.text);
  return { value: era.sign < 0 ? 1 - n : n, end: era.end };
}

/** A day of the month 1–31, with an ordinal suffix touching it ("18", "18th", "2nd"). */
export function readDay(s: Stream, k: number, from: number): Read<number> | null {
  const t = s.at(k, from);
  if (!t || t.kind !== "number" || t.text.length > 2 || !allDigits(t.text)) return null;
  const d = Number(t.text);
  if (d < 1 || d > 31) return null;
  const next = s.at(k + 1, from);
  if (next && !next.spaceBefore && next.kind === "word") {
    if (!lex.ordinalSuffixes.has(next.norm)) return null; // "18kg", "3rdly"…
    return { value: d, end: k + 2 };
  }
  return { value: d, end: k + 1 };
}

/** A capitalised month name or abbreviation ("September", "Sept.", "Aug"). */
export function readMonth(s: Stream, k: number, from: number): Read<{ month: number; ambiguous: boolean }> | null {
  if (!(s.cls(k, from) & MONTH)) return null;
  const t = s.tokens[k];
  if (!isCapitalized(t)) return null;
  const month = lex.months.get(s.word(k))!;
  let end = k + 1;
  const dot = s.at(k + 1, from);
  const abbreviated = t.norm.length <= 4 && t.norm !== "june" && t.norm !== "july" && t.norm !== "may";
  if (abbreviated && dot && dot.text === "." && !dot.spaceBefore) end++;
  return { value: { month, ambiguous: lex.ambiguousMonths.has(s.word(k)) }, end };
}

export interface Count {
  /** The number, or null for vague counts ("several", "a few"). */
  n: number | null;
  /** Written with letters ("five") rather than digits. */
  word: boolean;
  capitalized: boolean;
  /** "a"/"an": a count only before a unit. */
  article: boolean;
}

/** A count: digits ("3", "1.5"), number words ("five", "twenty-five", "twenty five"), or vague words ("several", "a few", "a couple of"). */
export function readCount(s: Stream, k: number, from: number): Read<Count> | null {
  const t = s.at(k, from);
  if (!t) return null;
  const cls = s.classes[k];
  const capitalized = isCapitalized(t);
  if (cls & NUMBER) {
    if (t.text.length > 5 || t.text.includes(",")) return null;
    const n = Number(t.text);
    if (!Number.isFinite(n) || n <= 0 || n > 999) return null;
    return { value: { n, word: false, capitalized, article: false }, end: k + 1 };
  }
  if (cls & VAGUE_COUNT) {
    // "several", "few", "many", "some", "numerous"; "a few", "a couple (of)" start with "a" below
    return { value: { n: null, word: true, capitalized, article: false }, end: k + 1 };
  }
  if (!(cls & COUNT_WORD)) return null;
  if (t.norm === "a" || t.norm === "an") {
    const next = s.norm(k + 1, from);
    if (next === "few") return { value: { n: null, word: true, capitalized, article: false }, end: k + 2 };
    if (next === "couple") return { value: { n: 2, word: true, capitalized, article: false }, end: s.norm(k + 2, from) === "of" ? k + 3 : k + 2 };
    return { value: { n: 1, word: true, capitalized, article: true }, end: k + 1 };
  }
  let n = lex.cardinals.get(t.norm)!;
  let end = k + 1;
  if (lex.tens.has(t.norm)) {
    // "twenty-five", "twenty five"
    const hyphen = s.at(end, from)?.text === "-" && s.touching(end);
    const unitAt = hyphen ? end + 1 : end;
    const u = s.at(unitAt, from);
    const units = u && (s.classes[unitAt] & COUNT_WORD) ? lex.cardinals.get(u.norm)! : 0;
    if (units >= 1 && units <= 9 && u!.norm !== "a" && u!.norm !== "an") {
      n += units;
      end = unitAt + 1;
    }
  }
  return { value: { n, word: true, capitalized, article: false }, end };
}

export type CasedUnit = lex.UnitWord & { capitalized: boolean };

/** Each unit word as written in lower case and capitalised, made once (readers never change them). */
const casedUnits = new Map<string, [CasedUnit, CasedUnit]>(
  [...lex.unitWords].map(([word, u]) => [word, [{ ...u, capitalized: false }, { ...u, capitalized: true }]]),
);

/** A unit word ("year", "months", "fortnight"). */
export function readUnit(s: Stream, k: number, from: number): Read<CasedUnit> | null {
  if (!(s.cls(k, from) & UNIT)) return null;
  return { value: casedUnits.get(s.word(k))![isCapitalized(s.tokens[k]) ? 1 : 0], end: k + 1 };
}

/** The previous token's text when it lies in the segment of `from` ("" otherwise), skipping one period ("pg. 1934"). */
export function previousWord(s: Stream, k: number): string {
  const p = s.norm(k - 1, k);
  if (p === ".") return s.norm(k - 2, k);
  return p;
}

/** A quantity noun or plural noun at k makes the number before it a count ("5 soldiers", "1500 men"), not a day or year. */
export function countsSomething(s: Stream, k: number, from: number): boolean {
  const t = s.at(k, from);
  if (!t || t.kind !== "word" || t.text !== t.norm) return false;
  return lex.notYearAfter.has(t.norm) || (t.norm.length > 3 && t.norm.endsWith("s") && !t.norm.endsWith("ss"));
}
