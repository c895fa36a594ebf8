// Joins what belongs to one date: a weekday before its date ("Sunday, June 22, 1941"), a clock time with
// its date ("4 a.m. on June 22, 1941", "June 22, 1941, at 4 a.m.") or weekday ("9 a.m. Tuesday"), and a month with the year named after
// it ("July of that year", "January 24 of the same year").
import type { Refiner } from "../parser.ts";
import type { Proposal } from "../proposal.ts";

const dayDate = (p: Proposal | undefined) =>
  p !== undefined &&
  p.type === "DATE" &&
  ((p.meaning.kind === "absolute" && p.meaning.value.length >= 10) || (p.meaning.kind === "partial" && p.meaning.day !== undefined));

export const merges: Refiner = (s, proposals) => {
  const out: Proposal[] = [];
  for (let i = 0; i < proposals.length; i++) {
    const a = proposals[i];
    const b = proposals[i + 1];
    if (b && dayDate(b)) {
      const gap = b.start - a.end;
      const link = gap === 1 ? s.norm(a.end, a.start) : "";
      if (a.meaning.kind === "weekday" && (gap === 0 || link === ",")) {
        out.push({ ...b, start: a.start });
        i++;
        continue;
      }
      if (a.meaning.kind === "time" && (gap === 0 || link === "on" || link === ",")) {
        out.push({ ...a, end: b.end, meaning: { ...a.meaning, date: b.meaning } });
        i++;
        continue;
      }
    }
    // "July of that year", "January 24 of the same year", "March of the following year"
    if (b && a.meaning.kind === "partial" && a.meaning.season === undefined && b.start === a.end + 1 && s.norm(a.end, a.start) === "of") {
      const m = b.meaning;
      if (m.kind === "relative" && m.unit === "Y" && m.origin === "reference") {
        out.push({ ...a, end: b.end, meaning: { ...a.meaning, yearOffset: m.offset } });
        i++;
        continue;
      }
    }
    if (b && dayDate(a) && b.meaning.kind === "time") {
      const gap = b.start - a.end;
      const link = gap === 1 ? s.norm(a.end, a.start) : gap === 2 ? `${s.norm(a.end, a.start)} ${s.norm(a.end + 1, a.start)}` : "";
      if (gap === 0 || link === "at" || link === "," || link === ", at") {
        out.push({ ...b, start: a.start, meaning: { ...b.meaning, date: a.meaning } });
        i++;
        continue;
      }
    }
    // "9 a.m. Tuesday", "at 10 p.m. on Sunday": a clock time on a weekday
    if (b && a.meaning.kind === "time" && a.meaning.date === null && b.meaning.kind === "weekday" && b.type === "DATE") {
      const gap = b.start - a.end;
      if (gap === 0 || (gap === 1 && s.norm(a.end, a.start) === "on")) {
        out.push({ ...a, end: b.end, meaning: { ...a.meaning, date: b.meaning } });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
