// One linear pass over the text into word, number and punctuation tokens with their offsets.
// Every later stage reads these tokens instead of rescanning the text with its own regexes.

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** The token's text. */
  text: string;
  /** Lower-cased text with typographic apostrophes folded to "'". */
  norm: string;
  /** True when white space containing a line break precedes the token. */
  newlineBefore: boolean;
  /** True when any white space precedes the token. */
  spaceBefore: boolean;
}

// Character classes of UTF-16 code units. ASCII is a fixed table; other code units are classified
// once by the Unicode letter regex and remembered, so that no regex runs per character.
const OTHER = 0;
const SPACE = 1;
const DIGIT = 2;
const LOWER = 3;
const UPPER = 4;
const LETTER = 5;
const UNKNOWN = 255;

const classes = new Uint8Array(0x10000).fill(UNKNOWN);
const LETTER_RE = /\p{L}|\p{M}/u;
const SPACE_CODES = [32, 9, 10, 13, 12, 0xa0, 0x3000];
for (let c = 0; c < 128; c++) classes[c] = OTHER;
for (let c = 48; c <= 57; c++) classes[c] = DIGIT;
for (let c = 97; c <= 122; c++) classes[c] = LOWER;
for (let c = 65; c <= 90; c++) classes[c] = UPPER;
for (const c of SPACE_CODES) classes[c] = SPACE;
for (let c = 0x2000; c <= 0x200b; c++) classes[c] = SPACE;

function classOf(c: number): number {
  const k = classes[c];
  if (k !== UNKNOWN) return k;
  const found = LETTER_RE.test(String.fromCharCode(c)) ? LETTER : OTHER;
  classes[c] = found;
  return found;
}

const isLetterClass = (k: number) => k >= LOWER;

/** Strings of the single ASCII characters, so that punctuation tokens share them. */
const ASCII_TEXT = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/**
 * Repeated words share their text and norm strings: a hash table keyed by the characters of a text
 * range gives the strings made the first time, so most tokens allocate no string at all, and later
 * Map lookups on the same norm string reuse its cached hash.
 */
class Strings {
  private mask = 255;
  private hashes = new Int32Array(256);
  private texts: (string | undefined)[] = new Array(256);
  private norms: string[] = new Array(256);
  private size = 0;
  /** The norm of the last text returned by `text`. */
  norm = "";

  constructor(private readonly source: string) {}

  /** The text of source[start, end) whose hash (see `hashStep`) is h; `lowerAscii` says that it is its own norm. */
  text(start: number, end: number, h: number, lowerAscii: boolean): string {
    const source = this.source;
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const t = this.texts[slot];
      if (t === undefined) break;
      if (this.hashes[slot] === h && t.length === length && sameText(source, start, t)) {
        this.norm = this.norms[slot];
        return t;
      }
      slot = (slot + 1) & this.mask;
    }
    const t = source.slice(start, end);
    const norm = lowerAscii ? t : normOf(t);
    this.hashes[slot] = h;
    this.texts[slot] = t;
    this.norms[slot] = norm;
    this.norm = norm;
    if (++this.size * 2 > this.mask) this.grow();
    return t;
  }

  private grow(): void {
    const { hashes, texts, norms } = this;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.hashes = new Int32Array(capacity);
    this.texts = new Array(capacity);
    this.norms = new Array(capacity);
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      if (t === undefined) continue;
      let slot = hashes[i] & this.mask;
      while (this.texts[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hashes[i];
      this.texts[slot] = t;
      this.norms[slot] = norms[i];
    }
  }
}

const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

function sameText(source: string, start: number, t: string): boolean {
  for (let k = 0; k < t.length; k++) if (source.charCodeAt(start + k) !== t.charCodeAt(k)) return false;
  return true;
}

/**
 * Splits text[from, to) into tokens. Words keep inner apostrophes ("Japan's" stays one token, so does
 * "don't"); numbers keep inner ",", "." between digits ("411,700,000", "67.5"); everything else is
 * one punctuation character per token, hyphens and dashes included.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const strings = new Strings(text);
  let i = from;
  let spaceBefore = false;
  let newlineBefore = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === SPACE) {
      spaceBefore = true;
      if (c === 10 || c === 13) newlineBefore = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let t: string;
    let norm: string;
    let h = c;
    if (cls === DIGIT) {
      kind = "number";
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) {
          h = hashStep(h, d);
          i++;
        } else if ((d === 44 || d === 46) && i + 1 < to && isDigitCode(text.charCodeAt(i + 1))) {
          h = hashStep(hashStep(h, d), text.charCodeAt(i + 1));
          i += 2;
        } else break;
      }
      t = strings.text(start, i, h, true);
      norm = t;
    } else if (isLetterClass(cls)) {
      kind = "word";
      // lower-case ASCII letters, digits and "'" are their own norm
      let lowerAscii = cls === LOWER;
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        const k = classOf(d);
        if (k === LOWER || k === DIGIT) {
          h = hashStep(h, d);
          i++;
        } else if (k >= UPPER) {
          lowerAscii = false;
          h = hashStep(h, d);
          i++;
        } else if ((d === 39 || d === 0x2019) && i + 1 < to && isLetterClass(classOf(text.charCodeAt(i + 1)))) {
          if (d !== 39) lowerAscii = false;
          h = hashStep(hashStep(h, d), text.charCodeAt(i + 1));
          i += 2;
        } else break;
      }
      t = strings.text(start, i, h, lowerAscii);
      norm = strings.norm;
    } else if (c < 128) {
      kind = "punct";
      i++;
      t = ASCII_TEXT[c];
      norm = t;
    } else {
      kind = "punct";
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
        h = hashStep(h, text.charCodeAt(i + 1));
        i += 2;
      } else i++;
      t = strings.text(start, i, h, false);
      norm = strings.norm;
    }
    tokens.push({ start, end: i, kind, text: t, norm, newlineBefore, spaceBefore });
    spaceBefore = false;
    newlineBefore = false;
  }
  return tokens;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function normOf(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

/** Index of the first token whose end is after offset (binary search over sorted tokens). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Galloping searches from a known position: a few steps when the answer is near, log n at worst.

/** Index of the first token in [from, to) that starts at or after offset, or `to`. */
export function firstStartingAt(tokens: readonly Token[], offset: number, from = 0, to = tokens.length): number {
  let lo = from;
  let hi = from;
  let step = 1;
  while (hi < to && tokens[hi].start < offset) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > to) hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token in [from, to) that ends after offset, or `to`. */
export function firstEndingAfter(tokens: readonly Token[], offset: number, from = 0, to = tokens.length): number {
  let lo = from;
  let hi = from;
  let step = 1;
  while (hi < to && tokens[hi].end <= offset) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > to) hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first number in sorted xs that is not less than x. */
/** Index of the first item of a list sorted by start whose start is at or after offset (binary search). */
export function firstAtOrAfter(sorted: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
