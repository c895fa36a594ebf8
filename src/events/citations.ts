// Provenance: the citations inside an event's sentence, or else the citation that closes its sentence group
// (the next citation in the same paragraph).
import type { Citation, Paragraph, Sentence } from "../schema.ts";
import { lowerBound } from "../text/tokens.ts";

export function citationsFor(sentence: Sentence, paragraphs: Paragraph[], citations: Citation[], starts: number[]): number[] {
  let k = lowerBound(starts, sentence.start);
  const inside: number[] = [];
  for (; k < citations.length && citations[k].start < sentence.end; k++) inside.push(k);
  if (inside.length) return inside;
  const paragraph = sentence.paragraph !== undefined ? paragraphs[sentence.paragraph] : paragraphs.find((p) => p.start <= sentence.start && sentence.start < p.end);
  const limit = paragraph ? paragraph.end : Infinity;
  return k < citations.length && citations[k].start < limit ? [k] : [];
}
