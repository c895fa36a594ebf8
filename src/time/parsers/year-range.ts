// A span of years written with a dash or slash: "1937-45", "1928–1934", "1941/42".
import { formatYear } from "../calendar.ts";
import { NUMBER } from "../classes.ts";
import { previousWord, readYear } from "../grammar.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";

const DASHES = new Set(["-", "–", "—", "/"]);

export const yearRange: Parser = {
  name: "year-range",
  starts: NUMBER,
  parse(s, k) {
    const from = readYear(s, k, k);
    if (!from || lex.notYearBefore.has(previousWord(s, k))) return null;
    const dash = s.at(k + 1, k);
    if (!dash || !DASHES.has(dash.text)) return null;
    const spaced = dash.spaceBefore || s.at(k + 2, k)?.spaceBefore;
    if (spaced && dash.text !== "–") return null;
    const t = s.at(k + 2, k);
    if (!t || t.kind !== "number" || (t.text.length !== 2 && t.text.length !== 4)) return null;
    let to = Number(t.text);
    if (t.text.length === 2) to += Math.floor(from.value / 100) * 100;
    if (!(to > from.value) || to - from.value > 200) return null;
    if (lex.notYearAfter.has(s.norm(k + 3, k))) return null;
    const first = { kind: "absolute", value: formatYear(from.value) } as const;
    const second = { kind: "absolute", value: formatYear(to) } as const;
    return {
      start: k,
      end: k + 3,
      type: "DATE",
      meaning: { kind: "interval", from: first, to: second },
      parts: [
        { start: k, end: k + 1, type: "DATE", meaning: first, by: this.name },
        { start: k + 2, end: k + 3, type: "DATE", meaning: second, by: this.name },
      ],
      by: this.name,
    };
  },
};
