// The composition of the time tagger, in one place: the parsers that propose, then the refiners
// that clean and merge, in order. Adding a way of writing dates means adding one parser file here.
import type { Parser, Refiner } from "./parser.ts";
import { monthDate } from "./parsers/month-date.ts";
import { dayMonth } from "./parsers/day-month.ts";
import { isoDate } from "./parsers/iso-date.ts";
import { yearRange } from "./parsers/year-range.ts";
import { year } from "./parsers/year.ts";
import { decade } from "./parsers/decade.ts";
import { century } from "./parsers/century.ts";
import { season } from "./parsers/season.ts";
import { shift } from "./parsers/shift.ts";
import { duration } from "./parsers/duration.ts";
import { anaphoric } from "./parsers/anaphoric.ts";
import { deictic } from "./parsers/deictic.ts";
import { set } from "./parsers/set.ts";
import { clock } from "./parsers/clock.ts";
import { reference } from "./parsers/reference.ts";
import { span } from "./parsers/span.ts";
import { holiday } from "./parsers/holiday.ts";
import { partOfDay } from "./parsers/part-of-day.ts";
import { untilThen } from "./parsers/until-then.ts";
import { weekend } from "./parsers/weekend.ts";
import { yearPart } from "./parsers/year-part.ts";
import { monthNoun } from "./parsers/month-noun.ts";
import { removeOverlaps } from "./refiners/overlaps.ts";
import { qualifiers } from "./refiners/qualifiers.ts";
import { ranges } from "./refiners/ranges.ts";
import { merges } from "./refiners/merges.ts";
import { asides } from "./refiners/asides.ts";
import { partsOfDay } from "./refiners/parts-of-day.ts";

/** Earlier parsers win ties between proposals of the same length. */
export const parsers: Parser[] = [monthDate, dayMonth, holiday, isoDate, yearRange, yearPart, season, decade, century, shift, anaphoric, deictic, reference, set, duration, span, partOfDay, untilThen, weekend, monthNoun, clock, year];

export const refiners: Refiner[] = [removeOverlaps, qualifiers, ranges, merges, partsOfDay, removeOverlaps, asides];
