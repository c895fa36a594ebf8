// Linking a cited name ("Jones", "Eudin and Slusser", "Smith et al.") and year to bibliography items.
import type { BibEntry } from "../schema.ts";
import { foldName } from "./names.ts";

export type LinkResult = { bib: string; ambiguous: boolean } | null;

type Named = { family?: string; literal?: string };

const familiesCache = new WeakMap<BibEntry, string[]>();

/** Folded family names of an item's authors (or editors), computed once per item. */
function families(item: BibEntry): string[] {
  let fam = familiesCache.get(item);
  if (!fam) {
    const people = ((item.author as Named[] | undefined)?.length ? item.author : (item.editor as Named[] | undefined)) ?? [];
    fam = (people as Named[]).map((p) => foldName(p.family ?? p.literal ?? ""));
    familiesCache.set(item, fam);
  }
  return fam;
}

function yearOf(item: BibEntry): number | null {
  return item.issued?.["date-parts"]?.[0]?.[0] ?? null;
}

/** Links cited names (["Eudin", "Slusser"], or ["Smith"] with et al.) and an optional year ("1999", "1999a"). */
export function linkSource(names: string[], etAl: boolean, year: string | undefined, items: BibEntry[]): LinkResult {
  if (names.length === 0) return null;
  const source = names.join(" and ");
  const wanted = names.map(foldName);
  let candidates = items.filter((item) => {
    const fam = families(item);
    if (fam.length === 0) return foldName(String(item["citation-key"] ?? "")) === foldName(source);
    if (fam[0] !== wanted[0] && !lastWordMatches(fam[0], wanted[0])) return false;
    for (let i = 1; i < wanted.length; i++) if (!fam.slice(1).some((f) => f === wanted[i] || lastWordMatches(f, wanted[i]))) return false;
    if (etAl && fam.length < 2) return false;
    return true;
  });
  if (candidates.length > 1) {
    // Prefer the item whose author count fits the citation ("Smith" alone over "Smith and Jones").
    const exact = candidates.filter((c) => (etAl ? families(c).length >= 3 : families(c).length === wanted.length));
    if (exact.length) candidates = exact;
  }
  if (year && candidates.length > 0) {
    const y = Number(year.slice(0, 4));
    const sameYear = candidates.filter((c) => yearOf(c) === y);
    if (sameYear.length > 0) {
      const letter = year.slice(4);
      const index = letter ? letter.charCodeAt(0) - 97 : 0;
      if (index >= sameYear.length) return null;
      const pick = sameYear[index];
      return { bib: pick.id, ambiguous: !letter && sameYear.length > 1 };
    }
    return null;
  }
  if (candidates.length === 0) return null;
  return { bib: candidates[0].id, ambiguous: candidates.length > 1 };
}

/** "Van Dyke" cited as "Dyke" or the reverse. */
function lastWordMatches(family: string, cited: string): boolean {
  if (!family.includes(" ") && !cited.includes(" ")) return false;
  const a = family.split(" ");
  const b = cited.split(" ");
  return a[a.length - 1] === b[b.length - 1] && (a.length > 1 || b.length > 1);
}

/** Whether any item has this family name (for accepting bare-name and month-like citations). */
export function knowsName(name: string, items: BibEntry[]): boolean {
  const n = foldName(name);
  return items.some((item) => families(item).includes(n));
}

/** MLA's author + short title for one of several works: "(Jones, Japan's New Order 25)". */
export function linkShortTitle(author: string, title: string, items: BibEntry[]): string | null {
  const a = foldName(author);
  const t = foldName(title);
  const hit = items.find((item) => families(item)[0] === a && foldName(String(item.title ?? "")).startsWith(t));
  return hit?.id ?? null;
}
