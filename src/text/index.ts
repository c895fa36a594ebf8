// Structure layer: where the document's own content ends (trailing web boilerplate excluded),
// paragraphs, sentences (with their paragraph index) and the tokens of [0, contentEnd).
import type { Doc, StructureLayer } from "../layers.ts";
import type { Sentence } from "../schema.ts";
import { findContentEnd } from "./boilerplate.ts";
import { findParagraphs } from "./paragraphs.ts";
import { splitSentences } from "./sentences.ts";
import { firstStartingAt, tokenAt, tokenize } from "./tokens.ts";

export function segment(doc: Doc): StructureLayer {
  const text = doc.text;
  const contentEnd = doc.section?.contentEnd ?? findContentEnd(text);
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
