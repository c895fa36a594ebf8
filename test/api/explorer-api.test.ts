// What the explorer asks of the API beyond the contract: state lifetimes for resolving states by date,
// export downloads (file names, the CSV BOM), corrections applied to every read, conflicts with citations.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createApp } from "../../src/api/app.ts";
import { openMemoryStore } from "../../src/api/memory-store.ts";
import { FORMATS } from "../../src/export/index.ts";

const store = openMemoryStore();
const { app } = createApp(store);
const text = readFileSync(new URL("../web/texts/peace-of-westphalia-1648.txt", import.meta.url), "utf8");
const china = "In 1869 the Russian Empire and China signed the Treaty of Huchun. In 1932 Japan occupied Manchuria.";
let id = "";
let chinaId = "";

before(async () => {
  id = (await store.ingest("peace-of-westphalia-1648.txt", text)).id;
  chinaId = (await store.ingest("huchun.txt", china)).id;
});

const json = async (path: string, init?: RequestInit) => (await app.request(path, init)).json();

test("a document comes with the lifetimes of its states and their predecessors and successors", async () => {
  const { states, extraction } = await json(`/api/documents/${chinaId}`);
  const linked = extraction.entities.filter((e: { kind: string; wikidata: string | null }) => e.kind === "state" && e.wikidata).map((e: { wikidata: string }) => e.wikidata);
  assert.ok(linked.length > 0);
  for (const qid of linked) if (states[qid]) assert.equal(typeof states[qid].label, "string");
  const russia = Object.entries(states).find(([, s]: [string, any]) => s.label === "Russian Empire") as [string, any] | undefined;
  assert.ok(russia, JSON.stringify(states));
  assert.equal(russia[1].to, 1917, "the Russian Empire ends in 1917");
  assert.ok(russia[1].successor && states[russia[1].successor], "its successor is described too");
  for (const s of Object.values(states) as any[]) {
    if (s.predecessor) assert.equal(states[s.predecessor].successor !== undefined, true);
    if (s.from !== null && s.to !== null) assert.ok(s.from <= s.to);
  }
});

test("every export downloads as a file named after the document, with its media type", async () => {
  for (const format of FORMATS) {
    const res = await app.request(`/api/documents/${id}/export/${format}?download=1`);
    assert.equal(res.status, 200, format);
    assert.match(res.headers.get("content-disposition") ?? "", /^attachment; filename="peace-of-westphalia-1648\.[\w.]+"$/, format);
    assert.ok((await res.text()).length > 10, format);
  }
  const inline = await app.request(`/api/documents/${id}/export/csv`);
  assert.equal(inline.headers.get("content-disposition"), null);
});

test("the CSV download starts with a BOM only when asked", async () => {
  const bytes = async (q: string) => new Uint8Array(await (await app.request(`/api/documents/${id}/export/csv${q}`)).arrayBuffer());
  assert.deepEqual([...(await bytes("?bom=1")).slice(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.notEqual((await bytes("")).at(0), 0xef);
  assert.equal((await app.request(`/api/documents/${id}/export/csv?bom=yes`)).status, 400);
});

test("a correction through the API is applied to the document, its events and its exports, keeping the original", async () => {
  const { extraction } = await json(`/api/documents/${id}`);
  const v = extraction.events.find((e: { date: string | null; type: string }) => e.date && e.type !== "PROTEST");
  const res = await app.request("/api/corrections", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ document: id, target: "event", id: v.id, field: "type", value: "protest", author: "A. Historian" }) });
  assert.equal(res.status, 201);
  const after = (await json(`/api/documents/${id}`)).extraction.events.find((e: { id: string }) => e.id === v.id);
  assert.equal(after.type, "PROTEST");
  assert.deepEqual(after.corrected.map((c: { author: string; was: object }) => [c.author, c.was]), [["A. Historian", { type: v.type }]]);
  const listed = await json(`/api/events?document=${id}&type=PROTEST`);
  assert.ok(listed.some((e: { id: string }) => e.id === v.id), "the events route sees the correction");
  const csv = await (await app.request(`/api/documents/${id}/export/csv`)).text();
  assert.match(csv.split("\r\n").find((r) => r.startsWith(`${v.id},`))!, /,PROTEST,.*A\. Historian/);
  const bad = await app.request("/api/corrections", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ document: id, target: "event", id: v.id, field: "type", value: "INVADE", author: "A. Historian" }) });
  assert.equal(bad.status, 422);
  assert.match((await bad.json()).detail, /expected one of/);
});
