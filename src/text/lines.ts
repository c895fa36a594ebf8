// Lines of a text range with their offsets, and the small tests on a line's shape that the
// paragraph, boilerplate and bibliography rules share.

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of the line break (or the range end). */
  end: number;
  /** First and last non-space character (contentStart === contentEnd for a blank line). */
  contentStart: number;
  contentEnd: number;
}

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  if (from > to) return lines;
  let start = from;
  for (;;) {
    let i = text.indexOf("\n", start);
    if (i === -1 || i > to) i = to;
    let end = i;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let cs = start;
    while (cs < end && isBlank(text.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isBlank(text.charCodeAt(ce - 1))) ce--;
    lines.push({ start, end, contentStart: cs, contentEnd: ce });
    if (i === to) return lines;
    start = i + 1;
  }
}

export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

export const isBlankLine = (l: Line) => l.contentStart === l.contentEnd;
export const lineText = (text: string, l: Line) => text.slice(l.contentStart, l.contentEnd);
export const lineLength = (l: Line) => l.contentEnd - l.contentStart;

const CLOSERS = new Set(["”", '"', "’", "'", ")", "]", "»"]);
const TERMINALS = new Set([".", "!", "?", "…"]);

/** True when the line's last visible character (after closing quotes/brackets) ends a sentence. */
export function endsSentence(text: string, l: Line): boolean {
  let i = l.contentEnd - 1;
  while (i >= l.contentStart && CLOSERS.has(text[i])) i--;
  return i >= l.contentStart && TERMINALS.has(text[i]);
}

const FUNCTION_WORDS = new Set([
  "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "as", "vs", "v",
]);

/**
 * A heading is a short line without sentence-final punctuation (a trailing ":" is allowed) whose
 * words are in title case: it starts and ends with a capitalised word or a number.
 */
export function isHeading(text: string, l: Line, maxLength = 80): boolean {
  const len = lineLength(l);
  if (len === 0 || len > maxLength) return false;
  let s = lineText(text, l);
  if (s.endsWith(":")) s = s.slice(0, -1).trimEnd();
  if (s.length === 0 || /[.!?;,]$/.test(s)) return false;
  if (/[.!?]\s/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 12) return false;
  const capital = (w: string) => /^[\p{Lu}\d]/u.test(w);
  const first = words[0];
  const last = words[words.length - 1];
  if (!capital(first) || !capital(last)) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return content.every(capital);
}
