// The "count unit" core shared by durations and shifts: "five years", "six-month", "a year",
// "two to three months", "several weeks", "another year", "twenty-five years".
import { ANOTHER, COUNT_WORD, UNIT } from "../classes.ts";
import { readCount, readUnit, previousWord } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Stream } from "../stream.ts";

export interface DurationCore {
  n: number | null;
  /** Upper bound of a range ("two to three months"), and where its count starts and the first count ends. */
  upTo?: number;
  upToAt?: number;
  firstEnd?: number;
  unit: lex.UnitWord;
  end: number;
}

const RANGE_LINKS = new Set(["to", "or", "-", "–"]);

/** Words that may follow a count inside a duration: a range link, a hyphen, "and a half", a tens' unit. */
const AFTER_COUNT = new Set(["to", "or", "-", "–", "and", "few", "couple", ...lex.additives]);

// durations and shifts read the same core at the same token: remember the last one
let memoStream: Stream | null = null;
let memoAt = -1;
let memo: DurationCore | null = null;

export function readDurationCore(s: Stream, k: number): DurationCore | null {
  if (memoStream === s && memoAt === k) return memo;
  memoStream = s;
  memoAt = k;
  memo = read(s, k);
  return memo;
}

/** A fraction written in digits after a count: "5 1/2 hours", "2 3/4 miles" (its value and end), or null. */
function fractionAt(s: Stream, j: number, from: number): { value: number; end: number } | null {
  const num = s.at(j, from);
  const den = s.at(j + 2, from);
  if (!num || !den || num.kind !== "number" || den.kind !== "number" || s.norm(j + 1, from) !== "/" || !s.touching(j + 1) || !s.touching(j + 2)) return null;
  const value = Number(num.text) / Number(den.text);
  return value > 0 && value < 1 ? { value, end: j + 3 } : null;
}

function read(s: Stream, k: number): DurationCore | null {
  const next = s.cls(k + 1, k);
  if (!(next & (UNIT | COUNT_WORD)) && !AFTER_COUNT.has(s.norm(k + 1, k)) && !fractionAt(s, k + 1, k)) return null;
  if (s.classes[k] & ANOTHER) {
    const u = readUnit(s, k + 1, k);
    if (!u || u.value.plural) return null;
    return { n: 1, unit: u.value, end: u.end };
  }
  if (lex.notYearBefore.has(previousWord(s, k))) return null; // "pg. 3 days" cannot happen, "Article 3 years" neither
  const count = readCount(s, k, k);
  if (!count) return null;
  let j = count.end;
  let upTo: number | undefined;
  let upToAt: number | undefined;
  // "six-month": count, hyphen, singular unit, all touching
  const hyphen = s.norm(j, k) === "-" && s.touching(j) && s.at(j + 1, k) !== undefined && s.touching(j + 1);
  if (!hyphen && RANGE_LINKS.has(s.norm(j, k)) && count.value.n !== null && !count.value.article) {
    const second = readCount(s, j + 1, k);
    if (second && second.value.n !== null && !second.value.article && second.value.n > count.value.n) {
      const u = readUnit(s, second.end, k);
      if (u) {
        upTo = second.value.n;
        upToAt = j + 1;
        j = second.end;
      }
    }
  }
  if (hyphen) j++;
  // "two more weeks", "three additional months": as many again
  const additive = !hyphen && upTo === undefined && count.value.n !== null && !count.value.article && lex.additives.has(s.norm(j, k)) && s.cls(j + 1, k) & UNIT;
  if (additive) j++;
  // "two and a half years"
  let half = 0;
  if (!hyphen && upTo === undefined && count.value.n !== null && s.norm(j, k) === "and" && s.norm(j + 1, k) === "a" && s.norm(j + 2, k) === "half") {
    half = 0.5;
    j += 3;
  } else if (!hyphen && upTo === undefined && count.value.n !== null && count.value.word === false && s.at(j, k)?.spaceBefore) {
    // "5 1/2 hours"
    const fraction = fractionAt(s, j, k);
    if (fraction) {
      half = fraction.value;
      j = fraction.end;
    }
  }
  const u = readUnit(s, j, k);
  if (!u) return null;
  const { article } = count.value;
  const n = count.value.n === null ? null : count.value.n + half;
  if (half && !u.value.plural) return null;
  // a unit word is never capitalised after its count in running prose: "Five Year Plans" is a name
  if (u.value.capitalized) return null;
  if (!hyphen && !u.value.plural && n !== 1 && upTo === undefined) return null;
  if (half) return { n, unit: u.value, end: u.end };
  if (hyphen && article) return null;
  if (!hyphen && u.value.plural && n === 1 && count.value.word && !article) {
    // "one years" does not occur; "a days" neither
    return null;
  }
  if (article && u.value.plural) return null;
  return upTo === undefined ? { n, unit: u.value, end: u.end } : { n, upTo, upToAt, firstEnd: count.end, unit: u.value, end: u.end };
}
