// Paragraphs from lines. Two layouts are common and may mix: one paragraph per line, and
// paragraphs hard-wrapped at a fixed width (blank-line separated or not). A line break is a
// paragraph break unless the line was wrapped: it does not end a sentence, or the next line starts
// in lower case or with a bracket, or the next line's first word would not have fitted on it.
import type { Paragraph } from "../schema.ts";
import { endsSentence, isBlankLine, isHeading, lineLength, splitLines, type Line } from "./lines.ts";

/** Lines longer than this are paragraphs of their own, never wrap-width lines. */
const MAX_WRAP_WIDTH = 100;

/** The lines of a text range, with each line's heading shape computed at most once. */
class Lines {
  readonly lines: Line[];
  readonly blankSeparated: boolean;
  /** 0 = not computed, 1 = not heading-shaped, 2 = heading-shaped. */
  private readonly headingShape: Uint8Array;

  constructor(readonly text: string, from: number, to: number) {
    this.lines = splitLines(text, from, to);
    this.blankSeparated = usesBlankLineParagraphs(this.lines);
    this.headingShape = new Uint8Array(this.lines.length);
  }

  isHeading(i: number): boolean {
    if (this.headingShape[i] === 0) this.headingShape[i] = isHeading(this.text, this.lines[i]) ? 2 : 1;
    return this.headingShape[i] === 2;
  }
}

export function findParagraphs(text: string, from: number, to: number): Paragraph[] {
  const shape = new Lines(text, from, to);
  const lines = shape.lines;
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlankLine(line)) {
      open = null;
      continue;
    }
    if (open && i > 0 && continues(shape, i)) {
      open.end = line.contentEnd;
    } else {
      open = { start: line.contentStart, end: line.contentEnd };
      paragraphs.push(open);
    }
  }
  return paragraphs;
}

/** Whether lines[i] continues the paragraph of lines[i-1] (neither is blank). */
function continues(shape: Lines, i: number): boolean {
  const { text, lines } = shape;
  const prev = lines[i - 1];
  const line = lines[i];
  if (headingAt(shape, i - 1) || headingAt(shape, i)) return false;
  if (startsLower(text, line)) return true;
  if (lineLength(prev) > MAX_WRAP_WIDTH) return false;
  const first = text.charCodeAt(line.contentStart);
  if (!endsSentence(text, prev) || first === 40 || first === 91) return true; // "(" or "["
  if (shape.blankSeparated) return true;
  // A line ending a sentence was still wrapped when the next line's first word would not have fitted.
  const width = wrapWidth(lines, i - 1);
  const firstWord = firstWordLength(text, line);
  return width > 0 && lineLength(prev) + 1 + firstWord > width;
}

/**
 * A heading-shaped line is a heading only where a heading can stand: at the start, after a blank
 * line, or after a line that ends a sentence or is a heading itself. Inside a wrapped paragraph a
 * line such as "Soviet Union and Japan" is just a fragment.
 */
function headingAt(shape: Lines, i: number): boolean {
  const { text, lines } = shape;
  if (!shape.isHeading(i) || startsLower(text, lines[i])) return false;
  const before = lines[i - 1];
  if (!before || isBlankLine(before) || endsSentence(text, before)) return true;
  return text.charCodeAt(before.contentEnd - 1) === 58 && shape.isHeading(i - 1); // ":"
}

const LOWER_CASE = /\p{Ll}/u;

function startsLower(text: string, line: Line): boolean {
  const c = text.charCodeAt(line.contentStart);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_CASE.test(text[line.contentStart]);
}

function firstWordLength(text: string, line: Line): number {
  let k = line.contentStart;
  while (k < line.contentEnd && text[k] !== " " && text[k] !== "\t") k++;
  return k - line.contentStart;
}

const isShort = (l: Line) => !isBlankLine(l) && lineLength(l) <= MAX_WRAP_WIDTH;

/** The widest line in the run of short (wrap-width) lines around lines[i]; 0 when it is alone. */
function wrapWidth(lines: Line[], i: number): number {
  let a = i;
  let b = i;
  while (a > 0 && isShort(lines[a - 1]) && i - a < 50) a--;
  while (b + 1 < lines.length && isShort(lines[b + 1]) && b - i < 50) b++;
  if (b - a < 2) return 0;
  let width = 0;
  for (let k = a; k <= b; k++) width = Math.max(width, lineLength(lines[k]));
  return width;
}

/** Blank lines separate paragraphs when several blocks of two or more short lines are separated by them. */
function usesBlankLineParagraphs(lines: Line[]): boolean {
  let blocks = 0;
  let multi = 0;
  let run = 0;
  let wide = 0;
  for (let i = 0; i <= lines.length; i++) {
    const l = i < lines.length ? lines[i] : null;
    if (l === null || isBlankLine(l)) {
      if (run > 0) {
        blocks++;
        if (run >= 2 && wide === 0) multi++;
      }
      run = 0;
      wide = 0;
    } else {
      run++;
      if (lineLength(l) > MAX_WRAP_WIDTH) wide++;
    }
  }
  return blocks >= 2 && multi * 2 >= blocks;
}
