import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/pipeline.ts";
import type { Extraction } from "../../src/schema.ts";
import { join } from "node:path";
import { openStore, type Store } from "../../src/store/index.ts";
import { migrations } from "../../src/store/migrate.ts";
import { essay } from "../helpers.ts";
import { backends, tempDir } from "./backends.ts";

const pactA = "Japan and the Soviet Union signed the Neutrality Pact in Moscow on April 13, 1941. The pact was to remain in force for five years. On August 14, 1945, Japan accepted the terms of the Potsdam Declaration.\n";
const pactB = "In Moscow the Soviet Union and Japan signed the Neutrality Pact on April 25, 1941. It was due to expire in April 1945. Japan accepted the Allied terms on August 15, 1945.\n";

/** The analysis of a text with one event added between two of its entities (the store must keep whatever layers hold). */
function withEvent(text: string): Extraction {
  const x = analyze(text, { name: "event.txt" });
  const source = { id: "es1", label: "Japan", kind: "state" as const, wikidata: "Q17", mentions: [{ start: 0, end: 5, text: text.slice(0, 5) }] };
  const at = text.indexOf("signed");
  return {
    ...x,
    entities: [...x.entities, source],
    events: [...x.events, {
      id: "vs1", type: "AGREE", cameo: "057", trigger: { start: at, end: at + 6, text: "signed" }, sentence: 0,
      source: ["es1"], target: [], date: "1941-04-13", place: null, modality: "asserted", citations: [],
    }],
  };
}

for (const backend of backends) {
  describe(`store on ${backend.name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => ({ store, cleanup } = await backend.open()));
    after(async () => cleanup());

    test("ingesting the same text twice stores one document", async () => {
      const first = await store.ingest("essay.txt", essay);
      const second = await store.ingest("copy-of-essay.txt", essay);
      assert.equal(first.created, true);
      assert.equal(second.created, false);
      assert.equal(second.id, first.id);
      const docs = await store.listDocuments();
      assert.equal(docs.filter((d) => d.id === first.id).length, 1);
      assert.equal(docs.find((d) => d.id === first.id)!.name, "essay.txt");
    });

    test("the stored extraction is the analysis of the text, layer by layer", async () => {
      const stored = await store.getExtraction("essay.txt");
      assert.ok(stored);
      const fresh = JSON.parse(JSON.stringify(analyze(essay, { name: "essay.txt" })));
      for (const layer of ["sentences", "paragraphs", "citations", "bibliography", "timexes", "entities", "events", "quantities", "treaties"] as const) {
        assert.deepEqual(stored[layer], fresh[layer], layer);
      }
      assert.equal(stored.text, essay);
      assert.deepEqual(stored.corrections, []);
      const info = (await store.listDocuments()).find((d) => d.id === stored.id)!;
      assert.equal(info.counts.citations, fresh.citations.length);
      assert.equal(info.counts.treaties, fresh.treaties.length);
    });

    test("a document is found by id, by a prefix of its id and by name; an unknown one is null", async () => {
      const [doc] = await store.listDocuments();
      assert.equal((await store.getDocument(doc.id))?.id, doc.id);
      assert.equal((await store.getDocument(doc.id.slice(0, 6)))?.id, doc.id);
      assert.equal((await store.getDocument(doc.name))?.id, doc.id);
      assert.equal(await store.getDocument("no-such-document"), null);
      assert.equal(await store.getExtraction("no-such-document"), null);
    });

    test("full-text search finds inflected words and returns their offsets and sentence", async () => {
      const hits = await store.search("treaty");
      assert.ok(hits.length > 3);
      for (const hit of hits) {
        const word = essay.slice(hit.start, hit.end).toLowerCase();
        assert.match(word, /^treat(y|ies)$/, word);
        assert.ok(hit.snippet.includes(essay.slice(hit.start, hit.end)));
      }
      assert.ok(hits.some((h) => essay.slice(h.start, h.end).toLowerCase() === "treaties"), "the stem matches the plural");
      assert.deepEqual(await store.search("xylophone"), []);
    });

    test("a write that fails half-way leaves no trace of the document", async () => {
      const text = "A document that will not be stored, about the Treaty of Portsmouth of 1905.\n";
      const broken = { ...analyze(text), events: [{ id: "v1", trigger: null }] } as unknown as Extraction;
      await assert.rejects(store.ingest("broken.txt", text, { extraction: broken }));
      assert.equal(await store.findByText(text), null);
      const left = await store.query<{ n: number }>("SELECT count(*)::int AS n FROM annotations a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = a.document)");
      assert.equal(left[0].n, 0);
      assert.equal((await store.ingest("broken.txt", text)).created, true, "the same text stores once the extraction is sound");
    });

    test("conflicts shows two documents that disagree on a treaty's signing date, with both sources", async () => {
      await store.ingest("pact-a.txt", pactA);
      await store.ingest("pact-b.txt", pactB);
      const conflict = (await store.conflicts()).find((c) => c.kind === "treaty" && c.field === "signed" && c.values.some((v) => v.evidence.some((e) => e.documentName === "pact-b.txt")));
      assert.ok(conflict, "a conflict on the signing date");
      const byValue = Object.fromEntries(conflict.values.map((v) => [v.value, v.evidence.map((e) => e.documentName)]));
      assert.ok(byValue["1941-04-13"].includes("pact-a.txt"));
      assert.deepEqual(byValue["1941-04-25"], ["pact-b.txt"]);
      const evidence = conflict.values.flatMap((v) => v.evidence).find((e) => e.documentName === "pact-b.txt")!;
      assert.equal(pactB.slice(evidence.start, evidence.end), "Neutrality Pact");
      const merged = (await store.mergedTreaties()).find((t) => t.key === conflict.key)!;
      assert.ok(merged.documents.length >= 2);
    });

    test("conflicts shows the two dates two documents give for Japan's acceptance of the terms", async () => {
      await store.ingest("pact-a.txt", pactA);
      await store.ingest("pact-b.txt", pactB);
      const conflict = (await store.conflicts()).find((c) => c.kind === "event" && c.field === "date" && c.values.some((v) => v.value === "1945-08-15"));
      assert.ok(conflict, "a conflict on the date of the acceptance");
      const byValue = Object.fromEntries(conflict.values.map((v) => [v.value, v.evidence.map((e) => e.documentName)]));
      assert.deepEqual(byValue["1945-08-14"], ["pact-a.txt"]);
      assert.deepEqual(byValue["1945-08-15"], ["pact-b.txt"]);
      const evidence = conflict.values.find((v) => v.value === "1945-08-15")!.evidence[0];
      assert.match(pactB.slice(evidence.start, evidence.end), /^accepted/);
    });

    test("events are filtered by actor (Wikidata id or name), type, date range and document", async () => {
      const text = "Japan signed an agreement on April 13, 1941, in the Kremlin.\n";
      const { id } = await store.ingest("event.txt", text, { extraction: withEvent(text) });
      const ours = (events: { id: string; document: string }[]) => events.filter((e) => e.document === id && e.id === "vs1").length;
      const byQid = (await store.events({ actor: "Q17", document: id })).find((e) => e.id === "vs1");
      assert.ok(byQid);
      assert.equal(byQid.sourceActors[0].label, "Japan");
      assert.equal(byQid.evidence, text.trim());
      assert.equal(ours(await store.events({ actor: "Japan", type: "AGREE", from: "1941", to: "1941-04" })), 1);
      assert.equal(ours(await store.events({ actor: "Q17", from: "1942" })), 0);
      assert.equal(ours(await store.events({ actor: "Q17", type: "ASSAULT" })), 0);
      assert.equal(ours(await store.events({ actor: "Q15180" })), 0);
      const japan = (await store.entityIndex({ wikidata: "Q17" }))[0];
      assert.equal(japan.key, "Q17");
    });

    test("a correction of an event is applied on read, re-derives the queries and survives re-ingest", async () => {
      const text = "Japan signed a second agreement on April 13, 1941, in Tokyo.\n";
      const { id } = await store.ingest("corrected.txt", text, { extraction: withEvent(text) });
      const correction = await store.addCorrection({ document: id, target: { layer: "events", id: "vs1" }, change: { type: "ASSAULT", date: "1941-04-14" }, author: "A. Historian", note: "misread" });
      assert.equal(correction.author, "A. Historian");
      assert.deepEqual(correction.target, { layer: "events", id: "vs1", start: text.indexOf("signed"), end: text.indexOf("signed") + 6 });
      const read = async () => (await store.getExtraction(id))!.events.find((e) => e.id === "vs1")!;
      assert.equal((await read()).type, "ASSAULT");
      assert.equal((await read()).date, "1941-04-14");
      assert.ok((await store.events({ type: "ASSAULT", document: id })).some((e) => e.id === "vs1"));
      await store.ingest("corrected.txt", text, { extraction: withEvent(text), replace: true });
      assert.equal((await read()).type, "ASSAULT", "after re-ingest");
      assert.deepEqual((await store.corrections(id)).map((c) => c.id), [correction.id]);
      assert.equal((await store.getExtraction(id))!.corrections[0].status, "applied");
    });

    test("an entity's Wikidata link is corrected through the field form the web API sends", async () => {
      const { id } = await store.ingest("pact-a.txt", pactA);
      const entity = (await store.getExtraction(id))!.entities[0];
      await store.addCorrection({ document: id, target: "entity", id: entity.id, field: "wikidata", value: "Q1164609", author: "reader" });
      assert.equal((await store.getExtraction(id))!.entities.find((e) => e.id === entity.id)!.wikidata, "Q1164609");
      assert.equal((await store.entities({ wikidata: "Q1164609" }))[0].document, id);
    });

    test("a correction that names an unknown item, field or value is refused with a clear error", async () => {
      const { id } = await store.ingest("pact-a.txt", pactA);
      await assert.rejects(store.addCorrection({ document: id, target: { layer: "events", id: "v999" }, change: { type: "ASSAULT" }, author: "x" }), /no events item "v999"/);
      const entity = (await store.getExtraction(id))!.entities[0];
      await assert.rejects(store.addCorrection({ document: id, target: { layer: "entities", id: entity.id }, change: { wikidata: "Japan" }, author: "x" }), /Wikidata id/);
      await assert.rejects(store.addCorrection({ document: id, target: { layer: "entities", id: entity.id }, change: { mentions: [] }, author: "x" }), /cannot be corrected/);
      await assert.rejects(store.addCorrection({ document: id, target: { layer: "entities", id: entity.id }, change: { kind: "person" }, author: " " }), /author/);
      assert.deepEqual(await store.corrections(id), (await store.corrections(id)).filter((c) => c.change.wikidata === "Q1164609"));
    });

    test("a timex value is corrected by the span of the timex", async () => {
      const { id } = await store.ingest("pact-b.txt", pactB);
      const timex = (await store.getExtraction(id))!.timexes.find((t) => t.text.includes("April 1945"));
      assert.ok(timex, "the time layer finds 'April 1945'");
      await store.addCorrection({ document: id, target: { layer: "timexes", start: timex.start, end: timex.end }, change: { value: "1945-04-05" }, author: "reader" });
      const read = (await store.getExtraction(id))!.timexes.find((t) => t.start === timex.start)!;
      assert.equal(read.value, "1945-04-05");
      assert.equal(read.text, timex.text, "the text is never changed");
    });

    test("the schema migrations are recorded once", async () => {
      const rows = await store.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
      assert.deepEqual(rows.map((r) => r.version), migrations().map((m) => m.version));
    });
  });
}

test("an embedded database directory is used by one process at a time", async () => {
  const dir = join(tempDir("annalist-lock-"), "db");
  const first = await openStore({ dir });
  await assert.rejects(openStore({ dir }), /is in use by this process/);
  await first.close();
  const again = await openStore({ dir });
  await again.close();
});
