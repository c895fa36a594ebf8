// The pipeline, read top to bottom as the list of stages. Each stage adds one standoff layer.
import type { Doc, Layers, SectionContext } from "./layers.ts";
import type { Extraction } from "./schema.ts";
import { segment } from "./text/index.ts";
import { citeLayer } from "./cite/index.ts";
import { timeLayer } from "./time/index.ts";
import { syntaxLayer } from "./syntax/index.ts";
import { entityLayer } from "./entities/index.ts";
import { eventLayer } from "./events/index.ts";
import { treatyLayer } from "./treaties/index.ts";
import { extractInSections, isSectioned } from "./sections/index.ts";

export const STAGES = ["structure", "cite", "time", "entities", "events", "treaties"] as const;
export type Stage = (typeof STAGES)[number];

export interface AnalyzeOptions {
  name?: string;
  dct?: string | null;
  /** News or narrative; decided from the text and its date when absent. */
  genre?: "news" | "narrative";
  /** For a section of a longer text: what the text around it decides for it (see Doc.section). */
  section?: SectionContext;
}

/**
 * Runs the stages in order. `afterStage`, when given, is called with each stage's name as soon as it is done
 * (benchmarks time the stages with it).
 */
export function analyzeLayers(text: string, options: AnalyzeOptions = {}, afterStage?: (stage: Stage) => void): { doc: Doc; layers: Layers } {
  const done = afterStage ?? (() => {});
  const doc: Doc = { name: options.name ?? "<text>", text, dct: options.dct ?? null };
  if (options.genre) doc.genre = options.genre;
  if (options.section) doc.section = options.section;
  const structure = segment(doc);
  done("structure");
  const cites = citeLayer(doc, structure);
  const body = { bodyEnd: Math.min(cites.bibliographySection?.start ?? structure.contentEnd, structure.contentEnd) };
  done("cite");
  const time = timeLayer(doc, { ...structure, ...cites, ...body });
  done("time");
  const entities = entityLayer(doc, { ...structure, ...cites, ...body, ...time });
  done("entities");
  // The syntax layer parses a sentence when a stage first asks for it, so its cost falls in the stages that read it.
  const syntax = syntaxLayer(doc, { ...structure, ...cites, ...body });
  const events = eventLayer(doc, { ...structure, ...cites, ...body, ...time, ...entities, ...syntax });
  done("events");
  const treaties = treatyLayer(doc, { ...structure, ...cites, ...body, ...time, ...entities, ...syntax, ...events });
  done("treaties");
  return { doc, layers: { ...structure, ...cites, ...body, ...time, ...entities, ...syntax, ...events, ...treaties } };
}

/**
 * The contract's `extract --format json` object. A text longer than a section (about a megabyte) is analysed a
 * section at a time (src/sections/), so that only one section's working memory exists at once.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Extraction {
  if (isSectioned(text)) return extractInSections(text, options);
  const { doc, layers } = analyzeLayers(text, options);
  return toExtraction(doc, layers);
}

export function toExtraction(doc: Doc, layers: Layers): Extraction {
  return {
    text: doc.text,
    contentEnd: layers.contentEnd,
    dct: doc.dct,
    genre: layers.genre,
    paragraphs: layers.paragraphs,
    sentences: layers.sentences.map((s, i) => ({ ...s, time: layers.sentenceTimes[i] ?? null })),
    citations: layers.citations,
    bibliography: layers.bibliography,
    timexes: layers.timexes,
    entities: [...layers.entities, ...layers.treatyEntities],
    events: layers.events,
    quantities: layers.quantities,
    treaties: layers.treaties,
    warnings: layers.warnings,
  };
}
