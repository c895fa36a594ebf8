// A year on its own: "1905", "in 1932", "By 1932", "the 1936 program", "Convention of 1928",
// "AD 800", "44 BC". Four-digit numbers that count things ("1500 men") or refer to pages are not years.
import { formatYear } from "../calendar.ts";
import { NUMBER } from "../classes.ts";
import { previousWord, readEra, readYear } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import { isCapitalized, type Stream } from "../stream.ts";

function eraYear(s: Stream, k: number, by: string): Proposal | null {
  const t = s.tokens[k];
  if (t.text.length > 4 || t.text.includes(",") || t.text.includes(".")) return null;
  const n = Number(t.text);
  if (n < 1) return null;
  const era = readEra(s, k + 1, k);
  if (era) {
    // astronomical numbering: 1 BC = year 0, 44 BC = -43
    const y = era.sign < 0 ? -(n - 1) : n;
    return { start: k, end: era.end, type: "DATE", meaning: { kind: "absolute", value: formatYear(y) }, by };
  }
  const before = s.at(k - 1, k);
  if (before && (s.norm(k - 1, k) === "ad" || s.norm(k - 1, k) === "ce") && before.text === before.text.toUpperCase()) {
    return { start: k - 1, end: k + 1, type: "DATE", meaning: { kind: "absolute", value: formatYear(n) }, by };
  }
  return null;
}

const OPENING = new Set(["(", "[", "“", '"', "‘", "'", "—", "–"]);

function startsLine(s: Stream, k: number): boolean {
  return k === 0 || s.tokens[k].newlineBefore;
}

/** True when the number at k is a quantity, a page or a reference number rather than a year. */
function isNotYear(s: Stream, k: number): boolean {
  if (lex.notYearBefore.has(previousWord(s, k))) return true;
  const prev = s.at(k - 1, k);
  if (prev && s.touching(k) && prev.kind === "punct" && !OPENING.has(prev.text)) {
    // "12/1938", "1.1938", "3-1938" are not years; "mid-1938" and "pre-1938" are
    if (!(prev.text === "-" && s.at(k - 2, k)?.kind === "word")) return true;
  }
  const next = s.at(k + 1, k);
  if (!next) return false;
  if (lex.notYearAfter.has(next.norm)) return true;
  // a coordinate: "1125 West", "3530 N." (but "1949 West Germany" is a year)
  if (lex.compass.has(next.norm) && isCapitalized(next)) {
    const after = s.at(k + 2, k);
    if (!after || after.kind !== "word" || !isCapitalized(after)) return true;
  }
  if (!next.spaceBefore && next.kind === "word") return true; // "1930s", "1500km"
  // "12:30", "1938:4" are not years; "wrote in 2017:" and a heading "2005: Elections" are
  if (!next.spaceBefore && next.text === ":" && !startsLine(s, k) && s.at(k + 2, k)?.kind === "number" && s.touching(k + 2)) return true;
  if (!next.spaceBefore && next.text === "%") return true;
  // "and 1200 horses": a plural noun after a number that no preposition or determiner marks as a year
  if (next.kind === "word" && next.text === next.norm && next.norm.length > 3 && next.norm.endsWith("s") && !next.norm.endsWith("ss")) {
    const prev = previousWord(s, k);
    if (!(lex.timePrepositions.has(prev) && prev !== "and") && !lex.determiners.has(prev) && !prev.endsWith("'s")) return true;
  }
  return false;
}

/**
 * A year that modifies a noun names the date of a thing ("the 1936 program", "Convention of 1928",
 * "the protocol of 1886") instead of placing the narrative in time.
 */
function isAttributive(s: Stream, k: number): boolean {
  const prev = s.norm(k - 1, k);
  const next = s.at(k + 1, k);
  if (next && next.kind === "word" && !lex.timePrepositions.has(next.norm) && next.norm !== "or") {
    if (lex.determiners.has(prev) || prev.endsWith("'s")) return true;
  }
  if (prev === "of") {
    const head = s.at(k - 2, k);
    if (head && head.kind === "word" && !lex.partitives.has(head.norm) && !lex.qualifiers.has(head.norm) && !lex.months.has(head.norm) && !lex.unitWords.has(head.norm)) return true;
  }
  return false;
}

export const year: Parser = {
  name: "year",
  starts: NUMBER,
  parse(s, k) {
    const era = eraYear(s, k, this.name);
    if (era) return era;
    const y = readYear(s, k, k);
    if (!y || isNotYear(s, k)) return null;
    // "1938?" inside a sentence ("(1938?)", "in 1938? or 1939"): an uncertain year, EDTF "1938?"
    const mark = s.at(y.end, k);
    const after = s.at(y.end + 1, k);
    const uncertain = mark?.text === "?" && !mark.spaceBefore && after !== undefined && (after.text === ")" || after.text === "," || (after.kind === "word" && after.text === after.norm));
    const value = formatYear(y.value) + (uncertain ? "?" : "");
    const p: Proposal = { start: k, end: uncertain ? y.end + 1 : y.end, type: "DATE", meaning: { kind: "absolute", value }, by: this.name };
    if (uncertain) p.mod = "APPROX";
    if (isAttributive(s, k)) p.attributive = true;
    return p;
  },
};
