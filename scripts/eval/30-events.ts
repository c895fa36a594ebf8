// Events against the gold, with the matching rules of ../shared/tools/score.mjs: a gold event is found when an
// event whose trigger lies in the gold's sentence is not negated/hypothetical/counterfactual, has one of the
// accepted types, all gold participants among its source and target, and (when given) a gold source.
// Dates are scored on found events; negatives are passages where no asserted event may appear.
import type { EvalContext, EvalReport } from "../eval.ts";
import type { Event } from "../../src/schema.ts";

const norm = (s: unknown) => String(s ?? "").toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const NON_ASSERTIVE = new Set(["negated", "hypothetical", "counterfactual"]);

export default function events({ gold, extraction }: EvalContext): EvalReport {
  const lines: string[] = [];
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const actorKeys = (id: string): Set<string> => {
    const e = entities.get(id);
    const keys = new Set<string>();
    if (!e) return keys;
    for (const [k, a] of Object.entries<any>(gold.actors ?? {})) {
      if ((e.wikidata && a.qids.includes(e.wikidata)) || a.labels.some((l: string) => norm(l) === norm(e.label))) keys.add(k);
    }
    for (const k of [...keys]) if (gold.member_of?.[k]) keys.add(gold.member_of[k]);
    return keys;
  };
  const keysOf = (ids: string[]) => new Set(ids.flatMap((id) => [...actorKeys(id)]));
  const sentences = extraction.sentences;
  const span = (ev: Event) => ({ start: ev.trigger.start, end: ev.trigger.end });
  const sys = extraction.events;

  let matched = 0;
  let datable = 0;
  let dated = 0;
  for (const g of gold.events ?? []) {
    const sent = sentences.find((s) => overlaps(s, g)) ?? g;
    const cands = sys.filter((ev) => overlaps(span(ev), sent) && !NON_ASSERTIVE.has(ev.modality));
    const hit = cands.find((ev) => {
      if (!g.types.includes(ev.type)) return false;
      const all = keysOf([...ev.source, ...ev.target]);
      if (!g.participants.every((p: string) => all.has(p))) return false;
      return g.source.length === 0 || g.source.some((p: string) => keysOf(ev.source).has(p));
    });
    if (!hit) {
      const near = cands.map((ev) => `${ev.type} ${ev.trigger.text} [${[...keysOf(ev.source)].join(",")} → ${[...keysOf(ev.target)].join(",")}]`).join("; ");
      lines.push(`miss ${g.id} ${g.types.join("|")} ${g.participants.join(",")} "${g.context.slice(0, 60).replace(/\s+/g, " ")}"${near ? ` — has ${near}` : ""}`);
      continue;
    }
    matched++;
    if (g.dates.length) {
      datable++;
      if (g.dates.includes(hit.date)) dated++;
      else lines.push(`date ${g.id} got ${hit.date}, gold ${g.dates.join("|")} "${g.context.slice(0, 50).replace(/\s+/g, " ")}"`);
    }
  }
  const bad = (gold.negatives ?? []).flatMap((g: any) =>
    sys.filter((ev) => ev.modality === "asserted" && overlaps(span(ev), g)).map((ev) => `${g.id}: ${ev.type} "${ev.trigger.text}"`),
  );
  for (const b of bad) lines.push(`false assertion ${b}`);
  const n = gold.events?.length ?? 0;
  const byModality: Record<string, number> = {};
  for (const ev of sys) byModality[ev.modality] = (byModality[ev.modality] ?? 0) + 1;
  const cited = sys.filter((ev) => ev.citations.length > 0).length;
  const withQuantity = sys.filter((ev) => (ev.quantities ?? []).length > 0).length;
  lines.unshift(
    `events: recall ${matched}/${n} (${(matched / Math.max(1, n)).toFixed(3)}), dates right ${dated}/${datable} (${(dated / Math.max(1, datable)).toFixed(3)}), ${sys.length} predicted`,
    `negatives: ${bad.length} asserted events inside ${gold.negatives?.length ?? 0} non-assertive passages`,
    `modality: ${Object.entries(byModality).map(([k, v]) => `${k} ${v}`).join(", ")}; ${cited} events cited, ${withQuantity} with quantities; ${extraction.quantities.length} quantities`,
  );
  return {
    area: "events",
    lines,
    figures: {
      recall: n ? matched / n : null,
      date_accuracy: datable ? dated / datable : null,
      false_assertions: bad.length,
      predicted: sys.length,
      cited,
      quantities: extraction.quantities.length,
    },
  };
}
