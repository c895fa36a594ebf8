// The read cache in front of an exclusively held store: repeat reads come from memory, writes forget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cachedStore } from "../../src/api/cache.ts";
import { openMemoryStore } from "../../src/api/memory-store.ts";
import type { KnowledgeStore } from "../../src/api/store.ts";

function counting(store: KnowledgeStore): { store: KnowledgeStore; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const counted = Object.fromEntries(
    Object.entries(store).map(([name, fn]) => [name, (...args: unknown[]) => ((calls[name] = (calls[name] ?? 0) + 1), (fn as (...a: unknown[]) => unknown)(...args))]),
  ) as unknown as KnowledgeStore;
  return { store: counted, calls };
}

const text = "On 13 April 1941 Japan and the Soviet Union signed a neutrality pact in Moscow.";

test("repeat reads are answered once by the store, and an ingest makes the next read go to the store", async () => {
  const { store, calls } = counting(openMemoryStore());
  const cached = cachedStore(store);
  const first = await cached.ingest("a.txt", text);
  await Promise.all([cached.getExtraction(first.id), cached.getExtraction(first.id)]);
  await cached.getExtraction(first.id);
  assert.equal(calls.getExtraction, 1);
  assert.equal((await cached.listDocuments()).length, 1);
  await cached.ingest("b.txt", `${text} It lasted until 1945.`);
  assert.equal((await cached.listDocuments()).length, 2, "the new document is listed");
  assert.equal(calls.listDocuments, 2);
});

test("a correction forgets the cached reads, and a failed read is not kept", async () => {
  const { store, calls } = counting(openMemoryStore());
  const cached = cachedStore(store);
  const { id } = await cached.ingest("a.txt", text);
  await cached.events({ document: id });
  await assert.rejects(cached.addCorrection({ document: id, target: "event", id: "no-such-event", field: "type", value: "AGREE", author: "A. Historian" }));
  await cached.events({ document: id });
  assert.equal(calls.events, 2);
  let tries = 0;
  const failing = cachedStore({ ...store, search: async () => Promise.reject(new Error(`down ${++tries}`)) });
  await assert.rejects(failing.search("pact"), /down 1/);
  await assert.rejects(failing.search("pact"), /down 2/, "the failure was not cached");
});

test("the cache keeps at most its limit of entries", async () => {
  const { store, calls } = counting(openMemoryStore());
  const cached = cachedStore(store, 2);
  await cached.search("Japan");
  await cached.search("Moscow");
  await cached.search("pact");
  await cached.search("Japan");
  assert.equal(calls.search, 4, "the oldest entry was dropped");
});
