// Clock times: "10:30", "4 a.m.", "3:15 pm", "9 a.m. EST", "six o'clock" is left out, "at noon", "midnight".
import { CLOCK_WORD, NUMBER } from "../classes.ts";
import * as lex from "../lexicon.ts";
import type { Parser } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import type { Stream } from "../stream.ts";

/** "am", "pm", "a.m.", "p.m." (touching or after one space): the hours to add, and the end. */
function readMeridiem(s: Stream, k: number, from: number): { add: number; end: number } | null {
  const t = s.at(k, from);
  if (!t || t.kind !== "word") return null;
  if (t.norm === "am" || t.norm === "pm") return { add: t.norm === "pm" ? 12 : 0, end: k + 1 };
  if ((t.norm === "a" || t.norm === "p") && s.norm(k + 1, from) === "." && s.norm(k + 2, from) === "m" && s.touching(k + 1) && s.touching(k + 2)) {
    const end = s.norm(k + 3, from) === "." && s.touching(k + 3) ? k + 4 : k + 3;
    return { add: t.norm === "p" ? 12 : 0, end };
  }
  if (t.norm === "o'clock") return { add: -1, end: k + 1 };
  return null;
}

export const clock: Parser = {
  name: "clock",
  starts: NUMBER | CLOCK_WORD,
  parse(s, k): Proposal | null {
    const t = s.tokens[k];
    if (s.classes[k] & CLOCK_WORD) {
      const hour = t.norm === "midnight" ? 0 : 12;
      return { start: k, end: k + 1, type: "TIME", meaning: { kind: "time", hour, minute: 0, date: null }, by: this.name };
    }
    if (t.text.length > 2 || t.text.includes(".") || t.text.includes(",")) return null;
    let hour = Number(t.text);
    let minute = 0;
    let j = k + 1;
    if (s.norm(j, k) === ":" && s.touching(j)) {
      const m = s.at(j + 1, k);
      if (!m || m.kind !== "number" || m.text.length !== 2 || m.spaceBefore) return null;
      minute = Number(m.text);
      j += 2;
    }
    const mer = readMeridiem(s, j, k);
    if (!mer && j === k + 1) return null; // a bare number is not a time
    if (mer && mer.add >= 0) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + mer.add;
    }
    if (hour > 23 || minute > 59) return null;
    let end = mer ? mer.end : j;
    // "9 a.m. EST": the zone belongs to the time (its value stays local)
    if (mer && lex.timeZones.has(s.norm(end, k)) && s.tokens[end].text === s.tokens[end].text.toUpperCase()) end++;
    return { start: k, end, type: "TIME", meaning: { kind: "time", hour, minute, date: null }, by: this.name };
  },
};
