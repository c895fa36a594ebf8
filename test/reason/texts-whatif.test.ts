// What-if scenarios on the development texts of ../shared (Wikipedia articles on diplomatic history and alliance
// passages): for each text with a treaty of mutual obligation, the duty the text states (or reads from a treaty's name,
// marked so), with the clause's span as evidence, and the scenarios it does not trigger. Skipped when ../shared is absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { root } from "../helpers.ts";
import { analyze } from "../../src/pipeline.ts";
import type { Extraction } from "../../src/schema.ts";
import { whatif, type WhatifAnswer } from "../../src/reason/index.ts";
import { StateResolver } from "../../src/treaties/states.ts";

const dir = `${root}../shared/corpus/`;
const cache = new Map<string, Extraction>();
const text = (file: string) => {
  if (!cache.has(file)) cache.set(file, analyze(readFileSync(dir + file, "utf8"), { name: file }));
  return cache.get(file)!;
};
const missing = (file: string) => !existsSync(dir + file) && "no ../shared corpus";

/** The obligations of a scenario as "country duty treaty" lines, the country being the state's lineage. */
function duties(x: Extraction, r: WhatifAnswer): string[] {
  const resolver = new StateResolver(x.entities);
  const country = (id: string) => {
    const e = resolver.entity(id);
    return e ? resolver.memberOf(e)?.country ?? e.label : id;
  };
  return r.obligations.map((o) => `${country(o.party.id)} ${o.duty} ${o.treaty.name}`).sort();
}

/** Every obligation cites the span of its clause, and that span lies in the text. */
function evidenced(x: Extraction, r: WhatifAnswer): void {
  for (const o of r.obligations) {
    const t = x.treaties.find((t) => t.id === o.treaty.id)!;
    const c = t.clauses[o.clause];
    assert.deepEqual(o.evidence, [{ start: c.start, end: c.end, citations: c.citations }]);
    assert.ok(c.end > c.start && c.end <= x.text.length);
  }
}

function scenario(file: string, attacker: string, target: string, date: string) {
  const x = text(file);
  const r = whatif(x, { attacker, target, date });
  evidenced(x, r);
  return { x, r, duties: duties(x, r) };
}

const CONTINUATION = "dev/continuation-war.txt";
test("continuation-war: the Molotov–Ribbentrop Pact binds the attacker to non-aggression while in force, and not before its signing", { skip: missing(CONTINUATION) }, () => {
  assert.deepEqual(scenario(CONTINUATION, "Germany", "Soviet Union", "1941-06-22").duties, ["Germany non_aggression Molotov–Ribbentrop Pact"]);
  assert.deepEqual(scenario(CONTINUATION, "Soviet Union", "Germany", "1940-01-01").duties, ["Russia non_aggression Molotov–Ribbentrop Pact"]);
  const before = scenario(CONTINUATION, "Germany", "Soviet Union", "1939-08-01");
  assert.deepEqual(before.duties, []);
  assert.ok(before.r.notInForce.some((n) => n.treaty.name === "Molotov–Ribbentrop Pact" && n.why === "not yet signed (1939-08-23)"));
  const peace = scenario(CONTINUATION, "Finland", "Soviet Union", "1941-06-25");
  assert.ok(peace.r.unknown.some((u) => u.treaty.name === "Moscow Peace Treaty" && /states none of its clauses/.test(u.why)), "a treaty with no clause stated is unknown, not 'no obligation'");
});

const KELLOGG = "dev/kellogg-briand-pact.txt";
test("kellogg-briand-pact: every party that renounced war, signatory or ratifier, must refrain from aggression", { skip: missing(KELLOGG) }, () => {
  assert.deepEqual(scenario(KELLOGG, "Italy", "Ethiopia", "1935-10-03").duties, ["Italy non_aggression Kellogg–Briand Pact"]);
  assert.deepEqual(scenario(KELLOGG, "Soviet Union", "Finland", "1939-11-30").duties, ["Russia non_aggression Kellogg–Briand Pact"]);
  assert.deepEqual(scenario(KELLOGG, "Japan", "China", "1931-09-18").duties, ["Japan non_aggression Kellogg–Briand Pact"]);
  const r = scenario(KELLOGG, "Italy", "Ethiopia", "1935-10-03").r;
  assert.ok(!r.obligations.some((o) => o.duty === "assist"), "the pact obliges no one to assist the attacked");
  assert.ok(r.breaches.some((b) => b.treaty.name === "Kellogg–Briand Pact"));
});

const BALKAN = "dev/balkan-wars.txt";
test("balkan-wars: the Balkan League, read as an alliance from what the text calls it, binds the other members when one is attacked", { skip: missing(BALKAN) }, () => {
  assert.deepEqual(scenario(BALKAN, "Ottoman Empire", "Bulgaria", "1912-10-17").duties, ["Greece assist Balkan League", "Montenegro assist Balkan League", "Serbia assist Balkan League"]);
  assert.deepEqual(scenario(BALKAN, "Ottoman Empire", "Serbia", "1912-10-17").duties, ["Bulgaria assist Balkan League", "Greece assist Balkan League", "Montenegro assist Balkan League"]);
  const greece = scenario(BALKAN, "Ottoman Empire", "Greece", "1912-10-17");
  assert.deepEqual(greece.duties, ["Bulgaria assist Balkan League", "Montenegro assist Balkan League", "Serbia assist Balkan League"]);
  assert.ok(greece.r.obligations.every((o) => /reading of the name/.test(o.why)), "a duty read from a name says so");
});

const ITALO = "dev/first-italo-ethiopian-war.txt";
test("first-italo-ethiopian-war: Italy's Triple Alliance with Austria and Germany binds the partners of an attacked member; France, its aim, is no party", { skip: missing(ITALO) }, () => {
  assert.deepEqual(scenario(ITALO, "France", "Italy", "1885-01-01").duties, ["Austria assist Triple Alliance", "Germany assist Triple Alliance"]);
  assert.deepEqual(scenario(ITALO, "France", "Germany", "1890-01-01").duties, ["Austria assist Triple Alliance", "Italy assist Triple Alliance"]);
  assert.deepEqual(scenario(ITALO, "Russia", "Austria-Hungary", "1890-01-01").duties, ["Germany assist Triple Alliance", "Italy assist Triple Alliance"]);
  assert.deepEqual(scenario(ITALO, "France", "Italy", "1881-01-01").duties, [], "not before 1882");
});

const REINSURANCE = "treaties/reinsurance-treaty.txt";
test("reinsurance-treaty: mutual support in the case that France attacked Germany or Austria attacked Russia, and in no other case", { skip: missing(REINSURANCE) }, () => {
  assert.ok(scenario(REINSURANCE, "France", "Germany", "1888-01-01").duties.includes("Russia assist Reinsurance Treaty"));
  assert.ok(scenario(REINSURANCE, "Austria-Hungary", "Russia", "1888-01-01").duties.includes("Germany assist Reinsurance Treaty"));
  const other = scenario(REINSURANCE, "France", "Russia", "1888-01-01");
  assert.ok(!other.duties.some((d) => d.endsWith("Reinsurance Treaty")));
  assert.ok(other.r.notTriggered.some((n) => n.treaty.name === "Reinsurance Treaty"));
});

const DUNKIRK = "treaties/treaty-of-dunkirk.txt";
test("treaty-of-dunkirk: assistance in the event of an attack by Germany or the Soviet Union, not by another power", { skip: missing(DUNKIRK) }, () => {
  assert.deepEqual(scenario(DUNKIRK, "Germany", "France", "1948-01-01").duties, ["United Kingdom assist Treaty of Dunkirk"]);
  assert.deepEqual(scenario(DUNKIRK, "Soviet Union", "United Kingdom", "1948-01-01").duties, ["France assist Treaty of Dunkirk"]);
  const italy = scenario(DUNKIRK, "Italy", "France", "1948-01-01");
  assert.deepEqual(italy.duties, []);
  assert.ok(italy.r.notTriggered.some((n) => /attack by Germany/.test(n.why)));
});

const THAI = "treaties/thai-japanese-1941.txt";
test("thai-japanese-1941: Thailand undertook to assist Japan in its war against the Allies, from the alliance's signing on", { skip: missing(THAI) }, () => {
  assert.deepEqual(scenario(THAI, "United Kingdom", "Japan", "1942-02-01").duties, ["Thailand assist military alliance between Japan and Thailand"]);
  assert.deepEqual(scenario(THAI, "United States", "Japan", "1942-02-01").duties, ["Thailand assist military alliance between Japan and Thailand"]);
  assert.deepEqual(scenario(THAI, "United States", "Japan", "1941-12-10").duties, [], "before 21 December 1941");
});

const LATVIA = "treaties/latvia-1923-1939.txt";
test("latvia-1923-1939: the military alliance binds Estonia when Latvia is attacked; the non-aggression treaty binds Germany from June 1939", { skip: missing(LATVIA) }, () => {
  assert.ok(scenario(LATVIA, "Soviet Union", "Latvia", "1930-01-01").duties.includes("Estonia assist military alliance between Latvia and Estonia"));
  assert.ok(scenario(LATVIA, "Germany", "Latvia", "1939-09-01").duties.includes("Germany non_aggression non-aggression treaty between Latvia and Nazi Germany"));
  assert.ok(!scenario(LATVIA, "Germany", "Latvia", "1939-05-01").duties.some((d) => d.includes("non-aggression treaty between")));
});
