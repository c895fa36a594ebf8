// A tagged sentence with its entity mentions and its clauses: the view every later step reads.
import type { Entity } from "../schema.ts";
import type { TaggedToken } from "./tagger.ts";
import { modalityCues } from "./lexicon.ts";

export interface MentionRef {
  entity: Entity;
  /** Token range [first, last] covered by the mention. */
  first: number;
  last: number;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  toks: TaggedToken[];
  mentions: MentionRef[];
  /** Clause index of each token. */
  clauseOf: number[];
  /** Token ranges [from, to) of the clauses. */
  clauses: { from: number; to: number }[];
}

/** All mentions of all entities, sorted by start, for lookups by offset. */
export interface MentionIndex {
  starts: number[];
  items: { start: number; end: number; entity: Entity }[];
}

export function indexMentions(entities: Entity[]): MentionIndex {
  const items = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  return { starts: items.map((i) => i.start), items };
}

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mentionsIn(index: MentionIndex, toks: TaggedToken[], start: number, end: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (let k = lowerBound(index.starts, start); k < index.items.length && index.items[k].start < end; k++) {
    const m = index.items[k];
    let first = -1;
    let last = -1;
    for (let t = 0; t < toks.length; t++) {
      if (toks[t].start < m.end && m.start < toks[t].end) {
        if (first < 0) first = t;
        last = t;
      }
    }
    if (first >= 0) out.push({ entity: m.entity, first, last });
  }
  return out;
}

const DASHES = new Set([";", ":", "—", "–"]);
const CLAUSE_CONJ = new Set(["and", "but", "or", "yet", "so"]);
const NP_WORD = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADV"]);

function isVerbal(t: TaggedToken): boolean {
  return t.pos === "VERB" || t.pos === "AUX";
}

/** Does a finite clause start after token i (a noun phrase followed by a verb)? */
function newClauseAfter(toks: TaggedToken[], i: number): boolean {
  let sawNoun = false;
  for (let k = i + 1; k < toks.length && k <= i + 10; k++) {
    const t = toks[k];
    if (isVerbal(t)) return sawNoun;
    if (t.norm === "," || t.norm === "-" || t.norm === "’s" || t.norm === "'s") continue;
    if (!NP_WORD.has(t.pos)) return false;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") sawNoun = true;
  }
  return false;
}

/**
 * Splits a sentence into clauses at semicolons and dashes, before subordinators and relative pronouns,
 * and at a coordinating conjunction that joins two finite clauses (a verb before it, a subject and verb after).
 * Coordinated subjects ("Japan, Germany, and Italy entered") and verb phrases ("launched … and invaded") stay whole.
 */
export function splitClauses(toks: TaggedToken[]): { from: number; to: number }[] {
  const cues = modalityCues();
  const starts = [0];
  let verbSeen = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let boundary = false;
    if (i > 0 && DASHES.has(toks[i - 1].norm)) boundary = true;
    else if (i > 0 && t.pos === "SCONJ" && cues.subordinators.has(t.norm)) boundary = true;
    else if (i > 0 && (t.norm === "which" || t.norm === "who" || t.norm === "whom")) boundary = true;
    else if (i > 0 && t.norm === "that" && (t.pos === "SCONJ" || (t.pos === "PRON" && toks[i - 1].pos === "NOUN"))) boundary = true;
    else if (i > 0 && t.pos === "CCONJ" && CLAUSE_CONJ.has(t.norm) && verbSeen && newClauseAfter(toks, i)) boundary = true;
    if (boundary && i !== starts[starts.length - 1]) {
      starts.push(i);
      verbSeen = false;
    }
    if (isVerbal(t)) verbSeen = true;
  }
  return starts.map((from, k) => ({ from, to: starts[k + 1] ?? toks.length }));
}

export function buildView(index: number, start: number, end: number, toks: TaggedToken[], mentions: MentionIndex): SentenceView {
  const clauses = splitClauses(toks);
  const clauseOf = new Array<number>(toks.length);
  clauses.forEach((c, k) => {
    for (let t = c.from; t < c.to; t++) clauseOf[t] = k;
  });
  return { index, start, end, toks, mentions: mentionsIn(mentions, toks, start, end), clauseOf, clauses };
}
