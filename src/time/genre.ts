// The genre of a document decides what anchors its time expressions. News is written at its document
// date: "Tuesday", "in April", "last week" count from it. A narrative tells of another time: its dates
// count from the narrative's own reference time even when the document has a date (the date a
// Wikipedia article was downloaded says nothing about "On August 10" in an account of 1904); the
// document date then serves only what is said from the writer's present ("now", "today", "this year
// alone …"). Without a document date every text is read as a narrative. With one, the text is news
// unless its own dates lie mostly years before it, or it is a chronicle: many dates with their year and
// few of the writer's own days ("Tuesday", "yesterday", "last week").
import { parseDate } from "./calendar.ts";
import type { Proposal } from "./proposal.ts";

export type Genre = "news" | "narrative";

/** Years before the document date from which a written date belongs to another time than the writer's. */
const NEAR_YEARS = 2;

/** Dates with their year that make a chronicle when they outnumber the writer's own days threefold. */
const CHRONICLE_DATES = 6;

export function decideGenre(proposals: readonly Proposal[], dctYear: number | null): Genre {
  if (dctYear === null) return "narrative";
  let far = 0;
  let dated = 0;
  let deictic = 0;
  for (const p of proposals) {
    if (p.type !== "DATE" || p.attributive || p.aside) continue;
    const m = p.meaning;
    if (m.kind === "absolute") {
      const date = parseDate(m.value.replace(/[~?]$/, ""));
      if (!date) continue;
      dated++;
      if (dctYear - date.y > NEAR_YEARS) far++;
    } else if (m.kind === "weekday" || ((m.kind === "relative" || m.kind === "shift") && m.origin === "dct")) {
      deictic++; // "Tuesday", "yesterday", "last week", "two days ago": the writer's own days
    }
  }
  const near = dated - far + deictic;
  return far > 2 * near || (dated >= CHRONICLE_DATES && dated > 3 * deictic) ? "narrative" : "news";
}
