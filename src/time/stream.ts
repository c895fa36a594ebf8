// The narrative tokens the time layer reads: tokens of the body (before bodyEnd) that are not inside
// a citation, grouped in segments. A segment ends at a sentence boundary or where a citation was cut
// out, so that no expression is read across them ("pg. 178). In 1907" cannot make "178 … 1907").
import type { Token } from "../text/tokens.ts";
import type { Sentence, Span } from "../schema.ts";
import { classify, stem } from "./classes.ts";

export class Stream {
  readonly tokens: Token[] = [];
  /** Sentence index of each token (-1 between sentences). */
  readonly sentence: number[] = [];
  /** Segment id of each token. */
  readonly segment: number[] = [];
  /** Token classes (bit mask, see classes.ts). */
  readonly classes: number[] = [];
  /** Lexicon key of each token: its normalised text without a possessive "'s". */
  readonly words: string[] = [];

  constructor(allTokens: Token[], sentences: Sentence[], citations: Span[], bodyEnd: number) {
    let s = 0;
    let c = 0;
    let seg = 0;
    let lastSentence = -2;
    let cut = false;
    for (const t of allTokens) {
      if (t.start >= bodyEnd) break;
      while (c < citations.length && citations[c].end <= t.start) c++;
      if (c < citations.length && citations[c].start < t.end) {
        cut = true;
        continue;
      }
      while (s < sentences.length && sentences[s].end <= t.start) s++;
      const sentence = s < sentences.length && sentences[s].start <= t.start ? s : -1;
      if (cut || sentence !== lastSentence || sentence === -1) seg++;
      cut = false;
      lastSentence = sentence;
      this.tokens.push(t);
      this.sentence.push(sentence);
      this.segment.push(seg);
      this.classes.push(classify(t));
      this.words.push(stem(t));
    }
  }

  get length(): number {
    return this.tokens.length;
  }

  /** Token k when it lies in the same segment as token `from`, else undefined. */
  at(k: number, from: number): Token | undefined {
    return k >= 0 && k < this.tokens.length && this.segment[k] === this.segment[from] ? this.tokens[k] : undefined;
  }

  /** Normalised text of token k if it is in the segment of `from`, else "". */
  norm(k: number, from: number): string {
    return k >= 0 && k < this.tokens.length && this.segment[k] === this.segment[from] ? this.tokens[k].norm : "";
  }

  /** True when tokens k-1 and k touch (no white space between them). */
  touching(k: number): boolean {
    return !this.tokens[k].spaceBefore;
  }

  /** Class mask of token k if it is in the segment of `from`, else 0. */
  cls(k: number, from: number): number {
    return k >= 0 && k < this.tokens.length && this.segment[k] === this.segment[from] ? this.classes[k] : 0;
  }
}

export function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
