// "until then", "since then", "till then": the narrative's reference time as it stands, bounding what is told.
import { BOUND } from "../classes.ts";
import type { Parser } from "../parser.ts";

export const untilThen: Parser = {
  name: "until-then",
  starts: BOUND,
  parse(s, k) {
    if (s.norm(k + 1, k) !== "then") return null;
    return { start: k, end: k + 2, type: "DATE", meaning: { kind: "current" }, by: this.name };
  },
};
