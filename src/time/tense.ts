// The tense a date in news is spoken in, from the cue nearest to it in its sentence: "will travel on
// Thursday", "planned to leave on Thursday", "as soon as Tuesday", "by Friday" (future); "said Friday",
// "was found in late November", "Until Thursday, they had not" (past). A bare weekday or a month without a year
// takes the nearest one on that side of the document date. Quotes are read as they stand.
import * as lex from "./lexicon.ts";
import type { Stream } from "./stream.ts";

export type Tense = "future" | "past" | null;

/** How far from the expression a cue still counts (tokens on each side). */
const REACH = 10;
/** How far a plan ("planned for 1976") reaches in a narrative, where it keeps a date from moving the story. */
const NARRATIVE_REACH = 6;
/** Words that begin another clause, beyond which a cue after the expression tells of something else. */
const CLAUSE_STARTS = new Set(["and", "but", ";", "while", "whereas", "although", "though"]);
/** Past cues that still turn a deadline into the past. */
const DEADLINE_REACH = 4;

/** Auxiliaries before a participle that make it no past: "would be held", "is heard" (passive), "has decided" (present perfect). */
const NOT_PAST_BEFORE = new Set(["be", "been", "being", "is", "are", "has", "have"]);

const NONE = 0;
const FUTURE = 1;
const INTENTION = 2;
const PAST = 3;
const PARTICIPLE = 4;
const INTENTION_VERB = 5;

// the cue kind of a word, looked up once per distinct word (the tokenizer shares one norm string per word)
const kinds = new Map<string, number>();
function kindOf(w: string): number {
  let k = kinds.get(w);
  if (k === undefined) {
    k = lex.futureMarkers.has(w) ? FUTURE : lex.intentionMarkers.has(w) ? INTENTION : lex.intentionVerbs.has(w) ? INTENTION_VERB : lex.pastMarkers.has(w) ? PAST
      : w.length >= 5 && w.endsWith("ed") && !lex.notPastParticiples.has(w) ? PARTICIPLE : NONE;
    if (kinds.size >= 100_000) kinds.clear();
    kinds.set(w, k);
  }
  return k;
}

/** The cue of token j, read from the side `side` of the expression (an intention only looks forward to it). */
function cue(s: Stream, j: number, side: "left" | "right", narrative: boolean): Tense {
  const t = s.tokens[j];
  if (t.kind !== "word") return null;
  const kind = kindOf(t.norm);
  if (kind === NONE) return null;
  const w = t.norm;
  // a narrative's "would come into effect on 24 July 1929" tells what then happened
  if (narrative && w === "would") return null;
  if (kind === FUTURE) return "future";
  if (kind === INTENTION) return side === "left" ? "future" : null;
  if (kind === INTENTION_VERB) return side === "left" && s.norm(j + 1, j) === "to" ? "future" : null;
  if (lex.reportingVerbs.has(w) && side === "right") return null;
  // "-ed" words in lower case, or opening the sentence ("Rescued on Nov. 25 …")
  if (kind === PARTICIPLE && t.text !== w && j > 0 && s.sentence[j - 1] === s.sentence[j]) return null;
  if (NOT_PAST_BEFORE.has(s.norm(j - 1, j))) return null;
  // "were planning to drive … on Monday", "was expected to arrive Friday", "hoped to finish by Friday"
  const next = s.norm(j + 1, j);
  // ("shot to death", "went to see", "had to leave" tell the past: only a regular participle or "was" wants ahead)
  const wants = kind === PARTICIPLE || w === "was" || w === "were";
  if (side === "left" && (lex.intentionMarkers.has(next) || lex.futureMarkers.has(next) || (wants && next === "to" && verbAt(s, j + 2, j)))) return "future";
  return "past";
}

/** A verb after "to": a lower-case word in no time lexicon that is no article or preposition ("to finish", not "to the", "to Paris"). */
function verbAt(s: Stream, k: number, from: number): boolean {
  const t = s.at(k, from);
  return t !== undefined && t.kind === "word" && t.text === t.norm && s.classes[k] === 0 && !lex.determiners.has(t.norm) && !lex.timePrepositions.has(t.norm);
}

/** The tense cue nearest to the expression [start, end), looking left first at each distance, within its sentence. */
export function tenseAround(s: Stream, start: number, end: number, narrative = false): Tense {
  const sentence = s.sentence[start];
  // a deadline ("by Friday", "until January 15", "as soon as Tuesday") is ahead, unless a past tense is close by ("Until Thursday, they had not …")
  const before = s.norm(start - 1, start);
  const earliest = lex.earliestMarkers.has(`${s.norm(start - 3, start)} ${s.norm(start - 2, start)} ${before}`);
  const deadline = before === "by" || before === "until" || before === "till" || earliest;
  // ("as early as" takes two more words than "by")
  const reach = deadline ? DEADLINE_REACH + (earliest ? 2 : 0) : narrative ? NARRATIVE_REACH : REACH;
  // the right side ends where the next clause begins ("on Saturday and were planning to drive …")
  let rightOpen = true;
  for (let d = 1; d <= reach; d++) {
    const left = start - d;
    if (left >= 0 && s.sentence[left] === sentence) {
      const c = cue(s, left, "left", narrative);
      // "postponed until Tuesday": put off to a time ahead
      if (c === "past" && deadline && lex.deferralVerbs.has(s.tokens[left].norm)) return "future";
      if (c) return c;
    }
    const right = end - 1 + d;
    if (rightOpen && right < s.length && s.sentence[right] === sentence) {
      if (CLAUSE_STARTS.has(s.tokens[right].norm)) rightOpen = false;
      const c = rightOpen ? cue(s, right, "right", narrative) : null;
      if (c) return c;
    }
  }
  // a narrative tells its deadlines as they were met ("forcing a retreat back to India by May 1943")
  return deadline && !narrative ? "future" : null;
}

/** Tokens around a date within which "had" + participle makes its clause a look back. */
const PLUPERFECT_REACH = 6;

/** True when a pluperfect ("had been elected", "had already fallen") stands near the expression: a look back in a narrative. */
export function pluperfectAround(s: Stream, start: number, end: number): boolean {
  const sentence = s.sentence[start];
  for (let j = Math.max(0, start - PLUPERFECT_REACH); j < Math.min(s.length, end + PLUPERFECT_REACH); j++) {
    if (s.sentence[j] !== sentence || s.tokens[j].norm !== "had") continue;
    for (let k = j + 1; k <= j + 3 && k < s.length && s.sentence[k] === sentence; k++) {
      const w = s.tokens[k].norm;
      if (lex.pastMarkers.has(w) || (w.length >= 5 && (w.endsWith("ed") || w.endsWith("en")) && !lex.notPastParticiples.has(w))) return true;
    }
  }
  return false;
}

/**
 * True when a narrative date is a hypothesis or a plan, not a time the story reached: its sentence states a
 * condition before it ("If the town could be taken, the road would be exposed for a campaign in 1976"), or
 * a plan is named for it close before, with no punctuation between ("the plans for 1976", "a forecast for 1980").
 */
export function hypotheticalAround(s: Stream, start: number): boolean {
  const sentence = s.sentence[start];
  let clauseOpen = true;
  for (let j = start - 1; j >= 0 && s.sentence[j] === sentence; j--) {
    const t = s.tokens[j];
    if (lex.conditionalMarkers.has(t.norm)) return true;
    if (t.kind === "punct") clauseOpen = false;
    if (clauseOpen && start - j <= NARRATIVE_REACH && lex.planNouns.has(t.norm) && s.norm(j + 1, j) === "for") return true;
  }
  return false;
}
