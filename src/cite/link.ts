// Linking a cited name ("Jones", "Eudin and Slusser", "Smith et al.") and year to bibliography items.
// The bibliography is indexed once per document; a citation repeated through the text is linked once.
import type { BibEntry } from "../schema.ts";
import { foldName } from "./names.ts";

export type LinkResult = { bib: string; ambiguous: boolean } | null;

type Named = { family?: string; literal?: string };

/** Folded family names of an item's authors (or editors). */
function familiesOf(item: BibEntry): string[] {
  const people = ((item.author as Named[] | undefined)?.length ? item.author : (item.editor as Named[] | undefined)) ?? [];
  return (people as Named[]).map((p) => foldName(p.family ?? p.literal ?? ""));
}

function yearOf(item: BibEntry): number | null {
  return item.issued?.["date-parts"]?.[0]?.[0] ?? null;
}

/** "Van Dyke" cited as "Dyke" or the reverse. */
function lastWordMatches(family: string, cited: string): boolean {
  if (!family.includes(" ") && !cited.includes(" ")) return false;
  const a = family.split(" ");
  const b = cited.split(" ");
  return a[a.length - 1] === b[b.length - 1] && (a.length > 1 || b.length > 1);
}

/** Whether the item's authors match the cited (folded) names: the first one first, the others anywhere after it. */
function authorsMatch(fam: string[], wanted: string[], etAl: boolean): boolean {
  if (fam[0] !== wanted[0] && !lastWordMatches(fam[0], wanted[0])) return false;
  for (let i = 1; i < wanted.length; i++) {
    let found = false;
    for (let j = 1; j < fam.length && !found; j++) found = fam[j] === wanted[i] || lastWordMatches(fam[j], wanted[i]);
    if (!found) return false;
  }
  return !(etAl && fam.length < 2);
}

export class Sources {
  private readonly families: string[][];
  private readonly names = new Set<string>();
  private readonly links = new Map<string, LinkResult>();

  constructor(private readonly items: BibEntry[]) {
    this.families = items.map(familiesOf);
    for (const fam of this.families) for (const f of fam) this.names.add(f);
  }

  /** Whether any item has this family name (for accepting bare-name and month-like citations). */
  knows(name: string): boolean {
    return this.names.has(foldName(name));
  }

  /** Links cited names (["Eudin", "Slusser"], or ["Smith"] with et al.) and an optional year ("1999", "1999a"). */
  link(names: string[], etAl: boolean, year: string | undefined): LinkResult {
    if (names.length === 0) return null;
    const key = `${etAl ? "+" : "-"}${year ?? ""}\u0000${names.join("\u0000")}`;
    let result = this.links.get(key);
    if (result === undefined) {
      result = this.linkOnce(names, etAl, year);
      this.links.set(key, result);
    }
    return result;
  }

  private linkOnce(names: string[], etAl: boolean, year: string | undefined): LinkResult {
    const { items, families } = this;
    const source = foldName(names.join(" and "));
    const wanted = names.map(foldName);
    let candidates: number[] = [];
    for (let k = 0; k < items.length; k++) {
      const fam = families[k];
      if (fam.length === 0 ? foldName(String(items[k]["citation-key"] ?? "")) === source : authorsMatch(fam, wanted, etAl)) candidates.push(k);
    }
    if (candidates.length > 1) {
      // Prefer the item whose author count fits the citation ("Smith" alone over "Smith and Jones").
      const exact = candidates.filter((k) => (etAl ? families[k].length >= 3 : families[k].length === wanted.length));
      if (exact.length) candidates = exact;
    }
    if (year && candidates.length > 0) {
      const y = Number(year.slice(0, 4));
      const sameYear = candidates.filter((k) => yearOf(items[k]) === y);
      if (sameYear.length > 0) {
        const letter = year.slice(4);
        const index = letter ? letter.charCodeAt(0) - 97 : 0;
        if (index >= sameYear.length) return null;
        return { bib: items[sameYear[index]].id, ambiguous: !letter && sameYear.length > 1 };
      }
      return null;
    }
    if (candidates.length === 0) return null;
    return { bib: items[candidates[0]].id, ambiguous: candidates.length > 1 };
  }

  /** MLA's author + short title for one of several works: "(Jones, Japan's New Order 25)". */
  shortTitle(author: string, title: string): string | null {
    const a = foldName(author);
    const t = foldName(title);
    for (let k = 0; k < this.items.length; k++) {
      if (this.families[k][0] === a && foldName(String(this.items[k].title ?? "")).startsWith(t)) return this.items[k].id;
    }
    return null;
  }
}
