// A KnowledgeStore kept in memory: the same interface as the persistent store, for tests and demos.
import { createHash } from "node:crypto";
import { analyze } from "../pipeline.ts";
import { AnnalistError } from "../errors.ts";
import type { Extraction } from "../schema.ts";
import { filterEntities, filterEvents } from "./filters.ts";
import { sentenceAt } from "../query.ts";
import type { Correction, DocumentInfo, KnowledgeStore, SearchHit } from "./store.ts";
import { applyCorrections, findTarget, normalizeChange, type Correction as StoredCorrection } from "../store/corrections.ts";

const LAYERS = { entity: "entities", event: "events", timex: "timexes", treaty: "treaties" } as const;

interface Stored {
  info: DocumentInfo;
  extraction: Extraction;
}

export function documentId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export interface MemoryStoreOptions {
  /** The analysis to run on ingest (default: the whole pipeline). */
  analyze?: (text: string, options: { name: string; dct: string | null }) => Extraction;
}

export function openMemoryStore(options: MemoryStoreOptions = {}): KnowledgeStore {
  const analyzeText = options.analyze ?? analyze;
  const docs = new Map<string, Stored>();
  // Corrections by document, kept apart from the extraction and applied on every read (as the persistent store does).
  const corrections = new Map<string, StoredCorrection[]>();
  let counter = 0;
  const corrected = (d: Stored): Stored => {
    const list = corrections.get(d.info.id);
    return list?.length ? { info: d.info, extraction: applyCorrections(d.extraction, list).extraction } : d;
  };
  const pick = (document?: string) => [...docs.values()].filter((d) => !document || d.info.id === document).map(corrected);

  return {
    async ingest(name, text, options = {}) {
      const id = documentId(text);
      const known = docs.get(id);
      if (known) return { ...known.info, created: false };
      const dct = options.dct ?? null;
      const extraction = analyzeText(text, { name, dct });
      const info: DocumentInfo = { id, name, chars: text.length, dct, ingestedAt: new Date().toISOString() };
      docs.set(id, { info, extraction });
      return { ...info, created: true };
    },
    async listDocuments() {
      return [...docs.values()].map((d) => d.info);
    },
    async getDocument(id) {
      return docs.get(id)?.info ?? null;
    },
    async getExtraction(id) {
      const d = docs.get(id);
      return d ? corrected(d).extraction : null;
    },
    async search(q) {
      const needle = q.toLowerCase();
      const hits: SearchHit[] = [];
      for (const { info, extraction } of pick()) {
        const lower = extraction.text.toLowerCase();
        for (let at = lower.indexOf(needle); at >= 0 && hits.length < 200; at = lower.indexOf(needle, at + needle.length)) {
          const sentence = sentenceAt(extraction.sentences, at);
          const s = extraction.sentences[sentence];
          const snippet = s ? extraction.text.slice(s.start, s.end) : extraction.text.slice(Math.max(0, at - 80), at + needle.length + 80);
          hits.push({ document: info.id, name: info.name, sentence, start: at, end: at + needle.length, snippet });
        }
      }
      return hits;
    },
    async entities(filter) {
      return pick(filter.document).flatMap((d) => filterEntities(d.extraction, filter).map((e) => ({ ...e, document: d.info.id })));
    },
    async events(filter) {
      return pick(filter.document).flatMap((d) => filterEvents(d.extraction, filter).map((v) => ({ ...v, document: d.info.id })));
    },
    async treaties(filter = {}) {
      return pick(filter.document).flatMap((d) => d.extraction.treaties.map((t) => ({ ...t, document: d.info.id })));
    },
    async addCorrection(correction: Correction) {
      const d = docs.get(correction.document);
      if (!d) throw new AnnalistError(`no document "${correction.document}"`, "NOT_FOUND");
      const layer = LAYERS[correction.target];
      const list = corrections.get(d.info.id) ?? [];
      const current = applyCorrections(d.extraction, list).extraction;
      if (findTarget(current, { layer, id: correction.id }) === -1) throw new AnnalistError(`no ${correction.target} "${correction.id}" in document ${correction.document}`, "NOT_FOUND");
      const stored: StoredCorrection = {
        id: `c${++counter}`,
        document: d.info.id,
        target: { layer, id: correction.id },
        change: normalizeChange(current, layer, { [correction.field]: correction.value }),
        author: correction.author,
        note: correction.note ?? null,
        createdAt: new Date().toISOString(),
      };
      if (applyCorrections(current, [stored]).applied[0].status !== "applied") throw new AnnalistError(`the correction does not fit the ${correction.target} item`, "USAGE");
      corrections.set(d.info.id, [...list, stored]);
      return { id: stored.id, createdAt: stored.createdAt };
    },
    async conflicts() {
      return [];
    },
    async close() {
      docs.clear();
    },
  };
}
