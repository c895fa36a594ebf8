// Part-of-speech tagging with wink-nlp's English model, aligned back to UTF-16 offsets of the text.
import winkNLP from "wink-nlp";
import { winkModel } from "../derived/wink-model.ts";

export interface TaggedToken {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, typographic apostrophe folded. */
  norm: string;
  /** Universal POS tag (NOUN, VERB, AUX, ADP, PROPN, …). */
  pos: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
const tagger = (): Nlp => (nlp ??= winkNLP(winkModel(), ["pos"]));

const SPACE = 32;

function normOf(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

/**
 * Tags `span`, the text that starts at offset `at`, in which passages that are not prose may be blanked out by
 * as many spaces. Every wink token is located in the span, so offsets are exact.
 */
export function tagSpan(span: string, at: number): TaggedToken[] {
  const n = tagger();
  const doc = n.readDoc(span);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(n.its.pos) as string[];
  const out: TaggedToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // A token mostly starts after a few plain spaces, which no token value starts with: a search only when not.
    let next = cursor;
    while (span.charCodeAt(next) === SPACE) next++;
    const found = span.startsWith(v, next) ? next : span.indexOf(v, cursor);
    if (found < 0 || found - cursor > 200) continue; // wink normalised the token; skip it rather than misplace it
    cursor = found + v.length;
    out.push({ start: at + found, end: at + cursor, text: v, norm: normOf(v), pos: tags[i] });
  }
  return out;
}
