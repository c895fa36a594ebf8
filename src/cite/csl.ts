// CSL-JSON out of bibliography items: our span fields (start, end) stripped, and
// formatted reference lists through citation-js (styles bundled with @citation-js/plugin-csl).
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import type { BibEntry } from "../schema.ts";

/** Fields that are ours, not CSL variables. */
const EXTRA_FIELDS = new Set(["start", "end"]);

export type CslItem = Record<string, unknown> & { id: string; type: string };

export function toCslJson(items: BibEntry[]): CslItem[] {
  return items.map((item) => Object.fromEntries(Object.entries(item).filter(([k]) => !EXTRA_FIELDS.has(k))) as CslItem);
}

/** The styles the bundled citation-js templates provide (no style is downloaded). */
export function availableStyles(): string[] {
  const templates = plugins.config.get("@csl").styles as { list(): string[] };
  return templates.list();
}

export type BibliographyFormat = "text" | "html";

/** A formatted reference list, e.g. formatBibliography(items, "apa"). */
export function formatBibliography(items: BibEntry[], style = "apa", format: BibliographyFormat = "text"): string {
  const styles = availableStyles();
  if (!styles.includes(style)) throw new Error(`unknown citation style "${style}" (available: ${styles.join(", ")})`);
  return new Cite(toCslJson(items)).format("bibliography", { format, template: style, lang: "en-US" }) as string;
}
