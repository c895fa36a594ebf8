import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeWith } from "../treaties/fixtures.ts";
import { alliance, expiring, neutrality, noClauses, nonAggression, nonAid, states } from "../treaties/texts.ts";
import { whatif, whatifText } from "../../src/reason/index.ts";
import { AnnalistError } from "../../src/errors.ts";
import { WhatifResult } from "../../src/schema.ts";

const x = (text: string) => analyzeWith(text, states).extraction;
const duties = (r: { obligations: { party: { id: string }; duty: string }[] }) => r.obligations.map((o) => `${o.party.id} ${o.duty}`).sort();

test("a third power attacking a party leaves the other party bound to neutrality, with the clause as evidence", () => {
  const ex = x(neutrality);
  const r = whatif(ex, { attacker: "Germany", target: "Soviet Union", date: "1941-06-22" });
  assert.deepEqual(duties(r), ["s-jpn neutral"]);
  const clause = ex.treaties[0].clauses[r.obligations[0].clause];
  assert.deepEqual(r.obligations[0].evidence, [{ start: clause.start, end: clause.end, citations: clause.citations }]);
  assert.ok(WhatifResult.safeParse(r).success);
});

test("a party attacking a third power also triggers the neutrality of the other party (hostilities either way)", () => {
  const r = whatif(x(neutrality), { attacker: "Japan", target: "United States", date: "1941-12-07" });
  assert.deepEqual(duties(r), ["s-ussr neutral"]);
});

test("a party attacking its partner under a neutrality treaty in force is a breach by the attacker, not a duty of neutrality", () => {
  const r = whatif(x(neutrality), { attacker: "Japan", target: "Soviet Union", date: "1942-01-01" });
  assert.deepEqual(duties(r), []);
  assert.deepEqual(r.breaches.map((b) => b.party.id), ["s-jpn"]);
});

test("a denounced treaty is not in force after its denunciation, so the attack breaches nothing", () => {
  const r = whatif(x(neutrality), { attacker: "Soviet Union", target: "Japan", date: "1945-08-09" });
  assert.deepEqual(r.breaches, []);
  assert.deepEqual(r.notInForce.map((n) => n.why), ["denounced 1945-04-05"]);
});

test("a treaty is not in force before its signing", () => {
  const r = whatif(x(neutrality), { attacker: "Germany", target: "Soviet Union", date: "1941-04-01" });
  assert.deepEqual(r.obligations, []);
  assert.deepEqual(r.notInForce.map((n) => n.why), ["not yet signed (1941-04-13)"]);
});

test("an expired treaty binds no one after its expiry, and did before", () => {
  const ex = x(expiring);
  const after = whatif(ex, { attacker: "Germany", target: "Japan", date: "1925-01-01" });
  assert.deepEqual(after.obligations, []);
  assert.deepEqual(after.notInForce.map((n) => n.why), ["expired 1923-08-17"]);
  const before = whatif(ex, { attacker: "Germany", target: "Japan", date: "1914-08-23" });
  assert.deepEqual(duties(before), ["s-gbr assist"]);
});

test("a clause for unprovoked attacks binds only when the attack is said to be unprovoked", () => {
  const ex = x(nonAid);
  const open = whatif(ex, { attacker: "Soviet Union", target: "Japan", date: "1938-07-29" });
  assert.ok(!open.obligations.some((o) => o.duty === "not_aid"));
  assert.deepEqual(open.conditional.map((c) => `${c.party.id} ${c.duty}`), ["s-ger not_aid"]);
  const unprovoked = whatif(ex, { attacker: "Soviet Union", target: "Japan", date: "1938-07-29", unprovoked: true });
  assert.ok(unprovoked.obligations.some((o) => o.party.id === "s-ger" && o.duty === "not_aid"));
  assert.equal(unprovoked.scenario.provoked, false);
});

test("a clause about attacks by a named state is not triggered by another attacker", () => {
  const r = whatif(x(nonAid), { attacker: "Italy", target: "Japan", date: "1938-07-29", unprovoked: true });
  assert.ok(!r.obligations.some((o) => o.duty === "not_aid"));
  assert.ok(r.notTriggered.some((n) => /attack by Soviet Union, not by Italy/.test(n.why)));
});

test("Article 3 binds the other parties against a power not yet at war, never when a party is the attacker", () => {
  const ex = x(alliance);
  const byOutsider = whatif(ex, { attacker: "United States", target: "Japan", date: "1941-01-01" });
  assert.deepEqual(duties(byOutsider), ["s-ger declare_war", "s-ita declare_war"]);
  const byParty = whatif(ex, { attacker: "Japan", target: "United States", date: "1941-12-07" });
  assert.deepEqual(byParty.obligations, []);
});

test("Article 3 is not triggered by a power the text shows already at war", () => {
  const ex = x(alliance);
  ex.events.push({
    id: "v-test", type: "ASSAULT", cameo: "190", trigger: { start: 0, end: 2, text: "In" }, sentence: 0,
    source: ["s-usa"], target: ["s-ger"], date: "1941-03-01", place: null, modality: "asserted", citations: [],
  });
  const r = whatif(ex, { attacker: "United States", target: "Japan", date: "1941-06-01" });
  assert.deepEqual(r.obligations, []);
  assert.ok(r.notTriggered.some((n) => /already at war/.test(n.why)));
});

test("a non-aggression pact in force makes an attack between its parties a breach by the attacker", () => {
  const r = whatif(x(nonAggression), { attacker: "Germany", target: "Soviet Union", date: "1941-06-22" });
  assert.deepEqual(r.breaches.map((b) => `${b.party.id} ${b.treaty.name}`), ["s-ger German-Soviet Non-aggression Pact"]);
});

test("never states an obligation that no clause supports: treaties without clauses oblige no one", () => {
  const ex = x(noClauses);
  for (const [a, t] of [["Japan", "Soviet Union"], ["Soviet Union", "Japan"], ["Germany", "Japan"], ["Germany", "Soviet Union"]]) {
    const r = whatif(ex, { attacker: a, target: t, date: "1930-01-01", unprovoked: true });
    assert.deepEqual([r.obligations, r.breaches, r.conditional], [[], [], []]);
  }
});

test("every obligation's evidence is the span of the clause it cites, on the essay of texts", () => {
  for (const text of [neutrality, expiring, nonAid, alliance, nonAggression]) {
    const ex = x(text);
    for (const a of ["Germany", "Japan", "Soviet Union", "United States", "Italy"]) {
      for (const t of ["Germany", "Japan", "Soviet Union", "United States"]) {
        if (a === t) continue;
        const r = whatif(ex, { attacker: a, target: t, date: "1941-06-22", unprovoked: true });
        for (const o of r.obligations) {
          const clause = ex.treaties.find((tr) => tr.id === o.treaty.id)!.clauses[o.clause];
          assert.ok(clause.duties?.some((d) => d.does === o.duty), `${o.duty} not a duty of the clause`);
          assert.deepEqual(o.evidence[0], { start: clause.start, end: clause.end, citations: clause.citations });
        }
      }
    }
  }
});

test("resolves actors by Wikidata id, alias and seat of government, and by date to the state of that date", () => {
  const ex = x(neutrality + " Russia had fought Japan in 1904.");
  assert.equal(whatif(ex, { attacker: "Q183", target: "Q15180", date: "1941-06-22" }).scenario.target, "s-ussr");
  assert.equal(whatif(ex, { attacker: "Germany", target: "USSR", date: "1941-06-22" }).scenario.target, "s-ussr");
  assert.equal(whatif(ex, { attacker: "s-ger", target: "s-ussr", date: "1941-06-22" }).scenario.target, "s-ussr", "the document's own entity ids");
  assert.equal(whatif(ex, { attacker: "Germany", target: "Moscow", date: "1941-06-22" }).scenario.target, "s-ussr");
  assert.equal(whatif(ex, { attacker: "Japan", target: "Russia", date: "1941-06-22" }).scenario.target, "s-ussr", "Russia in 1941 is the Soviet Union");
  assert.equal(whatif(ex, { attacker: "Japan", target: "Soviet Union", date: "1904-02-08" }).scenario.target, "s-rus", "the Soviet Union in 1904 is the Russian Empire");
});

test("an unknown actor or a bad date is a clear error naming it", () => {
  const ex = x(neutrality);
  assert.throws(() => whatif(ex, { attacker: "Atlantis", target: "Japan", date: "1941-06-22" }), (e: unknown) => e instanceof AnnalistError && /Atlantis/.test(e.message) && e.code === "UNKNOWN_ACTOR");
  assert.throws(() => whatif(ex, { attacker: "Germany", target: "Japan", date: "22 June 1941" }), (e: unknown) => e instanceof AnnalistError && /YYYY-MM-DD/.test(e.message));
  assert.throws(() => whatif(ex, { attacker: "USSR", target: "Soviet Union", date: "1941-06-22" }), /same state/);
});

test("explains every answer in one readable line", () => {
  const r = whatif(x(neutrality), { attacker: "Germany", target: "Soviet Union", date: "1941-06-22" });
  const lines = whatifText(r).split("\n");
  assert.match(lines[0], /^If Germany attacks Soviet Union on 1941-06-22:/);
  assert.match(lines[1], /^ {2}obligation: Japan must remain neutral under the neutrality clause of the Neutrality Pact .*signed 1941-04-13.*Soviet Union, a party, is at war with Germany, a third party/);
  assert.equal(lines.length, 1 + r.obligations.length + r.breaches.length + r.notTriggered.length + r.notInForce.length + r.conditional.length);
});
