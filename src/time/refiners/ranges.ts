// Two dates written together: a range ("6–7 January 1916", "31 May–1 June 1916", "March 19–April 30",
// "August–September 1950", "from 1937 until 1938", "between 1932 and 1934") or a pair ("April and June
// 1955", "May 4 and 5", "in August or September"). The first date takes what it lacks from the second ("6"
// its month and year, "April" its year) and the second from the first ("5" its month); a bare day or
// month that no parser proposes alone is read here, beside the date it belongs to. A range becomes an
// interval whose two ends stay timexes of their own (`parts`), as TimeML writes them; a pair stays two dates.
import { formatDate, parseDate, type CalDate } from "../calendar.ts";
import { NUMBER } from "../classes.ts";
import { countsSomething, readDay, readMonth, readYear } from "../grammar.ts";
import type { Refiner } from "../parser.ts";
import type { Meaning, Proposal } from "../proposal.ts";
import type { Stream } from "../stream.ts";

const RANGE_LINKS = new Set(["-", "–", "—", "to", "through", "until", "till"]);
const PAIR_LINKS = new Set(["and", "or", "&"]);

/** Year, month and day of a plain calendar date (no season, decade, approximation or interval). */
interface Parts {
  y?: number;
  m?: number;
  d?: number;
}

function partsOf(m: Meaning): Parts | null {
  if (m.kind === "partial") return m.season === undefined && (m.month !== undefined || m.day !== undefined) ? { m: m.month, d: m.day } : null;
  if (m.kind !== "absolute") return null;
  const date = parseDate(m.value);
  // parseDate reads a season ("1939-22") as its year: a season is no plain date here
  if (!date || (date.m === undefined && m.value.length > (m.value.startsWith("-") ? 5 : 4))) return null;
  return date;
}

function meaningOf(p: Parts): Meaning {
  if (p.y !== undefined) return { kind: "absolute", value: formatDate(p as CalDate) };
  return { kind: "partial", month: p.m, day: p.d };
}

/** The first date completed from the second: its month, then its year (the year before when the month comes later: "December–January 1942"). */
function completeFirst(a: Parts, b: Parts): Parts {
  const out = { ...a };
  if (out.m === undefined && out.d !== undefined) out.m = b.m;
  if (out.y === undefined && b.y !== undefined && out.m !== undefined && b.m !== undefined) out.y = out.m > b.m ? b.y - 1 : b.y;
  return out;
}

/** The second date completed from the first: "May 4 and 5" (month), "June 1, 1916 – July 1" (year). */
function completeSecond(a: Parts, b: Parts): Parts {
  const out = { ...b };
  if (out.m === undefined && out.d !== undefined) out.m = a.m;
  if (out.y === undefined && a.y !== undefined && out.m !== undefined && a.m !== undefined) out.y = out.m < a.m ? a.y + 1 : a.y;
  return out;
}

const plain = (p: Proposal | undefined): p is Proposal =>
  p !== undefined && p.type === "DATE" && !p.parts && (p.meaning.kind === "absolute" || p.meaning.kind === "partial") && partsOf(p.meaning) !== null;

/** A date that begins with a day number ("7 January 1916") or with a month name ("September 1950"). */
const startsWithDay = (s: Stream, p: Proposal) => (s.classes[p.start] & NUMBER) !== 0;

/** A bare day number (with its ordinal suffix) ending right before token `end`: the "6" of "6–7 January". */
function bareDayBefore(s: Stream, end: number): { start: number; day: number } | null {
  for (const start of [end - 1, end - 2]) {
    if (start < 0 || !(s.classes[start] & NUMBER)) continue;
    const d = readDay(s, start, start);
    if (d && d.end === end) return { start, day: d.value };
  }
  return null;
}

/** A capitalised month name ending right before token `end`: the "August" of "August–September 1950". */
function bareMonthBefore(s: Stream, end: number): { start: number; month: number } | null {
  for (const start of [end - 1, end - 2]) {
    if (start < 0) continue;
    const m = readMonth(s, start, start);
    if (m && m.end === end) return { start, month: m.value.month };
  }
  return null;
}

interface Joined {
  first: Proposal;
  second: Proposal;
  /** Proposals inside the second date that it replaces (the year of "March 5–9, 1918"). */
  swallowed: number;
}

/** The date written before B and joined to it by the link at B.start - 1, if any. */
function firstBefore(s: Stream, previous: Proposal | undefined, b: Proposal, bParts: Parts): Proposal | null {
  const linkAt = b.start - 1;
  if (previous && previous.end === linkAt) return plain(previous) ? previous : null;
  if (startsWithDay(s, b) && bParts.d !== undefined) {
    const day = bareDayBefore(s, linkAt);
    if (day && (!previous || previous.end <= day.start)) return { start: day.start, end: linkAt, type: "DATE", meaning: { kind: "partial", day: day.day }, by: "range" };
  }
  if (!startsWithDay(s, b)) {
    const month = bareMonthBefore(s, linkAt);
    if (month && bParts.d === undefined && (!previous || previous.end <= month.start)) return { start: month.start, end: linkAt, type: "DATE", meaning: { kind: "partial", month: month.month }, by: "range" };
  }
  return null;
}

/** A bare day after a month-first date A and a link: the "9, 1918" of "March 5–9, 1918", the "5" of "May 4 and 5". */
function dayAfter(s: Stream, a: Proposal, aParts: Parts, proposals: Proposal[], i: number): Joined | null {
  if (aParts.d === undefined || aParts.y !== undefined || startsWithDay(s, a)) return null;
  const link = s.norm(a.end, a.start);
  if (!RANGE_LINKS.has(link) && !PAIR_LINKS.has(link)) return null;
  const day = s.cls(a.end + 1, a.start) & NUMBER ? readDay(s, a.end + 1, a.start) : null;
  if (!day || (RANGE_LINKS.has(link) && day.value <= aParts.d)) return null;
  if (readMonth(s, day.end, a.start)) return null; // "4 and 5 May" is read from the second date
  if (countsSomething(s, day.end, a.start)) return null; // "on May 4 and 5 soldiers …"

  let end = day.end;
  const comma = s.norm(end, a.start) === "," ? 1 : 0;
  const year = readYear(s, end + comma, a.start);
  let y: number | undefined;
  let swallowed = 0;
  if (year) {
    y = year.value;
    end = year.end;
    while (proposals[i + 1 + swallowed] && proposals[i + 1 + swallowed].start < end) swallowed++;
  } else if (proposals[i + 1] && proposals[i + 1].start < end) return null;
  const second: Proposal = { start: a.end + 1, end, type: "DATE", meaning: meaningOf({ y, m: aParts.m, d: day.value }), by: "range" };
  const first = y === undefined ? a : { ...a, meaning: meaningOf({ ...aParts, y }) };
  return { first, second, swallowed };
}

/** A bare month after a month and a link: the "September" of "in August or September", "from May to July". */
function monthAfter(s: Stream, a: Proposal, aParts: Parts, proposals: Proposal[], i: number): Joined | null {
  if (aParts.m === undefined || aParts.d !== undefined) return null;
  const link = s.norm(a.end, a.start);
  if (!RANGE_LINKS.has(link) && !PAIR_LINKS.has(link)) return null;
  const month = readMonth(s, a.end + 1, a.start);
  if (!month || (proposals[i + 1] && proposals[i + 1].start < month.end)) return null;
  const second: Proposal = { start: a.end + 1, end: month.end, type: "DATE", meaning: meaningOf(completeSecond(aParts, { m: month.value.month })), by: "range" };
  return { first: a, second, swallowed: 0 };
}

function joined(first: Proposal, second: Proposal, link: string, s: Stream): Proposal[] {
  const opener = s.norm(first.start - 1, first.start);
  const between = opener === "between" && link === "and";
  if (!RANGE_LINKS.has(link) && !between) return [first, second];
  const start = opener === "from" || between ? first.start - 1 : first.start;
  return [{ start, end: second.end, type: "DATE", meaning: { kind: "interval", from: first.meaning, to: second.meaning }, parts: [first, second], by: "range" }];
}

/** "the spring and early summer of 1943": a season without a year before a season with one takes its year. */
function seasonYear(s: Stream, a: Proposal | undefined, b: Proposal): Proposal | null {
  if (!a || a.end !== b.start - 1 || a.meaning.kind !== "named" || a.meaning.season === undefined || a.meaning.offset !== 0) return null;
  if (b.meaning.kind !== "absolute" || !/^-?\d{4}-2[1-4]$/.test(b.meaning.value)) return null;
  const link = s.norm(a.end, a.start);
  if (!RANGE_LINKS.has(link) && !PAIR_LINKS.has(link)) return null;
  const year = b.meaning.value.slice(0, b.meaning.value.lastIndexOf("-"));
  return { ...a, meaning: { kind: "absolute", value: `${year}-${a.meaning.season}` } };
}

export const ranges: Refiner = (s, proposals) => {
  const out: Proposal[] = [];
  /** How many of the last proposals in `out` were made by a join (they are not joined again). */
  let joinedUpTo = 0;
  for (let i = 0; i < proposals.length; i++) {
    const b = proposals[i];
    // most dates stand alone: only one with a link word beside it can be part of a range or pair
    const linkAfter = s.norm(b.end, b.start);
    const joinsAfter = RANGE_LINKS.has(linkAfter) || PAIR_LINKS.has(linkAfter);
    const linkBefore = b.start >= 2 ? s.norm(b.start - 1, b.start) : "";
    const joinsBefore = RANGE_LINKS.has(linkBefore) || PAIR_LINKS.has(linkBefore);
    if (joinsBefore && b.meaning.kind === "absolute" && out.length > 0) {
      const season = seasonYear(s, out[out.length - 1], b);
      if (season) out[out.length - 1] = season;
    }
    const bParts = (joinsAfter || joinsBefore) && b.type === "DATE" && !b.parts && (b.meaning.kind === "absolute" || b.meaning.kind === "partial") ? partsOf(b.meaning) : null;
    if (bParts) {
      const after = joinsAfter ? dayAfter(s, b, bParts, proposals, i) ?? monthAfter(s, b, bParts, proposals, i) : null;
      if (after) {
        out.push(...joined(after.first, after.second, s.norm(b.end, b.start), s));
        joinedUpTo = out.length;
        i += after.swallowed;
        continue;
      }
      const link = linkBefore;
      if (joinsBefore) {
        const previous = out.length > joinedUpTo ? out[out.length - 1] : undefined;
        const first = firstBefore(s, previous, b, bParts);
        const fParts = first && partsOf(first.meaning)!;
        // a year pairs only with a year: not "1938 – 5 May"
        if (first && fParts && !(fParts.m === undefined && fParts.d === undefined && bParts.m !== undefined)) {
          if (first === previous) out.pop();
          out.push(...joined({ ...first, meaning: meaningOf(completeFirst(fParts, bParts)) }, { ...b, meaning: meaningOf(completeSecond(fParts, bParts)) }, link, s));
          joinedUpTo = out.length;
          continue;
        }
      }
    }
    out.push(b);
  }
  return out;
};
