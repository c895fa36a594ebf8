// Opens the knowledge store the server works on: the persistent store of src/store when it is
// available, else the in-memory one (nothing survives a restart then, and the caller is told so).
import type { KnowledgeStore } from "./store.ts";
import { openMemoryStore } from "./memory-store.ts";
import { cachedStore } from "./cache.ts";

export interface OpenedStore {
  store: KnowledgeStore;
  kind: "persistent" | "memory";
}

export async function openKnowledgeStore(options: { dir?: string; url?: string; memory?: boolean } = {}): Promise<OpenedStore> {
  if (options.memory) return { store: openMemoryStore(), kind: "memory" };
  let mod: { openStore?: (o: { dir?: string; url?: string }) => Promise<KnowledgeStore> | KnowledgeStore };
  try {
    mod = await import("../store/index.ts");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw e;
    return { store: openMemoryStore(), kind: "memory" };
  }
  if (!mod.openStore) return { store: openMemoryStore(), kind: "memory" };
  const store = await mod.openStore({ dir: options.dir, url: options.url });
  // Embedded PGlite is locked to this process, so a read cache stays true; a server may have other writers.
  const exclusive = (store as { kind?: string }).kind === "pglite";
  return { store: exclusive ? cachedStore(store) : store, kind: "persistent" };
}
