import { test } from "node:test";
import assert from "node:assert/strict";
import { exportAs } from "../../src/export/index.ts";
import { hostileExtraction } from "./support.ts";
import { subjects } from "./subjects.ts";

const TYPE_OF_KIND: Record<string, string> = { state: "Country", organization: "Organization", person: "Person", place: "Place" };

/** Every {"@id": …} object nested in a value. */
function references(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) references(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o["@id"] === "string" && Object.keys(o).length === 1) out.push(o["@id"]);
    else for (const v of Object.values(o)) references(v, out);
  }
  return out;
}

test("writes a schema.org JSON-LD graph: the document, its events, places and actors with Wikidata sameAs", () => {
  for (const [name, x] of subjects()) {
    const doc = JSON.parse(exportAs("jsonld", x));
    assert.equal(doc["@context"]["@vocab"], "https://schema.org/");
    const nodes: any[] = doc["@graph"];
    const byId = new Map(nodes.map((n) => [n["@id"], n]));
    assert.equal(byId.size, nodes.length, `${name}: node ids are unique`);
    for (const id of nodes.flatMap((n) => references(Object.fromEntries(Object.entries(n).filter(([k]) => k !== "@id"))))) {
      assert.ok(byId.has(id), `${name}: reference ${id} resolves inside the graph`);
    }
    const work = nodes.find((n) => n["@type"] === "CreativeWork" && n.text === x.text);
    assert.ok(work, `${name}: the document is a CreativeWork`);
    assert.equal(work.citation.length, x.bibliography.length);
    for (const e of x.entities) {
      const n = nodes.find((m) => m.identifier === e.id && m["@type"] !== "Event");
      assert.ok(n, `${name}: entity ${e.id}`);
      if (TYPE_OF_KIND[e.kind]) assert.equal(n["@type"], TYPE_OF_KIND[e.kind]);
      assert.equal(n.name, e.label);
      assert.equal(n.sameAs, e.wikidata ? `http://www.wikidata.org/entity/${e.wikidata}` : undefined);
      if (e.coords) assert.deepEqual([n.geo.latitude, n.geo.longitude], e.coords);
    }
    const events = nodes.filter((n) => n["@type"] === "Event");
    assert.deepEqual(events.map((n) => n.identifier), x.events.map((e) => e.id));
    for (const [i, ev] of x.events.entries()) {
      const n = events[i];
      assert.deepEqual(n.agent.map((r: any) => byId.get(r["@id"]).identifier), ev.source);
      assert.deepEqual(n.participant.map((r: any) => byId.get(r["@id"]).identifier), ev.target);
      if (ev.place) assert.equal(byId.get(n.location["@id"]).identifier, ev.place);
      if (ev.date && /^\d{4}(-\d\d){0,2}$/.test(ev.date)) assert.equal(n.startDate, ev.date);
      assert.ok(n.keywords.includes(ev.type));
    }
  }
});

test("gives JSON-LD blank nodes safe ids and keeps uncertain dates out of startDate", () => {
  const doc = JSON.parse(exportAs("jsonld", hostileExtraction()));
  const nodes: any[] = doc["@graph"];
  for (const n of nodes) assert.match(n["@id"], /^_:[\p{L}\p{N}_.-]+$/u);
  const march = nodes.find((n) => n.identifier === "march 1996/x");
  assert.equal(march["@type"], "Book");
  assert.equal(march.datePublished, "1996");
  const v4 = nodes.find((n) => n.identifier === "v4");
  assert.equal(v4.startDate, undefined);
  assert.equal(v4.temporalCoverage, "1941-04~/1941-06");
  const treaty = nodes.find((n) => n.identifier === "t1");
  assert.equal(treaty["@type"], "Legislation");
  assert.equal(treaty.legislationDate, "1941-04-13");
});
