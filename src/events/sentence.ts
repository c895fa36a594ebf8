// A tagged sentence with its entity mentions and its clauses: the view every later step reads.
import type { Entity } from "../schema.ts";
import type { TaggedToken } from "./tagger.ts";
import { modalityCues } from "./lexicon.ts";
import { lowerBound } from "../text/tokens.ts";

export interface MentionRef {
  entity: Entity;
  /** Token range [first, last] covered by the mention. */
  first: number;
  last: number;
}

export interface Clause {
  from: number;
  to: number;
  /** Opened by a subordinator or relative pronoun (a dependent clause). */
  dependent: boolean;
  /** A verb phrase that continues an earlier clause after a dependent one ("X claimed that … and sued …"): that clause's index. */
  resumes?: number;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  toks: TaggedToken[];
  mentions: MentionRef[];
  /** Clause index of each token. */
  clauseOf: number[];
  clauses: Clause[];
  /** Index of the mention covering each token, or -1. */
  mentionAt: number[];
}

/** All mentions of all entities, sorted by start, for lookups by offset (without those inside the sorted `exclude` spans). */
export interface MentionIndex {
  starts: number[];
  items: { start: number; end: number; entity: Entity }[];
}

export function indexMentions(entities: Entity[], exclude: { start: number; end: number }[] = []): MentionIndex {
  const excludeStarts = exclude.map((x) => x.start);
  const items: MentionIndex["items"] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const k = lowerBound(excludeStarts, m.start + 1) - 1;
      if (k < 0 || exclude[k].end < m.end) items.push({ start: m.start, end: m.end, entity });
    }
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const starts = new Array<number>(items.length);
  for (let k = 0; k < items.length; k++) starts[k] = items[k].start;
  return { starts, items };
}

/** Mentions lying within [start, end). */
export function mentionsWithin(index: MentionIndex, start: number, end: number): MentionIndex["items"] {
  const out: MentionIndex["items"] = [];
  for (let k = lowerBound(index.starts, start); k < index.items.length && index.items[k].start < end; k++) {
    if (index.items[k].end <= end) out.push(index.items[k]);
  }
  return out;
}

export function mentionsIn(index: MentionIndex, toks: TaggedToken[], start: number, end: number): MentionRef[] {
  const out: MentionRef[] = [];
  let t0 = 0;
  for (let k = lowerBound(index.starts, start); k < index.items.length && index.items[k].start < end; k++) {
    const m = index.items[k];
    while (t0 < toks.length && toks[t0].end <= m.start) t0++;
    let first = -1;
    let last = -1;
    for (let t = t0; t < toks.length && toks[t].start < m.end; t++) {
      if (first < 0) first = t;
      last = t;
    }
    if (first >= 0 && !out.some((o) => o.first === first && o.last === last)) out.push({ entity: m.entity, first, last });
  }
  return out;
}

const DASHES = new Set([";", ":", "—", "–"]);
const CLAUSE_CONJ = new Set(["and", "but", "or", "yet", "so"]);
const NP_WORD = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADV"]);
const NP_BODY = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
const QUOTES = new Set(["“", "”", "\"", "‘", "’", "'", "-"]);
const PERSONAL = new Set(["he", "she", "it", "they", "we", "i"]);

function isVerbal(t: TaggedToken): boolean {
  return t.pos === "VERB" || t.pos === "AUX";
}

/** Does a finite clause start after token i: (a prepositional phrase,) a noun phrase, then a verb? */
export function newClauseAfter(toks: TaggedToken[], i: number, strict = false): boolean {
  let sawNoun = false;
  for (let k = i + 1; k < toks.length && k <= i + 14; k++) {
    const t = toks[k];
    if (isVerbal(t)) return sawNoun && !t.norm.endsWith("ing");
    if (QUOTES.has(t.norm)) continue;
    if (!strict && (t.norm === "," || t.pos === "ADP" || t.pos === "CCONJ")) continue;
    if (!NP_WORD.has(t.pos)) return false;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") sawNoun = true;
  }
  return false;
}

/**
 * After a conjunction at i: an optional fronted prepositional phrase, then a subject noun phrase and a verb
 * ("and by December 11 Germany invoked", "and Japan would attack"), but not a noun phrase that goes on
 * with a preposition or another conjunction ("and China in 1938, …").
 */
function clauseAfterConjunction(toks: TaggedToken[], i: number): boolean {
  let k = i + 1;
  if (toks[k]?.pos === "ADP") k++;
  const fronted = k > i + 1;
  let sawNoun = false;
  for (; k < toks.length && k <= i + 14; k++) {
    const t = toks[k];
    if (isVerbal(t)) return sawNoun && !t.norm.endsWith("ing");
    if (QUOTES.has(t.norm)) continue;
    if (fronted && t.norm === ",") continue;
    if (!NP_WORD.has(t.pos)) return false;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") sawNoun = true;
  }
  return false;
}

/** The conjunction at i joins two noun phrases of a subject ("the Soviet Union and Germany signed"), not two clauses. */
function joinsSubjects(toks: TaggedToken[], i: number, clauseStart: number): boolean {
  let k = i - 1;
  if (toks[k]?.norm === ",") k--;
  while (k >= clauseStart && (NP_BODY.has(toks[k].pos) || QUOTES.has(toks[k].norm))) k--;
  const before = toks[k];
  return !before || k < clauseStart || before.norm === "," || before.pos === "SCONJ" || before.pos === "CCONJ" || before.pos === "ADV" || before.pos === "PUNCT";
}

function isSubordinator(t: TaggedToken): boolean {
  return (t.pos === "SCONJ" || t.pos === "ADP" || t.pos === "ADV") && modalityCues().subordinators.has(t.norm);
}

const PERFECT_OR_MODAL = new Set(["had", "has", "have", "would", "could", "was", "were", "did"]);

/**
 * "The Union claimed that the company had not fulfilled its contract and sued the company": a bare past verb
 * after "and" does not continue the complement's auxiliary verb group ("had not fulfilled") but the plain past
 * verb of the clause above ("claimed"). Returns the index of that clause, or -1.
 */
function resumedClause(toks: TaggedToken[], clauses: Clause[], i: number): number {
  const next = toks[i + 1];
  if (!next || next.pos !== "VERB" || next.norm.endsWith("ing") || !next.norm.endsWith("ed")) return -1;
  const cur = clauses[clauses.length - 1];
  if (!cur.dependent || toks[cur.from].norm !== "that" || clauses.length < 2) return -1;
  let aux = false;
  for (let k = cur.from; k < i; k++) {
    if (toks[k].pos === "AUX" && PERFECT_OR_MODAL.has(toks[k].norm)) aux = true;
    if (toks[k].pos === "VERB") break;
  }
  if (!aux) return -1;
  const above = clauses.length - 2;
  const upper = clauses[above];
  for (let k = upper.from; k < upper.to; k++) {
    if (toks[k].pos === "AUX") return -1;
    if (toks[k].pos === "VERB" && toks[k].norm.endsWith("ed")) return above;
  }
  return -1;
}

/**
 * Splits a sentence into clauses: at semicolons and dashes; before subordinators and relative pronouns that open
 * a clause; after a fronted dependent clause ("Before X was signed, the Soviet Union sent…"); at a conjunction
 * joining two finite clauses. Coordinated subjects ("Japan, Germany, and Italy entered") and verb phrases
 * ("launched … and invaded") stay in one clause.
 */
export function splitClauses(toks: TaggedToken[]): Clause[] {
  const clauses: Clause[] = [{ from: 0, to: toks.length, dependent: toks.length > 0 && isSubordinator(toks[0]) }];
  let verbSeen = false;
  const open = (i: number, dependent: boolean) => {
    const cur = clauses[clauses.length - 1];
    if (i === cur.from) {
      cur.dependent ||= dependent;
      return;
    }
    cur.to = i;
    clauses.push({ from: i, to: toks.length, dependent });
    verbSeen = false;
  };
  let resumes: number;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const cur = clauses[clauses.length - 1];
    const prev = toks[i - 1];
    if (i > 0 && DASHES.has(prev.norm)) open(i, false);
    else if (i > 0 && isSubordinator(t) && (t.pos === "SCONJ" || newClauseAfter(toks, i))) open(i, true);
    else if (i > 0 && (t.norm === "which" || t.norm === "who" || t.norm === "whom")) open(i, true);
    else if (i > 0 && t.norm === "that" && (t.pos === "SCONJ" || (t.pos === "PRON" && prev.pos === "NOUN"))) open(i, true);
    else if (i > 0 && t.pos === "CCONJ" && (resumes = resumedClause(toks, clauses, i)) >= 0) {
      open(i, false);
      clauses[clauses.length - 1].resumes = resumes;
    } else if (i > 0 && t.pos === "CCONJ" && CLAUSE_CONJ.has(t.norm) && verbSeen && clauseAfterConjunction(toks, i) && !joinsSubjects(toks, i, cur.from)) open(i, false);
    else if (cur.dependent && verbSeen && prev && (prev.norm === "," || prev.pos === "VERB" || prev.pos === "NUM" || (prev.pos === "NOUN" && PERSONAL.has(t.norm)))
      && (t.pos === "DET" || PERSONAL.has(t.norm) || t.pos === "PROPN" || (t.pos === "ADJ" && prev.norm === ",")) && newClauseAfter(toks, i - 1, prev.norm !== ",")) open(i, false);
    if (isVerbal(t)) verbSeen = true;
  }
  return clauses;
}

export function buildView(index: number, start: number, end: number, toks: TaggedToken[], mentions: MentionIndex): SentenceView {
  const clauses = splitClauses(toks);
  const clauseOf = new Array<number>(toks.length);
  for (let k = 0; k < clauses.length; k++) for (let t = clauses[k].from; t < clauses[k].to; t++) clauseOf[t] = k;
  const refs = mentionsIn(mentions, toks, start, end);
  const mentionAt = new Array<number>(toks.length).fill(-1);
  for (let k = 0; k < refs.length; k++) for (let t = refs[k].first; t <= refs[k].last; t++) if (mentionAt[t] < 0) mentionAt[t] = k;
  return { index, start, end, toks, mentions: refs, clauseOf, clauses, mentionAt };
}
