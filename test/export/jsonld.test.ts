import { test } from "node:test";
import assert from "node:assert/strict";
import jsonld from "jsonld";
import { exportAs } from "../../src/export/index.ts";
import { documentIri } from "../../src/export/jsonld.ts";
import { documentId } from "../../src/api/memory-store.ts";
import { hostileExtraction } from "./support.ts";
import { subjects } from "./subjects.ts";

const TYPE_OF_KIND: Record<string, string> = { state: "Country", organization: "Organization", person: "Person", place: "Place" };
const WD = "http://www.wikidata.org/entity/";
const SCHEMA = "https://schema.org/";

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

/** A document loader that fails: expansion must not need the network. */
const offline = async (url: string): Promise<never> => {
  throw new Error(`no network access allowed, asked for ${url}`);
};

test("writes a schema.org JSON-LD graph: the document, its events, places and actors with Wikidata IRIs", () => {
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
    assert.equal(work["@id"], `urn:annalist:${documentId(x.text)}`, `${name}: the document's IRI holds the store's id of the text`);
    assert.equal(work.citation.length, x.bibliography.length);
    const firstWithQid = new Map<string, string>();
    for (const e of x.entities) if (e.wikidata && !firstWithQid.has(e.wikidata)) firstWithQid.set(e.wikidata, e.id);
    for (const e of x.entities) {
      const n = nodes.find((m) => m.identifier === e.id && m["@type"] !== "Event");
      assert.ok(n, `${name}: entity ${e.id}`);
      if (TYPE_OF_KIND[e.kind]) assert.equal(n["@type"], TYPE_OF_KIND[e.kind]);
      assert.equal(n.name, e.label);
      assert.equal(n.sameAs, e.wikidata ? `${WD}${e.wikidata}` : undefined);
      if (e.wikidata && firstWithQid.get(e.wikidata) === e.id) assert.equal(n["@id"], `${WD}${e.wikidata}`, `${name}: ${e.label} is its Wikidata IRI`);
      else assert.equal(n["@id"], `${work["@id"]}:${encodeURIComponent(e.id)}`, `${name}: ${e.label} is named inside the document`);
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

test("the same text gives the same IRIs in two runs (stable across exports)", () => {
  const [[, x]] = subjects();
  const ids = (doc: string) => (JSON.parse(doc)["@graph"] as any[]).map((n) => n["@id"]);
  assert.deepEqual(ids(exportAs("jsonld", x)), ids(exportAs("jsonld", structuredClone(x))));
  assert.notEqual(documentIri(x.text), documentIri(`${x.text} `));
});

test("jsonld expands the export without network access, keeping Wikidata IRIs and schema.org terms", async () => {
  for (const [name, x] of [...subjects(), ["hostile", hostileExtraction()] as const]) {
    const doc = JSON.parse(exportAs("jsonld", x));
    const expanded = (await jsonld.expand(doc, { documentLoader: offline as never })) as any[];
    assert.equal(expanded.length, doc["@graph"].length, `${name}: every node expands`);
    for (const node of expanded) assert.match(node["@id"], /^(urn:annalist:[0-9a-f]{16}(:[^\s]+)?|http:\/\/www\.wikidata\.org\/entity\/Q\d+)$/, `${name}: ${node["@id"]} is an absolute IRI`);
    const country = expanded.find((n) => n["@type"]?.includes(`${SCHEMA}Country`) && n["@id"].startsWith(WD));
    if (x.entities.some((e) => e.kind === "state" && e.wikidata)) {
      assert.ok(country, `${name}: a country with its Wikidata IRI`);
      assert.equal(country[`${SCHEMA}sameAs`][0]["@id"], country["@id"]);
    }
    const event = expanded.find((n) => n["@type"]?.includes(`${SCHEMA}Event`));
    if (x.events.length) assert.ok(event[`${SCHEMA}name`], `${name}: an event with its name`);
  }
});

test("gives hostile ids well-formed IRIs and keeps uncertain dates out of startDate", async () => {
  const x = hostileExtraction();
  const doc = JSON.parse(exportAs("jsonld", x));
  const nodes: any[] = doc["@graph"];
  for (const n of nodes) assert.match(n["@id"], /^(urn:annalist:[0-9a-f]{16}(:[A-Za-z0-9%._~!*'()-]+)?|http:\/\/www\.wikidata\.org\/entity\/Q\d+)$/);
  const march = nodes.find((n) => n.identifier === "march 1996/x");
  assert.equal(march["@type"], "Book");
  assert.equal(march["@id"], `${documentIri(x.text)}:bib-march%201996%2Fx`);
  assert.equal(march.datePublished, "1996");
  const v4 = nodes.find((n) => n.identifier === "v4");
  assert.equal(v4.startDate, undefined);
  assert.equal(v4.temporalCoverage, "1941-04~/1941-06");
  const treaty = nodes.find((n) => n.identifier === "t1");
  assert.equal(treaty["@type"], "Legislation");
  assert.equal(treaty.legislationDate, "1941-04-13");
  const japan = nodes.find((n) => n.identifier === "e1");
  assert.equal(japan["@id"], `${WD}Q17`);
  await jsonld.expand(doc, { documentLoader: offline as never });
});
