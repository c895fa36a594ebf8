// Part-of-speech tagging with wink-nlp's English model, aligned back to UTF-16 offsets of the text.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

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
const tagger = (): Nlp => (nlp ??= winkNLP(model, ["pos"]));

/** Tags text[start, end): every wink token is located in the text, so offsets are exact. */
export function tagSpan(text: string, start: number, end: number): TaggedToken[] {
  const n = tagger();
  const its = n.its;
  const slice = text.slice(start, end);
  const doc = n.readDoc(slice);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const out: TaggedToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const at = slice.indexOf(v, cursor);
    if (at < 0 || at - cursor > 200) continue; // wink normalised the token; skip it rather than misplace it
    cursor = at + v.length;
    out.push({ start: start + at, end: start + cursor, text: v, norm: v.toLowerCase().replace(/’/g, "'"), pos: tags[i] });
  }
  return out;
}
