// What the treaty stage reads from earlier layers, gathered once: sentences as token ranges, dates, states, citations.
import type { BodyLayer, CiteLayer, Doc, EntityLayer, EventLayer, StructureLayer, TimeLayer } from "../layers.ts";
import type { Token } from "../text/tokens.ts";
import { tokenAt } from "../text/tokens.ts";
import { DateIndex, type DateRef } from "./dates.ts";
import type { SentenceRange } from "./mentions.ts";
import { SpanIndex } from "./spans.ts";
import { StateResolver } from "./states.ts";

export type TreatyInput = StructureLayer & CiteLayer & BodyLayer & TimeLayer & EntityLayer & EventLayer;

export interface TreatyContext {
  text: string;
  tokens: Token[];
  sentences: SentenceRange[];
  /** Paragraph index of each sentence. */
  paragraphOf: number[];
  /** Index in the structure layer's sentences of each sentence (several when one was split after a citation). */
  origin: number[];
  dates: DateIndex;
  states: StateResolver;
  layers: TreatyInput;
  /** Spans of the treaty mentions, once found: state adjectives inside a name are not actors of the sentence. */
  treatySpans: SpanIndex;
}

export function makeContext(doc: Doc, layers: TreatyInput): TreatyContext {
  const bodyEnd = Math.min(layers.bodyEnd, doc.text.length);
  // tokens are sorted and do not overlap: the ones ending by bodyEnd are a prefix
  const inBody = tokenAt(layers.tokens, bodyEnd);
  const tokens = inBody === layers.tokens.length ? layers.tokens : layers.tokens.slice(0, inBody);
  const sentences: SentenceRange[] = [];
  const paragraphOf: number[] = [];
  const origin: number[] = [];
  let k = 0;
  for (let i = 0; i < layers.sentences.length; i++) {
    const s = layers.sentences[i];
    if (s.start >= bodyEnd) continue;
    const end = Math.min(s.end, bodyEnd);
    const from = (k = tokenAtFrom(tokens, s.start, k));
    const to = (k = tokenAtFrom(tokens, end, k));
    // a note line ("[2] Andrew Wiest, The Western Front …") tells of no instrument
    if (isNoteLine(doc.text, tokens, from, to)) continue;
    for (const part of splitAfterCitations(tokens, from, to)) {
      sentences.push({ start: tokens[part.from]?.start ?? s.start, end: part.to < to ? tokens[part.to - 1].end : end, from: part.from, to: part.to });
      paragraphOf.push(s.paragraph ?? paragraphOf.length);
      origin.push(i);
    }
  }
  return {
    text: doc.text,
    tokens,
    sentences,
    paragraphOf,
    origin,
    dates: new DateIndex(layers.timexes, tokens, bodyEnd),
    states: new StateResolver(layers.entities, tokens),
    layers,
    treatySpans: new SpanIndex([]),
  };
}

/**
 * tokenAt(tokens, offset), searching on from token k when the answer lies at or after it: steps of doubling length
 * then a binary search, so that a sentence costs a few token reads rather than one per token.
 */
function tokenAtFrom(tokens: Token[], offset: number, k: number): number {
  if (k > tokens.length || (k > 0 && tokens[k - 1].end > offset)) return tokenAt(tokens, offset);
  // the answer is the first index i >= k with tokens[i].end > offset (tokens.length when none)
  let lo = k;
  let step = 1;
  let hi = k;
  while (hi < tokens.length && tokens[hi].end <= offset) {
    lo = hi + 1;
    hi = Math.min(tokens.length, hi + step);
    step *= 2;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence containing an offset (or the last one before it). */
export function sentenceAt(ctx: TreatyContext, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The sentence's calendar dates, and its narrative time from the time layer when it has one. */
export function sentenceDates(ctx: TreatyContext, si: number): DateRef[] {
  const s = ctx.sentences[si];
  return s ? ctx.dates.datesIn(s.start, s.end) : [];
}

export function narrativeTime(ctx: TreatyContext, si: number): string | null {
  return ctx.layers.sentenceTimes[ctx.origin[si]] ?? null;
}

/** A line that opens with a numeric note marker: "[1] Treaty of Saint-Germain-en-Laye (1919) with Austria; …". */
function isNoteLine(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 3 || tokens[from].text !== "[" || tokens[from + 1].kind !== "number" || tokens[from + 2].text !== "]") return false;
  const lineStart = text.lastIndexOf("\n", tokens[from].start - 1) + 1;
  return text.slice(lineStart, tokens[from].start).trim() === "";
}

/**
 * "… by Emperor Kōmei.[11] The treaty was ratified …": a full stop, citation markers and a capitalised word start a
 * sentence the segmenter may have left joined.
 */
function splitAfterCitations(tokens: readonly Token[], from: number, to: number): { from: number; to: number }[] {
  const parts: { from: number; to: number }[] = [];
  let start = from;
  for (let j = from + 1; j + 3 < to; j++) {
    if (tokens[j].text !== "." || tokens[j + 1].text !== "[") continue;
    let q = j + 1;
    while (q + 2 < to && tokens[q].text === "[" && tokens[q + 1].kind === "number" && tokens[q + 2].text === "]") q += 3;
    if (q === j + 1 || q >= to || !/^\p{Lu}/u.test(tokens[q].text)) continue;
    parts.push({ from: start, to: q });
    start = q;
  }
  parts.push({ from: start, to });
  return parts;
}

const eventIndex = new WeakMap<TreatyContext, TreatyInput["events"]>();
/** The events whose trigger lies in [start, end), from a list sorted once by trigger start. */
export function eventsIn(ctx: TreatyContext, start: number, end: number): TreatyInput["events"] {
  let sorted = eventIndex.get(ctx);
  if (!sorted) eventIndex.set(ctx, (sorted = [...ctx.layers.events].sort((a, b) => a.trigger.start - b.trigger.start)));
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].trigger.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: TreatyInput["events"] = [];
  for (let i = lo; i < sorted.length && sorted[i].trigger.start < end; i++) if (sorted[i].trigger.end <= end) out.push(sorted[i]);
  return out;
}
