// A read cache in front of a store that only this process writes (embedded PGlite holds a directory
// lock): answers repeat reads from memory and forgets everything on each write made through it.
import type { KnowledgeStore } from "./store.ts";

export function cachedStore(store: KnowledgeStore, maxEntries = 500): KnowledgeStore {
  const cache = new Map<string, Promise<unknown>>();
  const memo = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let hit = cache.get(key) as Promise<T> | undefined;
    if (hit) {
      cache.delete(key); // re-insert: the Map's order is the recency order
      cache.set(key, hit);
      return hit;
    }
    hit = load();
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return hit;
  };
  const writing = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } finally {
      cache.clear();
    }
  };
  return {
    ingest: (name, text, options) => writing(() => store.ingest(name, text, options)),
    addCorrection: (correction) => writing(() => store.addCorrection(correction)),
    listDocuments: () => memo("documents", () => store.listDocuments()),
    getDocument: (id) => memo(`document ${id}`, () => store.getDocument(id)),
    getExtraction: (id) => memo(`extraction ${id}`, () => store.getExtraction(id)),
    search: (q) => memo(`search ${q}`, () => store.search(q)),
    entities: (filter) => memo(`entities ${JSON.stringify(filter)}`, () => store.entities(filter)),
    events: (filter) => memo(`events ${JSON.stringify(filter)}`, () => store.events(filter)),
    treaties: (filter) => memo(`treaties ${JSON.stringify(filter ?? {})}`, () => store.treaties(filter)),
    conflicts: () => memo("conflicts", () => store.conflicts()),
    close: () => store.close(),
  };
}
