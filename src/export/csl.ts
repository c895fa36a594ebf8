// CSL-JSON of the bibliography: the entries without their standoff span (start, end), which CSL does not know.
import type { BibEntry, Extraction } from "../schema.ts";

/** CSL 1.0.2 item types; anything else is written as "document". */
const CSL_TYPES = new Set([
  "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
  "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
  "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
  "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
  "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
  "thesis", "treaty", "webpage",
]);

/** Fields of a bibliography entry that belong to the standoff layer, not to CSL. */
const STANDOFF_FIELDS = new Set(["start", "end", "text"]);

export type CslItem = Record<string, unknown> & { id: string; type: string };

export function toCslItem(b: BibEntry): CslItem {
  const item: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) if (!STANDOFF_FIELDS.has(k) && !k.startsWith("_") && v !== undefined && v !== null) item[k] = v;
  item.type = CSL_TYPES.has(b.type) ? b.type : "document";
  return item as CslItem;
}

export function toCsl(x: Extraction): CslItem[] {
  return x.bibliography.map(toCslItem);
}
