// Structure layer: paragraphs, sentences, the end of the document's own content, tokens.
// FIRST CUT: paragraphs are lines, sentences end at . ! ? followed by space and a capital.
import type { Doc, StructureLayer } from "../layers.ts";
import type { Paragraph, Sentence } from "../schema.ts";
import { tokenize } from "./tokens.ts";

export function segment(doc: Doc): StructureLayer {
  const contentEnd = doc.text.length;
  const tokens = tokenize(doc.text, 0, contentEnd);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  const text = doc.text;
  for (let i = 0; i <= contentEnd; i++) {
    if (i === contentEnd || text[i] === "\n") {
      const p = trim(text, lineStart, i);
      if (p.end > p.start) {
        const index = paragraphs.push(p) - 1;
        let s = p.start;
        for (let k = p.start; k < p.end; k++) {
          if (/[.!?]/.test(text[k]) && (k + 1 === p.end || (text[k + 1] === " " && /[A-Z“"]/.test(text[k + 2] ?? "")))) {
            sentences.push({ ...trim(text, s, k + 1), paragraph: index });
            s = k + 1;
          }
        }
        const rest = trim(text, s, p.end);
        if (rest.end > rest.start) sentences.push({ ...rest, paragraph: index });
      }
      lineStart = i + 1;
    }
  }
  return { paragraphs, sentences, contentEnd, tokens };
}

function trim(text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
