// Citation layer: in-text citations resolved to bibliography entries (CSL-JSON) and page lists.
// Order: find the bibliography section and parse its entries; propose citations at "(" and "["
// in the text before it; refine (bare names and month-like names need a bibliography match);
// link each ref to an entry; report what does not resolve as warnings.
import type { CiteLayer, Doc, StructureLayer } from "../layers.ts";
import type { BibEntry, Citation, CitationRef, Warning } from "../schema.ts";
import { firstStartingAt, tokenAt, type Token } from "../text/tokens.ts";
import { findBibliographySection, splitEntries } from "./bibliography.ts";
import { parseEntry, type CslName } from "./entry.ts";
import { citeLexicon } from "./lexicon.ts";
import { Sources } from "./link.ts";
import { parseNumeric } from "./numeric.ts";
import { parseParenthetical, type ParsedRef } from "./parenthetical.ts";

export function citeLayer(doc: Doc, layers: StructureLayer): CiteLayer {
  const { text } = doc;
  const warnings: Warning[] = [];
  let section = findBibliographySection(text, layers.contentEnd);
  let bibliography = section ? readBibliography(text, section) : [];
  if (section && !looksLikeBibliography(bibliography)) {
    // A heading such as "Sources" over prose, not over a list of works.
    section = null;
    bibliography = [];
  }
  const proseEnd = section ? section.start : layers.contentEnd;
  const citations = findCitations(text, layers, proseEnd, bibliography, warnings);
  return {
    citations,
    bibliography,
    bibliographySection: section ? { start: section.start, end: section.end } : null,
    warnings,
  };
}

/** Most entries of a real source list name authors or a year. */
function looksLikeBibliography(items: BibEntry[]): boolean {
  const credible = items.filter((b) => (b.author?.length || b.editor) && b.issued).length;
  return items.length > 0 && credible * 2 >= items.length;
}

function readBibliography(text: string, section: { start: number; end: number; bodyStart: number }): BibEntry[] {
  const items: BibEntry[] = [];
  const ids = new Map<string, number>();
  let previousAuthors: CslName[] | undefined;
  for (const span of splitEntries(text, section)) {
    const parsed = parseEntry(text.slice(span.start, span.end));
    const item = { ...parsed.item } as Record<string, unknown>;
    if (parsed.sameAuthors && previousAuthors) item.author = previousAuthors;
    const people = (item.author ?? item.editor) as CslName[] | undefined;
    previousAuthors = item.author as CslName[] | undefined;
    const base = idBase(people, parsed.year, String(item.title ?? ""));
    const seen = ids.get(base) ?? 0;
    ids.set(base, seen + 1);
    const id = seen === 0 ? base : `${base}${String.fromCharCode(96 + seen + 1)}`;
    const key = citationKey(people, parsed.etAl);
    if (key) item["citation-key"] = key;
    if (span.number !== undefined) item["citation-number"] = span.number;
    items.push({ id, ...item, start: span.start, end: span.end } as BibEntry);
  }
  return items;
}

function idBase(people: CslName[] | undefined, year: number | null, title: string): string {
  const first = people?.[0];
  const name = first?.family ?? first?.literal ?? title.split(" ").find((w) => w.length > 3) ?? "anon";
  const ascii = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
  return `${ascii || "anon"}${year ?? "nd"}`;
}

/** The label a citation uses for the entry: "Jones", "Eudin and Slusser", "Smith et al.". */
function citationKey(people: CslName[] | undefined, etAl: boolean): string | undefined {
  if (!people?.length) return undefined;
  const fam = people.map((p) => p.family ?? p.literal ?? "");
  if (fam.length >= 3 || (etAl && fam.length >= 1)) return `${fam[0]} et al.`;
  return fam.join(" and ");
}

function findCitations(text: string, layers: StructureLayer, proseEnd: number, bibliography: BibEntry[], warnings: Warning[]): Citation[] {
  const { tokens, paragraphs } = layers;
  const lex = citeLexicon();
  const sources = new Sources(bibliography);
  const citations: Citation[] = [];
  const last = tokenAt(tokens, proseEnd);
  let paragraph = 0;
  let limit = 0;
  let previous: CitationRef | null = null;
  const openings = new Openings(text, tokens, last);
  for (let i = openings.next(0); i < last; i = openings.next(i + 1)) {
    const t = tokens[i];
    if (t.text !== "(" && t.text !== "[") continue;
    // A citation never runs past its paragraph: limit is the first token after it (found once per paragraph).
    if (limit <= i || (paragraph < paragraphs.length && paragraphs[paragraph].end <= t.start)) {
      while (paragraph < paragraphs.length && paragraphs[paragraph].end <= t.start) paragraph++;
      const pEnd = Math.min(paragraphs[paragraph]?.end ?? proseEnd, proseEnd);
      limit = Math.max(limit, i);
      while (limit < last && tokens[limit].start < pEnd) limit++;
    }

    if (t.text === "[") {
      const numeric = parseNumeric(tokens, i, limit);
      if (!numeric) continue;
      const refs = numeric.numbers.map((n) => numericRef(n, numeric.pages, bibliography));
      const citation = makeCitation(text, tokens, i, numeric.close, refs, "numeric");
      for (const r of refs) {
        if (r.bib) continue;
        warnings.push({ code: "citation-unknown-source", message: `cited reference [${r.source}] is not in a numbered reference list`, start: citation.start, end: citation.end });
      }
      citations.push(citation);
      i = numeric.close;
      continue;
    }

    const proposal = parseParenthetical(tokens, i, limit);
    if (proposal.kind === "unclosed") {
      const end = tokens[proposal.last].end;
      warnings.push({
        code: "citation-unclosed",
        message: `citation "${text.slice(t.start, end)}" has no closing parenthesis`,
        start: t.start,
        end,
      });
      continue;
    }
    if (proposal.kind !== "citation") continue;
    if (!acceptable(proposal.refs, proposal.narrative === true, sources, lex.nonAuthors)) continue;
    const refs: CitationRef[] = [];
    const problems: Problem[] = [];
    let style: Citation["style"] = "author-page";
    for (const r of proposal.refs) {
      const ref = resolve(r, previous, bibliography.length > 0, sources, problems);
      refs.push(ref);
      previous = ref;
      if (r.year && !r.marked) style = "author-year";
    }
    const citation = makeCitation(text, tokens, i, proposal.close, refs, style);
    for (const p of problems) warnings.push({ ...p, start: citation.start, end: citation.end });
    citations.push(citation);
    i = proposal.close;
  }
  return citations;
}

/**
 * The "(" and "[" tokens in text order, found by searching the text for the characters (each is a
 * token of its own) rather than by reading every token.
 */
class Openings {
  /** Offsets of the next "(" and "[" at or after the last search (Infinity when there is none). */
  private paren = -1;
  private bracket = -1;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly last: number,
  ) {}

  /** Index of the first "(" or "[" token at or after token i, or `last`. */
  next(i: number): number {
    if (i >= this.last) return this.last;
    const from = this.tokens[i].start;
    if (this.paren < from) this.paren = offsetOrInfinity(this.text.indexOf("(", from));
    if (this.bracket < from) this.bracket = offsetOrInfinity(this.text.indexOf("[", from));
    const offset = Math.min(this.paren, this.bracket);
    return offset === Infinity ? this.last : firstStartingAt(this.tokens, offset, i, this.last);
  }
}

const offsetOrInfinity = (offset: number) => (offset < 0 ? Infinity : offset);

/** A narrative citation needs every name in the bibliography; a parenthetical one needs every ref plausible. */
function acceptable(refs: ParsedRef[], narrative: boolean, sources: Sources, nonAuthors: Set<string>): boolean {
  for (const r of refs) if (narrative ? !knowsAll(r.names, sources) : !plausible(r, sources, nonAuthors)) return false;
  return true;
}

function knowsAll(names: string[], sources: Sources): boolean {
  for (const n of names) if (!sources.knows(n)) return false;
  return true;
}

/** Bare names "(Jones)" and month-like names "(March 1939)" are citations only when the bibliography knows the name. */
function plausible(r: ParsedRef, sources: Sources, nonAuthors: Set<string>): boolean {
  if (r.ibid) return true;
  if (knowsAll(r.names, sources)) return true;
  if (r.pages.length === 0 && !r.year) return false;
  for (const n of r.names) if (nonAuthors.has(n.toLowerCase())) return false;
  return true;
}

type Problem = Pick<Warning, "code" | "message">;

function citationRef(source: string, bib: string | null, pages: string[], year: string | undefined): CitationRef {
  const ref: CitationRef = { source, bib, pages };
  if (year) ref.year = year;
  return ref;
}

function resolve(r: ParsedRef, previous: CitationRef | null, hasBibliography: boolean, sources: Sources, problems: Problem[]): CitationRef {
  const pages = r.pages;
  if (r.ibid) {
    if (!previous) {
      problems.push({ code: "citation-ibid-without-antecedent", message: "ibid. with no earlier citation to refer to" });
      return { source: "ibid", bib: null, pages };
    }
    return citationRef(previous.source, previous.bib, pages.length ? pages : previous.pages, previous.year);
  }
  const link = sources.link(r.names, r.etAl, r.year);
  if (!link && r.names.length === 2 && !r.etAl) {
    const byTitle = sources.shortTitle(r.names[0], r.names[1]);
    if (byTitle) return citationRef(r.names[0], byTitle, pages, r.year);
  }
  if (!link) {
    problems.push({
      code: "citation-unknown-source",
      message: hasBibliography
        ? `cited source "${r.source}${r.year ? ` ${r.year}` : ""}" is not in the bibliography`
        : `cited source "${r.source}" cannot be resolved: the text has no bibliography section`,
    });
  } else if (link.ambiguous) {
    problems.push({ code: "citation-ambiguous-source", message: `cited source "${r.source}" matches several bibliography entries; linked to ${link.bib}` });
  }
  return citationRef(r.source, link?.bib ?? null, pages, r.year);
}

function numericRef(n: number, pages: string[], bibliography: BibEntry[]): CitationRef {
  const byNumber = bibliography.find((b) => b["citation-number"] === n);
  return { source: String(n), bib: byNumber?.id ?? null, pages };
}

function makeCitation(text: string, tokens: Token[], open: number, close: number, refs: CitationRef[], style: Citation["style"]): Citation {
  const start = tokens[open].start;
  const end = tokens[close].end;
  return { start, end, text: text.slice(start, end), refs, style };
}
