// Anchoring: turns the proposals' meanings into values, in text order, against the narrative.
//
// Policy
// - The REFERENCE TIME is the last date the narrative placed itself at: the value of the most recent
//   DATE timex that is at least a year and not (a) a year naming a thing ("the 1928 Convention",
//   "Treaty of 1925": those date the thing, not the story), (b) approximate ("about 1940"),
//   (c) a "same/that" expression (it repeats the reference, at a coarser precision), or (d) a
//   decade, century or other underspecified value. An interval moves it to its end. The reference
//   carries over sentence, paragraph and section breaks: history prose continues its chronology
//   across them ("A year later" opens a paragraph about the previous one's summer). With a document
//   creation time (--dct), the reference starts there.
// - Underspecified dates take what they lack from the reference: "On August 2" after "July 1938"
//   is 1938-08-02. There is no forward rolling: the year is the reference's year. In news (with a
//   document date) they take the document's year instead, the next year when the sentence speaks
//   of the future and the date would otherwise lie before the document date (as HeidelTime does).
// - Relative expressions use calendar arithmetic at the precision of their unit: "Three years later"
//   is a year (reference year + 3), "Three months later" a month, "Four days later"/"The next day" a
//   day. The reference must be at least that precise; otherwise the value stays null (no guessing).
// - Deictic expressions ("yesterday", "last Tuesday", "next month", "two years ago") count from the
//   document creation time only; without one they stay null. A bare weekday counts from the
//   document date in news (the one on or before it; the next one when the sentence speaks of the
//   future: "will", "by Friday") and from the reference time in narrative (the one on or after it).
//   "The end of the month" works the same way: the document's month in news, the narrative's otherwise.
// - `anchor` names the timex the value was computed from; "t0" stands for the document creation time.
// - The narrative time of a sentence is its first own DATE value (not a name's year), else the
//   reference time in force when it starts.
import { addUnits, formatDate, formatYear, parseDate, precisionOf, shiftToWeekday, truncate, weekdayOf, type CalDate } from "./calendar.ts";
import type { Meaning, Origin, Proposal } from "./proposal.ts";
import { holidayDate } from "./holidays.ts";
import type { Tense } from "./tense.ts";

export interface Anchor {
  date: CalDate;
  id: string;
  /** The value as written by the timex it comes from ("1939-22" for a summer whose date is 1939). */
  value: string;
}

export interface Resolved {
  value: string | null;
  anchor?: string;
}

export const DCT_ID = "t0";

/** Months back from the reference month from which a month without a year is read as next year's. */
const FORWARD_GAP = 6;

/** Index of the season containing a date, counting winters from their December. */
function seasonIndex(c: CalDate): number {
  const m = c.m ?? 1;
  if (m === 12) return c.y * 4 + 3;
  if (m <= 2) return (c.y - 1) * 4 + 3;
  return c.y * 4 + Math.floor((m - 3) / 3);
}

export interface Context {
  reference: Anchor | null;
  /** The document date when it anchors the text (news); null in a narrative. */
  dct: Anchor | null;
  /** What counts from the writer's present ("yesterday", "last year", "two years ago"): the document date in news; in a narrative, the document date for what is not said in the past tense, else the reference time. */
  deictic: Anchor | null;
  /** In news, the tense the expression is spoken in (see tense.ts): it chooses between the dates around the document date. */
  tense: Tense;
  /** Sentences since the narrative reference time was set (0 in its own sentence). */
  referenceAge?: number;
}

/** Sentences after which a clock time without a date no longer belongs to the day the narrative last named. */
const CLOCK_REACH = 5;

function originOf(origin: Origin, ctx: Context): Anchor | null {
  return origin === "dct" ? ctx.deictic : origin === "reference" ? ctx.reference : ctx.dct ?? ctx.reference;
}

/** True when a is before b, comparing the parts both have. */
function before(a: CalDate, b: CalDate): boolean {
  if (a.y !== b.y) return a.y < b.y;
  if (a.m === undefined || b.m === undefined || a.m !== b.m) return (a.m ?? 0) < (b.m ?? 0);
  return (a.d ?? 0) < (b.d ?? 0);
}

const ok = (date: CalDate | null, from: Anchor): Resolved => (date ? { value: formatDate(date), anchor: from.id } : { value: null });

export function resolve(meaning: Meaning, ctx: Context): Resolved {
  switch (meaning.kind) {
    case "absolute":
      return { value: meaning.value };
    case "duration":
    case "set":
      return { value: meaning.value };
    case "unknown":
      return { value: null };
    case "partial": {
      const ref = ctx.dct ?? ctx.reference;
      if (!ref) return { value: null };
      let y = ref.date.y;
      // in news: "in April" spoken of the future after a December is next April; "in late November" spoken of
      // the past in a January is last November
      if (ref === ctx.dct && meaning.month !== undefined) y = newsYear(meaning.month, meaning.day, ref.date, ctx.tense);
      // a narrative moves forward: "In January" after "December 1941" is January 1942; a month only a little
      // before the reference month is a step back in the same year ("1 April … On 20 March")
      if (meaning.yearOffset !== undefined) y += meaning.yearOffset;
      else if (ref !== ctx.dct && meaning.month !== undefined && ref.date.m !== undefined && ref.date.m - meaning.month >= FORWARD_GAP) y++;
      if (meaning.season !== undefined) return { value: `${formatYear(y)}-${meaning.season}`, anchor: ref.id };
      return { value: formatDate({ y, m: meaning.month, d: meaning.day }), anchor: ref.id };
    }
    case "shift": {
      const from = originOf(meaning.origin, ctx);
      if (!from) return { value: null };
      // "a few months later", "weeks earlier": some time after or before, as TimeML writes it
      if (meaning.amount === null) return { value: meaning.direction > 0 ? "FUTURE_REF" : "PAST_REF", anchor: from.id };
      const base = truncate(from.date, meaning.unit === "W" ? "D" : meaning.unit);
      return base ? ok(addUnits(base, meaning.direction * meaning.amount, meaning.unit), from) : { value: null };
    }
    case "relative": {
      const from = originOf(meaning.origin, ctx);
      if (!from) return { value: null };
      if (meaning.unit === "W") return week(from, meaning.offset);
      const base = truncate(from.date, meaning.unit);
      // "that same day" after "last October": a day of that month, unspecified in EDTF ("1998-10-XX")
      if (!base && meaning.offset === 0 && (meaning.unit === "D" || meaning.unit === "M")) return { value: unspecified(from.date, meaning.unit), anchor: from.id };
      return base ? ok(addUnits(base, meaning.offset, meaning.unit), from) : { value: null };
    }
    case "named": {
      const from = originOf(meaning.origin, ctx);
      if (!from) return { value: null };
      return meaning.month !== undefined ? namedMonth(from, meaning.month, meaning.offset) : namedSeason(from, meaning.season!, meaning.offset);
    }
    case "weekday":
      return weekday(meaning.weekday, meaning.offset, meaning.origin, ctx);
    case "weekend":
      return weekend(meaning.offset, meaning.origin, ctx);
    case "interval": {
      const to = resolve(meaning.to, ctx);
      const toDate = to.value ? parseDate(to.value) : null;
      const fromCtx = meaning.from.kind === "partial" && toDate ? { ...ctx, reference: { date: toDate, id: to.anchor ?? "", value: to.value! } } : ctx;
      let from = resolve(meaning.from, fromCtx);
      // a range runs forward: "from October to March" after "March 1945" starts in October 1944
      const fromDate = from.value ? parseDate(from.value) : null;
      if (fromDate && toDate && fromCtx !== ctx && meaning.from.kind === "partial" && meaning.from.yearOffset === undefined && before(toDate, fromDate)) {
        from = resolve(meaning.from, { ...fromCtx, reference: { ...fromCtx.reference!, date: { ...toDate, y: toDate.y - 1 } } });
      }
      if (!from.value || !to.value) return { value: null };
      return { value: `${from.value}/${to.value}`, anchor: to.anchor ?? (from.anchor || undefined) };
    }
    case "current":
      return ctx.reference ? { value: ctx.reference.value, anchor: ctx.reference.id } : { value: null };
    case "holiday":
      return holiday(meaning.name, meaning.year, meaning.offset, ctx);
    case "time": {
      // a clock time alone is on the day last named, if that was named just before ("10:22 p.m." does not reach back years)
      // (a reference coarser than a day, "last year's blasts … at midday", leaves the document's day in news)
      const recent =
        ctx.reference && (ctx.reference.id === DCT_ID || (ctx.referenceAge ?? 0) <= CLOCK_REACH) && precisionOf(ctx.reference.date) === "day" ? ctx.reference : ctx.dct;
      const day = meaning.date ? resolve(meaning.date, ctx) : recent ? { value: formatDate(recent.date), anchor: recent.id } : { value: null };
      const date = day.value ? parseDate(day.value) : null;
      if (!date || precisionOf(date) !== "day") return { value: null };
      const hh = String(meaning.hour).padStart(2, "0");
      const mm = String(meaning.minute).padStart(2, "0");
      return { value: `${formatDate(date)}T${hh}:${mm}`, anchor: day.anchor };
    }
  }
}

/**
 * The year of a month (and day) in news. Spoken of the future, next year's when this year's lies more than
 * a month before the document date ("until January 15" in a March); of the past, last year's when this
 * year's lies in a later month ("was found in late November" in a January). With no tense, last year's
 * when this year's lies more than a quarter ahead: news mostly reports what has happened.
 */
function newsYear(month: number, day: number | undefined, dct: CalDate, tense: Tense): number {
  const y = dct.y;
  const ahead = (month - dct.m!) * 31 + ((day ?? 15) - dct.d!);
  if (tense === "future") return ahead < -31 ? y + 1 : y;
  if (tense === "past") return month > dct.m! ? y - 1 : y;
  return ahead > 3 * 31 ? y - 1 : y;
}

/**
 * A holiday: in the year written; else, in news, the occurrence the tense points to ("was found on
 * Thanksgiving Day" in a January is last November's) or the one before/after the document date ("last
 * Thanksgiving"); in narrative, the reference's year.
 */
function holiday(name: string, year: number | undefined, offset: number, ctx: Context): Resolved {
  if (year !== undefined) {
    const d = holidayDate(name, year);
    return d ? { value: formatDate(d) } : { value: null };
  }
  const ref = ctx.dct ?? ctx.reference;
  if (!ref) return { value: null };
  let y = ref.date.y;
  const thisYear = holidayDate(name, y);
  if (!thisYear) return { value: null };
  if (ref === ctx.dct) {
    if (offset < 0) y = before(thisYear, ref.date) ? y : y - 1;
    else if (offset > 0) y = before(ref.date, thisYear) ? y : y + 1;
    else y = newsYear(thisYear.m!, thisYear.d, ref.date, ctx.tense);
  } else y += offset;
  return ok(holidayDate(name, y), ref);
}

/** The unit `unit` within a coarser date, its missing digits unspecified: "1998-10-XX", "1998-XX-XX", "1998-XX". */
function unspecified(c: CalDate, unit: "D" | "M"): string {
  const month = c.m === undefined ? "XX" : String(c.m).padStart(2, "0");
  return unit === "M" ? `${formatYear(c.y)}-${month}` : `${formatYear(c.y)}-${month}-XX`;
}

/** A week as the interval of its days, Monday to Sunday. */
function week(from: Anchor, offset: number): Resolved {
  if (precisionOf(from.date) !== "day") return { value: null };
  const monday = addUnits(from.date, 1 - weekdayOf(from.date) + 7 * offset, "D")!;
  const sunday = addUnits(monday, 6, "D")!;
  return { value: `${formatDate(monday)}/${formatDate(sunday)}`, anchor: from.id };
}

function namedMonth(from: Anchor, month: number, offset: number): Resolved {
  const { y, m } = from.date;
  if (offset === 0) return ok({ y, m: month }, from);
  if (m === undefined) return ok({ y: y + offset, m: month }, from);
  const year = offset < 0 ? (month < m ? y : y - 1) : month > m ? y : y + 1;
  return ok({ y: year, m: month }, from);
}

function namedSeason(from: Anchor, code: number, offset: number): Resolved {
  const { y } = from.date;
  const value = (year: number) => ({ value: `${formatYear(year)}-${code}`, anchor: from.id });
  if (offset === 0) return value(y);
  if (from.date.m === undefined) return value(y + offset);
  const current = seasonIndex(from.date);
  const k = code - 21;
  // seasons of kind k have indices 4y + k; the nearest one strictly after/before the current
  let index = current - (((current - k) % 4) + 4) % 4; // the latest index ≤ current with this kind
  if (offset > 0) index += 4;
  else if (index === current) index -= 4;
  return value(Math.floor(index / 4));
}

function weekday(day: number, offset: number, origin: Origin, ctx: Context): Resolved {
  const from = originOf(origin, ctx);
  if (!from || precisionOf(from.date) !== "day") return { value: null };
  if (offset !== 0) return ok(shiftToWeekday(from.date, day, offset > 0 ? 1 : -1, false), from);
  // a bare weekday: forward in narrative and when spoken of the future, backward from the document date
  const forward = ctx.tense === "future" || from.id !== DCT_ID;
  return ok(shiftToWeekday(from.date, day, forward ? 1 : -1, true), from);
}

/** A weekend as the interval of its Saturday and Sunday. */
function weekend(offset: number, origin: Origin, ctx: Context): Resolved {
  const from = originOf(origin, ctx);
  if (!from || precisionOf(from.date) !== "day") return { value: null };
  const day = weekdayOf(from.date);
  let saturday: CalDate;
  if (offset !== 0) saturday = shiftToWeekday(from.date, 6, offset > 0 ? 1 : -1, false);
  else if (origin !== "either") saturday = addUnits(from.date, 6 - day, "D")!; // "this weekend", "that weekend": of the same week
  else {
    // "over the weekend": the one ahead when spoken of the future, else the last one (this one, from a Sunday)
    const forward = ctx.tense === "future" || from.id !== DCT_ID;
    saturday = day === 7 ? addUnits(from.date, -1, "D")! : shiftToWeekday(from.date, 6, forward ? 1 : -1, true);
  }
  return { value: `${formatDate(saturday)}/${formatDate(addUnits(saturday, 1, "D")!)}`, anchor: from.id };
}

/** The date a resolved proposal moves the reference time to (and its value), or null when it must not move it. */
export function newReference(p: Proposal, value: string | null, current: Anchor | null): { date: CalDate; value: string } | null {
  if (p.type !== "DATE" || !value || p.attributive || p.aside || p.approx || p.mod === "APPROX") return null;
  const m = p.meaning;
  if ((m.kind === "relative" || m.kind === "named") && m.offset === 0 && m.origin === "reference") return null;
  // a step back from the narrative ("two decades earlier", "the previous year") is a look back: the story stays where it was
  if (m.kind === "shift" ? m.direction < 0 && m.origin === "reference" : (m.kind === "relative" || m.kind === "named") && m.offset < 0 && m.origin === "reference") return null;
  const own = m.kind === "interval" ? value.slice(value.indexOf("/") + 1) : value;
  const date = parseDate(own);
  // "1941" after "December 8, 1941" says less than the reference: the finer date stays the reference
  if (date && current && contains(date, current.date) && precisionOf(date) !== precisionOf(current.date)) return null;
  return date && { date, value: own };
}

/** True when the period of date a contains date b ("1941" contains "1941-12-08"). */
function contains(a: CalDate, b: CalDate): boolean {
  return a.y === b.y && (a.m === undefined || (a.m === b.m && (a.d === undefined || a.d === b.d)));
}
