// Two dates joined as a span become one interval: "from 1937 until 1938", "from March to May 1939",
// "between 1932 and 1934".
import type { Refiner } from "../parser.ts";
import type { Proposal } from "../proposal.ts";

const UNTIL = new Set(["until", "till", "to", "through", "-", "–"]);

const plainDate = (p: Proposal | undefined) =>
  p !== undefined && p.type === "DATE" && !p.mod && (p.meaning.kind === "absolute" || p.meaning.kind === "partial");

export const intervals: Refiner = (s, proposals) => {
  const out: Proposal[] = [];
  for (let i = 0; i < proposals.length; i++) {
    const a = proposals[i];
    const b = proposals[i + 1];
    if (plainDate(a) && plainDate(b) && b!.start === a.end + 1) {
      const opener = s.norm(a.start - 1, a.start);
      const link = s.norm(a.end, a.start);
      if ((opener === "from" && UNTIL.has(link)) || (opener === "between" && link === "and")) {
        out.push({ start: a.start - 1, end: b!.end, type: "DATE", meaning: { kind: "interval", from: a.meaning, to: b!.meaning }, by: "interval" });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
