// Durations: "five years", "six-month", "two to three months" (a range, whose two ends are durations of
// their own as TimeML writes them), "several weeks", "another year", "month-long", "decades-long".
// "a 6-year-old boy" is an age, not a duration; "a 220-year-old policy" is one.
import { ANOTHER, COUNT_WORD, NUMBER, UNIT, VAGUE_COUNT } from "../classes.ts";
import { readUnit } from "../grammar.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import type { Stream } from "../stream.ts";
import { durationValue } from "../values.ts";
import { readDurationCore, type DurationCore } from "./duration-core.ts";

/** The word after a touching hyphen at k ("-old", "-long"), or "". */
function hyphenated(s: Stream, k: number, from: number): string {
  return s.norm(k, from) === "-" && s.touching(k) && s.touching(k + 1) ? s.norm(k + 1, from) : "";
}

/** The longest a life lasts: "a 6-year-old boy" is an age, "Japan's 220-year-old policy" a duration. */
const LIFETIME_YEARS = 120;

/** "6-year-old", "44-year-old": a person's age, which TimeML does not annotate. */
function isAge(s: Stream, core: DurationCore): boolean {
  if (hyphenated(s, core.end, core.end - 1) !== "old") return false;
  return core.unit.unit !== "Y" || core.n === null || core.n * core.unit.times <= LIFETIME_YEARS;
}

/** "month-long", "decades-long": a unit without a count before "-long". */
function unitLong(s: Stream, k: number): Proposal | null {
  const u = readUnit(s, k, k);
  if (!u || u.value.capitalized || hyphenated(s, u.end, k) !== "long") return null;
  // "a month-long siege": the article is not part of it; "two-month-long" is read from the count
  if (s.cls(k - 1, k) & (NUMBER | COUNT_WORD) && s.norm(k - 1, k) !== "a" && s.norm(k - 1, k) !== "an") return null;
  const value = durationValue(u.value.plural ? null : 1, u.value);
  return { start: k, end: u.end + 2, type: "DURATION", meaning: { kind: "duration", value }, by: "duration" };
}

export const duration: Parser = {
  name: "duration",
  starts: NUMBER | COUNT_WORD | VAGUE_COUNT | ANOTHER | UNIT,
  parse(s, k) {
    if (s.classes[k] & UNIT && !(s.classes[k] & (NUMBER | COUNT_WORD | VAGUE_COUNT | ANOTHER))) return unitLong(s, k);
    const core = readDurationCore(s, k);
    if (!core || isAge(s, core)) return null;
    if (core.upTo === undefined) return { start: k, end: core.end, type: "DURATION", meaning: { kind: "duration", value: durationValue(core.n, core.unit) }, by: this.name };
    const from = durationValue(core.n, core.unit);
    const to = durationValue(core.upTo, core.unit);
    return {
      start: k,
      end: core.end,
      type: "DURATION",
      meaning: { kind: "duration", value: `${from}/${to}` },
      parts: [
        { start: k, end: core.firstEnd!, type: "DURATION", meaning: { kind: "duration", value: from }, by: this.name },
        { start: core.upToAt!, end: core.end, type: "DURATION", meaning: { kind: "duration", value: to }, by: this.name },
      ],
      by: this.name,
    };
  },
};
