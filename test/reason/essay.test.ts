import { test } from "node:test";
import assert from "node:assert/strict";
import { essayExtraction, gold } from "../helpers.ts";
import { relations, whatif } from "../../src/reason/index.ts";

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
const isActor = (p: { label: string; wikidata: string | null }, key: string) => {
  const a = gold.actors[key];
  return (p.wikidata && a.qids.includes(p.wikidata)) || a.labels.some((l: string) => norm(l) === norm(p.label));
};
const isTreaty = (t: { name: string }, id: string) =>
  gold.treaties.find((g: any) => g.id === id).names.some((n: string) => norm(t.name).includes(norm(n)) || norm(n).includes(norm(t.name)));

test("answers the essay's what-if cases of the gold, with evidence, and none of their forbidden answers", { skip: !gold && "no gold" }, () => {
  const x = essayExtraction();
  for (const w of gold.whatif) {
    const r = whatif(x, { attacker: gold.actors[w.attacker].labels[0], target: gold.actors[w.target].labels[0], date: w.date });
    for (const e of w.expect) {
      const o = r.obligations.find((ob) => isActor(ob.party, e.party) && ob.duty === e.duty && isTreaty(ob.treaty, e.treaty));
      assert.ok(o, `${w.id}: ${e.party} ${e.duty} under ${e.treaty} expected`);
      assert.ok(o.evidence.length > 0 && o.evidence[0].citations.length > 0, `${w.id}: evidence with a citation`);
    }
    for (const n of w.not ?? []) {
      assert.ok(!r.obligations.some((ob) => isActor(ob.party, n.party) && ob.duty === n.duty && (!n.treaty || isTreaty(ob.treaty, n.treaty))), `${w.id}: ${n.party} ${n.duty} must not hold`);
    }
  }
});

test("the Soviet attack of August 9, 1945 breaches no treaty: the Neutrality Pact was denounced and had expired", () => {
  const r = whatif(essayExtraction(), { attacker: "USSR", target: "Japan", date: "1945-08-09" });
  assert.deepEqual(r.breaches, []);
  const nip = r.notInForce.find((n) => /Neutrality/.test(n.treaty.name));
  assert.ok(nip);
  assert.match(nip.why, /denounced 1945-04-09/);
  assert.match(nip.why, /expired 1945-04-12/);
});

test("Germany's attack of June 22, 1941 breaches the Russo-German Non-aggression Pact", () => {
  const r = whatif(essayExtraction(), { attacker: "Germany", target: "Soviet Union", date: "1941-06-22" });
  assert.ok(r.breaches.some((b) => /Non-aggression/.test(b.treaty.name) && b.party.wikidata !== null && /German/.test(b.party.label)));
});

test("lists the treaties binding Japan and the Soviet Union in order, from the 1925 treaty to the Neutrality Pact", () => {
  const r = relations(essayExtraction(), "Q17", "Q15180");
  const names = r.treaties.map((t) => t.treaty.name);
  const i1925 = names.findIndex((n) => /1925/.test(n));
  const iNeutral = names.findIndex((n) => /Neutrality/.test(n));
  assert.ok(i1925 >= 0 && iNeutral > i1925, names.join(" | "));
  const neutral = r.treaties[iNeutral];
  assert.equal(neutral.inForceFrom, "1941-04-13");
  assert.equal(neutral.inForceTo, "1945-04-08");
  assert.deepEqual(neutral.clauses, ["neutrality"]);
  const signed = r.treaties.filter((t) => t.signed).map((t) => t.signed!);
  assert.deepEqual(signed, [...signed].sort());
});
