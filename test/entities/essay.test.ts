import { test } from "node:test";
import assert from "node:assert/strict";
import { essay, gold } from "../helpers.ts";
import { entitiesOf } from "./support.ts";

const entities = entitiesOf(essay);
const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();

test("every gold actor of the essay is found, and linked to an accepted Wikidata id where it has one", { skip: !gold }, () => {
  for (const [key, actor] of Object.entries(gold.actors as Record<string, { qids: string[]; labels: string[] }>)) {
    const hits = entities.filter((e) => (e.wikidata && actor.qids.includes(e.wikidata)) || actor.labels.some((l) => norm(l) === norm(e.label)));
    assert.ok(hits.length > 0, `${key} found`);
    if (actor.qids.length) assert.ok(hits.some((e) => e.wikidata && actor.qids.includes(e.wikidata)), `${key} linked`);
  }
});

test("people act for the states the gold says", { skip: !gold }, () => {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const [person, state] of Object.entries(gold.member_of as Record<string, string>)) {
    const a = gold.actors[person];
    const p = entities.find((e) => (e.wikidata && a.qids.includes(e.wikidata)) || a.labels.some((l: string) => norm(l) === norm(e.label)));
    const s = p?.memberOf ? byId.get(p.memberOf) : undefined;
    const g = gold.actors[state];
    assert.ok(s && ((s.wikidata && g.qids.includes(s.wikidata)) || g.labels.some((l: string) => norm(l) === norm(s.label))), `${person} acts for ${state}`);
  }
});

test("the essay's places carry coordinates", () => {
  for (const name of ["Vladivostok", "Harbin", "Changkufeng", "Buir Nor", "Canton", "Alma Ata", "Sinkiang", "Lanchow", "Khabarovsk", "Blagoveshchensk", "Mukden", "Port Arthur", "Talien", "Pearl Harbor", "Sakhalin", "Manchuria", "Siberia", "Yalta"]) {
    const at = essay.indexOf(name);
    const e = entities.find((x) => x.mentions.some((m) => m.start === at));
    assert.ok(e, `${name} is a mention`);
    assert.equal(e.kind, "place", name);
    assert.ok(e.coords, `${name} has coordinates`);
  }
});

test("mentions lie in the narrative body, outside citations, with their exact text", () => {
  const worksCited = essay.indexOf("Works Cited:");
  const citation = /\((?:Jones|March|Eudin)[^)]*\)/g;
  const citeSpans = [...essay.matchAll(citation)].map((m) => [m.index!, m.index! + m[0].length]);
  for (const e of entities) {
    for (const m of e.mentions) {
      assert.equal(essay.slice(m.start, m.end), m.text);
      assert.ok(m.end <= worksCited, `${m.text} before the bibliography`);
      assert.ok(!citeSpans.some(([s, t]) => m.start >= s && m.end <= t), `${m.text} at ${m.start} is not inside a citation`);
    }
  }
});

test("ids run e1… in order of first mention and memberOf points at an entity", () => {
  const ids = new Set(entities.map((e) => e.id));
  entities.forEach((e, i) => assert.equal(e.id, `e${i + 1}`));
  for (const e of entities) if (e.memberOf) assert.ok(ids.has(e.memberOf), `${e.label} memberOf ${e.memberOf}`);
  const firsts = entities.filter((e) => e.mentions.length).map((e) => e.mentions[0].start);
  assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
});

test("named organisations, units, railways and treaties of the essay are entities", () => {
  const labels = new Set(entities.map((e) => e.label));
  for (const name of ["North Sakhalin Petroleum Company", "Kwantung Army", "Transbaikal Front", "Chinese Eastern Railway", "USS Missouri", "Tripartite Pact", "Treaty of Portsmouth", "Soviet State Fishery Organization"]) {
    assert.ok(labels.has(name), name);
  }
  assert.equal(entities.find((e) => e.label === "Kwantung Army")?.kind, "organization");
  assert.equal(entities.find((e) => e.label === "Tripartite Pact")?.kind, "treaty");
});
