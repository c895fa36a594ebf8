// What the parsers propose: a token range with a type and a meaning that the anchoring pass
// turns into a value. Meanings stay symbolic until then ("the next day" knows it is +1 day from
// the reference; which day that is depends on the narrative before it).
import type { UnitCode } from "./lexicon.ts";

export type TimexKind = "DATE" | "DURATION" | "SET" | "TIME";

/**
 * Where a relative expression counts from: the narrative reference time, the document date, or
 * "either": the document date when there is one (news), else the reference time (narrative).
 */
export type Origin = "reference" | "dct" | "either";

export type Meaning =
  /** A value complete in itself: "1931-09-18", "1939-22", "193X", "19XX". */
  | { kind: "absolute"; value: string }
  /**
   * A date missing its year (and maybe more): "August 2", "in July", "that summer". `yearOffset` says its
   * year is the reference's plus that many ("July of that year" 0, "March of the following year" 1).
   */
  | { kind: "partial"; month?: number; day?: number; season?: number; yearOffset?: number }
  /** So many units away: "three years later" (+3 Y), "two days ago" (-2 D from the document date). */
  | { kind: "shift"; amount: number | null; unit: UnitCode; direction: 1 | -1; origin: Origin }
  /** The unit containing the origin, or the one next to it: "the same year" (0), "the next day" (+1), "last month" (-1). */
  | { kind: "relative"; unit: UnitCode; offset: number; origin: Origin }
  /** A named month or season next to the origin: "last March", "the following summer". */
  | { kind: "named"; month?: number; season?: number; offset: number; origin: Origin }
  /** A weekday near the origin: "last Tuesday" (-1), "next Friday" (+1), "on Monday" (0: by tense, origin "either"). */
  | { kind: "weekday"; weekday: number; offset: number; origin: Origin }
  /** A weekend, Saturday and Sunday: "last weekend" (-1), "this weekend" (0), "over the weekend" (0: by tense, origin "either"). */
  | { kind: "weekend"; offset: number; origin: Origin }
  | { kind: "interval"; from: Meaning; to: Meaning }
  | { kind: "duration"; value: string }
  | { kind: "set"; value: string }
  /** The narrative's reference time as it stands: "at the same time", "until then". */
  | { kind: "current" }
  /** A holiday ("Christmas 1963", "Thanksgiving Day", "last Thanksgiving"): its date in the year given or anchored. */
  | { kind: "holiday"; name: string; year?: number; offset: number }
  /** A clock time, on a date when one is given: "4 a.m. on June 22, 1941". */
  | { kind: "time"; hour: number; minute: number; date: Meaning | null }
  | { kind: "unknown" };

export interface Proposal {
  /** Token indices into the stream, end exclusive. */
  start: number;
  end: number;
  type: TimexKind;
  meaning: Meaning;
  /** TIMEX3 mod: EARLY, MID, LATE, START, END, APPROX. */
  mod?: string;
  /** An approximate value gets EDTF "~". */
  approx?: boolean;
  /** A year that dates a named thing ("the 1928 Convention", "Treaty of 1925"): it does not move the narrative time. */
  attributive?: boolean;
  /**
   * Said aside from the narrative's course, so it does not move the narrative time: "since 1995", "as in
   * 1614", a year in parentheses after a name ("the Civil Constitution (1790)").
   */
  aside?: boolean;
  /** The parser that proposed it (for debugging and for the tie-break of overlaps). */
  by: string;
  /**
   * The dates a range is written with ("1915–17", "6–7 January 1916", "from May to July"): each is a
   * timex of its own as TimeML writes ranges, beside the interval; their values are the interval's ends.
   */
  parts?: [Proposal, Proposal];
  /** The value when the document date the meaning needs is not given: "today" in a narrative is the time of writing (PRESENT_REF). */
  fallback?: string;
  /** A part of the day ("the night of 20 June 1791", "Friday morning"): TIMEX3 writes it after the date (TNI, TMO). */
  partOfDay?: PartOfDay;
}

export type PartOfDay = "MO" | "MI" | "AF" | "EV" | "NI" | "DT";
