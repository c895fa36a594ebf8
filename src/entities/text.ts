// The part of the document the entity layer reads: body tokens outside citations, with the
// per-token facts every later step asks for (key, capitalisation, sentence, narrative year).
import type { BodyLayer, CiteLayer, Doc, StructureLayer, TimeLayer } from "../layers.ts";
import { firstStartingAt, type Token } from "../text/tokens.ts";
import { lexicon } from "./lexicon.ts";
import { foldKey, plainKeyOf } from "./trie.ts";

export type EntityInput = StructureLayer & CiteLayer & BodyLayer & TimeLayer;

export interface BodyText {
  text: string;
  tokens: Token[];
  /** Keys of the tokens that are not plain ASCII, by text (see keyAt). */
  folded: Map<string, string>;
  /** 1 when token i is a capitalised word (isCapitalised). */
  capital: Uint8Array;
  /** Sentence index of each token (-1 outside any sentence). */
  sentence: Int32Array;
  /** 1 when a citation or the end of a sentence separates token i from token i+1. */
  breakAfter: Uint8Array;
  /** Narrative year of each sentence (time layer first, then the text's own years), or null. */
  sentenceYear: (number | null)[];
  /** 1 when sentence i is a heading (a short line without a final stop). */
  heading: Uint8Array;
  /** Flags of the words (norms) met in the body: COMMON_WORD, REFERENCE_START. */
  words: Map<string, number>;
  /** The tokens whose word can start a reference to states (lexicon referenceStarts), in order. */
  referenceStarts: number[];
}

/** A word that occurs in lower case somewhere in the body: a common word, not a name. */
export const COMMON_WORD = 1;
const REFERENCE_START = 2;

export function isCommon(body: BodyText, norm: string): boolean {
  const flags = body.words.get(norm);
  return flags !== undefined && (flags & COMMON_WORD) !== 0;
}

const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const YEAR_CUES = new Set(["in", "on", "by", "since", "until", "till", "from", "during", "late", "early", "mid", "summer", "spring", "winter", "autumn", "fall", "year", ","]);

/** A word whose first letter changes in lower case (norm is the lower-cased text). */
export function isCapitalised(t: Token): boolean {
  return t.kind === "word" && t.text.charCodeAt(0) !== t.norm.charCodeAt(0);
}

/** The year of an EDTF value from its first four characters ("1939-03-13" → 1939, "193X" → 1930, "-0190" → -190). */
function yearOfEdtf(value: string | null | undefined): number | null {
  if (!value) return null;
  const negative = value.charCodeAt(0) === 45;
  let year = 0;
  for (let k = 0, i = negative ? 1 : 0; k < 4; k++, i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) year = year * 10 + (c - 48);
    else if (k === 3 && c === 88) year *= 10;
    else return null;
  }
  return negative ? -year : year;
}

const HEADING_MAX_WORDS = 8;
const FINAL_STOPS = new Set([".", "!", "?", '"', "”"]);
const SPACE = /\s/;

/** At most HEADING_MAX_WORDS white-space separated pieces and no final stop: a heading line, not a sentence. */
function isHeading(text: string, start: number, end: number): boolean {
  if (end > start && FINAL_STOPS.has(text[end - 1])) return false;
  // The pieces split(/\s+/) would give: one more than the runs of white space.
  let pieces = 1;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceAt(text, i);
    if (space && !inSpace && ++pieces > HEADING_MAX_WORDS) return false;
    inSpace = space;
  }
  return true;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]);
}

/** foldKey of token i, computed when asked for (most tokens are never looked up). */
export function keyAt(body: BodyText, i: number): string {
  const t = body.tokens[i];
  const key = plainKeyOf(t);
  if (key !== null) return key;
  let f = body.folded.get(t.text);
  if (f === undefined) body.folded.set(t.text, (f = foldKey(t.text)));
  return f;
}

export function readBody(doc: Doc, layers: EntityInput): BodyText {
  const end = Math.min(layers.bodyEnd, layers.contentEnd, doc.text.length);
  const stop = firstStartingAt(layers.tokens, end);
  const body: BodyText = {
    text: doc.text, tokens: layers.tokens.slice(0, stop), folded: new Map(), capital: new Uint8Array(stop), sentence: new Int32Array(stop),
    breakAfter: new Uint8Array(stop), sentenceYear: [], heading: new Uint8Array(layers.sentences.length), words: new Map(), referenceStarts: [],
  };
  for (const w of lexicon().referenceStarts) body.words.set(w, REFERENCE_START);
  const ownYear = new Int32Array(layers.sentences.length);
  const n = keepBodyTokens(body, layers, stop, ownYear);
  body.tokens.length = n;
  body.capital = body.capital.subarray(0, n);
  body.sentence = body.sentence.subarray(0, n);
  body.breakAfter = body.breakAfter.subarray(0, n);
  body.sentenceYear = narrativeYears(yearOfEdtf(doc.dct), layers.sentenceTimes, ownYear);
  markHeadings(doc.text, layers.sentences, body.heading);
  return body;
}

/**
 * Moves the tokens before stop that lie outside citations to the front of body.tokens (a copy of the
 * document's tokens), with their sentence, breaks, capitals and words; notes the year each sentence itself
 * dates ("in 1907", "on March 13, 1939"). Returns how many tokens were kept.
 */
function keepBodyTokens(body: BodyText, layers: EntityInput, stop: number, ownYear: Int32Array): number {
  const cites = layers.citations.slice().sort((a, b) => a.start - b.start);
  const sentences = layers.sentences;
  const all = layers.tokens;
  const { tokens, sentence, breakAfter, capital, words, referenceStarts } = body;
  let n = 0;
  let c = 0;
  let s = 0;
  let skipped = false;
  for (let j = 0; j < stop; j++) {
    const t = all[j];
    while (c < cites.length && cites[c].end <= t.start) c++;
    if (c < cites.length && cites[c].start < t.end && t.start < cites[c].end) {
      skipped = true;
      continue;
    }
    while (s < sentences.length && sentences[s].end <= t.start) s++;
    const si = s < sentences.length && sentences[s].start <= t.start ? s : -1;
    const i = n++;
    tokens[i] = t;
    sentence[i] = si;
    if (i > 0) breakAfter[i - 1] = skipped || si !== sentence[i - 1] ? 1 : 0;
    skipped = false;
    if (t.kind === "word") {
      // One look-up per word: whether it can start a reference, and the note that it occurs in lower case.
      const flags = words.get(t.norm);
      if (isCapitalised(t)) capital[i] = 1;
      else if (flags === undefined) words.set(t.norm, COMMON_WORD);
      else if ((flags & COMMON_WORD) === 0) words.set(t.norm, flags | COMMON_WORD);
      if (flags !== undefined && (flags & REFERENCE_START) !== 0) referenceStarts.push(i);
    } else if (t.kind === "number" && si >= 0 && ownYear[si] === 0 && t.text.length === 4 && i > 0 && sentence[i - 1] === si) {
      const y = Number(t.text);
      if (y >= 1000 && y <= 2100 && (YEAR_CUES.has(tokens[i - 1].norm) || MONTHS.has(tokens[i - 1].norm))) ownYear[si] = y;
    }
  }
  if (n) breakAfter[n - 1] = 1;
  return n;
}

/**
 * The narrative year of each sentence: the time layer's sentence time, else the sentence's own year (0: none),
 * else the previous sentence's year, else the document creation year, else the first year a sentence dates.
 */
function narrativeYears(dctYear: number | null, sentenceTimes: readonly (string | null)[] | undefined, ownYear: Int32Array): (number | null)[] {
  let running = dctYear;
  for (let i = 0; i < ownYear.length && running === null; i++) if (ownYear[i] !== 0) running = ownYear[i];
  const years: (number | null)[] = [];
  for (let i = 0; i < ownYear.length; i++) {
    const y = yearOfEdtf(sentenceTimes?.[i]) ?? (ownYear[i] !== 0 ? ownYear[i] : running);
    years.push(y);
    running = y;
  }
  return years;
}

function markHeadings(text: string, sentences: readonly { start: number; end: number }[], heading: Uint8Array): void {
  for (let i = 0; i < sentences.length; i++) if (isHeading(text, sentences[i].start, sentences[i].end)) heading[i] = 1;
}
