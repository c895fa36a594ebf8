// A parsed sentence (the syntax layer's) with the entity mentions over its tokens: the view every later step reads.
import type { Entity } from "../schema.ts";
import type { SentenceSyntax, TaggedToken } from "../syntax/types.ts";
import { lowerBound } from "../text/tokens.ts";

export interface MentionRef {
  entity: Entity;
  /** Token range [first, last] covered by the mention. */
  first: number;
  last: number;
}

export interface SentenceView extends SentenceSyntax {
  mentions: MentionRef[];
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
    if (first >= 0 && !out.some((o) => o.first === first && o.last === last && o.entity === m.entity)) out.push({ entity: m.entity, first, last });
  }
  return out;
}

export function buildView(syntax: SentenceSyntax, mentions: MentionIndex): SentenceView {
  const { toks } = syntax;
  const refs = mentionsIn(mentions, toks, syntax.start, syntax.end);
  const mentionAt = new Array<number>(toks.length).fill(-1);
  for (let k = 0; k < refs.length; k++) for (let t = refs[k].first; t <= refs[k].last; t++) if (mentionAt[t] < 0) mentionAt[t] = k;
  const { index, start, end, scopes, parenOf, quoteOf, nps, npAt, vgs, vgAt, clauses, clauseOf } = syntax;
  return { index, start, end, toks, scopes, parenOf, quoteOf, nps, npAt, vgs, vgAt, clauses, clauseOf, mentions: refs, mentionAt };
}
