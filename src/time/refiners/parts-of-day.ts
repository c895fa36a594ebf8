// A part of the day joined to its day: "Wednesday night", "yesterday morning", "the night of 20 June
// 1791", "the early morning hours of 30 April", "early in the morning of 29 April 1975". The value stays
// the day's (EDTF has no parts of days); the TIMEX3 value adds the part (TNI, TMO).
import { parseDate } from "../calendar.ts";
import * as lex from "../lexicon.ts";
import type { Refiner } from "../parser.ts";
import type { Proposal } from "../proposal.ts";
import type { Stream } from "../stream.ts";

const dayLevel = (p: Proposal): boolean => {
  const m = p.meaning;
  if (p.type !== "DATE" || p.partOfDay) return false;
  if (m.kind === "absolute") return m.value.length === (m.value.startsWith("-") ? 11 : 10) && parseDate(m.value)?.d !== undefined;
  if (m.kind === "partial") return m.day !== undefined;
  if (m.kind === "relative" || m.kind === "shift") return m.unit === "D";
  return m.kind === "weekday" || m.kind === "holiday";
};

/** "the night of", "the early morning hours of", "early in the morning of" ending at token k: start, part and mod. */
function partBefore(s: Stream, k: number): { start: number; part: NonNullable<Proposal["partOfDay"]>; mod?: string } | null {
  if (s.norm(k - 1, k) !== "of") return null;
  let j = k - 2;
  if (s.norm(j, k) === "hours") j--;
  const part = lex.partsOfDay.get(s.norm(j, k));
  if (!part) return null;
  let mod: string | undefined;
  const qualifier = lex.qualifiers.get(s.norm(j - 1, k));
  if (qualifier === "EARLY" || qualifier === "LATE") {
    mod = qualifier;
    j--;
  }
  const the = s.norm(j - 1, k);
  if (the !== "the" && the !== "that") return null;
  j--;
  // "early in the morning of …"
  if (!mod && s.norm(j - 1, k) === "in") {
    const q = lex.qualifiers.get(s.norm(j - 2, k));
    if (q === "EARLY" || q === "LATE") return { start: j - 2, part, mod: q };
  }
  return { start: j, part, mod };
}

/** A part of the day proposed on its own ("night"), which a day next to it takes in. */
const bare = (p: Proposal | undefined) => p !== undefined && p.by === "part-of-day";

export const partsOfDay: Refiner = (s, proposals) => {
  const out: Proposal[] = [];
  for (let i = 0; i < proposals.length; i++) {
    const p = proposals[i];
    // a part of the day is written after its day or before "of" and the day
    const partNext = s.norm(p.end, p.start);
    if ((s.norm(p.start - 1, p.start) !== "of" && !lex.partsOfDay.has(partNext)) || !dayLevel(p)) {
      out.push(p);
      continue;
    }
    const before = partBefore(s, p.start);
    const previous = out[out.length - 1];
    if (before && previous && previous.end > before.start && bare(previous)) out.pop();
    if (before && (out.length === 0 || out[out.length - 1].end <= before.start)) {
      out.push({ ...p, start: before.start, partOfDay: before.part, mod: p.mod ?? before.mod });
      continue;
    }
    const after = lex.partsOfDay.get(partNext);
    const next = proposals[i + 1];
    if (after && (next === undefined || next.start > p.end || (bare(next) && next.start === p.end && next.end === p.end + 1))) {
      out.push({ ...p, end: p.end + 1, partOfDay: after });
      if (bare(next) && next!.start === p.end) i++;
      continue;
    }
    out.push(p);
  }
  return out;
};
