// Sentence boundaries over the tokens of one paragraph. A boundary is proposed at . ! ? … and
// refined: closing quotes and brackets stay with the sentence; a period after an abbreviation or an
// initial ("F. C. Jones", "pg.", "U.S.", "Gen.") is not a boundary unless the next word clearly
// starts a sentence; a parenthetical citation right after the period belongs to the sentence it closes.
import type { Sentence } from "../schema.ts";
import { lexiconSet } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

const TERMINAL = new Set([".", "!", "?", "…"]);
const UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;
const UPPER = /^\p{Lu}/u;

/** Whether s starts with an upper-case letter (or, with `digit`, a digit): ASCII by char code, the rest by regex. */
function startsUpper(s: string, digit: boolean): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return digit && c >= 48 && c <= 57;
  return (digit ? UPPER_OR_DIGIT : UPPER).test(s);
}
const CLOSING = new Set(["”", '"', "’", "'", ")", "]", "»"]);
const OPENING = new Set(["“", '"', "‘", "'", "(", "[", "«"]);

let lex: { neverFinal: Set<string>; beforeNumber: Set<string>; maybeFinal: Set<string>; starters: Set<string> } | undefined;
function lexicon() {
  lex ??= {
    neverFinal: lexiconSet("cite/abbreviations.json", "neverFinal"),
    beforeNumber: lexiconSet("cite/abbreviations.json", "beforeNumber"),
    maybeFinal: lexiconSet("cite/abbreviations.json", "maybeFinal"),
    starters: lexiconSet("cite/abbreviations.json", "sentenceStarters"),
  };
  return lex;
}

/**
 * Splits tokens[from, to) (one paragraph) into sentences, appended to `sentences` (a paragraph may
 * hold millions of them) and returned. Sentences cover the paragraph apart from white space between them.
 */
export function splitSentences(text: string, tokens: Token[], from: number, to: number, paragraph: number, sentences: Sentence[] = []): Sentence[] {
  let start = from;
  for (let i = nextTerminal(tokens, from, to); i < to; i = nextTerminal(tokens, i + 1, to)) {
    // Runs of terminals ("?!", "...") end together.
    let j = i;
    while (j + 1 < to && TERMINAL.has(tokens[j + 1].text) && !tokens[j + 1].spaceBefore) j++;
    while (j + 1 < to && CLOSING.has(tokens[j + 1].text) && !tokens[j + 1].spaceBefore) j++;
    // "vessels.[1][2] It also …": reference markers right after the period close the sentence.
    const markersEnd = referenceMarkers(tokens, j + 1, to);
    if (markersEnd > j && (markersEnd + 1 >= to || tokens[markersEnd + 1].spaceBefore)) {
      if (!isBoundary(text, tokens, from, i, markersEnd, to)) {
        i = markersEnd;
        continue;
      }
      sentences.push({ start: tokens[start].start, end: tokens[markersEnd].end, paragraph });
      start = markersEnd + 1;
      i = markersEnd;
      continue;
    }
    if (j + 1 < to && !tokens[j + 1].spaceBefore) {
      i = j;
      continue; // "U.S.-Japanese", "3.5" style joins: no space, no boundary
    }
    if (!isBoundary(text, tokens, from, i, j, to)) {
      i = j;
      continue;
    }
    const citeEnd = trailingCitation(tokens, j + 1, to);
    if (citeEnd > j) j = citeEnd;
    sentences.push({ start: tokens[start].start, end: tokens[j].end, paragraph });
    start = j + 1;
    i = j;
  }
  if (start < to) sentences.push({ start: tokens[start].start, end: tokens[to - 1].end, paragraph });
  return sentences;
}

/** Index of the first terminal punctuation token in tokens[i, to), or `to`. */
function nextTerminal(tokens: Token[], i: number, to: number): number {
  for (; i < to; i++) {
    const t = tokens[i];
    if (t.kind === "punct" && TERMINAL.has(t.text)) return i;
  }
  return to;
}

/** tokens[i] is a terminal, tokens[j] the last token of the terminal group (closers included). */
function isBoundary(text: string, tokens: Token[], from: number, i: number, j: number, to: number): boolean {
  if (j + 1 >= to) return true;
  const next = nextWord(tokens, j + 1, to);
  const nextTok = tokens[j + 1];
  const upper = next !== null && startsUpper(next.text, true);
  if (!upper && !(OPENING.has(nextTok.text) && next && startsUpper(next.text, false))) return false;
  if (tokens[i].text !== ".") return true;
  if (i - 1 === from && tokens[from].kind === "number") return false; // a list number "1. Smith, …"
  const { neverFinal, maybeFinal, starters } = lexicon();
  const abbr = abbreviationBefore(tokens, from, i);
  if (abbr === null) return true;
  const startsSentence = next !== null && starters.has(next.norm) && next === nextTok;
  if (abbr.initial) {
    // "F. C. Jones": an initial before a capitalised word; a lone roman numeral ("World War I.") may end.
    return /^[IVX]$/.test(abbr.form) && startsSentence && !abbr.afterInitial;
  }
  if (neverFinal.has(abbr.form)) return false;
  if (lexicon().beforeNumber.has(abbr.form)) return !(nextTok.kind === "number" || /^[ivxlc]+$/.test(nextTok.norm));
  if (maybeFinal.has(abbr.form)) return startsSentence;
  return true;
}

/** The first word or number token at or after k (skipping opening quotes and brackets). */
function nextWord(tokens: Token[], k: number, to: number): Token | null {
  while (k < to && OPENING.has(tokens[k].text)) k++;
  return k < to && tokens[k].kind !== "punct" ? tokens[k] : null;
}

interface Abbreviation {
  /** Lower-cased, inner periods kept, final period dropped: "u.s", "gen", "f". */
  form: string;
  initial: boolean;
  afterInitial: boolean;
}

/** The abbreviation ending at the period tokens[i], when the word before it is one. */
function abbreviationBefore(tokens: Token[], from: number, i: number): Abbreviation | null {
  const w = tokens[i - 1];
  if (i - 1 < from || w.kind !== "word" || tokens[i].spaceBefore) return null;
  // Dotted forms "U.S." / "e.g." / "a.m.": word . word . with no spaces.
  let k = i - 1;
  let form = w.norm;
  while (k - 2 >= from && tokens[k - 1].text === "." && !tokens[k - 1].spaceBefore && !tokens[k].spaceBefore && tokens[k - 2].kind === "word" && tokens[k - 2].text.length <= 2) {
    form = `${tokens[k - 2].norm}.${form}`;
    k -= 2;
  }
  const dotted = form.includes(".");
  if (!dotted && w.text.length === 1 && startsUpper(w.text, false)) {
    const before = i - 3 >= from ? tokens[i - 3] : null;
    const afterInitial = before !== null && tokens[i - 2].text === "." && before.kind === "word" && before.text.length === 1 && startsUpper(before.text, false);
    return { form: w.text, initial: true, afterInitial };
  }
  const { neverFinal, maybeFinal, beforeNumber } = lexicon();
  if (dotted || neverFinal.has(form) || maybeFinal.has(form) || beforeNumber.has(form)) return { form, initial: false, afterInitial: false };
  return null;
}

/**
 * Numbered reference markers glued to what precedes them ("[12]", "[3][4]", "[note 2]"), as in encyclopedia
 * text; returns the last token index of the run, or -1.
 */
function referenceMarkers(tokens: Token[], k: number, to: number): number {
  let end = -1;
  while (k < to && tokens[k].text === "[" && !tokens[k].spaceBefore) {
    let m = k + 1;
    let number = false;
    while (m < to && m < k + 6 && tokens[m].text !== "]" && tokens[m].text !== "[") {
      if (tokens[m].kind === "number") number = true;
      m++;
    }
    if (m >= to || tokens[m].text !== "]" || !number) break;
    end = m;
    k = m + 1;
  }
  return end;
}

/** A "(Author, pg. 12)" group right after a sentence end belongs to that sentence; returns its last token index. */
function trailingCitation(tokens: Token[], k: number, to: number): number {
  if (k >= to || tokens[k].text !== "(") return -1;
  let hasNumber = false;
  for (let m = k + 1; m < to && m < k + 40; m++) {
    const t = tokens[m];
    if (t.text === "(") return -1;
    if (t.kind === "number") hasNumber = true;
    if (t.text === ")") {
      // A whole sentence in parentheses "(See the map on page 5.)" stands on its own.
      if (!hasNumber || !startsUpper(tokens[k + 1].text, false) || TERMINAL.has(tokens[m - 1].text)) return -1;
      let end = m;
      if (end + 1 < to && tokens[end + 1].text === "." && !tokens[end + 1].spaceBefore) end++;
      if (end + 1 < to && !/^[\p{Lu}\d“"‘(\[]/u.test(tokens[end + 1].text)) return -1;
      return end;
    }
  }
  return -1;
}
