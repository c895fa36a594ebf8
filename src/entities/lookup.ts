// Finding entities by text offset, for the layers that run after the entity layer (events, treaties).
import type { Entity, Mention } from "../schema.ts";

export interface MentionRef {
  entity: Entity;
  mention: Mention;
}

/** All mentions sorted by start (longest first at equal start), built once per entity list. */
export function mentionIndex(entities: Entity[]): MentionRef[] {
  return entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
}

const cache = new WeakMap<Entity[], MentionRef[]>();
function indexOf(entities: Entity[]): MentionRef[] {
  let idx = cache.get(entities);
  if (!idx) {
    idx = mentionIndex(entities);
    cache.set(entities, idx);
  }
  return idx;
}

function firstEndingAfter(idx: MentionRef[], offset: number, maxLen: number): number {
  // Mentions are short; start from the first whose start could still cover offset.
  let lo = 0;
  let hi = idx.length;
  const from = offset - maxLen;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx[mid].mention.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MAX_MENTION = 200;

/** Mentions overlapping [start, end), in text order. A collective mention appears once per entity it refers to. */
export function mentionsIn(entities: Entity[], start: number, end: number): MentionRef[] {
  const idx = indexOf(entities);
  const out: MentionRef[] = [];
  for (let i = firstEndingAfter(idx, start, MAX_MENTION); i < idx.length && idx[i].mention.start < end; i++) {
    if (idx[i].mention.end > start) out.push(idx[i]);
  }
  return out;
}

/** The entity whose mention covers offset (the longest such mention), or null. */
export function entityAt(entities: Entity[], offset: number): Entity | null {
  let best: MentionRef | null = null;
  for (const r of mentionsIn(entities, offset, offset + 1)) {
    if (!best || r.mention.end - r.mention.start > best.mention.end - best.mention.start) best = r;
  }
  return best?.entity ?? null;
}
