// CSL-JSON of the bibliography: the citation layer's CSL items without their standoff spans, with item
// types outside the CSL vocabulary written as "document" so that any CSL processor accepts them.
import { toCslJson, type CslItem } from "../cite/csl.ts";
import type { Extraction } from "../schema.ts";

/** CSL 1.0.2 item types. */
const CSL_TYPES = new Set([
  "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
  "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
  "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
  "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
  "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
  "thesis", "treaty", "webpage",
]);

/**
 * CSL processors print `medium` in brackets ("[Print]"); the Works Cited's "Print." or "Web." says how the
 * source was read, not part of its reference, so it is left out.
 */
export function toCsl(x: Extraction): CslItem[] {
  return toCslJson(x.bibliography).map(({ medium: _medium, ...item }) => (CSL_TYPES.has(item.type) ? (item as CslItem) : ({ ...item, type: "document" } as CslItem)));
}
