// The store as the API sees it. `src/store` implements it on PGlite/PostgreSQL; ./memory-store.ts
// implements it in memory (tests, and a fallback while nothing persistent is configured).
import type { DocumentInfo, Entity, Event, Extraction, Treaty } from "../schema.ts";

export type { DocumentInfo };

export interface IngestResult extends DocumentInfo {
  /** False when the same text was already stored (ingest is idempotent). */
  created: boolean;
}

export interface EntityFilter {
  document?: string;
  kind?: string;
  q?: string;
}

export interface EventFilter {
  document?: string;
  /** Entity id, Wikidata id, label or alias; matches source or target. */
  actor?: string;
  type?: string;
  modality?: string;
  /** Inclusive bounds on the event date, compared as EDTF prefixes (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export type WithDocument<T> = T & { document: string };

export interface SearchHit {
  document: string;
  name: string;
  sentence: number;
  start: number;
  end: number;
  snippet: string;
}

export interface Correction {
  document: string;
  /** What is corrected: an entity link, an event field, or a timex value. */
  target: "entity" | "event" | "timex" | "treaty";
  /** Id of the entity or event, or the index of the timex. */
  id: string;
  field: string;
  value: unknown;
  author: string;
  note?: string;
}

export interface KnowledgeStore {
  ingest(name: string, text: string, options?: { dct?: string | null }): Promise<IngestResult>;
  listDocuments(): Promise<DocumentInfo[]>;
  getDocument(id: string): Promise<DocumentInfo | null>;
  getExtraction(id: string): Promise<Extraction | null>;
  search(q: string): Promise<SearchHit[]>;
  entities(filter: EntityFilter): Promise<WithDocument<Entity>[]>;
  events(filter: EventFilter): Promise<WithDocument<Event>[]>;
  treaties(filter?: { document?: string }): Promise<WithDocument<Treaty>[]>;
  /** Returns the stored correction (at least its id). */
  addCorrection(correction: Correction): Promise<{ id: string } & Record<string, unknown>>;
  conflicts(): Promise<unknown[]>;
  close(): Promise<void>;
}
