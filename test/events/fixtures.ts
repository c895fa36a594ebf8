// Builds the layers the event layer reads, for a text and a small table of the entities it names, so the
// event tests do not depend on the entity and time layers' coverage.
import type { Doc, Layers } from "../../src/layers.ts";
import type { Entity, EntityKind, Timex } from "../../src/schema.ts";
import { segment } from "../../src/text/index.ts";
import { citeLayer } from "../../src/cite/index.ts";
import { eventLayer } from "../../src/events/index.ts";
import { syntaxLayer } from "../../src/syntax/index.ts";

export interface EntitySpec {
  id: string;
  kind: EntityKind;
  /** Surface forms to find in the text (whole words). */
  names: string[];
  memberOf?: string;
}

/** Entities with every whole-word occurrence of their names as mentions (longest names win). */
export function entitiesFor(text: string, specs: EntitySpec[]): Entity[] {
  const names = specs.flatMap((spec) => spec.names.map((name) => ({ name, spec }))).sort((a, b) => b.name.length - a.name.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const mentions = new Map<string, Entity["mentions"]>();
  for (const { name, spec } of names) {
    let at = text.indexOf(name);
    while (at >= 0) {
      const end = at + name.length;
      const wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]);
      const wordEnd = end === text.length || !/[\p{L}\p{N}]/u.test(text[end]);
      if (wordStart && wordEnd && !taken.slice(at, end).some(Boolean)) {
        for (let k = at; k < end; k++) taken[k] = true;
        const list = mentions.get(spec.id) ?? [];
        list.push({ start: at, end, text: name });
        mentions.set(spec.id, list);
      }
      at = text.indexOf(name, at + 1);
    }
  }
  return specs.map((spec) => ({
    id: spec.id,
    label: spec.names[0],
    kind: spec.kind,
    wikidata: null,
    mentions: (mentions.get(spec.id) ?? []).sort((a, b) => a.start - b.start),
    ...(spec.memberOf ? { memberOf: spec.memberOf } : {}),
  }));
}

export interface FixtureOptions {
  timexes?: Timex[];
  sentenceTimes?: (string | null)[];
}

/** Runs the event layer on a text with the given entities (and optional time layer), over the real structure and citation layers. */
export function eventsFor(text: string, specs: EntitySpec[], options: FixtureOptions = {}) {
  const doc: Doc = { name: "<test>", text, dct: null };
  const structure = segment(doc);
  const cites = citeLayer(doc, structure);
  const bodyEnd = Math.min(cites.bibliographySection?.start ?? structure.contentEnd, structure.contentEnd);
  const layers = {
    ...structure,
    ...cites,
    bodyEnd,
    ...syntaxLayer(doc, { ...structure, ...cites, bodyEnd }),
    timexes: options.timexes ?? [],
    sentenceTimes: options.sentenceTimes ?? structure.sentences.map(() => null),
    entities: entitiesFor(text, specs),
  };
  const result = eventLayer(doc, layers as unknown as Omit<Layers, "events" | "quantities" | "treaties" | "treatyEntities">);
  return { ...result, layers };
}

/** A timex for the first occurrence of `phrase` in text. */
export function timex(text: string, phrase: string, value: string): Timex {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}" in the text`);
  return { start, end: start + phrase.length, text: phrase, type: "DATE", value };
}

export const STATES: EntitySpec[] = [
  { id: "jp", kind: "state", names: ["Japan", "Japanese", "Tokyo"] },
  { id: "su", kind: "state", names: ["Soviet Union", "USSR", "Soviet", "Soviets", "Moscow"] },
  { id: "de", kind: "state", names: ["Germany", "German"] },
  { id: "it", kind: "state", names: ["Italy"] },
  { id: "cn", kind: "state", names: ["China", "Chinese"] },
  { id: "us", kind: "state", names: ["United States", "America"] },
  { id: "mk", kind: "state", names: ["Manchukuo"] },
  { id: "mn", kind: "state", names: ["Mongolia", "Outer Mongolia", "Mongol"] },
  { id: "ru", kind: "state", names: ["Russian Empire"] },
];
