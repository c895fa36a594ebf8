// A KnowledgeStore kept in memory: the same interface as the persistent store, for tests and demos.
import { createHash } from "node:crypto";
import { analyze } from "../pipeline.ts";
import { AnnalistError } from "../errors.ts";
import type { Extraction } from "../schema.ts";
import { filterEntities, filterEvents } from "./filters.ts";
import { sentenceAt } from "../query.ts";
import type { Correction, DocumentInfo, KnowledgeStore, SearchHit } from "./store.ts";

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
  const corrections: (Correction & { id: string; createdAt: string })[] = [];
  const pick = (document?: string) => [...docs.values()].filter((d) => !document || d.info.id === document);

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
      return docs.get(id)?.extraction ?? null;
    },
    async search(q) {
      const needle = q.toLowerCase();
      const hits: SearchHit[] = [];
      for (const { info, extraction } of docs.values()) {
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
    async addCorrection(correction) {
      const x = docs.get(correction.document)?.extraction;
      if (!x) throw new AnnalistError(`no document "${correction.document}"`, "NOT_FOUND");
      const items: { id?: string }[] = correction.target === "entity" ? x.entities : correction.target === "event" ? x.events : correction.target === "treaty" ? x.treaties : x.timexes.map((t, i) => ({ id: t.id ?? String(i) }));
      if (!items.some((item) => item.id === correction.id)) throw new AnnalistError(`no ${correction.target} "${correction.id}" in document ${correction.document}`, "NOT_FOUND");
      const stored = { ...correction, id: `c${corrections.length + 1}`, createdAt: new Date().toISOString() };
      corrections.push(stored);
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
