// Expressions that point at the narrative's reference time: "the next day", "the same year",
// "The following summer", "that year", "this same year", "the day before,", "the end of the year"
// (the year part), and "the next two years", "the past decade" (durations).
import { ANAPHORIC, DEICTIC, DEMONSTRATIVE, SEASON, THE, UNIT } from "../classes.ts";
import { readCount, readUnit } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Meaning, PartOfDay, Proposal } from "../proposal.ts";
import { isCapitalized, type Stream } from "../stream.ts";
import { durationValue } from "../values.ts";

/** The unit after a determiner: a calendar unit (singular), a part of the day (= its day), a season or a month name. */
function readPeriod(s: Stream, k: number, offset: number): { meaning: Meaning; end: number; partOfDay?: PartOfDay } | null {
  const t = s.at(k, k);
  if (!t || t.kind !== "word") return null;
  const word = s.word(k);
  if (isCapitalized(t)) {
    const month = lex.months.get(word);
    if (month === undefined || word.length <= 3) return null;
    return { meaning: { kind: "named", month, offset, origin: "reference" }, end: k + 1 };
  }
  if (lex.seasons.has(word)) return { meaning: { kind: "named", season: lex.seasons.get(word), offset, origin: "reference" }, end: k + 1 };
  const part = lex.partsOfDay.get(word);
  if (part) return { meaning: { kind: "relative", unit: "D", offset, origin: "reference" }, end: k + 1, partOfDay: part };
  // "that date", "the same date": the reference's day; "at the same time", "at that time": the reference as it stands
  if (word === "date" && offset === 0) return { meaning: { kind: "relative", unit: "D", offset, origin: "reference" }, end: k + 1 };
  if (word === "time" && offset === 0) return { meaning: { kind: "current" }, end: k + 1 };
  const u = readUnit(s, k, k);
  if (!u || u.value.plural || u.value.times !== 1 || u.value.unit === "H" || u.value.unit === "MIN") return null;
  return { meaning: { kind: "relative", unit: u.value.unit, offset, origin: "reference" }, end: k + 1 };
}

const SAME_AS_REFERENCE = new Set(["date", "time", "period"]);

/** Prepositions that make "this time", "this period" a stretch of the story ("during this time"), not an occasion ("This time, he won") nor, with "at", often the speaker's now. */
const PERIOD_PREPOSITIONS = new Set(["during", "throughout", "by", "from", "since", "in", "until", "over"]);

/**
 * "the past two months", "the last three years", "the past few days", "the past decade": the span up to
 * the time of the narrative or of writing, a duration. "the last week of August" is read the same way;
 * "the last year of the war" (a singular unit without a count, then "of") is not a span.
 */
function pastSpan(s: Stream, k: number, by: string): Proposal | null {
  const count = readCount(s, k + 2, k);
  const unitAt = count && !count.value.article ? count.end : k + 2;
  const u = readUnit(s, unitAt, k);
  if (!u || u.value.capitalized) return null;
  const counted = unitAt !== k + 2;
  if (counted !== u.value.plural && !(counted && count!.value.n === 1)) return null;
  if (!counted && s.tokens[k + 1].norm === "last" && s.norm(u.end, k) === "of" && u.value.times === 1 && u.value.unit !== "W") return null;
  const n = counted ? count!.value.n : 1;
  return { start: k, end: u.end, type: "DURATION", meaning: { kind: "duration", value: durationValue(n, u.value) }, by };
}

export const anaphoric: Parser = {
  name: "anaphoric",
  starts: THE | DEMONSTRATIVE,
  parse(s, k): Proposal | null {
    const next = s.cls(k + 1, k);
    if (s.classes[k] & THE && next & DEICTIC && (s.norm(k + 1, k) === "past" || s.norm(k + 1, k) === "last")) return pastSpan(s, k, this.name);
    const nextWord = s.norm(k + 1, k);
    if (!(next & (ANAPHORIC | UNIT)) && !(s.classes[k] & DEMONSTRATIVE && (next & SEASON || lex.partsOfDay.has(nextWord) || SAME_AS_REFERENCE.has(nextWord)))) return null;
    const first = s.tokens[k].norm;
    const word = s.norm(k + 1, k);
    const adj = lex.anaphoric.get(word);
    if (first === "the" && adj !== undefined) {
      // "the next two years", "the next few months": a duration
      const count = readCount(s, k + 2, k);
      if (adj !== 0 && count && !count.value.article) {
        const u = readUnit(s, count.end, k);
        if (u && u.value.plural) {
          return { start: k, end: u.end, type: "DURATION", meaning: { kind: "duration", value: durationValue(count.value.n, u.value) }, by: this.name };
        }
      }
      const p = readPeriod(s, k + 2, adj);
      return p && { start: k, end: p.end, type: "DATE", meaning: p.meaning, partOfDay: p.partOfDay, by: this.name };
    }
    if (s.classes[k] & DEMONSTRATIVE && first !== "those") {
      // "that year", "that same day", "this same year"; "this year" alone counts from the document date
      const same = word === "same" ? 1 : 0;
      // "during this time", "throughout this period", "from that period": the narrative's time as it stands
      if (!same && (word === "time" || word === "period") && PERIOD_PREPOSITIONS.has(s.norm(k - 1, k))) {
        return { start: k, end: k + 2, type: "DATE", meaning: { kind: "current" }, by: this.name };
      }
      if (first === "this" && !same) return null;
      const p = readPeriod(s, k + 1 + same, 0);
      return p && { start: k, end: p.end, type: "DATE", meaning: p.meaning, partOfDay: p.partOfDay, by: this.name };
    }
    if (first === "the") {
      const u = readUnit(s, k + 1, k);
      if (!u || u.value.plural || u.value.times !== 1 || u.value.unit === "H" || u.value.unit === "MIN") return null;
      const unit = u.value.unit;
      // "the day before," "the year after."
      const side = lex.dayBeforeAfter.get(s.norm(k + 2, k));
      if (side !== undefined) {
        const next = s.at(k + 3, k);
        if (next && next.kind !== "punct") return null;
        return { start: k, end: k + 3, type: "DATE", meaning: { kind: "relative", unit, offset: side, origin: "reference" }, by: this.name };
      }
      // "(the end) of the year": the document's year in news, the narrative's otherwise
      const before = s.norm(k - 1, k);
      const head = s.norm(k - 2, k);
      if (before === "of" && (lex.qualifiers.has(head) || lex.partitives.has(head))) {
        return { start: k, end: k + 2, type: "DATE", meaning: { kind: "relative", unit, offset: 0, origin: "either" }, by: this.name };
      }
    }
    return null;
  },
};
