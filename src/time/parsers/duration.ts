// Durations: "five years", "six-month", "two to three months", "several weeks", "another year".
import { ANOTHER, COUNT_WORD, NUMBER, VAGUE_COUNT } from "../classes.ts";
import type { Parser } from "../parser.ts";
import { durationValue } from "../values.ts";
import { readDurationCore } from "./duration-core.ts";

export const duration: Parser = {
  name: "duration",
  starts: NUMBER | COUNT_WORD | VAGUE_COUNT | ANOTHER,
  parse(s, k) {
    const core = readDurationCore(s, k);
    if (!core) return null;
    const value = core.upTo !== undefined ? `${durationValue(core.n, core.unit)}/${durationValue(core.upTo, core.unit)}` : durationValue(core.n, core.unit);
    return { start: k, end: core.end, type: "DURATION", meaning: { kind: "duration", value }, by: this.name };
  },
};
