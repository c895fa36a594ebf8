// Syntax layer: a shallow parse of the sentences that later stages ask for, computed once per sentence.
// Tagging (wink-nlp) is most of the cost, so no sentence is parsed before a stage asks for it; a stage that will
// read many sentences announces them (`plan`) so that they are tagged in batches. See README.md in this folder.
import type { BodyLayer, CiteLayer, Doc, StructureLayer } from "../layers.ts";
import type { Citation, Sentence } from "../schema.ts";
import { firstAtOrAfter, lowerBound } from "../text/tokens.ts";
import { parseSentence } from "./parse.ts";
import { tagSpan } from "./tagger.ts";
import type { SentenceSyntax, TaggedToken } from "./types.ts";

export type { SentenceSyntax } from "./types.ts";

/** Longest citation blanked out: tagSpan looks for a token at most 200 characters after the one before. */
const MAX_BLANK = 150;
/** Characters tagged in one go. */
const BATCH = 1 << 16;
/** Parses are kept for documents up to this many characters; on larger ones they are made again when asked for. */
const KEEP_UP_TO = 4 << 20;

interface Chunk {
  start: number;
  end: number;
  toks?: TaggedToken[];
}

export class Syntax {
  private readonly chunkOf: Int32Array;
  private readonly chunks: Chunk[] = [];
  private current = -1;
  private readonly citeStarts: number[];
  private readonly parsed = new Map<number, SentenceSyntax>();
  private readonly keep: boolean;

  constructor(private readonly text: string, private readonly sentences: Sentence[], private readonly citations: Citation[], private readonly bodyEnd: number) {
    this.chunkOf = new Int32Array(sentences.length).fill(-1);
    this.citeStarts = citations.map((c) => c.start);
    this.keep = text.length <= KEEP_UP_TO;
  }

  /**
   * The sentences a stage will read, in order: consecutive ones of a paragraph are tagged as one text, some
   * way ahead of their reading (tagging one paragraph at a time is cheaper than one sentence at a time).
   */
  plan(wanted: boolean[]): void {
    const { sentences } = this;
    for (let i = 0; i < sentences.length; i++) {
      if (!wanted[i] || this.chunkOf[i] >= 0 || this.parsed.has(i)) continue;
      const s = sentences[i];
      const end = Math.min(s.end, this.bodyEnd);
      const last = this.chunks[this.chunks.length - 1];
      const joins = !!last && i > 0 && this.chunkOf[i - 1] === this.chunks.length - 1 && sentences[i - 1].paragraph === s.paragraph && end - last.start < 8000;
      if (joins) last.end = end;
      else this.chunks.push({ start: s.start, end });
      this.chunkOf[i] = this.chunks.length - 1;
    }
  }

  /** The parse of sentence i (its part before the body's end). */
  sentence(i: number): SentenceSyntax {
    const known = this.parsed.get(i);
    if (known) return known;
    const s = this.sentences[i];
    const end = Math.min(s.end, this.bodyEnd);
    const toks = this.chunkOf[i] >= 0 ? this.tokens(i, s.start, end) : tagSpan(this.prose(s.start, end), s.start);
    const parse = parseSentence(i, s.start, end, toks);
    if (this.keep) this.parsed.set(i, parse);
    return parse;
  }

  /**
   * text[start, end) with the bracketed citations in it replaced by spaces, so that offsets stay: citations are no
   * part of the prose, and their punctuation and numbers cost the tagger twice as much per character as prose.
   */
  private prose(start: number, end: number): string {
    const { text, citations } = this;
    let k = lowerBound(this.citeStarts, start);
    if (k >= citations.length || citations[k].start >= end) return text.slice(start, end);
    let out = "";
    let at = start;
    for (; k < citations.length && citations[k].start < end; k++) {
      const c = citations[k];
      const first = text[c.start];
      if ((first !== "(" && first !== "[") || c.start < at || c.end > end || c.end - c.start > MAX_BLANK) continue;
      out += text.slice(at, c.start) + " ".repeat(c.end - c.start);
      at = c.end;
    }
    return out + text.slice(at, end);
  }

  /** Tags chunk k and the next ones, up to BATCH characters, so that the tagger and the reading each run in long stretches. */
  private tagFrom(k: number): void {
    for (let b = k, size = 0; b < this.chunks.length && size < BATCH; b++) {
      const chunk = this.chunks[b];
      chunk.toks ??= tagSpan(this.prose(chunk.start, chunk.end), chunk.start);
      size += chunk.end - chunk.start;
    }
  }

  private tokens(i: number, start: number, end: number): TaggedToken[] {
    const k = this.chunkOf[i];
    if (k !== this.current) {
      if (this.current >= 0 && this.current < k) this.chunks[this.current].toks = undefined; // keep memory flat on large inputs
      this.current = k;
    }
    const chunk = this.chunks[k];
    if (!chunk.toks) this.tagFrom(k);
    const toks = chunk.toks!;
    const lo = firstAtOrAfter(toks, start);
    let j = lo;
    while (j < toks.length && toks[j].end <= end) j++;
    return toks.slice(lo, j);
  }
}

export interface SyntaxLayer {
  syntax: Syntax;
}

export function syntaxLayer(doc: Doc, layers: StructureLayer & CiteLayer & BodyLayer): SyntaxLayer {
  return { syntax: new Syntax(doc.text, layers.sentences, layers.citations, Math.min(layers.bodyEnd ?? doc.text.length, doc.text.length)) };
}
