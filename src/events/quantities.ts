// Quantities: money with currency and scale ("411,700,000 rubles", "50 million US dollars each"), forces
// ("1.6 million men"), percentages, distances ("a kilometer"), read from the shared tokens with data/events/units.json.
import type { Quantity } from "../schema.ts";
import type { Token } from "../text/tokens.ts";
import { unitLexicon } from "./lexicon.ts";
import type { UnitEntry } from "./lexicon.ts";

function unitAt(tokens: Token[], i: number, byFirst: Map<string, UnitEntry[]>): { entry: UnitEntry; next: number } | null {
  const t = tokens[i];
  for (const entry of (t && byFirst.get(t.norm)) || []) {
    let k = i;
    let ok = true;
    for (const w of entry.words) {
      if (tokens[k]?.norm !== w) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok) return { entry, next: k };
  }
  return null;
}

const isNumber = (t: Token | undefined) => t?.kind === "number" && /^\d/.test(t.text);

/** Quantities in tokens[from, to), in text order. */
export function findQuantities(text: string, tokens: Token[], from: number, to: number): Quantity[] {
  const lex = unitLexicon();
  const out: Quantity[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // Most tokens are words that are no number and punctuation that is no currency sign.
    if (t.kind === "word" ? !lex.numberWords.has(t.norm) : t.kind === "punct" && !lex.symbols.has(t.text)) continue;
    let value: number | null = null;
    let k = i;
    let symbolUnit: string | null = null;
    if (t.kind === "punct" && lex.symbols.has(t.text) && isNumber(tokens[i + 1])) {
      symbolUnit = lex.symbols.get(t.text)!;
      k = i + 1;
    }
    const n = tokens[k];
    if (isNumber(n)) value = Number(n.text.replace(/,/g, ""));
    else if (n.kind === "word" && lex.numberWords.get(n.norm) != null && !(i > 0 && tokens[i - 1].kind === "number")) value = lex.numberWords.get(n.norm)!;
    if (value === null || !Number.isFinite(value)) continue;
    const wordNumber = !isNumber(n);
    k++;
    const scale = tokens[k] && lex.scales.get(tokens[k].norm);
    if (scale && !(wordNumber && (n.norm === "a" || n.norm === "an") && tokens[k].norm !== "hundred" && tokens[k].norm !== "thousand" && tokens[k].norm !== "million" && tokens[k].norm !== "billion")) {
      value *= scale;
      k++;
    }
    let unit: string;
    let kind: string;
    if (symbolUnit) {
      unit = symbolUnit;
      kind = "money";
    } else {
      if (tokens[k]?.norm === "-" && !wordNumber) k++;
      const hit = unitAt(tokens, k, lex.unitsByFirst);
      if (!hit) continue;
      // "a kilometer" but not "a men": an article counts only before a singular unit.
      if ((n.norm === "a" || n.norm === "an") && hit.entry.words[hit.entry.words.length - 1].endsWith("s")) continue;
      unit = hit.entry.unit;
      kind = hit.entry.kind;
      k = hit.next;
    }
    if (tokens[k]?.norm === "each" && kind === "money") k++;
    const start = t.start;
    const end = tokens[k - 1].end;
    out.push({ start, end, text: text.slice(start, end), value, unit, kind });
    i = k - 1;
  }
  return out;
}
