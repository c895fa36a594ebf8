// The HTTP API through hono's app.request(): no port, the in-memory store, the real pipeline.
import { test, describe, before } from "node:test";
import assert from "node:assert/strict";
import { createApp } from "../../src/api/app.ts";
import { openMemoryStore } from "../../src/api/memory-store.ts";
import { FORMATS } from "../../src/export/index.ts";
import { dateWithin } from "../../src/query.ts";
import { essay } from "../helpers.ts";

const store = openMemoryStore();
const { app } = createApp(store, { maxUploadBytes: 200_000 });
const post = (path: string, body: string | object, type = typeof body === "string" ? "text/plain; charset=utf-8" : "application/json") =>
  app.request(path, { method: "POST", headers: { "content-type": type }, body: typeof body === "string" ? body : JSON.stringify(body) });

let essayId = "";
before(async () => {
  const res = await post("/api/documents?name=soviet-japanese-relations.txt", essay);
  assert.equal(res.status, 201);
  essayId = (await res.json()).id;
});

describe("documents", () => {
  test("uploading the same text again is idempotent and answers 200 with created false", async () => {
    const res = await post("/api/documents?name=again.txt", essay);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.id, essayId);
    assert.equal(body.created, false);
    const list = await (await app.request("/api/documents")).json();
    assert.equal(list.filter((d: { id: string }) => d.id === essayId).length, 1);
  });

  test("a JSON upload with name and dct is stored with its dct", async () => {
    const res = await post("/api/documents", { name: "note.txt", text: "Yesterday the cabinet met in Tokyo.", dct: "1941-04-14" });
    assert.equal(res.status, 201);
    const { id } = await res.json();
    const doc = await (await app.request(`/api/documents/${id}`)).json();
    assert.equal(doc.document.name, "note.txt");
    assert.equal(doc.extraction.dct, "1941-04-14");
    assert.equal(doc.extraction.text, "Yesterday the cabinet met in Tokyo.");
  });

  test("a document comes back with its text and every layer of the contract", async () => {
    const res = await app.request(`/api/documents/${essayId}`);
    assert.equal(res.status, 200);
    const { document, extraction } = await res.json();
    assert.equal(document.chars, essay.length);
    assert.equal(extraction.text, essay);
    for (const layer of ["sentences", "citations", "bibliography", "timexes", "entities", "events", "quantities", "treaties"]) assert.ok(Array.isArray(extraction[layer]), layer);
    assert.ok(extraction.sentences.length > 100);
  });

  test("an unknown document is a JSON 404", async () => {
    const res = await app.request("/api/documents/ffffffffffffffff");
    assert.equal(res.status, 404);
    const body = await res.json();
    assert.equal(body.error, "not_found");
    assert.match(body.detail, /ffffffffffffffff/);
  });

  test("an empty upload is refused with a clear error", async () => {
    const res = await post("/api/documents?name=empty.txt", "   \n ");
    assert.equal(res.status, 422);
    assert.match((await res.json()).detail, /white space/);
  });

  test("binary and invalid UTF-8 uploads are refused, naming the place", async () => {
    const nul = await app.request("/api/documents?name=bin.dat", { method: "POST", headers: { "content-type": "text/plain" }, body: new Uint8Array([65, 66, 0, 67]) });
    assert.equal(nul.status, 422);
    assert.match((await nul.json()).detail, /bin\.dat.*NUL/);
    const latin1 = await app.request("/api/documents?name=latin1.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: new Uint8Array([0x48, 0x69, 0xe9, 0x21]) });
    assert.equal(latin1.status, 422);
    assert.match((await latin1.json()).detail, /not valid UTF-8.*byte offset 2/);
  });

  test("an upload above the size limit is refused with 413", async () => {
    const res = await post("/api/documents?name=big.txt", "word ".repeat(50_000));
    assert.equal(res.status, 413);
    assert.equal((await res.json()).error, "too_large");
  });

  test("an upload of another media type is refused with 415", async () => {
    const res = await post("/api/documents", "<p>hi</p>", "text/html");
    assert.equal(res.status, 415);
  });

  test("a JSON upload without text is refused with 400 naming the field", async () => {
    const res = await post("/api/documents", { name: "x.txt" });
    assert.equal(res.status, 400);
    assert.match((await res.json()).detail, /body text/);
  });

  test("a bad dct is refused with 400", async () => {
    const res = await post("/api/documents?dct=1941-13-45", "Some text about 1941.");
    assert.equal(res.status, 400);
    assert.match((await res.json()).detail, /dct/);
  });
});

describe("facts", () => {
  test("events are filtered by type, modality and date range", async () => {
    const all = await (await app.request(`/api/events?document=${essayId}`)).json();
    const x = (await (await app.request(`/api/documents/${essayId}`)).json()).extraction;
    assert.equal(all.length, x.events.length);
    const assaults = await (await app.request(`/api/events?document=${essayId}&type=ASSAULT`)).json();
    assert.deepEqual(assaults.map((v: { id: string }) => v.id), x.events.filter((v: { type: string }) => v.type === "ASSAULT").map((v: { id: string }) => v.id));
    const in1941 = await (await app.request(`/api/events?document=${essayId}&from=1941&to=1941`)).json();
    // Every event whose days overlap 1941: its day, its month, or a span (1937/1942, 19XX) that holds 1941.
    assert.ok(in1941.some((v: { date: string }) => v.date.startsWith("1941")));
    assert.deepEqual(in1941.map((v: { id: string }) => v.id), x.events.filter((v: { date: string | null }) => dateWithin(v.date, "1941", "1941")).map((v: { id: string }) => v.id));
  });

  test("events are filtered by an actor given by name or Wikidata id", async () => {
    const byName = await (await app.request(`/api/events?document=${essayId}&actor=Japan`)).json();
    const byQid = await (await app.request(`/api/events?document=${essayId}&actor=Q17`)).json();
    assert.ok(byName.length > 0, "events with Japan");
    assert.deepEqual(byQid.map((v: { id: string }) => v.id), byName.map((v: { id: string }) => v.id));
  });

  test("invalid event filters are refused with 400 and name the parameter", async () => {
    for (const [q, param] of [["type=INVADE", "type"], ["modality=maybe", "modality"], ["from=June", "from"], ["to=1941-02-29", "to"], ["from=1941-13", "from"]]) {
      const res = await app.request(`/api/events?${q}`);
      assert.equal(res.status, 400, q);
      const body = await res.json();
      assert.equal(body.error, "invalid_request");
      assert.match(body.detail, new RegExp(`query ${param}`));
    }
    const reversed = await app.request("/api/events?from=1945&to=1905");
    assert.equal(reversed.status, 400);
    // Bounds of different precision are compared by their days: from 1942 is after to 1941-06, 1941-06 is within 1941.
    assert.equal((await app.request("/api/events?from=1942&to=1941-06")).status, 400);
    assert.equal((await app.request("/api/events?from=1941-06&to=1941")).status, 200);
  });

  test("places come with coordinates and Wikidata ids", async () => {
    const places = await (await app.request(`/api/entities?kind=place&document=${essayId}`)).json();
    const vladivostok = places.find((e: { label: string }) => e.label === "Vladivostok");
    assert.ok(vladivostok, "Vladivostok is a place");
    assert.equal(vladivostok.wikidata, "Q959");
    assert.ok(Math.abs(vladivostok.coords[0] - 43.1) < 0.5 && Math.abs(vladivostok.coords[1] - 131.9) < 0.5);
  });

  test("treaties list the Neutrality Treaty with its signature date", async () => {
    const treaties = await (await app.request(`/api/treaties?document=${essayId}`)).json();
    assert.ok(treaties.some((t: { name: string; signed: string }) => /neutrality/i.test(t.name) && t.signed === "1941-04-13"));
  });

  test("full-text search finds the sentence of a phrase", async () => {
    const hits = await (await app.request("/api/search?q=Vladivostok")).json();
    assert.ok(hits.length > 0);
    assert.ok(hits.every((h: { snippet: string }) => /vladivostok/i.test(h.snippet)));
    const short = await app.request("/api/search?q=a");
    assert.equal(short.status, 400);
  });
});

describe("what-if, exports, corrections", () => {
  test("Germany attacking the USSR on 1941-06-22 obliges Japan to neutrality", async () => {
    const res = await app.request(`/api/whatif?document=${essayId}&attacker=Germany&target=USSR&date=1941-06-22`);
    assert.equal(res.status, 200);
    const r = await res.json();
    assert.ok(r.obligations.some((o: { party: { label: string }; duty: string }) => o.party.label === "Japan" && o.duty === "neutral"));
  });

  test("what-if refuses a date that is not a calendar date", async () => {
    const res = await app.request(`/api/whatif?document=${essayId}&attacker=Germany&target=USSR&date=1941-02-31`);
    assert.equal(res.status, 400);
    assert.match((await res.json()).detail, /date/);
  });

  test("the JSON export is the extraction and an unknown format is a 400", async () => {
    const res = await app.request(`/api/documents/${essayId}/export/json`);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).text, essay);
    assert.equal((await app.request(`/api/documents/${essayId}/export/pdf`)).status, 400);
  });

  test("every export format is served with its media type", async () => {
    for (const format of FORMATS) {
      const res = await app.request(`/api/documents/${essayId}/export/${format}`);
      assert.equal(res.status, 200, `${format}: ${await res.clone().text()}`);
      assert.ok((await res.text()).length > 100, format);
      assert.ok(res.headers.get("content-type"), format);
    }
  });

  test("the CSV export has one header line and the event columns", async () => {
    const res = await app.request(`/api/documents/${essayId}/export/csv`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/csv/);
    const header = (await res.text()).split(/\r?\n/)[0].toLowerCase();
    for (const column of ["date", "source", "target", "sentence"]) assert.ok(header.includes(column), column);
  });

  test("a correction body above its limit is refused with 413", async () => {
    const res = await post("/api/corrections", { document: essayId, target: "entity", id: "e1", field: "wikidata", value: "x".repeat(100_000), author: "A. Historian" });
    assert.equal(res.status, 413);
  });

  test("a correction of an unknown item is a 404 and a correction without author a 400", async () => {
    const missing = await post("/api/corrections", { document: essayId, target: "entity", id: "no-such-entity", field: "wikidata", value: "Q1", author: "A. Historian" });
    assert.equal(missing.status, 404);
    const anonymous = await post("/api/corrections", { document: essayId, target: "entity", id: "e1", field: "wikidata", value: "Q1" });
    assert.equal(anonymous.status, 400);
    assert.match((await anonymous.json()).detail, /author/);
  });
});

describe("the API describes itself", () => {
  test("the OpenAPI document lists every route with its parameters", async () => {
    const doc = await (await app.request("/api/openapi.json")).json();
    assert.equal(doc.openapi, "3.1.0");
    for (const path of ["/api/documents", "/api/documents/{id}", "/api/documents/{id}/export/{format}", "/api/entities", "/api/events", "/api/treaties", "/api/whatif", "/api/search", "/api/corrections"]) assert.ok(doc.paths[path], path);
    const params = doc.paths["/api/events"].get.parameters.map((p: { name: string }) => p.name);
    assert.deepEqual(params.sort(), ["actor", "document", "from", "modality", "to", "type"]);
    const type = doc.paths["/api/events"].get.parameters.find((p: { name: string }) => p.name === "type");
    assert.ok(type.schema.enum.includes("ASSAULT"));
  });

  test("an unknown API route is a JSON 404", async () => {
    const res = await app.request("/api/nothing-here");
    assert.equal(res.status, 404);
    assert.equal((await res.json()).error, "not_found");
  });

  test("malformed JSON is a 400, not a crash", async () => {
    const res = await post("/api/corrections", "{not json", "application/json");
    assert.equal(res.status, 400);
  });
});
