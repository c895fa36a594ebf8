// The knowledge base: documents and their standoff layers in embedded PGlite or on a PostgreSQL server,
// with the same schema and the same SQL on both. One document is written in one transaction.
import { randomUUID } from "node:crypto";
import { AnnalistError } from "../errors.ts";
import { analyze } from "../pipeline.ts";
import type { DocumentCounts, DocumentInfo, Entity, Event, Extraction, Treaty } from "../schema.ts";
import { applyCorrections, findTarget, isCorrectableLayer, normalizeChange, CORRECTABLE, type AppliedCorrection, type Correction, type CorrectionTarget } from "./corrections.ts";
import { openPglite, openPostgres, type Db, type Queryable } from "./db.ts";
import { lockDirectory } from "./lock.ts";
import { mergeEvents, mergeTreaties, type Conflict, type EventRow, type MergedEvent, type MergedTreaty, type TreatyRow } from "./merge.ts";
import { migrate } from "./migrate.ts";
import { annotationRows, derivedRows, documentId, LAYERS, sha256, spanOf, storedDays } from "./rows.ts";
import type { CorrectableLayer } from "./correctable.ts";
import { isoTime, type AnnotationsRow, type CorrectionsRow, type CountColumns, type DocumentEntitiesRow, type DocumentsRow, type EntitiesRow, type EventsRow, type TreatiesRow } from "./tables.ts";

export type { Correction, CorrectionTarget, AppliedCorrection } from "./corrections.ts";
export type { Conflict, MergedEvent, MergedTreaty, Evidence } from "./merge.ts";
export type { Queryable } from "./db.ts";
export { CORRECTABLE } from "./corrections.ts";
export { sha256, documentId } from "./rows.ts";

export const DEFAULT_DIR = "./annalist-data";

export interface StoreOptions {
  /** Embedded PGlite data directory (default ./annalist-data). */
  dir?: string;
  /** PostgreSQL server URL; DATABASE_URL is used when neither dir nor url is given. */
  url?: string;
  /** Server only: the schema to use (created when missing), e.g. a fresh one per test run. */
  schema?: string;
  /** Server only: connections in the pool (default 4); a queue worker needs one per concurrent job and two more. */
  poolSize?: number;
}

export interface IngestOptions {
  dct?: string | null;
  /** An extraction computed elsewhere (a worker thread); analysed here when absent. */
  extraction?: Extraction;
  /** Re-analyse and replace a document that is already stored (its corrections are kept). */
  replace?: boolean;
  /** The text comes from the ingest queue's text store, which it leaves in the statement that stores it. */
  fromTextStore?: boolean;
}

export interface IngestResult {
  id: string;
  name: string;
  chars: number;
  dct: string | null;
  /** false when the same text was already stored (nothing written). */
  created: boolean;
  replaced?: boolean;
  /** What the extraction holds (when it was analysed now). */
  counts?: Counts;
}

export type Counts = DocumentCounts;

/** What the store lists of a document: the API's DocumentInfo with every field given. */
export type StoredDocument = Required<DocumentInfo>;

/** A row of the document list: the document's columns, its length and its counts. */
type DocumentListRow = Pick<DocumentsRow, "id" | "name" | "sha256" | "dct" | "ingested_at"> & CountColumns & { chars: number };

/** One occurrence of a query word: documents in rank order, occurrences in text order. */
export interface SearchHit {
  document: string;
  name: string;
  rank: number;
  /** Index of the sentence the occurrence is in (-1 outside sentences). */
  sentence: number;
  /** UTF-16 offsets of the matched word in the document's text. */
  start: number;
  end: number;
  /** The sentence (or the text around the word). */
  snippet: string;
}

export interface EntitySummary {
  key: string;
  wikidata: string | null;
  label: string;
  kind: string;
  coords: [number, number] | null;
  documents: number;
  mentions: number;
}

export interface EventFilter {
  /** A Wikidata id or a name or alias (as in the documents). */
  actor?: string;
  type?: string;
  /** EDTF dates; events whose date range overlaps [from, to]. */
  from?: string;
  to?: string;
  modality?: string;
  document?: string;
  limit?: number;
}

export interface Actor {
  key: string;
  label: string;
  wikidata: string | null;
}

/** An event as its document reports it (corrections applied), with the actors resolved across documents. */
export type StoredEvent = Event & {
  document: string;
  documentName: string;
  /** The sentence it is reported in. */
  evidence: string;
  sourceActors: Actor[];
  targetActors: Actor[];
};

export type StoredEntity = Entity & { document: string; key: string };
export type StoredTreaty = Treaty & { document: string; documentName: string };

/** What the web API sends: one field of one item. */
export interface FieldCorrection {
  document: string;
  target: "entity" | "event" | "timex" | "treaty";
  /** The item's id (or, for a timex without id, its index). */
  id: string;
  field: string;
  value: unknown;
  author: string;
  note?: string | null;
}

export interface NewCorrection {
  document: string;
  target: CorrectionTarget;
  change: Record<string, unknown>;
  author: string;
  note?: string | null;
}

const COUNTS_SQL = `
  (SELECT count(*)::int FROM citations c WHERE c.document = d.id) AS citations,
  (SELECT count(*)::int FROM annotations a WHERE a.document = d.id AND a.layer = 'timexes') AS timexes,
  (SELECT count(*)::int FROM document_entities e WHERE e.document = d.id) AS entities,
  (SELECT count(*)::int FROM events v WHERE v.document = d.id) AS events,
  (SELECT count(*)::int FROM treaties t WHERE t.document = d.id) AS treaties`;

export class Store {
  private constructor(
    private readonly db: Db,
    private readonly unlock: () => void,
    readonly location: string,
  ) {}

  get kind(): Db["kind"] {
    return this.db.kind;
  }

  static async open(options: StoreOptions = {}): Promise<Store> {
    const url = options.url ?? (options.dir ? undefined : process.env.DATABASE_URL || undefined);
    let db: Db;
    let unlock = () => {};
    let location: string;
    if (url) {
      db = await openPostgres(url, options.schema, options.poolSize)
        .then(async (pool) => {
          // The pool connects on first use: try it now, so that a wrong URL is named as such.
          await pool.query("SELECT 1").catch(async (e) => {
            await pool.close().catch(() => {});
            throw e;
          });
          return pool;
        })
        .catch((e) => {
          throw new AnnalistError(`cannot connect to the PostgreSQL server: ${(e as Error).message}`, "DB_CONNECT");
        });
      location = url.replace(/\/\/[^@/]*@/, "//…@");
    } else {
      const dir = options.dir ?? DEFAULT_DIR;
      unlock = lockDirectory(dir);
      try {
        db = await openPglite(dir);
      } catch (e) {
        unlock();
        throw new AnnalistError(`cannot open the database directory: ${(e as Error).message}`, "DB_OPEN", { file: dir });
      }
      location = dir;
    }
    try {
      await migrate(db);
    } catch (e) {
      await db.close().catch(() => {});
      unlock();
      throw e;
    }
    return new Store(db, unlock, location);
  }

  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      this.unlock();
    }
  }

  /** The id of the document with this exact text, or null. */
  async findByText(text: string): Promise<string | null> {
    const rows = await this.db.query<{ id: string }>("SELECT id FROM documents WHERE sha256 = $1", [sha256(text)]);
    return rows[0]?.id ?? null;
  }

  async ingest(name: string, text: string, options: IngestOptions = {}): Promise<IngestResult> {
    const hash = sha256(text);
    const id = documentId(hash);
    const existing = await this.db.query("SELECT name, dct FROM documents WHERE id = $1", [id]);
    const info = { id, name, chars: text.length };
    if (existing.length && !options.replace) {
      if (options.fromTextStore) await this.db.query("DELETE FROM texts WHERE sha256 = $1", [hash]);
      return { ...info, name: existing[0].name, dct: existing[0].dct, created: false };
    }
    const dct = options.dct ?? options.extraction?.dct ?? null;
    const extraction = options.extraction ?? analyze(text, { name, dct });
    if (extraction.text !== text) throw new AnnalistError("the extraction is not of this text", "INTERNAL", { file: name });
    const corrections = await correctionsOf(this.db, id);
    const corrected = corrections.length ? applyCorrections(extraction, corrections).extraction : extraction;
    const doc = { id, name, hash, text, dct };
    // One statement is one transaction; a replacement deletes the old rows in the same transaction.
    const created = existing.length
      ? await this.db.transaction(async (tx) => {
          await tx.query("DELETE FROM documents WHERE id = $1", [id]);
          return insertDocument(tx, doc, extraction, corrected, options.fromTextStore);
        })
      : await insertDocument(this.db, doc, extraction, corrected, options.fromTextStore);
    return { ...info, dct, created, replaced: created && existing.length > 0, counts: countsOf(extraction) };
  }

  /** Runs `fn` in one transaction (for the text store and the queue, which keep their rows in the same database). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  async listDocuments(): Promise<StoredDocument[]> {
    const rows = await this.db.query<DocumentListRow>(`SELECT d.id, d.name, d.sha256, length(d.text) AS chars, d.dct, d.ingested_at, ${COUNTS_SQL} FROM documents d ORDER BY d.ingested_at, d.name`);
    return rows.map(documentInfo);
  }

  async getDocument(ref: string): Promise<StoredDocument | null> {
    const id = await this.resolve(ref).catch(notFoundAsNull);
    if (id === null) return null;
    const rows = await this.db.query<DocumentListRow>(`SELECT d.id, d.name, d.sha256, length(d.text) AS chars, d.dct, d.ingested_at, ${COUNTS_SQL} FROM documents d WHERE d.id = $1`, [id]);
    return documentInfo(rows[0]);
  }

  /** A document by its id, a unique prefix of its id, or its name. */
  async resolve(ref: string): Promise<string> {
    const exact = await this.db.query<{ id: string }>("SELECT id FROM documents WHERE id = $1", [ref]);
    if (exact.length) return exact[0].id;
    if (/^[0-9a-f]{4,15}$/.test(ref)) {
      const prefixed = await this.db.query<{ id: string }>("SELECT id FROM documents WHERE id LIKE $1 || '%' LIMIT 2", [ref]);
      if (prefixed.length === 1) return prefixed[0].id;
      if (prefixed.length > 1) throw new AnnalistError(`document id prefix "${ref}" is ambiguous`, "NOT_FOUND");
    }
    const named = await this.db.query<{ id: string }>("SELECT id FROM documents WHERE name = $1 ORDER BY ingested_at DESC LIMIT 1", [ref]);
    if (named.length) return named[0].id;
    throw new AnnalistError(`no document "${ref}" in the knowledge base`, "NOT_FOUND");
  }

  /** The stored extraction (the contract's object) with the corrections applied; `corrections` lists them with their status. */
  async getExtraction(ref: string): Promise<(Extraction & { id: string; name: string; corrections: AppliedCorrection[] }) | null> {
    const id = await this.resolve(ref).catch(notFoundAsNull);
    if (id === null) return null;
    const { extraction, name } = await this.rawExtraction(this.db, id);
    const { extraction: corrected, applied } = applyCorrections(extraction, await correctionsOf(this.db, id));
    return { id, name, ...corrected, corrections: applied };
  }

  private async rawExtraction(q: Queryable, id: string): Promise<{ extraction: Extraction; name: string }> {
    const [doc] = await q.query<Pick<DocumentsRow, "name" | "text" | "dct" | "content_end">>("SELECT name, text, dct, content_end FROM documents WHERE id = $1", [id]);
    if (!doc) throw new AnnalistError(`no document "${id}" in the knowledge base`, "NOT_FOUND");
    const layers: Record<string, unknown[]> = Object.fromEntries(LAYERS.map((l) => [l, []]));
    for (const row of await q.query<Pick<AnnotationsRow, "layer" | "data">>("SELECT layer, data FROM annotations WHERE document = $1 ORDER BY layer, ord", [id])) layers[row.layer]?.push(row.data);
    const extraction = { text: doc.text, contentEnd: doc.content_end ?? undefined, dct: doc.dct, ...layers } as unknown as Extraction;
    return { extraction, name: doc.name };
  }

  async search(q: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    if (!q.trim()) throw new AnnalistError("the search query is empty", "USAGE");
    const limit = options.limit ?? 200;
    const rows = await this.db.query(
      `SELECT d.id, d.name, ts_rank(d.tsv, query) AS rank, left(d.text, ${HIGHLIGHT_CHARS}) AS prefix,
              ts_headline('english', left(d.text, ${HIGHLIGHT_CHARS}), query, 'HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_STOP}') AS marked
         FROM documents d, websearch_to_tsquery('english', $1) AS query
        WHERE d.tsv @@ query ORDER BY rank DESC, d.name LIMIT 20`,
      [q],
    );
    const hits: SearchHit[] = [];
    for (const r of rows) {
      const sentences = await this.db.query<{ start_offset: number; end_offset: number }>(
        "SELECT start_offset, end_offset FROM annotations WHERE document = $1 AND layer = 'sentences' ORDER BY ord",
        [r.id],
      );
      for (const hit of hitsOf(r.marked, r.prefix)) {
        if (hits.length >= limit) return hits;
        const sentence = sentences.findIndex((x) => x.start_offset <= hit.start && hit.start < x.end_offset);
        const s = sentences[sentence];
        const snippet = s ? r.prefix.slice(s.start_offset, Math.min(s.end_offset, s.start_offset + 600)) : r.prefix.slice(Math.max(0, hit.start - 100), hit.end + 100);
        hits.push({ document: r.id, name: r.name, rank: Number(r.rank), sentence, start: hit.start, end: hit.end, snippet });
      }
    }
    return hits;
  }

  /** The entities of the documents (one per document and entity), corrections applied. */
  async entities(filter: { kind?: string; q?: string; document?: string; wikidata?: string; limit?: number } = {}): Promise<StoredEntity[]> {
    const document = filter.document ? await this.resolve(filter.document) : null;
    const rows = await this.db.query<Pick<DocumentEntitiesRow, "document" | "entity" | "data">>(
      `SELECT de.document, de.entity, de.data FROM document_entities de
        WHERE ($1::text IS NULL OR de.kind = $1) AND ($2::text IS NULL OR de.data->>'wikidata' = $2) AND ($3::text IS NULL OR de.document = $3)
          AND ($4::text IS NULL OR strpos(lower(de.label), lower($4)) > 0)
        ORDER BY de.mentions DESC, de.label LIMIT $5`,
      [filter.kind ?? null, filter.wikidata ?? null, document, filter.q ?? null, filter.limit ?? 10000],
    );
    return rows.map((r) => ({ ...r.data, document: r.document, key: r.entity }));
  }

  /** Entities across documents: one per Wikidata id (or per kind and label when unlinked), with counts. */
  async entityIndex(filter: { kind?: string; q?: string; document?: string; wikidata?: string; limit?: number } = {}): Promise<EntitySummary[]> {
    const document = filter.document ? await this.resolve(filter.document) : null;
    const rows = await this.db.query<EntitiesRow & { documents: number; mentions: number }>(
      `SELECT e.key, e.wikidata, e.label, e.kind, e.coords, count(DISTINCT de.document)::int AS documents, sum(de.mentions)::int AS mentions
         FROM entities e JOIN document_entities de ON de.entity = e.key
        WHERE ($1::text IS NULL OR e.kind = $1) AND ($2::text IS NULL OR e.wikidata = $2) AND ($3::text IS NULL OR de.document = $3)
          AND ($4::text IS NULL OR strpos(lower(e.label), lower($4)) > 0 OR strpos(lower(de.label), lower($4)) > 0)
        GROUP BY e.key, e.wikidata, e.label, e.kind, e.coords
        ORDER BY mentions DESC, e.label LIMIT $5`,
      [filter.kind ?? null, filter.wikidata ?? null, document, filter.q ?? null, filter.limit ?? 1000],
    );
    return rows.map((r) => ({ key: r.key, wikidata: r.wikidata, label: r.label, kind: r.kind, coords: r.coords ?? null, documents: r.documents, mentions: r.mentions }));
  }

  /** The entity keys an actor name stands for: a Wikidata id, or any entity labelled or mentioned so. */
  async actorKeys(actor: string): Promise<string[]> {
    const rows = await this.db.query<{ entity: string }>(
      `SELECT DISTINCT de.entity FROM document_entities de JOIN entities e ON e.key = de.entity
        WHERE e.key = $1 OR e.wikidata = $1 OR lower(e.label) = lower($1) OR lower(de.label) = lower($1)`,
      [actor],
    );
    if (rows.length) return rows.map((r) => r.entity);
    // Mentions: "USSR" or "Moscow" standing for the Soviet Union.
    const mentioned = await this.db.query<{ key: string }>(
      `SELECT DISTINCT de.entity AS key FROM annotations a JOIN document_entities de ON de.document = a.document AND de.id = a.key
        WHERE a.layer = 'entities' AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.data->'mentions') m WHERE lower(m->>'text') = lower($1))`,
      [actor],
    );
    return mentioned.map((r) => r.key);
  }

  async events(filter: EventFilter = {}): Promise<StoredEvent[]> {
    const actors = filter.actor ? await this.actorKeys(filter.actor) : null;
    if (actors && actors.length === 0) return [];
    const from = filter.from ? mustRange(filter.from, "from").from : null;
    const to = filter.to ? mustRange(filter.to, "to").to : null;
    const document = filter.document ? await this.resolve(filter.document) : null;
    const rows = await this.db.query<EventsRow & { document_name: string }>(
      `SELECT v.*, d.name AS document_name FROM events v JOIN documents d ON d.id = v.document
        WHERE ($1::jsonb IS NULL OR v.sources ?| ARRAY(SELECT jsonb_array_elements_text($1::jsonb)) OR v.targets ?| ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
          AND ($2::text IS NULL OR v.type = upper($2)) AND ($3::text IS NULL OR v.date_to >= $3) AND ($4::text IS NULL OR v.date_from <= $4)
          AND ($5::text IS NULL OR v.modality = $5) AND ($6::text IS NULL OR v.document = $6)
        ORDER BY v.date_from NULLS LAST, d.name, v.start_offset LIMIT $7`,
      [actors ? JSON.stringify(actors) : null, filter.type ?? null, from, to, filter.modality ?? null, document, filter.limit ?? 10000],
    );
    const label = await this.labels(rows.flatMap((r) => [...r.sources, ...r.targets]));
    const actor = (key: string): Actor => ({ key, label: label.get(key)?.label ?? key, wikidata: label.get(key)?.wikidata ?? null });
    return rows.map((r) => {
      const { quantityValues, citationTexts, ...event } = r.data;
      return { ...event, document: r.document, documentName: r.document_name, sourceActors: r.sources.map(actor), targetActors: r.targets.map(actor) };
    });
  }

  private async labels(keys: string[]): Promise<Map<string, { label: string; wikidata: string | null }>> {
    const unique = [...new Set(keys)];
    if (!unique.length) return new Map();
    const rows = await this.db.query<Pick<EntitiesRow, "key" | "label" | "wikidata">>("SELECT key, label, wikidata FROM entities WHERE key = ANY(ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))", [JSON.stringify(unique)]);
    return new Map(rows.map((r) => [r.key, { label: r.label, wikidata: r.wikidata }]));
  }

  /** Events merged across documents: one record per real-world event with every report of it. */
  async mergedEvents(filter: EventFilter = {}): Promise<MergedEvent[]> {
    const events = await this.events({ ...filter, limit: filter.limit ?? 1_000_000 });
    const quantities = await this.eventQuantities(events.map((e) => e.document));
    const rows: EventRow[] = events.map((e) => ({
      document: e.document,
      documentName: e.documentName,
      id: e.id,
      type: e.type,
      date: e.date,
      modality: e.modality,
      sources: e.sourceActors.map((a) => a.key),
      targets: e.targetActors.map((a) => a.key),
      start: e.trigger.start,
      end: e.trigger.end,
      evidence: e.evidence,
      quantities: quantities.get(`${e.document}|${e.id}`) ?? [],
    }));
    const label = await this.labels(rows.flatMap((r) => [...r.sources, ...r.targets]));
    return mergeEvents(rows, (k) => label.get(k)?.label ?? k);
  }

  private async eventQuantities(documents: string[]): Promise<Map<string, { value: number; unit: string }[]>> {
    const rows = await this.db.query<Pick<EventsRow, "document" | "id"> & { q: { value: number; unit: string }[] }>(
      `SELECT document, id, data->'quantityValues' AS q FROM events
        WHERE jsonb_array_length(COALESCE(data->'quantityValues', '[]'::jsonb)) > 0 AND document = ANY(ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))`,
      [JSON.stringify([...new Set(documents)])],
    );
    return new Map(rows.map((r) => [`${r.document}|${r.id}`, r.q.map((q) => ({ value: q.value, unit: q.unit }))]));
  }

  /** The treaties of the documents as each reports them (corrections applied). */
  async treaties(filter: { document?: string } = {}): Promise<StoredTreaty[]> {
    const document = filter.document ? await this.resolve(filter.document) : null;
    const rows = await this.db.query<Pick<TreatiesRow, "document" | "data"> & { document_name: string }>(
      `SELECT t.document, t.data, d.name AS document_name FROM treaties t JOIN documents d ON d.id = t.document
        WHERE ($1::text IS NULL OR t.document = $1) ORDER BY t.signed NULLS LAST, d.name, t.id`,
      [document],
    );
    return rows.map((r) => {
      const { evidence, ...treaty } = r.data;
      return { ...treaty, document: r.document, documentName: r.document_name };
    });
  }

  /** Treaties merged across documents, with every document's report and the disagreements. */
  async mergedTreaties(): Promise<MergedTreaty[]> {
    const rows = await this.db.query<TreatiesRow & { document_name: string }>(`SELECT t.*, d.name AS document_name FROM treaties t JOIN documents d ON d.id = t.document ORDER BY t.signed NULLS LAST, d.name`);
    const treatyRows: TreatyRow[] = rows.map((r) => {
      const span = spanOf(r.data) ?? { start: 0, end: 0 };
      return {
        document: r.document, documentName: r.document_name, id: r.id, name: r.name, entity: r.entity, signed: r.signed, ends: r.ends,
        duration: r.duration, place: r.place, parties: r.parties, start: span.start, end: span.end, evidence: r.data.evidence ?? "",
      };
    });
    const label = await this.labels(treatyRows.flatMap((r) => [...r.parties, ...(r.place ? [r.place] : [])]));
    return mergeTreaties(treatyRows, (k) => label.get(k)?.label ?? k);
  }

  /** Where documents disagree about the same event or treaty: every value with the documents that give it. */
  async conflicts(): Promise<Conflict[]> {
    const treaties = await this.mergedTreaties();
    const events = await this.mergedEvents();
    return [...treaties.flatMap((t) => t.conflicts), ...events.flatMap((e) => e.conflicts)];
  }

  async addCorrection(given: NewCorrection | FieldCorrection): Promise<Correction> {
    const input = typeof given.target === "string" ? fromFieldCorrection(given as FieldCorrection) : (given as NewCorrection);
    const document = await this.resolve(input.document);
    const layer = input.target.layer;
    if (!isCorrectableLayer(layer)) throw new AnnalistError(`layer "${layer}" cannot be corrected; choose one of ${Object.keys(CORRECTABLE).join(", ")}`, "USAGE");
    const author = input.author?.trim();
    if (!author) throw new AnnalistError("a correction needs an author", "USAGE");
    return this.db.transaction(async (tx) => {
      // One correction of a document at a time, also across processes: each re-derives the rows from all of them.
      await tx.query("SELECT id FROM documents WHERE id = $1 FOR UPDATE", [document]);
      const { extraction } = await this.rawExtraction(tx, document);
      const corrections = await correctionsOf(tx, document);
      const current = applyCorrections(extraction, corrections).extraction;
      const index = findTarget(current, input.target);
      if (index === -1) {
        const what = input.target.id ?? `${input.target.start}-${input.target.end}`;
        throw new AnnalistError(`no ${layer} item "${what}" in document ${document}`, "NOT_FOUND");
      }
      const item = (current as any)[layer][index];
      const span = spanOf(item);
      const change = normalizeChange(current, layer, input.change);
      const correction: Correction = {
        id: randomUUID(),
        document,
        target: { layer, id: item.id ?? null, start: span?.start ?? null, end: span?.end ?? null },
        change,
        author,
        note: input.note ?? null,
        createdAt: new Date().toISOString(),
      };
      const { applied } = applyCorrections(current, [correction]);
      if (applied[0].status !== "applied") throw new AnnalistError(`the correction does not fit the ${layer} item`, "USAGE");
      await tx.query(
        "INSERT INTO corrections (document, id, layer, target_id, target_start, target_end, change, author, note, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7::jsonb,$8,$9,$10)",
        [document, correction.id, layer, correction.target.id, correction.target.start, correction.target.end, JSON.stringify(change), author, correction.note, correction.createdAt],
      );
      await writeDerived(tx, document, applyCorrections(extraction, [...corrections, correction]).extraction);
      return correction;
    });
  }

  async corrections(documentRef: string): Promise<Correction[]> {
    return correctionsOf(this.db, await this.resolve(documentRef));
  }

  async stats(): Promise<{ documents: number; chars: number } & Counts> {
    const [r] = await this.db.query<CountColumns & { documents: number; chars: string }>(`SELECT (SELECT count(*)::int FROM documents) AS documents, (SELECT COALESCE(sum(length(text)), 0)::bigint::text FROM documents) AS chars,
      (SELECT count(*)::int FROM citations) AS citations, (SELECT count(*)::int FROM annotations WHERE layer = 'timexes') AS timexes,
      (SELECT count(*)::int FROM document_entities) AS entities, (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM treaties) AS treaties`);
    return { ...r, chars: Number(r.chars) };
  }

  /** Raw SQL for tools and tests (the same on both back ends). */
  query<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.db.query<T>(sql, params);
  }
}

/** Store options from the command line: --db DIR, --database-url URL, else DATABASE_URL, else ./annalist-data. */
export function storeOptionsOf(opts: { db?: string; databaseUrl?: string }): StoreOptions {
  if (opts.db && opts.databaseUrl) throw new AnnalistError("give --db or --database-url, not both", "USAGE");
  if (opts.databaseUrl) return { url: opts.databaseUrl };
  if (opts.db) return { dir: opts.db };
  return {};
}

export function openStore(options: StoreOptions = {}): Promise<Store> {
  return Store.open(options);
}

const MARK_START = "\u0001";
const MARK_STOP = "\u0002";

/** Offsets of the highlighted words, when the highlighted text is the text plus marks (else none). */
function hitsOf(marked: string, text: string): { start: number; end: number; text: string }[] {
  const hits: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c === MARK_START) open = offset;
    else if (c === MARK_STOP) {
      if (open >= 0) hits.push({ start: open, end: offset, text: text.slice(open, offset) });
      open = -1;
    } else {
      if (text[offset] !== c) return [];
      offset++;
    }
  }
  return offset === text.length ? hits : [];
}

const HIGHLIGHT_CHARS = 300_000;

function notFoundAsNull(e: unknown): null {
  if (e instanceof AnnalistError && e.code === "NOT_FOUND") return null;
  throw e;
}

function fromFieldCorrection(c: FieldCorrection): NewCorrection {
  const layer = ({ entity: "entities", event: "events", timex: "timexes", treaty: "treaties" } as const)[c.target];
  if (!layer) throw new AnnalistError(`cannot correct a "${c.target}"; choose entity, event, timex or treaty`, "USAGE");
  return { document: c.document, target: { layer, id: c.id }, change: { [c.field]: c.value }, author: c.author, note: c.note };
}

function mustRange(value: string, what: string) {
  const range = storedDays(value);
  if (!range) throw new AnnalistError(`--${what} must be a date of the years 0000-9999 (1941, 1941-06, 1941-06-22), got "${value}"`, "USAGE");
  return range;
}

function countsOf(x: Extraction): Counts {
  return { citations: x.citations.length, timexes: x.timexes.length, entities: x.entities.length, events: x.events.length, treaties: x.treaties.length };
}

function documentInfo(r: DocumentListRow): StoredDocument {
  return {
    id: r.id, name: r.name, sha256: r.sha256, chars: Number(r.chars), dct: r.dct,
    ingestedAt: isoTime(r.ingested_at),
    counts: { citations: r.citations, timexes: r.timexes, entities: r.entities, events: r.events, treaties: r.treaties },
  };
}

async function correctionsOf(q: Queryable, document: string): Promise<Correction[]> {
  const rows = await q.query<CorrectionsRow>("SELECT * FROM corrections WHERE document = $1 ORDER BY created_at, id", [document]);
  return rows.map((r) => ({
    id: r.id,
    document: r.document,
    target: { layer: r.layer as CorrectableLayer, id: r.target_id, start: r.target_start, end: r.target_end },
    change: r.change,
    author: r.author,
    note: r.note,
    createdAt: isoTime(r.created_at),
  }));
}

// Each table a document writes to, with the columns of its rows; "shared" tables are not per document.
const TABLES: { table: string; columns: string; shared?: boolean }[] = [
  { table: "sources", columns: "key text, csl jsonb", shared: true },
  { table: "entities", columns: "key text, wikidata text, label text, kind text, coords jsonb", shared: true },
  { table: "document_sources", columns: "bib text, source text" },
  { table: "citations", columns: "ord int, start_offset int, end_offset int, text text, refs jsonb, sources jsonb" },
  { table: "document_entities", columns: "id text, entity text, label text, kind text, mentions int, start_offset int, end_offset int, data jsonb" },
  { table: "events", columns: "id text, type text, cameo text, date text, date_from text, date_to text, modality text, sources jsonb, targets jsonb, place text, sentence int, start_offset int, end_offset int, data jsonb" },
  { table: "treaties", columns: "id text, name text, entity text, signed text, ends text, duration text, place text, parties jsonb, data jsonb" },
];
const ANNOTATIONS = { table: "annotations", columns: "layer text, ord int, key text, start_offset int, end_offset int, data jsonb" };

/** INSERTs of every table's rows from one JSON parameter ({table: rows}), as data-modifying CTEs of one statement. */
function insertCtes(tables: typeof TABLES, rowsParam: string, document: { expr: string; from: string }): string[] {
  return tables.map(({ table, columns, shared }, i) => {
    const list = columns.split(",").map((c) => c.trim().split(" ")[0]);
    const names = list.join(", ");
    const values = list.map((n) => `r.${n}`).join(", ");
    const rows = `jsonb_to_recordset(COALESCE(${rowsParam}::jsonb -> '${table}', '[]'::jsonb)) AS r(${columns})`;
    return shared
      ? `w${i} AS (INSERT INTO ${table} (${names}) SELECT ${values} FROM ${rows} ON CONFLICT DO NOTHING)`
      : `w${i} AS (INSERT INTO ${table} (document, ${names}) SELECT ${document.expr}, ${values} FROM ${document.from}${rows} ON CONFLICT DO NOTHING)`;
  });
}

const INSERT_DOCUMENT = `WITH d AS (
    INSERT INTO documents (id, name, sha256, text, dct, content_end, ingested_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT DO NOTHING RETURNING id
  ), ${insertCtes([ANNOTATIONS, ...TABLES], "$8", { expr: "d.id", from: "d, " }).join(",\n  ")}
  SELECT id FROM d`;

/** The same for a text taken from the queue's text store, which it leaves in the same statement. */
const INSERT_QUEUED_DOCUMENT = INSERT_DOCUMENT.replace(/^WITH /, "WITH queued AS (DELETE FROM texts WHERE sha256 = $3), ");

const INSERT_DERIVED = `WITH ${insertCtes(TABLES, "$2", { expr: "$1", from: "" }).join(",\n  ")} SELECT 1`;

/** Stores a new document, its layers and its derived rows in one statement; false when its id was taken meanwhile. */
async function insertDocument(q: Queryable, doc: { id: string; name: string; hash: string; text: string; dct: string | null }, x: Extraction, corrected: Extraction, fromTextStore = false): Promise<boolean> {
  const rows = { annotations: annotationRows(x), ...tablesOf(derivedRows(corrected)) };
  const inserted = await q.query(fromTextStore ? INSERT_QUEUED_DOCUMENT : INSERT_DOCUMENT, [doc.id, doc.name, doc.hash, doc.text, doc.dct, x.contentEnd ?? null, new Date().toISOString(), JSON.stringify(rows)]);
  return inserted.length > 0;
}

function tablesOf(d: ReturnType<typeof derivedRows>): Record<string, unknown[]> {
  return {
    sources: d.sources, entities: d.entities, document_sources: d.documentSources, citations: d.citations,
    document_entities: d.documentEntities, events: d.events, treaties: d.treaties,
  };
}

/** Rewrites a document's derived rows (entities, events, treaties, citations, sources) from its corrected extraction. */
async function writeDerived(tx: Queryable, id: string, x: Extraction): Promise<void> {
  for (const { table, shared } of TABLES) if (!shared) await tx.query(`DELETE FROM ${table} WHERE document = $1`, [id]);
  await tx.query(INSERT_DERIVED, [id, JSON.stringify(tablesOf(derivedRows(x)))]);
}
