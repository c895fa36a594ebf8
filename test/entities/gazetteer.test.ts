import { test } from "node:test";
import assert from "node:assert/strict";
import { AnnalistError } from "../../src/errors.ts";
import { gazetteer, parseGazetteer } from "../../src/entities/gazetteer.ts";
import { entityAt, mentionsIn } from "../../src/entities/index.ts";
import { TokenTrie, foldKey, nameKeys } from "../../src/entities/trie.ts";
import type { Entity } from "../../src/schema.ts";

test("every gazetteer entry names its source, and states of the period carry validity and capitals", () => {
  const gaz = gazetteer();
  assert.ok(gaz.entries.length > 150);
  for (const e of gaz.entries) {
    assert.ok(e.source.length > 5, `${e.id} has a source note`);
    if (e.wikidata === null) assert.match(e.source, /not verified|Wikidata/, `${e.id} says why it has no Wikidata id`);
    if (e.kind === "place") assert.ok(e.coords, `${e.id} has coordinates`);
  }
  const ussr = gaz.byId.get("soviet-union")!;
  assert.equal(ussr.wikidata, "Q15180");
  assert.deepEqual(ussr.valid, [1922, 1991]);
  assert.equal(ussr.capitals[0].place, "moscow");
});

test("a broken gazetteer is rejected with a clear error naming the entry", () => {
  const entry = { id: "x", label: "X", kind: "state", wikidata: null, source: "test" };
  assert.throws(() => parseGazetteer({ _source: "t", version: "1", entries: [entry, entry] }), (e: unknown) => e instanceof AnnalistError && /duplicate gazetteer id x/.test(e.message));
  assert.throws(() => parseGazetteer({ _source: "t", version: "1", entries: [{ ...entry, memberOf: "nowhere" }] }), /unknown id nowhere/);
  assert.throws(() => parseGazetteer({ _source: "t", version: "1", entries: [{ ...entry, wikidata: "15180" }] }), /entries\.0\.wikidata/);
});

test("names fold case, diacritics, typographic apostrophes and possessives into one key", () => {
  assert.deepEqual(nameKeys("Shigenori Tōgō"), ["shigenori", "togo"]);
  assert.deepEqual(nameKeys("Alma-Ata"), ["alma", "-", "ata"]);
  assert.equal(foldKey("Japan’s"), "japan");
  assert.equal(foldKey("Worker’s"), "worker");
});

test("the token trie finds the longest stored name at a position", () => {
  const trie = new TokenTrie<string>();
  trie.insert(["soviet"], "demonym");
  trie.insert(["soviet", "union"], "state");
  trie.insert(["soviet", "union", "of", "x"], "never complete");
  const keys = ["the", "soviet", "union", "of", "socialist"];
  assert.deepEqual(trie.longest(keys, 1), { end: 3, values: ["state"] });
  assert.equal(trie.longest(keys, 0), null);
  assert.deepEqual(trie.longest(keys, 1, 2), { end: 2, values: ["demonym"] });
});

test("entityAt returns the entity of the longest mention covering an offset; mentionsIn lists overlaps in order", () => {
  const ents: Entity[] = [
    { id: "e1", label: "Japan", kind: "state", wikidata: "Q17", mentions: [{ start: 0, end: 8, text: "Japanese" }] },
    { id: "e2", label: "Japanese Foreign Ministry", kind: "organization", wikidata: null, mentions: [{ start: 0, end: 25, text: "Japanese Foreign Ministry" }] },
    { id: "e3", label: "Tokyo", kind: "place", wikidata: "Q1490", mentions: [{ start: 40, end: 45, text: "Tokyo" }] },
  ];
  assert.equal(entityAt(ents, 3)?.id, "e2");
  assert.equal(entityAt(ents, 41)?.id, "e3");
  assert.equal(entityAt(ents, 30), null);
  assert.deepEqual(mentionsIn(ents, 0, 50).map((r) => r.entity.id), ["e2", "e1", "e3"]);
  assert.deepEqual(mentionsIn(ents, 26, 40).map((r) => r.entity.id), []);
});
