// The time lexicons of data/time/, read once and turned into lookup maps keyed by lower-case token text.
import { readFileSync } from "node:fs";
import type { PartOfDay } from "./proposal.ts";

const dataDir = new URL("../../data/time/", import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dataDir), "utf8"));

const calendar = read("calendar.json");
const numbers = read("numbers.json");
const units = read("units.json");
const relative = read("relative.json");
const notTime = read("not-time.json");

const map = <V>(o: Record<string, V>) => new Map<string, V>(Object.entries(o));

export type UnitCode = "Y" | "M" | "W" | "D" | "H" | "MIN";
export interface UnitWord {
  unit: UnitCode;
  /** Multiplier: a decade is 10 years, a fortnight 2 weeks. */
  times: number;
  plural: boolean;
}

export const months = map<number>(calendar.months);
export const ambiguousMonths = new Set<string>(calendar.ambiguousMonths);
export const weekdays = map<number>(calendar.weekdays);
export const ambiguousWeekdays = new Set<string>(calendar.ambiguousWeekdays);
export const seasons = map<number>(calendar.seasons);
export const ordinalSuffixes = new Set<string>(calendar.ordinalSuffixes);
export const eras = map<number>(calendar.eras);
export const timeZones = new Set<string>(calendar.timeZones);

export const cardinals = map<number>(numbers.cardinals);
export const tens = new Set<string>(numbers.tens);
export const ordinals = map<number>(numbers.ordinals);
export const vagueCounts = new Set<string>(numbers.vague);

export const unitWords = new Map<string, UnitWord>(
  Object.entries(units.units as Record<string, { unit: string; times?: number; time?: boolean }>).map(([word, u]) => [
    word,
    { unit: (u.time && u.unit === "M" ? "MIN" : u.unit) as UnitCode, times: u.times ?? 1, plural: word.endsWith("s") },
  ]),
);
export const frequencies = map<string>(units.frequencies);
export const setQuantifiers = new Set<string>(units.setQuantifiers);

export const shiftWords = map<number>(relative.shift);
export const deicticShiftWords = map<number>(relative.deicticShift);
export const anaphoric = map<number>(relative.anaphoric);
export const demonstratives = new Set<string>(relative.demonstratives);
export const deictic = map<number>(relative.deictic);
export const deicticDays = map<number>(relative.deicticDays);
export const references = map<string>(relative.references);
export const referenceNouns = map<string>(relative.referenceNouns);
export const dayBeforeAfter = map<number>(relative.dayBeforeAfter);
export const qualifiers = map<string>(relative.qualifiers);
export const approximators = new Set<string>(relative.approximators);
export const amountModifiers = map<string>(relative.amountModifiers);
export const futureMarkers = new Set<string>(relative.futureMarkers);
export const pastMarkers = new Set<string>(relative.pastMarkers);
export const intentionMarkers = new Set<string>(relative.intentionMarkers);
export const additives = new Set<string>(units.additives);
export const intentionVerbs = new Set<string>(relative.intentionVerbs);
export const conditionalMarkers = new Set<string>(relative.conditionalMarkers);
export const planNouns = new Set<string>(relative.planNouns);
export const deferralVerbs = new Set<string>(relative.deferralVerbs);
export const earliestMarkers = new Set<string>(relative.earliestMarkers);
export const reportingVerbs = new Set<string>(relative.reportingVerbs);
export const notPastParticiples = new Set<string>(relative.notPastParticiples);
export const asideMarkers = new Set<string>(relative.asideMarkers);
export const publicationVerbs = new Set<string>(relative.publicationVerbs);
export const spanPrepositions = new Set<string>(relative.spanPrepositions);
export const spanAdjectives = new Set<string>(relative.spanAdjectives);
export const comparatives = new Set<string>(relative.comparatives);

export const notYearBefore = new Set<string>(notTime.before);
export const notYearAfter = new Set<string>(notTime.after);
export const compass = new Set<string>(notTime.compass);
export const partitives = new Set<string>(relative.partitives);
export const partsOfDay = map<PartOfDay>(relative.partsOfDay);
export const timePrepositions = new Set<string>(relative.timePrepositions);
export const determiners = new Set<string>(relative.determiners);
