// Time expressions against the gold's `timexes` (each {start, end, text, values, alt_spans}):
// strict span P/R/F1 (exact span or an accepted alternative), relaxed span P/R/F1 (overlap), and
// value accuracy (an accepted value on the matched timex). Precision counts system timexes that
// match no gold timex; a gold file need not list every timex, so read it as a lower bound.
import type { EvalContext, EvalReport } from "../eval.ts";
import type { Timex } from "../../src/schema.ts";

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  values: string[];
  alt_spans?: [number, number][];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number) => Math.round(x * 1000) / 1000;

export function scoreTimexes(gold: GoldTimex[], system: Timex[]) {
  const spansOf = (g: GoldTimex) => [[g.start, g.end], ...(g.alt_spans ?? [])];
  const exactFor = (g: GoldTimex) => system.find((t) => spansOf(g).some(([s, e]) => t.start === s && t.end === e));
  let strict = 0;
  let relaxed = 0;
  let valued = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const exact = exactFor(g);
    const over = exact ?? system.find((t) => overlaps(t, g));
    if (exact) strict++;
    if (over) relaxed++;
    if (over && g.values.includes(over.value ?? "")) valued++;
    else misses.push(`"${g.text}" = ${g.values[0]}: got ${over ? `"${over.text}" = ${over.value}` : "nothing"}`);
  }
  const strictSystem = system.filter((t) => gold.some((g) => spansOf(g).some(([s, e]) => t.start === s && t.end === e))).length;
  const relaxedSystem = system.filter((t) => gold.some((g) => overlaps(t, g))).length;
  const n = gold.length;
  const m = system.length;
  const sp = m ? strictSystem / m : 0;
  const sr = n ? strict / n : 0;
  const rp = m ? relaxedSystem / m : 0;
  const rr = n ? relaxed / n : 0;
  return {
    gold: n,
    system: m,
    strict: { precision: round(sp), recall: round(sr), f1: round(f1(sp, sr)) },
    relaxed: { precision: round(rp), recall: round(rr), f1: round(f1(rp, rr)) },
    valueAccuracy: n ? round(valued / n) : 0,
    unmatchedSystem: system.filter((t) => !gold.some((g) => overlaps(t, g))).map((t) => `"${t.text}" = ${t.value}`),
    misses,
  };
}

export default function evaluate(ctx: EvalContext): EvalReport {
  const gold: GoldTimex[] = ctx.gold.timexes ?? [];
  const r = scoreTimexes(gold, ctx.extraction.timexes);
  const lines = [
    `${r.system} system timexes, ${r.gold} gold`,
    `strict  span P ${r.strict.precision} R ${r.strict.recall} F1 ${r.strict.f1}`,
    `relaxed span P ${r.relaxed.precision} R ${r.relaxed.recall} F1 ${r.relaxed.f1}`,
    `value accuracy ${r.valueAccuracy}`,
    ...r.misses.slice(0, 20).map((m) => `miss ${m}`),
    `not in the gold (${r.unmatchedSystem.length}): ${r.unmatchedSystem.slice(0, 12).join(", ")}${r.unmatchedSystem.length > 12 ? ", …" : ""}`,
  ];
  return {
    area: "timex",
    lines,
    figures: {
      gold: r.gold,
      system: r.system,
      strict_p: r.strict.precision,
      strict_r: r.strict.recall,
      strict_f1: r.strict.f1,
      relaxed_p: r.relaxed.precision,
      relaxed_r: r.relaxed.recall,
      relaxed_f1: r.relaxed.f1,
      value_accuracy: r.valueAccuracy,
    },
  };
}
