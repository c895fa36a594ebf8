// The API as several instances on one PostgreSQL server: GET /api/queue, and nothing an instance
// would need kept in another's memory (what one instance stores or corrects, every other serves).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createApp } from "../../src/api/app.ts";
import { openMemoryStore } from "../../src/api/memory-store.ts";
import type { KnowledgeStore } from "../../src/api/store.ts";
import { analyze } from "../../src/pipeline.ts";
import { QueueStatus } from "../../src/schema.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { openQueue } from "../../src/queue/engine.ts";
import { enqueueFiles } from "../../src/queue/enqueue.ts";
import { runWorker } from "../../src/queue/worker.ts";
import { generatedDocument } from "../store/corpus.ts";
import { corpus, freshSchema, needsServer, serverUrl } from "./support.ts";

const json = async (app: ReturnType<typeof createApp>["app"], path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { status: res.status, body: await res.json() };
};

test("GET /api/queue answers available: false for a store that is no PostgreSQL server, and is in the OpenAPI document", async () => {
  const { app } = createApp(openMemoryStore());
  const { status, body } = await json(app, "/api/queue");
  assert.equal(status, 200);
  assert.deepEqual(QueueStatus.parse(body), { ...body, available: false });
  assert.deepEqual([body.queued, body.running, body.done, body.failed], [0, 0, 0, 0]);
  const doc = (await json(app, "/api/openapi.json")).body;
  assert.ok(doc.paths["/api/queue"].get);
});

test("two API instances on one server: the queue's progress, uploads and concurrent corrections are the same through either", { skip: needsServer, timeout: 180_000 }, async () => {
  const { schema, drop } = await freshSchema();
  const stores: Store[] = [];
  try {
    for (let i = 0; i < 2; i++) stores.push(await openStore({ url: serverUrl, schema }));
    const [a, b] = stores.map((s) => createApp(s as unknown as KnowledgeStore).app);

    const queue = await openQueue(stores[0]);
    const { dir } = corpus(3);
    await enqueueFiles(stores[0], queue, [dir]);
    const queued = (await json(b, "/api/queue")).body;
    assert.deepEqual([queued.available, queued.queued, queued.done], [true, 3, 0]);
    await runWorker(stores[0], queue, { untilEmpty: true, idleMs: 100, analyze: async (t) => analyze(t.text, { name: t.name, dct: t.dct }) });
    await queue.close();
    const done = QueueStatus.parse((await json(a, "/api/queue")).body);
    assert.deepEqual([done.queued, done.running, done.done, done.failed], [0, 0, 3, 0]);

    const text = generatedDocument(7);
    const upload = await json(a, "/api/documents?name=notes.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: text });
    assert.equal(upload.status, 201);
    const id = upload.body.id;
    const seen = await json(b, `/api/documents/${id}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.extraction.text, text);

    // Corrections of different events through both instances at once: each re-derives the document's rows from all of them.
    const events: { id: string }[] = seen.body.extraction.events.slice(0, 12);
    assert.ok(events.length >= 8, JSON.stringify(events.map((e) => e.id)));
    const types = events.map((_, i) => ["ASSAULT", "CONSULT", "AID", "COERCE"][i % 4]);
    const corrections = events.map((event, i) =>
      json(i % 2 ? b : a, "/api/corrections", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ document: id, target: "event", id: event.id, field: "type", value: types[i], author: "A. Historian" }),
      }),
    );
    for (const r of await Promise.all(corrections)) assert.equal(r.status, 201, JSON.stringify(r.body));
    const expected = Object.fromEntries(events.map((e, i) => [e.id, types[i]]));
    for (const app of [a, b]) {
      const listed: { id: string; type: string }[] = (await json(app, `/api/events?document=${id}`)).body;
      for (const [event, type] of Object.entries(expected)) assert.equal(listed.find((e) => e.id === event)?.type, type, `event ${event}`);
    }
    const rows = await stores[1].query<{ id: string; type: string }>("SELECT id, type FROM events WHERE document = $1", [id]);
    for (const [event, type] of Object.entries(expected)) assert.equal(rows.find((r) => r.id === event)?.type, type, `derived row of ${event}`);
  } finally {
    for (const s of stores) await s.close();
    await drop();
  }
});
