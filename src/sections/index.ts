// A long text analysed a section at a time, so that its working memory (tokens, tags, syntax, layers) is that
// of one section of about a megabyte, not of the whole text. The text is cut at paragraph boundaries
// (src/text/sections.ts); each section runs through the whole pipeline as a text of its own, from the
// narrative reference time the section before ended on; its annotations are moved into the whole text's
// offsets, ids and indices (relocate.ts) and handed to the caller before the next section is analysed.
// Entities and treaties named in several sections are merged (merge.ts) and returned at the end.
// The bibliography section at the end of the text is copied after each section, so that every section's
// citations resolve against it as they do in the whole text.
//
// What may differ from the analysis of the whole text, all of it across a section boundary: a pronoun or
// description ("the pact", "she") at the start of a section that refers to something named only in the
// section before; a bare family name whose full name only an earlier section gives; a treaty that the text
// tells apart only by what an earlier section said of it (treaties merge by entity and signing date).
import { analyzeLayers, toExtraction, type AnalyzeOptions } from "../pipeline.ts";
import type { BibEntry, Entity, Extraction, Treaty } from "../schema.ts";
import type { SectionContext } from "../layers.ts";
import { DCT_ID, type Anchor } from "../time/anchor.ts";
import { findContentEnd } from "../text/boilerplate.ts";
import { SECTION_CHARS, sectionStarts } from "../text/sections.ts";
import { findBibliographySection } from "../cite/bibliography.ts";
import { citeLayer } from "../cite/index.ts";
import { segment } from "../text/index.ts";
import { EntityMerger, TreatyMerger } from "./merge.ts";
import { Relocation, Totals, type SectionArrays } from "./relocate.ts";

export type { SectionArrays } from "./relocate.ts";

/** What is known only once every section is analysed. */
export interface SectionedRest {
  contentEnd: number;
  bibliography: BibEntry[];
  /** The merged entities, made one at a time (an entity's mentions may number hundreds of thousands). */
  entities: () => Iterable<Entity>;
  treaties: Treaty[];
}

/** The id a section's timexes use for the reference time carried in from the section before. */
const CARRIED = "t^";

/** Whether a text is analysed in sections (longer than one section). */
export const isSectioned = (text: string, size = SECTION_CHARS) => text.length > size;

/**
 * Analyses text a section at a time, calling onSection with each section's paragraphs, sentences, citations,
 * timexes, events, quantities and warnings (in the whole text's terms) before analysing the next.
 */
export function analyzeInSections(text: string, options: AnalyzeOptions, onSection: (arrays: SectionArrays) => void, size = SECTION_CHARS): SectionedRest {
  const contentEnd = findContentEnd(text);
  const bibliographyStart = bibliographyOf(text, contentEnd);
  const proseEnd = bibliographyStart ?? contentEnd;
  const starts = [0, ...sectionStarts(text, proseEnd, size)];
  const copied = bibliographyStart === null ? "" : text.slice(bibliographyStart);

  const totals = new Totals();
  const entities = new EntityMerger();
  const treaties = new TreatyMerger();
  let bibliography: BibEntry[] = [];
  let reference: Anchor | null = null;

  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    const last = k === starts.length - 1;
    const own = last ? text.slice(at) : text.slice(at, starts[k + 1]);
    const sectionText = last ? own : own + copied;
    const section: SectionContext = {
      // The copied bibliography ends where the whole text's content does.
      contentEnd: last ? contentEnd - at : own.length + (bibliographyStart === null ? 0 : contentEnd - bibliographyStart),
      reference: reference && reference.id !== DCT_ID ? { ...reference, id: CARRIED } : reference,
    };
    const { doc, layers } = analyzeLayers(sectionText, { ...options, section });
    // One genre for the whole text: the first section decides it when the caller did not.
    if (!options.genre && layers.genre) options = { ...options, genre: layers.genre };
    const x = toExtraction(doc, layers);
    const arrays: SectionArrays = { ...x, paragraphs: x.paragraphs ?? [], warnings: x.warnings ?? [] };

    let entityIds = new Map<string, string>();
    const relocation = new Relocation(at, last ? Infinity : own.length, totals, arrays, (id) => entityIds.get(id) ?? id, (id) => (id === CARRIED ? reference!.id : undefined));
    entityIds = entities.addSection(x.entities, relocation, text);
    treaties.addSection(x.treaties, relocation, entityIds);
    if (last) bibliography = x.bibliography.map((b) => relocation.shift(b));
    const end = layers.reference ?? null;
    // The reference the section ends on, with the whole text's id of the timex it comes from.
    if (end && end.id !== CARRIED) reference = { ...end, id: end.id === DCT_ID ? DCT_ID : relocation.timexId(end.id) };
    onSection(relocation.arrays());
  }
  return { contentEnd, bibliography, entities: () => entities.entities(text), treaties: treaties.list() };
}

/** The extraction of a text analysed in sections, every item held in memory (see src/cli/sectioned-json.ts for one that is not). */
export function extractInSections(text: string, options: AnalyzeOptions = {}, size = SECTION_CHARS): Extraction {
  const parts: SectionArrays[] = [];
  const rest = analyzeInSections(text, options, (arrays) => parts.push(arrays), size);
  const arrays = Object.fromEntries(ARRAY_KEYS.map((key) => [key, parts.flatMap((p) => p[key] as unknown[])])) as unknown as SectionArrays;
  return extractionShape(text, options, rest, arrays, [...rest.entities()]);
}

type ExtractionShape<M extends Record<keyof SectionArrays, unknown>, E> = Omit<Extraction, keyof SectionArrays | "entities"> & Pick<M, keyof SectionArrays> & { entities: E };

/** The keys of the arrays each section hands over. */
export const ARRAY_KEYS = ["paragraphs", "sentences", "citations", "timexes", "events", "quantities", "warnings"] as const satisfies readonly (keyof SectionArrays)[];

/**
 * The extraction object of a sectioned text in the key order of a whole text's (pipeline.ts toExtraction), with
 * the section arrays and the entities as given: lists, or what stands for them in a streamed output.
 */
export function extractionShape<M extends Record<keyof SectionArrays, unknown>, E>(text: string, options: AnalyzeOptions, rest: SectionedRest, arrays: M, entities: E): ExtractionShape<M, E> {
  return {
    text,
    contentEnd: rest.contentEnd,
    dct: options.dct ?? null,
    paragraphs: arrays.paragraphs,
    sentences: arrays.sentences,
    citations: arrays.citations,
    bibliography: rest.bibliography,
    timexes: arrays.timexes,
    entities,
    events: arrays.events,
    quantities: arrays.quantities,
    treaties: rest.treaties,
    warnings: arrays.warnings,
  } as ExtractionShape<M, E>;
}

/**
 * Where the text's bibliography section begins, when it has one that the citation stage takes for a list of
 * works (read on the section alone); else null.
 */
function bibliographyOf(text: string, contentEnd: number): number | null {
  const section = findBibliographySection(text, contentEnd);
  if (!section) return null;
  const tail = { name: "", text: text.slice(section.start), dct: null };
  return citeLayer(tail, segment(tail)).bibliography.length > 0 ? section.start : null;
}
