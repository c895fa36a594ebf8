// Trailing web boilerplate (blog footers such as "No comments:", "Post a Comment", "Labels: …"):
// the document's own content ends where the last run of boilerplate lines begins.
import { readLexicon } from "./lexicon.ts";
import { isBlankLine, lineText, splitLines } from "./lines.ts";

interface BoilerplateLexicon {
  line: string[];
  prefix: string[];
  opensComments: string[];
}

let lexicon: { line: Set<string>; prefix: string[]; opensComments: string[] } | undefined;
function boilerplate() {
  if (!lexicon) {
    const lex = readLexicon<BoilerplateLexicon>("cite/boilerplate.json");
    lexicon = { line: new Set(lex.line.map(normalize)), prefix: lex.prefix.map(normalize), opensComments: lex.opensComments.map(normalize) };
  }
  return lexicon;
}

/** Lower case, one space, digits read as "#", so "3 comments:" matches "# comments:". */
function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").replace(/\d+/g, "#").trim();
}

export function isBoilerplateLine(s: string): boolean {
  const lex = boilerplate();
  const n = normalize(s);
  if (n.length > 200) return false;
  return lex.line.has(n) || lex.prefix.some((p) => n.startsWith(p));
}

/** Offset where trailing boilerplate starts (the start of its first line), or text.length. */
export function findContentEnd(text: string): number {
  // Only the tail is examined: footers are short, and this keeps the scan linear.
  const tailFrom = Math.max(0, text.lastIndexOf("\n", Math.max(0, text.length - 4000)));
  const lines = splitLines(text, tailFrom, text.length);
  let end = text.length;
  let sawBoilerplate = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (isBlankLine(l)) continue;
    if (!isBoilerplateLine(lineText(text, l))) break;
    if (i === 0 && tailFrom === 0) break; // never the whole document
    end = l.contentStart;
    sawBoilerplate = true;
  }
  // Readers' comments sit between a "3 comments:" line and the footer; they are not the author's text.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.contentStart >= end || (i === 0 && tailFrom === 0)) continue;
    const n = normalize(lineText(text, l));
    if (n.length <= 60 && boilerplate().opensComments.some((o) => n === o || n.startsWith(`${o} `))) {
      return l.contentStart;
    }
  }
  return sawBoilerplate ? end : text.length;
}
