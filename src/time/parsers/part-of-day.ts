// A part of the day on its own: "at night", "night attacks", "nights", "night-time", "daytime". Its day is
// not said, so its value is unknown; its TIMEX3 value is TimeML's generic part of a day (XXXX-XX-XXTNI).
// With its day ("Wednesday night", "the night of 20 June") it is read by the parts-of-day refiner.
import { PART_OF_DAY } from "../classes.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";

export const partOfDay: Parser = {
  name: "part-of-day",
  starts: PART_OF_DAY,
  parse(s, k): Proposal | null {
    const t = s.tokens[k];
    // in lower case, or opening its sentence: "Night" inside a sentence is part of a name
    if (t.text !== t.norm && k > 0 && s.sentence[k - 1] === s.sentence[k]) return null;
    let word = s.word(k);
    let end = k + 1;
    if (s.norm(k + 1, k) === "-" && s.touching(k + 1) && s.norm(k + 2, k) === "time" && s.touching(k + 2)) end = k + 3;
    if (word.endsWith("time") && word !== "time") word = word.slice(0, -4); // "nighttime", "daytime"
    if (word.endsWith("s")) word = word.slice(0, -1); // "nights"
    const part = lex.partsOfDay.get(word === "day" ? "daytime" : word);
    if (!part || (word !== "night" && word !== "day")) return null;
    return { start: k, end, type: "DATE", meaning: { kind: "unknown" }, partOfDay: part, by: this.name };
  },
};
