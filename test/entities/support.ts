// Runs the stages up to and including the entity layer on a text (the later stages are not needed).
import type { Doc } from "../../src/layers.ts";
import type { Entity } from "../../src/schema.ts";
import { citeLayer } from "../../src/cite/index.ts";
import { entityLayer } from "../../src/entities/index.ts";
import { segment } from "../../src/text/index.ts";
import { timeLayer } from "../../src/time/index.ts";

export function entitiesOf(text: string, options: { withoutTimes?: boolean; dct?: string } = {}): Entity[] {
  const doc: Doc = { name: "<test>", text, dct: options.dct ?? null };
  const structure = segment(doc);
  const cites = citeLayer(doc, structure);
  const body = { bodyEnd: Math.min(cites.bibliographySection?.start ?? structure.contentEnd, structure.contentEnd) };
  const time = options.withoutTimes
    ? { timexes: [], sentenceTimes: structure.sentences.map(() => null) }
    : timeLayer(doc, { ...structure, ...cites, ...body });
  return entityLayer(doc, { ...structure, ...cites, ...body, ...time }).entities;
}

/** The entity that has a mention with exactly this text at its n-th occurrence in the text. */
export function entityOfMention(text: string, entities: Entity[], phrase: string, occurrence = 0): Entity | undefined {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`no "${phrase}" in the text`);
  return entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + phrase.length));
}

export function roleOfMention(text: string, entities: Entity[], phrase: string, occurrence = 0): string | undefined {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1);
  for (const e of entities) for (const m of e.mentions) if (m.start === at && m.end === at + phrase.length) return m.role;
  return undefined;
}
