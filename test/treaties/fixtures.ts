// Test fixtures: an entity layer made by hand (states and places found by their names), so the treaty
// layer and the reasoner can be tested on their own contract while the entity layer evolves.
import { analyzeLayers } from "../../src/pipeline.ts";
import { treatyLayer } from "../../src/treaties/index.ts";
import { toExtraction } from "../../src/pipeline.ts";
import type { Entity, Extraction } from "../../src/schema.ts";
import type { Layers } from "../../src/layers.ts";

export interface StateSpec {
  id: string;
  label: string;
  wikidata: string | null;
  kind?: Entity["kind"];
  names: string[];
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Entities whose mentions are every whole-word, case-sensitive occurrence of their names (longest name first). */
export function entitiesByName(text: string, specs: StateSpec[]): Entity[] {
  const taken: { start: number; end: number }[] = [];
  const all = specs.flatMap((s) => s.names.map((n) => ({ s, n }))).sort((a, b) => b.n.length - a.n.length);
  const mentions = new Map<string, Entity["mentions"]>();
  for (const { s, n } of all) {
    let at = text.indexOf(n);
    while (at >= 0) {
      const end = at + n.length;
      if (!isWordChar(text[at - 1]) && !isWordChar(text[end]) && !taken.some((t) => t.start < end && at < t.end)) {
        taken.push({ start: at, end });
        const list = mentions.get(s.id) ?? [];
        list.push({ start: at, end, text: n });
        mentions.set(s.id, list);
      }
      at = text.indexOf(n, at + 1);
    }
  }
  return specs.map((s) => ({
    id: s.id,
    label: s.label,
    kind: s.kind ?? "state",
    wikidata: s.wikidata,
    mentions: (mentions.get(s.id) ?? []).sort((a, b) => a.start - b.start),
  }));
}

/** The pipeline's layers with the given entities in place of the entity layer's, and the treaty layer re-run on them. */
export function analyzeWith(text: string, specs: StateSpec[]): { layers: Layers; extraction: Extraction } {
  const { doc, layers } = analyzeLayers(text);
  const entities = entitiesByName(text, specs);
  const treaties = treatyLayer(doc, { ...layers, entities });
  const full: Layers = { ...layers, entities, ...treaties };
  return { layers: full, extraction: toExtraction(doc, full) };
}

export const essayStates: StateSpec[] = [
  { id: "s-ussr", label: "Soviet Union", wikidata: "Q15180", names: ["Soviet Union", "USSR", "Soviets", "Soviet"] },
  { id: "s-jpn", label: "Japan", wikidata: "Q17", names: ["Japan", "Japanese"] },
  { id: "s-rus", label: "Russian Empire", wikidata: "Q34266", names: ["Russian Empire"] },
  { id: "s-ger", label: "Germany", wikidata: "Q183", names: ["Germany", "German"] },
  { id: "s-ita", label: "Italy", wikidata: "Q38", names: ["Italy"] },
  { id: "s-chn", label: "China", wikidata: "Q148", names: ["China", "Chinese"] },
  { id: "s-mng", label: "Mongolia", wikidata: "Q711", names: ["Mongolian People’s Republic", "Outer Mongolia", "Mongolia"] },
  { id: "s-usa", label: "United States", wikidata: "Q30", names: ["United States", "America"] },
  { id: "s-mnk", label: "Manchukuo", wikidata: null, names: ["Manchukuo"] },
  { id: "p-berlin", label: "Berlin", wikidata: "Q64", kind: "place", names: ["Berlin"] },
  { id: "p-moscow", label: "Moscow", wikidata: "Q649", kind: "place", names: ["Moscow"] },
];
