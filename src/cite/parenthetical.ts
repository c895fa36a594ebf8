// Parenthetical author–page and author–year citations, parsed by a small grammar over tokens:
//
//   citation := "(" [prefix] ref (";" [prefix] ref)* ")"
//   ref      := authors [","] [year] [","|":"] [locator] [pages]  |  ibid ["."] [","] [locator] pages
//   authors  := name (("and" | "&" | ",") name)* ["et" "al" "."]
//   pages    := page (("," | "&" | "and") page)*,   page := number [("-" | "–") number] | roman numeral
//
// Proposals are made at every "(" and refined by index.ts (bibliography checks, linking, warnings).
import type { Token } from "../text/tokens.ts";
import { citeLexicon } from "./lexicon.ts";

export interface ParsedRef {
  /** The cited name(s) as written, one space between words: "Eudin and Slusser", "Smith et al.", or "ibid". */
  source: string;
  names: string[];
  etAl: boolean;
  ibid: boolean;
  year?: string;
  pages: string[];
  /** True when a locator word ("pg.", "p.", "pp.") introduced the pages. */
  marked: boolean;
}

export type Proposal =
  /** `narrative`: the author is named before the parenthesis, "Jones (1954, 25) argues". */
  | { kind: "citation"; open: number; close: number; refs: ParsedRef[]; narrative?: boolean }
  /** "(Jones, pg. 178 …" that never closes: a warning, never a citation. */
  | { kind: "unclosed"; open: number; last: number }
  | { kind: "none" };

/** Most tokens a parenthetical citation may hold before it is judged unclosed. */
const MAX_TOKENS = 80;
const DASHES = new Set(["-", "–", "—", "‑"]);
const PARTICLES = new Set(["van", "von", "de", "der", "den", "del", "della", "la", "le", "du", "da", "di", "dos", "das", "ten", "ter", "bin", "ibn", "al", "el", "of", "st"]);
const ROMAN = /^[ivxlc]{1,7}$/;

const UPPER = /^\p{Lu}/u;

function isCap(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(t.text);
}

/** tokens[i] when i is before `to`. */
function at(tokens: Token[], i: number, to: number): Token | undefined {
  return i < to ? tokens[i] : undefined;
}

function isPunct(tokens: Token[], i: number, to: number, p: string): boolean {
  return i < to && tokens[i].text === p;
}

/** The norm of tokens[i] when i is before `to`, else "". */
function normAt(tokens: Token[], i: number, to: number): string {
  return i < to ? tokens[i].norm : "";
}

/** Parses the parenthetical that opens at tokens[open] ("("); `limit` is the first token it may not reach. */
export function parseParenthetical(tokens: Token[], open: number, limit: number): Proposal {
  let close = -1;
  let scan = open + 1;
  for (; scan < limit; scan++) {
    const t = tokens[scan].text;
    if (t === ")") {
      close = scan;
      break;
    }
    if (t === "(" || t === "[" || t === "]") break;
  }
  // A long aside in parentheses is not a citation; it closes, so it is not malformed either.
  if (close > open + MAX_TOKENS) return { kind: "none" };
  if (close === -1) {
    const head = parseGroup(tokens, open + 1, Math.min(limit, open + MAX_TOKENS + 1), true);
    if (!head || head.end === open + 1) return { kind: "none" };
    const endsAfterYear = head.ref.year !== undefined && (head.end >= limit || head.end === scan);
    return head.ref.pages.length > 0 || endsAfterYear ? { kind: "unclosed", open, last: head.end - 1 } : { kind: "none" };
  }
  const refs: ParsedRef[] = [];
  let k = open + 1;
  while (k < close) {
    let groupEnd = k;
    while (groupEnd < close && tokens[groupEnd].text !== ";") groupEnd++;
    const parsed = parseGroup(tokens, k, groupEnd, false);
    if (!parsed) return refs.length === 0 && groupEnd === close ? parseNarrative(tokens, open, close) : { kind: "none" };
    refs.push(parsed.ref);
    k = groupEnd + 1;
  }
  return refs.length > 0 ? { kind: "citation", open, close, refs } : { kind: "none" };
}

/**
 * Parses one reference in tokens[from, to). With `prefixOnly` it parses as far as it can and reports
 * where it stopped (for unclosed parentheses); otherwise the whole range must be consumed.
 */
function parseGroup(tokens: Token[], from: number, to: number, prefixOnly: boolean): { ref: ParsedRef; end: number } | null {
  const lex = citeLexicon();
  let k = skipPrefix(tokens, from, to);
  const ref: ParsedRef = { source: "", names: [], etAl: false, ibid: false, pages: [], marked: false };

  if (k < to && lex.ibid.has(tokens[k].norm)) {
    ref.ibid = true;
    ref.source = "ibid";
    k++;
    if (isPunct(tokens, k, to, ".")) k++;
  } else {
    const first = parseName(tokens, k, to);
    if (!first) return null;
    ref.names.push(first.name);
    k = first.end;
    while (k < to) {
      const t = tokens[k];
      if (lex.conjunctions.has(t.norm) || (t.text === "," && (lex.conjunctions.has(normAt(tokens, k + 1, to)) || isCap(at(tokens, k + 1, to))))) {
        let n = k + 1;
        if (t.text === "," && lex.conjunctions.has(normAt(tokens, n, to))) n++;
        const next = parseName(tokens, n, to);
        if (!next) break;
        ref.names.push(next.name);
        k = next.end;
        continue;
      }
      if (t.norm === "et" && normAt(tokens, k + 1, to) === "al") {
        ref.etAl = true;
        k += 2;
        if (isPunct(tokens, k, to, ".")) k++;
      }
      break;
    }
    ref.source = sourceLabel(ref.names, ref.etAl);
  }

  if (isPunct(tokens, k, to, ",")) k++;
  const year = parseYear(tokens, k, to);
  if (year) {
    ref.year = year.year;
    k = year.end;
    if (isPunct(tokens, k, to, ",") || isPunct(tokens, k, to, ":")) k++;
  }
  if (k < to && lex.pageMarkers.has(tokens[k].norm) && (isPunct(tokens, k + 1, to, ".") || at(tokens, k + 1, to)?.kind === "number" || ROMAN.test(normAt(tokens, k + 1, to)))) {
    ref.marked = true;
    k++;
    if (isPunct(tokens, k, to, ".")) k++;
  }
  const pages = parsePages(tokens, k, to);
  if (pages) {
    ref.pages = pages.pages;
    k = pages.end;
  }
  if (prefixOnly) return { ref, end: k };
  if (k !== to) return null;
  if (!ref.ibid && ref.pages.length === 0 && !ref.year && !ref.marked) {
    // A bare name "(Jones)" is kept as a proposal; index.ts accepts it only when the bibliography knows it.
    return { ref, end: k };
  }
  if (ref.ibid && ref.pages.length === 0 && !ref.marked) return { ref, end: k };
  if (ref.marked && ref.pages.length === 0) return null;
  return { ref, end: k };
}

/** "Jones (1954, 25)", "Eudin and Slusser (pg. 364)", "Smith et al. (1999)": year or marked pages, name before. */
function parseNarrative(tokens: Token[], open: number, close: number): Proposal {
  const ref: ParsedRef = { source: "", names: [], etAl: false, ibid: false, pages: [], marked: false };
  let k = open + 1;
  const year = parseYear(tokens, k, close);
  if (year) {
    ref.year = year.year;
    k = year.end;
    if (k < close && (tokens[k].text === "," || tokens[k].text === ":")) k++;
  }
  if (k < close && citeLexicon().pageMarkers.has(tokens[k].norm)) {
    ref.marked = true;
    k++;
    if (k < close && tokens[k].text === ".") k++;
  }
  const pages = parsePages(tokens, k, close);
  if (pages) {
    ref.pages = pages.pages;
    k = pages.end;
  }
  if (k !== close || (!ref.year && !(ref.marked && ref.pages.length))) return { kind: "none" };
  let m = open - 1;
  if (m >= 2 && tokens[m].text === "." && tokens[m - 1].norm === "al" && tokens[m - 2].norm === "et") {
    ref.etAl = true;
    m -= 3;
  }
  const names: string[] = [];
  for (;;) {
    const end = m + 1;
    while (m >= 0 && isCap(tokens[m]) && end - m <= 3) m--;
    if (m + 1 === end) break;
    names.unshift(joinTokens(tokens, m + 1, end).replace(/['’]s$/, ""));
    if (m >= 0 && citeLexicon().conjunctions.has(tokens[m].norm) && !ref.etAl) m--;
    else break;
  }
  if (names.length === 0) return { kind: "none" };
  ref.names = names;
  ref.source = sourceLabel(names, ref.etAl);
  return { kind: "citation", open, close, refs: [ref], narrative: true };
}

function skipPrefix(tokens: Token[], k: number, to: number): number {
  for (const words of citeLexicon().prefixes) {
    let m = k;
    let ok = true;
    for (const w of words) {
      if (m < to && tokens[m].norm === w) {
        m++;
        if (m < to && tokens[m].text === ".") m++;
      } else {
        ok = false;
        break;
      }
    }
    if (ok && m < to && isCap(tokens[m])) return m;
  }
  return k;
}

/** A personal or corporate name: capitalised words, with particles ("van", "de") and hyphens inside. */
function parseName(tokens: Token[], k: number, to: number): { name: string; end: number } | null {
  let m = k;
  while (m < to && PARTICLES.has(tokens[m].norm) && isCap(tokens[m + 1])) m++;
  if (!isCap(tokens[m]) || m >= to) return null;
  if (tokens[m].norm === "et" || citeLexicon().conjunctions.has(tokens[m].norm)) return null;
  m++;
  for (;;) {
    const t = tokens[m];
    if (m + 1 < to && t && (t.text === "-" || t.text === "'" || t.text === "’") && !t.spaceBefore && isCap(tokens[m + 1]) && !tokens[m + 1].spaceBefore) {
      m += 2;
    } else if (m < to && isCap(t) && t.norm !== "et") {
      m++;
    } else if (m + 1 < to && t && PARTICLES.has(t.norm) && isCap(tokens[m + 1])) {
      m += 2;
    } else break;
  }
  return { name: joinTokens(tokens, k, m), end: m };
}

function parseYear(tokens: Token[], k: number, to: number): { year: string; end: number } | null {
  const t = tokens[k];
  if (k < to && t.kind === "number" && /^(1[0-9]|20)\d\d$/.test(t.text)) {
    const suffix = tokens[k + 1];
    if (k + 1 < to && suffix.kind === "word" && /^[a-z]$/.test(suffix.text) && !suffix.spaceBefore) return { year: t.text + suffix.text, end: k + 2 };
    return { year: t.text, end: k + 1 };
  }
  // "n.d." (no date)
  if (k + 2 < to && t.norm === "n" && tokens[k + 1].text === "." && tokens[k + 2].norm === "d") {
    return { year: "n.d.", end: tokens[k + 3]?.text === "." && k + 3 < to ? k + 4 : k + 3 };
  }
  return null;
}

function parsePages(tokens: Token[], k: number, to: number): { pages: string[]; end: number } | null {
  const pages: string[] = [];
  let m = k;
  for (;;) {
    const page = parsePage(tokens, m, to);
    if (!page) break;
    pages.push(...page.pages);
    m = page.end;
    const sep = tokens[m];
    if (m + 1 < to && (sep.text === "," || sep.text === "&" || sep.norm === "and") && parsePage(tokens, m + 1, to)) {
      m++;
      continue;
    }
    break;
  }
  return pages.length ? { pages, end: m } : null;
}

function parsePage(tokens: Token[], k: number, to: number): { pages: string[]; end: number } | null {
  if (k >= to) return null;
  const t = tokens[k];
  let first: string[];
  if (t.kind === "number") first = t.text.includes(",") ? t.text.split(",") : [t.text];
  else if (t.kind === "word" && ROMAN.test(t.norm)) first = [t.norm];
  else return null;
  let end = k + 1;
  const dash = tokens[end];
  if (first.length === 1 && end + 1 < to && DASHES.has(dash.text) && tokens[end + 1].kind === "number" && !tokens[end + 1].text.includes(",")) {
    return { pages: [`${first[0]}-${tokens[end + 1].text}`], end: end + 2 };
  }
  // "12f." / "12ff."
  if (end < to && (tokens[end].norm === "f" || tokens[end].norm === "ff") && !tokens[end].spaceBefore) {
    end++;
    if (end < to && tokens[end].text === ".") end++;
  }
  return { pages: first, end };
}

/** "Jones", "Eudin and Slusser", "Smith, Jones, and Brown", "Smith et al." ("&" is read as "and"). */
export function sourceLabel(names: string[], etAl: boolean): string {
  if (etAl) return `${names[0]} et al.`;
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")}, and ${names[names.length - 1]}`;
}

/** The tokens' text with one space where white space was. */
function joinTokens(tokens: Token[], from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) s += (i > from && tokens[i].spaceBefore ? " " : "") + tokens[i].text;
  return s;
}
