// One MLA / Chicago / APA-style bibliography entry → a CSL-JSON item.
//   Authors. Title. [Container.] [Vol. N.] [Ed. Names.] Place: Publisher, Year. [Medium.]
//   Authors. “Article Title.” Journal 12.3 (1999): 45–67. Print.
//   Authors (1999). Title. Place: Publisher.
// Only the entry's span refers to the text; field values are normalised strings.
import type { BibEntry } from "../schema.ts";
import { tokenize, type Token } from "../text/tokens.ts";
import { citeLexicon } from "./lexicon.ts";

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface ParsedEntry {
  item: Omit<BibEntry, "id" | "start" | "end"> & { author?: CslName[]; editor?: CslName[] };
  /** The entry repeats the previous entry's authors ("———."). */
  sameAuthors: boolean;
  etAl: boolean;
  year: number | null;
}

/** Words after which a period does not end an entry segment. */
const SEGMENT_ABBREVIATIONS = new Set(["vol", "vols", "no", "nos", "ed", "eds", "trans", "rev", "repr", "pp", "p", "pg", "dr", "st", "mr", "mrs", "ms", "jr", "sr", "univ", "dept", "co", "inc", "ltd", "n", "d", "ser", "esp", "vs", "v", "gen", "col", "capt"]);
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;
const QUOTE_OPEN = new Set(["“", '"']);
const QUOTE_CLOSE = new Set(["”", '"']);

export function parseEntry(raw: string): ParsedEntry {
  let s = raw.replace(/\s+/g, " ").trim().replace(/^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+/, "");
  const sameAuthors = /^[-—–_]{2,}/.test(s);
  const item: ParsedEntry["item"] = { type: "book" };
  let etAl = false;
  let rest: string;
  if (sameAuthors) {
    rest = s.replace(/^[-—–_]{2,}\s*[.,]?\s*/, "");
  } else {
    const authors = parseAuthors(s);
    if (authors.names.length) item[authors.editors ? "editor" : "author"] = authors.names;
    etAl = authors.etAl;
    rest = s.slice(authors.end).trim();
  }
  // APA: "(1999)." right after the authors
  const apaYear = /^\((1[5-9]\d\d|20\d\d)[a-z]?\)\.?\s*/.exec(rest);
  let year: number | null = apaYear ? Number(apaYear[1]) : null;
  if (apaYear) rest = rest.slice(apaYear[0].length);

  const segments = splitSegments(rest);
  let i = 0;
  const first = segments[0] ?? "";
  if (QUOTE_OPEN.has(first[0])) {
    item.title = cleanTitle(first.slice(1).replace(/[”"]$/, ""));
    item.type = "article-journal";
    i = 1;
    const container = segments[1];
    if (container !== undefined) {
      i = 2;
      const journal = parseJournal(container);
      if (journal) {
        item["container-title"] = journal.title;
        item.volume = journal.volume;
        if (journal.issue) item.issue = journal.issue;
        year = journal.year;
        if (journal.page) item.page = journal.page;
      } else {
        item["container-title"] = cleanTitle(container.replace(/^In\s+/, ""));
        item.type = YEAR.test(container) && /\d{1,2} \p{L}+\.? \d{4}/u.test(container) ? "article-newspaper" : "chapter";
      }
    }
  } else if (first) {
    item.title = cleanTitle(first);
    i = 1;
  }

  const media = citeLexicon().media;
  for (; i < segments.length; i++) {
    const seg = segments[i].replace(/\.$/, "").trim();
    const lower = seg.toLowerCase();
    let m: RegExpExecArray | null;
    if ((m = /^vols?\.\s*(\S+)/i.exec(seg))) item.volume = m[1].replace(/[,.]$/, "");
    else if ((m = /^(\d+) vols?$/i.exec(seg))) item["number-of-volumes"] = m[1];
    else if ((m = /^(?:eds?\.|edited by|trans\.|translated by)\s+(.+)$/i.exec(seg))) {
      const role = /^trans/i.test(seg) ? "translator" : "editor";
      item[role] = m[1].replace(/,? and /g, ",").split(",").map((x) => x.trim()).filter(Boolean).map(nameFromDirect);
    } else if (media.has(lower)) {
      item.medium = seg;
      if (lower === "web" || lower === "online") item.type = item.publisher ? item.type : "webpage";
    } else if ((m = /(https?:\/\/\S+|www\.\S+)/.exec(seg))) {
      item.URL = m[1];
      if (!item.publisher && item.type === "book") item.type = "webpage";
    } else if (/^accessed\b/i.test(seg)) {
      continue;
    } else if (item.type === "chapter" && /^\d+[–-]\d+$/.test(seg)) {
      item.page = seg.replace("–", "-");
    } else if ((m = /^(.*?):\s*(.+?)(?:,\s*(1[5-9]\d\d|20\d\d))?$/.exec(seg)) && !item.publisher && !/^\d/.test(seg)) {
      item["publisher-place"] = m[1].trim();
      item.publisher = m[2].trim();
      if (m[3]) year = Number(m[3]);
    } else if ((m = /^(.+?),\s*(1[5-9]\d\d|20\d\d)$/.exec(seg)) && !item.publisher) {
      item.publisher = m[1].trim();
      year = Number(m[2]);
    } else if (/^(1[5-9]\d\d|20\d\d)$/.test(seg)) {
      year = Number(seg);
    } else if (/^diss\b/i.test(seg)) {
      item.type = "thesis";
    }
  }
  if (year === null) {
    const any = YEAR.exec(rest);
    if (any) year = Number(any[1]);
  }
  if (year !== null) item.issued = { "date-parts": [[year]] };
  return { item, sameAuthors, etAl, year };
}

function cleanTitle(s: string): string {
  if (/\.\p{Lu}\.$/u.test(s)) return s.trim(); // "…of the U.S.S.R."
  let end = s.length;
  while (end > 0 && " ,.;:".includes(s[end - 1])) end--;
  return s.slice(0, end).trim();
}

/** "Journal of Slavic Studies 14.2 (1995): 201-230" → title, volume, issue, year, pages. */
function parseJournal(container: string): { title: string; volume: string; issue?: string; year: number; page?: string } | null {
  const open = container.lastIndexOf("(");
  const close = open < 0 ? -1 : container.indexOf(")", open);
  if (close < 0 || !/^\d{4}$/.test(container.slice(open + 1, close))) return null;
  const head = container.slice(0, open).trimEnd();
  const space = head.lastIndexOf(" ");
  const numbers = head.slice(space + 1);
  if (space < 0 || !/^\d+(?:\.\d+)?$/.test(numbers)) return null;
  const [volume, issue] = numbers.split(".");
  const title = head.slice(0, space).replace(/[,.]$/, "");
  const after = container.slice(close + 1).trim();
  const pages = after.startsWith(":") ? after.slice(1).trim().replace(/\.$/, "") : "";
  const result: { title: string; volume: string; issue?: string; year: number; page?: string } = { title, volume, year: Number(container.slice(open + 1, close)) };
  if (issue) result.issue = issue;
  if (/^\d+(?:[–-]\d+)?$/.test(pages)) result.page = pages.replace("–", "-");
  return result;
}

/** Splits at a period + space that is not an abbreviation's or an initial's, and not inside quotes. */
function splitSegments(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  let inQuote = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (QUOTE_OPEN.has(c) && (c !== '"' || !inQuote)) {
      if (c === '"' && inQuote) inQuote = false;
      else inQuote = true;
      continue;
    }
    if (QUOTE_CLOSE.has(c) && inQuote) {
      inQuote = false;
      // “Title.” ends a segment
      if (s[i - 1] === "." || s[i - 1] === "?" || s[i - 1] === "!" || s[i + 1] === "." ) {
        const end = s[i + 1] === "." ? i + 2 : i + 1;
        out.push(s.slice(start, end).trim());
        start = end;
        i = end - 1;
      }
      continue;
    }
    if (inQuote || (c !== "." && c !== "?" && c !== "!")) continue;
    if (i + 1 < s.length && s[i + 1] !== " ") continue;
    if (c === ".") {
      const before = s.slice(Math.max(start, i - 14), i);
      const word = trailingWord(before);
      const countOfVolumes = /\d vols?$/i.test(before);
      const acronym = /\.\p{Lu}$/u.test(before); // "U.S.S.R." ends a title; a lone initial does not
      if (word && !countOfVolumes && !acronym && (SEGMENT_ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word)))) continue;
    }
    out.push(s.slice(start, i + 1).trim());
    start = i + 1;
  }
  if (start < s.length && s.slice(start).trim()) out.push(s.slice(start).trim());
  return out.filter((x) => x.length > 0 && x !== ".");
}

/** The letters at the end of s ("" when s does not end in a letter). */
function trailingWord(s: string): string {
  let k = s.length;
  while (k > 0 && /\p{L}/u.test(s[k - 1])) k--;
  return s.slice(k);
}

// ---- authors ----

interface Authors {
  names: CslName[];
  etAl: boolean;
  editors: boolean;
  /** Offset in the entry string where the author block (with its final period) ends. */
  end: number;
}

const isCap = (t: Token | undefined) => t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);
const isInitial = (tokens: Token[], k: number) => isCap(tokens[k]) && tokens[k].text.length <= 2 && tokens[k + 1]?.text === "." ;
const NAME_PARTICLES = new Set(["van", "von", "de", "der", "den", "del", "della", "la", "le", "du", "da", "di", "dos", "das", "ten", "ter", "bin", "ibn", "al", "el"]);

/**
 * "Family, Given[,] and Given Family[, et al.]." — the first author inverted, the others in direct
 * order. A period after a full word ends the block; after an initial, a capitalised word followed by
 * more words (not by a period or comma) starts the title ("Jones, F. C. Japan's New Order…").
 */
export function parseAuthors(s: string): Authors {
  const tokens = tokenize(s);
  const none: Authors = { names: [], etAl: false, editors: false, end: 0 };
  let k = 0;
  const familyStart = k;
  while (k < tokens.length && (isCap(tokens[k]) || NAME_PARTICLES.has(tokens[k].norm) || tokens[k].text === "-" || tokens[k].text === "'")) k++;
  if (k === familyStart || tokens[k]?.text !== ",") return corporateAuthor(s, tokens);
  const family = text(s, tokens, familyStart, k);
  k++; // ","
  const given = readGiven(s, tokens, k);
  if (!given) return none;
  const names: CslName[] = [{ family, given: given.given }];
  k = given.end;
  let etAl = false;
  let editors = false;
  for (;;) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === "." ) {
      // "Joukoff., and": a stray period before more authors
      if (tokens[k + 1]?.text === "," || tokens[k + 1]?.norm === "and") {
        k++;
        continue;
      }
      k++;
      break;
    }
    if (t.text === "," || t.norm === "and" || t.text === "&") {
      k++;
      if (tokens[k]?.norm === "and" || tokens[k]?.text === "&") k++;
      if (tokens[k]?.norm === "et" && tokens[k + 1]?.norm === "al") {
        etAl = true;
        k += 2;
        continue;
      }
      if (tokens[k]?.norm === "eds" || tokens[k]?.norm === "ed" || tokens[k]?.norm === "editors" || tokens[k]?.norm === "editor") {
        editors = true;
        k++;
        continue;
      }
      const direct = readDirect(s, tokens, k);
      if (!direct) break;
      names.push(direct.name);
      k = direct.end;
      continue;
    }
    break;
  }
  const end = k < tokens.length ? tokens[k].start : s.length;
  return { names, etAl, editors, end };
}

/** Given names after "Family,": initials and names, up to the period or comma that ends them. */
function readGiven(s: string, tokens: Token[], k: number): { given: string; end: number } | null {
  const from = k;
  let last = k;
  while (k < tokens.length) {
    if (isInitial(tokens, k)) {
      k += 2;
      last = k;
      // After an initial: "F. C. Japan's New Order" — a capitalised word followed by more words is the title.
      const next = tokens[k];
      if (isCap(next) && !isInitial(tokens, k)) {
        const after = tokens[k + 1]?.text;
        if (after !== "." && after !== "," && after !== "-") return { given: text(s, tokens, from, last), end: last };
      }
      continue;
    }
    if (isCap(tokens[k]) || (NAME_PARTICLES.has(tokens[k].norm) && isCap(tokens[k + 1]))) {
      k++;
      last = k;
      continue;
    }
    break;
  }
  if (last === from) return null;
  // A trailing initial's period is part of the given name; the block then ends there.
  return { given: text(s, tokens, from, last), end: tokens[last - 1]?.text === "." && isInitial(tokens, last - 2) ? last : last };
}

/** "Robert M. Slusser" in direct order: the last word is the family name. */
function readDirect(s: string, tokens: Token[], k: number): { name: CslName; end: number } | null {
  const from = k;
  const words: number[] = [];
  while (k < tokens.length) {
    if (isInitial(tokens, k)) {
      words.push(k);
      k += 2;
    } else if (isCap(tokens[k]) || NAME_PARTICLES.has(tokens[k].norm)) {
      words.push(k);
      k++;
      if (tokens[k]?.text === "-" && isCap(tokens[k + 1])) k += 2;
    } else break;
  }
  if (words.length === 0) return null;
  const lastWord = words[words.length - 1];
  if (isInitial(tokens, lastWord)) return null;
  let familyStart = lastWord;
  while (familyStart > from && words.includes(familyStart - 1) && NAME_PARTICLES.has(tokens[familyStart - 1].norm)) familyStart--;
  const given = familyStart > from ? text(s, tokens, from, familyStart) : undefined;
  const name: CslName = { family: text(s, tokens, familyStart, k) };
  if (given) name.given = given;
  return { name, end: k };
}

/** "United Nations. Title…": a corporate author, when the first segment is short and is followed by more. */
function corporateAuthor(s: string, tokens: Token[]): Authors {
  const segs = splitSegments(s);
  if (segs.length >= 3 && segs[0].length <= 60 && !QUOTE_OPEN.has(segs[0][0]) && !YEAR.test(segs[0])) {
    const literal = segs[0].replace(/\.$/, "");
    return { names: [{ literal }], etAl: false, editors: false, end: s.indexOf(segs[0]) + segs[0].length };
  }
  void tokens;
  return { names: [], etAl: false, editors: false, end: 0 };
}

function nameFromDirect(s: string): CslName {
  const words = s.trim().split(" ");
  if (words.length === 1) return { family: words[0] };
  return { family: words[words.length - 1], given: words.slice(0, -1).join(" ") };
}

function text(s: string, tokens: Token[], from: number, to: number): string {
  return s.slice(tokens[from].start, tokens[to - 1].end);
}
