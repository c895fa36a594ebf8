// The document and the standoff layers that the pipeline stages add to it, in order.
// A stage is a function (doc, earlier layers) => its own layer; no stage changes the text.
import type { BibEntry, Citation, Entity, Event, Paragraph, Quantity, Sentence, Timex, Treaty, Warning } from "./schema.ts";
import type { Token } from "./text/tokens.ts";
import type { Anchor } from "./time/anchor.ts";
import type { SyntaxLayer } from "./syntax/index.ts";

export interface Doc {
  /** File name or other label, used in messages. */
  name: string;
  /** The text exactly as read (BOM removed); never changed. */
  text: string;
  /** Document creation time (YYYY-MM-DD) for news-like text, or null for narrative anchoring only. */
  dct: string | null;
  /** News (dates count from the document date) or narrative (from the text's own reference time); decided from the text when absent. */
  genre?: "news" | "narrative";
  /** For a section of a longer text (src/sections/): what the text around it decides for it. Absent for a whole text. */
  section?: SectionContext;
}

export interface SectionContext {
  /** Where the section's own content ends, as found in the whole text (its trailing boilerplate excluded). */
  contentEnd: number;
  /** The narrative reference time in force where the section begins: where the time layer left the section before. */
  reference: Anchor | null;
}

export interface StructureLayer {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Where the document's own content ends: trailing web boilerplate ("Post a Comment", …) starts here. */
  contentEnd: number;
  /** Tokens of [0, contentEnd), computed once. */
  tokens: Token[];
}

export interface CiteLayer {
  citations: Citation[];
  bibliography: BibEntry[];
  /** The bibliography section (heading included), or null when the text has none. */
  bibliographySection: { start: number; end: number } | null;
  warnings: Warning[];
}

/** Where narrative prose is: before the bibliography section and the boilerplate. */
export interface BodyLayer {
  bodyEnd: number;
}

export interface TimeLayer {
  timexes: Timex[];
  /** Narrative time of each sentence (EDTF) after anchoring, or null; index = sentence index. */
  sentenceTimes: (string | null)[];
  /** The genre the time expressions were anchored as. */
  genre?: "news" | "narrative";
  /** The narrative reference time in force at the end of the text (what a following section starts from). */
  reference?: Anchor | null;
}

export interface EntityLayer {
  entities: Entity[];
}

export interface EventLayer {
  events: Event[];
  quantities: Quantity[];
}

export interface TreatyLayer {
  treaties: Treaty[];
  /** Entities of kind "treaty" that the treaty layer adds for treaties the entity layer did not name. */
  treatyEntities: Entity[];
}

export type { SyntaxLayer };

export type Layers = StructureLayer & CiteLayer & BodyLayer & TimeLayer & EntityLayer & SyntaxLayer & EventLayer & TreatyLayer;
