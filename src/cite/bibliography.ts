// The bibliography section (a heading from data/cite/bibliography-headings.json, then entries to the
// end of the content) and its entries. An entry may be hard-wrapped over several lines: a line that
// is indented, follows a line not ending in a period, or does not look like the start of an entry
// continues the previous entry.
import { readLexicon } from "../text/lexicon.ts";
import { isBlankLine, lineText, splitLines, type Line } from "../text/lines.ts";

export interface Section {
  start: number;
  end: number;
  /** Where the entries begin (after the heading line). */
  bodyStart: number;
}

export interface EntrySpan {
  start: number;
  end: number;
  /** The number of a numbered list entry ("1." / "[1]"), when there is one. */
  number?: number;
}

let headings: Set<string> | undefined;
function headingSet(): Set<string> {
  headings ??= new Set(readLexicon<{ headings: string[] }>("cite/bibliography-headings.json").headings.map((h) => h.toLowerCase()));
  return headings;
}

/** White space as JavaScript's trim() and /\s/ know it. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A line with more than 41 visible characters (code points) cannot be a heading of at most 40 once
 * normalised (see isBibliographyHeading), so long lines are rejected without copying them.
 */
function mayBeHeading(text: string, l: Line): boolean {
  let visible = 0;
  for (let i = l.contentStart; i < l.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (!isJsSpace(c) && (c < 0xdc00 || c > 0xdfff) && ++visible > 41) return false;
  }
  return true;
}

export function isBibliographyHeading(s: string): boolean {
  const h = s.trim().replace(/[:.]$/, "").trim().toLowerCase().replace(/\s+/g, " ");
  return h.length > 0 && h.length <= 40 && headingSet().has(h);
}

/** The last bibliography heading line before contentEnd, and the section it opens. */
export function findBibliographySection(text: string, contentEnd: number): Section | null {
  const lines = splitLines(text, 0, contentEnd);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (isBlankLine(l) || !mayBeHeading(text, l) || !isBibliographyHeading(lineText(text, l))) continue;
    let end = contentEnd;
    while (end > l.contentEnd && /\s/.test(text[end - 1])) end--;
    if (end <= l.contentEnd) return null; // a heading with nothing under it
    return { start: l.contentStart, end, bodyStart: l.end };
  }
  return trailingNumberedList(text, lines);
}

/** Without a heading: a numbered list at the end whose items mostly carry a year ("1. Smith, J. … 1990."). */
function trailingNumberedList(text: string, lines: Line[]): Section | null {
  let first = -1;
  let numbered = 0;
  let dated = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (isBlankLine(l)) continue;
    const s = lineText(text, l);
    if (NUMBER_MARK.test(s)) {
      first = i;
      numbered++;
      if (/\b(1[5-9]|20)\d\d\b/.test(s)) dated++;
    } else if (first === -1 || l.contentStart - l.start === 0) break; // a non-indented, unnumbered line ends the list
  }
  if (first === -1 || numbered < 2 || dated * 2 < numbered) return null;
  const last = lines.filter((l) => !isBlankLine(l)).at(-1)!;
  return { start: lines[first].contentStart, end: last.contentEnd, bodyStart: lines[first].start };
}

const NUMBER_MARK = /^(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s/;

export function splitEntries(text: string, section: Section): EntrySpan[] {
  const lines = splitLines(text, section.bodyStart, section.end).filter((l) => !isBlankLine(l));
  const allLines = splitLines(text, section.bodyStart, section.end);
  const numbered = lines.filter((l) => NUMBER_MARK.test(lineText(text, l))).length >= Math.max(1, lines.length / 3);
  const entries: EntrySpan[] = [];
  let current: (EntrySpan & { firstIndent: number; lastLine: Line }) | null = null;
  for (const line of allLines) {
    if (isBlankLine(line)) {
      current = null;
      continue;
    }
    const s = lineText(text, line);
    const indent = line.contentStart - line.start;
    const mark = NUMBER_MARK.exec(s);
    let startsNew: boolean;
    if (!current) startsNew = true;
    else if (numbered) startsNew = mark !== null;
    else if (indent > current.firstIndent) startsNew = false;
    else if (!/[.!?”"]$/.test(lineText(text, current.lastLine))) startsNew = false;
    else startsNew = looksLikeEntryStart(s) || (/^\p{Lu}/u.test(s) && /\b(1[5-9]|20)\d\d\b/.test(text.slice(current.start, current.lastLine.contentEnd)));
    if (startsNew) {
      current = { start: line.contentStart, end: line.contentEnd, firstIndent: indent, lastLine: line };
      if (mark) current.number = Number(mark[1] ?? mark[2]);
      entries.push(current);
    } else if (current) {
      current.end = line.contentEnd;
      current.lastLine = line;
    }
  }
  return entries.map(({ start, end, number }) => (number === undefined ? { start, end } : { start, end, number }));
}

/** "Family, Given…", "Family Name, …", a repeated-author dash "———.", or a numbered mark. */
function looksLikeEntryStart(s: string): boolean {
  if (NUMBER_MARK.test(s) || /^[-—–_]{2,}/.test(s)) return true;
  const comma = s.indexOf(",");
  if (comma <= 0 || comma > 40) return false;
  const head = s.slice(0, comma).split(" ");
  return head.length <= 3 && head.every((w) => /^[\p{Lu}\p{Ll}'’-]+$/u.test(w)) && /^\p{Lu}/u.test(head[head.length - 1]);
}
