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

const LETTER = /\p{L}|\p{M}/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  return LETTER.test(text[i]);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

const APOSTROPHES = new Set(["'", "’"]);

/**
 * Splits text[from, to) into tokens. Words keep inner apostrophes ("Japan's" stays one token, so does
 * "don't"); numbers keep inner ",", "." between digits ("411,700,000", "67.5"); everything else is
 * one punctuation character per token, hyphens and dashes included.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let spaceBefore = false;
  let newlineBefore = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaceBefore = true;
      if (c === 10 || c === 13) newlineBefore = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c)) {
      kind = "number";
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < to && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetter(text, i)) {
      kind = "word";
      i++;
      while (i < to) {
        if (isLetter(text, i) || isDigit(text.charCodeAt(i))) i++;
        else if (APOSTROPHES.has(text[i]) && i + 1 < to && isLetter(text, i + 1)) i += 2;
        else break;
      }
    } else {
      kind = "punct";
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    const t = text.slice(start, i);
    tokens.push({
      start,
      end: i,
      kind,
      text: t,
      norm: normOf(t),
      newlineBefore,
      spaceBefore,
    });
    spaceBefore = false;
    newlineBefore = false;
  }
  return tokens;
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

/** Index of the first number in sorted xs that is not less than x. */
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
