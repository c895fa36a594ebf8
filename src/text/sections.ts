// Where a long text is cut to be analysed a section at a time: at paragraph boundaries, about a megabyte apart.
// A cut is made after a blank line where there is one nearby (no paragraph runs across a blank line, whatever
// the layout), else at a line that starts a paragraph in the text around it.
import { isBlank } from "./lines.ts";
import { findParagraphs } from "./paragraphs.ts";

/** Texts longer than this are analysed in sections of about this many characters. */
export const SECTION_CHARS = 1 << 20;

/**
 * The offsets where the sections after the first begin, in increasing order, all in (0, end): about
 * end / ceil(end / size) characters apart, each at the start of a line that begins a paragraph.
 */
export function sectionStarts(text: string, end: number, size = SECTION_CHARS): number[] {
  const count = Math.ceil(end / size);
  if (count <= 1) return [];
  const step = end / count;
  const window = Math.max(1, Math.floor(step / 4));
  const starts: number[] = [];
  for (let k = 1; k < count; k++) {
    const target = Math.round(k * step);
    const cut = afterBlankLine(text, target, Math.min(end, target + window)) ?? atParagraph(text, target, Math.min(end, target + window));
    if (cut !== null && cut < end && cut > (starts.at(-1) ?? 0)) starts.push(cut);
  }
  return starts;
}

/** The start of the first non-blank line after the first blank line that begins in [from, to), or null. */
function afterBlankLine(text: string, from: number, to: number): number | null {
  for (let nl = text.indexOf("\n", from); nl !== -1 && nl < to; nl = text.indexOf("\n", nl + 1)) {
    let blankEnd = lineBlankTo(text, nl + 1);
    if (blankEnd === -1) continue;
    // Skip the whole run of blank lines: the cut is where the next paragraph's line begins.
    let next = blankEnd + 1;
    while ((blankEnd = lineBlankTo(text, next)) !== -1) next = blankEnd + 1;
    return next < text.length ? next : null;
  }
  return null;
}

/** When the line starting at `start` is blank and ends with a line break, the offset of that line break; else -1. */
function lineBlankTo(text: string, start: number): number {
  let i = start;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i < text.length && text.charCodeAt(i) === 10 ? i : -1;
}

/** The start of the first line in [from, to) that begins a paragraph, judged on the text around it; or null. */
function atParagraph(text: string, from: number, to: number): number | null {
  const lineStart = (at: number) => text.lastIndexOf("\n", at - 1) + 1;
  const windowStart = lineStart(Math.max(0, from - 8192));
  const paragraphs = findParagraphs(text, windowStart, to);
  for (let i = 1; i < paragraphs.length; i++) {
    const start = lineStart(paragraphs[i].start);
    if (start >= from) return start;
  }
  return null;
}
