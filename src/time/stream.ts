// The narrative tokens the time layer reads: the shared tokens of the body (before bodyEnd), viewed
// in place (no copy). Tokens are grouped in segments; a segment ends at a sentence boundary, and every
// token inside a citation is a segment of its own with no classes, so that no expression starts in a
// citation or is read across one ("pg. 178). In 1907" cannot make "178 … 1907").
import { firstEndingAfter, firstStartingAt, type Token } from "../text/tokens.ts";
import type { Sentence, Span } from "../schema.ts";
import { classify } from "./classes.ts";

export class Stream {
  /** Number of tokens before bodyEnd. */
  readonly length: number;
  /** Sentence index of each token (-1 between sentences and inside citations). */
  readonly sentence: Int32Array;
  /** Segment id of each token. */
  readonly segment: Int32Array;
  /** Token classes (bit mask, see classes.ts); 0 inside citations. */
  readonly classes: Int32Array;

  constructor(
    readonly tokens: readonly Token[],
    sentences: readonly Sentence[],
    citations: readonly Span[],
    bodyEnd: number,
  ) {
    const n = firstStartingAt(tokens, bodyEnd);
    this.length = n;
    this.sentence = new Int32Array(n);
    this.segment = new Int32Array(n);
    this.classes = new Int32Array(n);
    const sentence = this.sentence;
    sentence.fill(-1);
    let k = 0;
    for (let i = 0; i < sentences.length && k < n; i++) {
      // galloping from the last position: a few steps per sentence rather than one per token
      const from = firstStartingAt(tokens, sentences[i].start, k, n);
      k = firstStartingAt(tokens, sentences[i].end, from, n);
      sentence.fill(i, from, k);
    }
    k = 0;
    for (const c of citations) {
      k = firstEndingAfter(tokens, c.start, k, n);
      const to = firstStartingAt(tokens, c.end, k, n);
      sentence.fill(IN_CITATION, k, to);
      k = to;
    }
    markSegments(tokens, sentence, this.segment, this.classes, n);
  }

  /** Token k when it lies in the same segment as token `from`, else undefined. */
  at(k: number, from: number): Token | undefined {
    return k >= 0 && k < this.length && this.segment[k] === this.segment[from] ? this.tokens[k] : undefined;
  }

  /** Normalised text of token k if it is in the segment of `from`, else "". */
  norm(k: number, from: number): string {
    return k >= 0 && k < this.length && this.segment[k] === this.segment[from] ? this.tokens[k].norm : "";
  }

  /** Lexicon key of token k: its normalised text without a possessive "'s" ("Monday's" → "monday"). */
  word(k: number): string {
    const norm = this.tokens[k].norm;
    return norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  }

  /** True when tokens k-1 and k touch (no white space between them); false past the last token. */
  touching(k: number): boolean {
    return k < this.tokens.length && !this.tokens[k].spaceBefore;
  }

  /** Class mask of token k if it is in the segment of `from`, else 0. */
  cls(k: number, from: number): number {
    return k >= 0 && k < this.length && this.segment[k] === this.segment[from] ? this.classes[k] : 0;
  }
}

const IN_CITATION = -2;

/**
 * A new segment at each sentence change; every token between sentences or in a citation alone.
 * Tokens in citations get no classes, and their sentence becomes -1.
 */
function markSegments(tokens: readonly Token[], sentence: Int32Array, segment: Int32Array, classes: Int32Array, n: number): void {
  let seg = 0;
  let previous = 0;
  for (let j = 0; j < n; j++) {
    const here = sentence[j];
    if (j === 0 || here !== previous || here < 0) seg++;
    previous = here;
    segment[j] = seg;
    if (here === IN_CITATION) sentence[j] = -1;
    else if (tokens[j].kind !== "punct") classes[j] = classify(tokens[j]);
  }
}

export function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
