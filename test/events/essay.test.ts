import { test } from "node:test";
import assert from "node:assert/strict";
import { essay, essayExtraction, gold } from "../helpers.ts";
import { Event, Quantity } from "../../src/schema.ts";

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

test("events and quantities of the essay follow the contract and point into the text", () => {
  const ex = essayExtraction();
  assert.ok(ex.events.length > 50);
  const ids = new Set<string>();
  const entityIds = new Set(ex.entities.map((e) => e.id));
  for (const e of ex.events) {
    Event.parse(e);
    assert.ok(!ids.has(e.id));
    ids.add(e.id);
    assert.equal(essay.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    const s = ex.sentences[e.sentence];
    assert.ok(s.start <= e.trigger.start && e.trigger.end <= s.end, `${e.id} lies in its sentence`);
    for (const id of [...e.source, ...e.target, ...(e.place ? [e.place] : [])]) assert.ok(entityIds.has(id), `${e.id}: ${id} is an entity`);
    assert.ok(e.source.length + e.target.length > 0, `${e.id} has an actor`);
    for (const c of e.citations) assert.ok(ex.citations[c]);
    for (const q of e.quantities ?? []) assert.ok(ex.quantities[q]);
  }
  for (const q of ex.quantities) {
    Quantity.parse(q);
    assert.equal(essay.slice(q.start, q.end), q.text);
  }
});

test("no asserted event in the essay's negated, hypothetical and counterfactual passages", { skip: !gold }, () => {
  const ex = essayExtraction();
  for (const g of gold.negatives) {
    const inside = ex.events.filter((e) => overlaps(e.trigger, g));
    for (const e of inside) assert.notEqual(e.modality, "asserted", `${g.id}: "${e.trigger.text}" in "${g.context}"`);
  }
});

test("the essay's counterfactual sentences produce counterfactual events", () => {
  const ex = essayExtraction();
  const had = ex.sentences.filter((s) => /^(Had|Further, had) /.test(essay.slice(s.start, s.end)));
  assert.ok(had.length >= 2);
  for (const s of had) {
    const events = ex.events.filter((e) => overlaps(e.trigger, s));
    for (const e of events) assert.equal(e.modality, "counterfactual", e.trigger.text);
  }
});

test("finds the essay's money, force and distance quantities", () => {
  const ex = essayExtraction();
  const find = (text: string) => ex.quantities.find((q) => q.text === text);
  assert.deepEqual([find("411,700,000 rubles")?.value, find("411,700,000 rubles")?.unit], [411700000, "RUB"]);
  assert.equal(find("250 million rubles")?.value, 250000000);
  assert.equal(find("100 million Chinese dollars")?.unit, "CNY");
  assert.equal(find("1.6 million men")?.value, 1600000);
  assert.equal(find("175,000 troops")?.unit, "troops");
  assert.equal(find("a kilometer")?.unit, "km");
});

test("most events of the essay carry a citation", () => {
  const ex = essayExtraction();
  const cited = ex.events.filter((e) => e.citations.length > 0).length;
  assert.ok(cited / ex.events.length > 0.8, `${cited}/${ex.events.length}`);
});

test("finds the dev gold's events with their participants", { skip: !gold }, () => {
  const ex = essayExtraction();
  const ent = new Map(ex.entities.map((e) => [e.id, e]));
  const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'");
  const keys = (ids: string[]) => {
    const out = new Set<string>();
    for (const id of ids) {
      const e = ent.get(id);
      if (!e) continue;
      for (const [k, a] of Object.entries<any>(gold.actors)) {
        if ((e.wikidata && a.qids.includes(e.wikidata)) || a.labels.some((l: string) => norm(l) === norm(e.label))) {
          out.add(k);
          if (gold.member_of[k]) out.add(gold.member_of[k]);
        }
      }
    }
    return out;
  };
  let found = 0;
  for (const g of gold.events) {
    const sent = ex.sentences.find((s) => overlaps(s, g))!;
    const hit = ex.events.some((e) => overlaps(e.trigger, sent) && !["negated", "hypothetical", "counterfactual"].includes(e.modality)
      && g.types.includes(e.type) && g.participants.every((p: string) => keys([...e.source, ...e.target]).has(p))
      && (g.source.length === 0 || g.source.some((p: string) => keys(e.source).has(p))));
    if (hit) found++;
  }
  assert.ok(found / gold.events.length >= 0.85, `recall ${found}/${gold.events.length}`);
});
