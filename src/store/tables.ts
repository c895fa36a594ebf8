// The rows of the store's tables as the database returns them (src/store/migrations). The store's queries name
// the row type they read, so a column that is renamed or retyped shows in the type check, not at run time.
import type { Entity, Event, Treaty } from "../schema.ts";

/** A timestamp column: pg gives a Date, PGlite a Date or a string. */
export type Timestamp = Date | string;

export interface DocumentsRow {
  id: string;
  name: string;
  sha256: string;
  text: string;
  dct: string | null;
  content_end: number | null;
  ingested_at: Timestamp;
}

export interface AnnotationsRow {
  document: string;
  layer: string;
  ord: number;
  key: string | null;
  start_offset: number | null;
  end_offset: number | null;
  data: unknown;
}

export interface EntitiesRow {
  key: string;
  wikidata: string | null;
  label: string;
  kind: string;
  coords: [number, number] | null;
}

export interface DocumentEntitiesRow {
  document: string;
  id: string;
  entity: string;
  label: string;
  kind: string;
  mentions: number;
  start_offset: number | null;
  end_offset: number | null;
  /** The entity as corrected. */
  data: Entity;
}

/** An event as stored: the extraction's event with the sentence it is in and its quantities and citations spelled out. */
export type StoredEventData = Event & {
  evidence: string;
  quantityValues?: { value: number; unit: string }[];
  citationTexts?: string[];
};

export interface EventsRow {
  document: string;
  id: string;
  type: string;
  cameo: string | null;
  date: string | null;
  date_from: string | null;
  date_to: string | null;
  modality: string;
  /** Entity keys. */
  sources: string[];
  targets: string[];
  place: string | null;
  sentence: number;
  start_offset: number;
  end_offset: number;
  data: StoredEventData;
}

export interface TreatiesRow {
  document: string;
  id: string;
  name: string;
  entity: string | null;
  signed: string | null;
  ends: string | null;
  duration: string | null;
  place: string | null;
  /** Entity keys. */
  parties: string[];
  data: Treaty & { evidence?: string };
}

export interface CorrectionsRow {
  document: string;
  id: string;
  layer: string;
  target_id: string | null;
  target_start: number | null;
  target_end: number | null;
  change: Record<string, unknown>;
  author: string;
  note: string | null;
  created_at: Timestamp;
}

/** Counts of a document's items, as the store's count subqueries name them. */
export interface CountColumns {
  citations: number;
  timexes: number;
  entities: number;
  events: number;
  treaties: number;
}

export const isoTime = (t: Timestamp): string => (t instanceof Date ? t.toISOString() : String(t));
