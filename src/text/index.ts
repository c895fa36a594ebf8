// Structure layer: where the document's own content ends (trailing web boilerplate excluded),
// paragraphs, sentences (with their paragraph index) and the tokens of [0, contentEnd).
import type { Doc, StructureLayer } from "../layers.ts";
import type { Sentence } from "../schema.ts";
import { findContentEnd } from "./boilerplate.ts";
import { findParagraphs } from "./paragraphs.ts";
import { splitSentences } from "./sentences.ts";
import { tokenAt, tokenize, type Token } from "./tokens.ts";

export function segment(doc: Doc): StructureLayer {
  const text = doc.text;
  const contentEnd = findContentEnd(text);
  const tokens = tokenize(text, 0, contentEnd);
  const paragraphs = findParagraphs(text, 0, contentEnd);
  const sentences: Sentence[] = [];
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index];
    const from = tokenAt(tokens, p.start);
    const to = firstStartingAt(tokens, p.end, from);
    if (to > from) splitSentences(text, tokens, from, to, index, sentences);
  }
  return { paragraphs, sentences, contentEnd, tokens };
}

/** Index of the first token at or after `lo` that starts at or after offset (binary search). */
function firstStartingAt(tokens: Token[], offset: number, lo: number): number {
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
