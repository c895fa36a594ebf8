// Paragraphs from lines. Two layouts are common and may mix: one paragraph per line, and
// paragraphs hard-wrapped at a fixed width (blank-line separated or not). A line break is a
// paragraph break unless the line was wrapped: it does not end a sentence, or the next line starts
// in lower case or with a bracket, or the next line's first word would not have fitted on it.
import type { Paragraph } from "../schema.ts";
import { endsSentence, isBlankLine, isHeading, lineLength, splitLines, type Line } from "./lines.ts";

/** Lines longer than this are paragraphs of their own, never wrap-width lines. */
const MAX_WRAP_WIDTH = 100;

export function findParagraphs(text: string, from: number, to: number): Paragraph[] {
  const lines = splitLines(text, from, to);
  const blankSeparated = usesBlankLineParagraphs(lines);
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlankLine(line)) {
      open = null;
      continue;
    }
    const prev = i > 0 ? lines[i - 1] : null;
    if (open && prev && continues(text, lines, i, blankSeparated)) {
      open.end = line.contentEnd;
    } else {
      open = { start: line.contentStart, end: line.contentEnd };
      paragraphs.push(open);
    }
  }
  return paragraphs;
}

/** Whether lines[i] continues the paragraph of lines[i-1] (neither is blank). */
function continues(text: string, lines: Line[], i: number, blankSeparated: boolean): boolean {
  const prev = lines[i - 1];
  const line = lines[i];
  if (headingAt(text, lines, i - 1) || headingAt(text, lines, i)) return false;
  if (startsLower(text, line)) return true;
  if (lineLength(prev) > MAX_WRAP_WIDTH) return false;
  if (!endsSentence(text, prev) || text[line.contentStart] === "(" || text[line.contentStart] === "[") return true;
  if (blankSeparated) return true;
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
function headingAt(text: string, lines: Line[], i: number): boolean {
  if (!isHeading(text, lines[i]) || startsLower(text, lines[i])) return false;
  const before = lines[i - 1];
  if (!before || isBlankLine(before) || endsSentence(text, before)) return true;
  return text[before.contentEnd - 1] === ":" && isHeading(text, before);
}

function startsLower(text: string, line: Line): boolean {
  return /\p{Ll}/u.test(text[line.contentStart]);
}

function firstWordLength(text: string, line: Line): number {
  let k = line.contentStart;
  while (k < line.contentEnd && text[k] !== " " && text[k] !== "\t") k++;
  return k - line.contentStart;
}

/** The widest line in the run of short (wrap-width) lines around lines[i]; 0 when it is alone. */
function wrapWidth(lines: Line[], i: number): number {
  const short = (l: Line) => !isBlankLine(l) && lineLength(l) <= MAX_WRAP_WIDTH;
  let a = i;
  let b = i;
  while (a > 0 && short(lines[a - 1]) && i - a < 50) a--;
  while (b + 1 < lines.length && short(lines[b + 1]) && b - i < 50) b++;
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
  for (const l of [...lines, null]) {
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
