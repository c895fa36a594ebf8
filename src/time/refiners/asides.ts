// Marks the dates said aside from the narrative's course, which do not move the narrative time: a date
// after "since" is the start of something else ("the first incursion since 1995"), "as in 1614" a
// comparison, a year in parentheses a note on the name before it ("the Civil Constitution of the Clergy
// (1790)"), and a date between a determiner and a noun names a thing ("the August 1792 uprising"); a date after "a study published" dates a source.
import * as lex from "../lexicon.ts";
import type { Refiner } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import type { Stream } from "../stream.ts";

function inParentheses(s: Stream, p: Proposal): boolean {
  return s.norm(p.start - 1, p.start) === "(" && s.norm(p.end, p.start) === ")" && s.at(p.start - 2, p.start)?.kind === "word";
}

const yearOnly = (p: Proposal) =>
  p.meaning.kind === "absolute" ? p.meaning.value.length === (p.meaning.value.startsWith("-") ? 5 : 4) : p.meaning.kind === "interval" && p.by === "year-range";

/** A date between a determiner and a noun: "the August 1792 uprising". */
function namesAThing(s: Stream, p: Proposal): boolean {
  const before = s.norm(p.start - 1, p.start);
  if (!lex.determiners.has(before) && !before.endsWith("'s")) return false;
  const next = s.at(p.end, p.start);
  return next !== undefined && next.kind === "word" && next.text === next.norm && !lex.timePrepositions.has(next.norm) && !lex.determiners.has(next.norm) && next.norm !== "or";
}

/** How far back "until" still bounds a date: "lasted until the fall of Budapest in February 1945". */
const BOUND_REACH = 6;

/** A date at the end of an "until" phrase, with no punctuation between: where something stopped, not where the story is ("until this week" stays the writer's own week). */
function endBound(s: Stream, p: Proposal): boolean {
  for (let k = p.start - 1; k >= Math.max(0, p.start - BOUND_REACH) && s.sentence[k] === s.sentence[p.start]; k--) {
    const t = s.tokens[k];
    if (t.kind === "punct") return false;
    if (t.norm === "until" || t.norm === "till") return true;
  }
  return false;
}

/** Words before a participle that make it a verb of the clause ("was published in 1920"), not a modifier of a noun. */
const AUXILIARIES = new Set(["was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "having", "not"]);

/** A date after a participle of publication that follows a common noun: "a study published in 1990", "a history declassified in 2005" date a source. */
function datesASource(s: Stream, p: Proposal): boolean {
  const at = s.norm(p.start - 1, p.start) === "in" ? p.start - 2 : p.start - 1;
  const verb = s.at(at, p.start);
  const noun = s.at(at - 1, p.start);
  return verb !== undefined && lex.publicationVerbs.has(verb.norm) && noun !== undefined && noun.kind === "word" && noun.text === noun.norm && !AUXILIARIES.has(noun.norm);
}

export const asides: Refiner = (s, proposals) => {
  for (const p of proposals) {
    if (p.type !== "DATE") continue;
    const before = s.norm(p.start - 1, p.start);
    if (lex.asideMarkers.has(before) || (before === "in" && lex.comparatives.has(s.norm(p.start - 2, p.start)))) p.aside = true;
    else if (yearOnly(p) && inParentheses(s, p)) p.aside = true;
    else if (p.meaning.kind === "absolute" && namesAThing(s, p)) p.aside = true;
    else if ((p.meaning.kind === "absolute" || p.meaning.kind === "partial") && endBound(s, p)) p.aside = true;
    else if (p.meaning.kind === "absolute" && datesASource(s, p)) p.aside = true;
  }
  return proposals;
};
