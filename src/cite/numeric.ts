// Numeric citations "[3]", "[3, 5]", "[3–5]", "[3, p. 12]" that point into a numbered reference list.
import type { Token } from "../text/tokens.ts";
import { citeLexicon } from "./lexicon.ts";

export interface NumericProposal {
  open: number;
  close: number;
  numbers: number[];
  pages: string[];
}

const DASHES = new Set(["-", "–", "—"]);
/** Ranges are expanded; a longer one is not a citation range. */
const MAX_RANGE = 50;
const MAX_NUMBER = 999;

export function parseNumeric(tokens: Token[], open: number, limit: number): NumericProposal | null {
  const numbers: number[] = [];
  let pages: string[] = [];
  let k = open + 1;
  const num = (i: number) => (i < limit && tokens[i].kind === "number" && /^\d{1,3}$/.test(tokens[i].text) ? Number(tokens[i].text) : null);
  for (;;) {
    const a = num(k);
    if (a === null || a === 0 || a > MAX_NUMBER) return null;
    k++;
    if (k + 1 < limit && DASHES.has(tokens[k].text)) {
      const b = num(k + 1);
      if (b === null || b < a || b - a > MAX_RANGE) return null;
      for (let n = a; n <= b; n++) numbers.push(n);
      k += 2;
    } else numbers.push(a);
    if (k < limit && tokens[k].text === "," && num(k + 1) !== null) {
      k++;
      continue;
    }
    break;
  }
  if (k < limit && tokens[k].text === "," && numbers.length === 1) {
    const marker = tokens[k + 1];
    if (k + 1 < limit && citeLexicon().pageMarkers.has(marker.norm)) {
      let m = k + 2;
      if (m < limit && tokens[m].text === ".") m++;
      const collected: string[] = [];
      while (m < limit && tokens[m].kind === "number") {
        let page = tokens[m].text;
        m++;
        if (m + 1 < limit && DASHES.has(tokens[m].text) && tokens[m + 1].kind === "number") {
          page += `-${tokens[m + 1].text}`;
          m += 2;
        }
        collected.push(page);
        if (m + 1 < limit && tokens[m].text === "," && tokens[m + 1].kind === "number") m++;
        else break;
      }
      if (collected.length === 0) return null;
      pages = collected;
      k = m;
    }
  }
  if (k >= limit || tokens[k].text !== "]") return null;
  return { open, close: k, numbers, pages };
}
