// A duration that moves the time: "Three years later", "Four days later", "three months before,",
// "a year earlier", "two days ago" (from the document date). "after"/"before" count only when they
// end the phrase; "two months after Germany's surrender" is a duration before an event.
import { ANOTHER, COUNT_WORD, NUMBER, UNIT, VAGUE_COUNT } from "../classes.ts";
import { readUnit } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import { readDurationCore, type DurationCore } from "./duration-core.ts";
import type { Stream } from "../stream.ts";

/** "Months later", "years afterwards": a plural unit without a count (the amount stays unknown). */
function bareUnits(s: Stream, k: number): DurationCore | null {
  if (s.cls(k - 1, k) & (NUMBER | COUNT_WORD | VAGUE_COUNT)) return null;
  const u = readUnit(s, k, k);
  if (!u || !u.value.plural) return null;
  if (u.value.capitalized && s.sentence[k - 1] === s.sentence[k] && k > 0) return null;
  return { n: null, unit: u.value, end: u.end };
}

const ONLY_AT_PHRASE_END = new Set(["after", "before", "prior"]);

export const shift: Parser = {
  name: "shift",
  starts: NUMBER | COUNT_WORD | VAGUE_COUNT | ANOTHER | UNIT,
  parse(s, k) {
    const core = s.classes[k] & UNIT ? bareUnits(s, k) : readDurationCore(s, k);
    if (!core || core.unit.unit === "H" || core.unit.unit === "MIN") return null;
    const word = s.norm(core.end, k);
    const deictic = lex.deicticShiftWords.get(word);
    const direction = deictic ?? lex.shiftWords.get(word);
    if (direction === undefined) return null;
    if (ONLY_AT_PHRASE_END.has(word)) {
      const next = s.at(core.end + 1, k);
      if (next && next.kind !== "punct") return null;
    }
    const amount = core.n === null || core.upTo !== undefined ? null : core.n * core.unit.times;
    return {
      start: k,
      end: core.end + 1,
      type: "DATE",
      meaning: { kind: "shift", amount, unit: core.unit.unit, direction: direction < 0 ? -1 : 1, origin: deictic !== undefined ? "dct" : "reference" },
      by: this.name,
    };
  },
};
