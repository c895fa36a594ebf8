// The API on the persistent store (embedded PGlite): uploads, layers, filters and corrections.
import { dateWithin } from "../../src/query.ts";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../src/api/app.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { essay } from "../helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "annalist-api-"));
let store: Store;
let app: ReturnType<typeof createApp>["app"];
let id = "";

before(async () => {
  store = await openStore({ dir: join(dir, "db") });
  app = createApp(store).app;
  const res = await app.request("/api/documents?name=soviet-japanese-relations.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: essay });
  assert.equal(res.status, 201);
  id = (await res.json()).id;
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("an uploaded document is stored with its layers and listed once after a second upload", async () => {
  const again = await app.request("/api/documents?name=copy.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: essay });
  assert.equal(again.status, 200);
  const list = await (await app.request("/api/documents")).json();
  assert.equal(list.length, 1);
  const { extraction } = await (await app.request(`/api/documents/${id}`)).json();
  assert.equal(extraction.text, essay);
  assert.ok(extraction.citations.length > 0 && extraction.entities.length > 0);
});

test("events filtered by actor and date range on the stored events", async () => {
  const events = await (await app.request(`/api/events?actor=Japan&from=1941&to=1941`)).json();
  assert.ok(events.length > 0, "events of Japan in 1941");
  // Each one's days overlap 1941 (its day or month, or a span that holds 1941 such as 19XX).
  assert.ok(events.every((v: { date: string; document: string }) => dateWithin(v.date, "1941", "1941") && v.document === id));
  assert.ok(events.some((v: { date: string }) => v.date.startsWith("1941")));
});

test("a correction posted to the API is stored and shows in the document", async () => {
  const { extraction } = await (await app.request(`/api/documents/${id}`)).json();
  const place = extraction.entities.find((e: { kind: string }) => e.kind === "place");
  const res = await app.request("/api/corrections", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ document: id, target: "entity", id: place.id, field: "wikidata", value: "Q42", author: "A. Historian", note: "test" }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  assert.ok((await res.json()).id);
  const after = (await (await app.request(`/api/documents/${id}`)).json()).extraction;
  assert.equal(after.entities.find((e: { id: string }) => e.id === place.id).wikidata, "Q42");
});

test("conflicts come back as a JSON list", async () => {
  const res = await app.request("/api/conflicts");
  assert.equal(res.status, 200);
  assert.ok(Array.isArray(await res.json()));
});
