import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeWith } from "./fixtures.ts";
import { alliances, states } from "./texts.ts";
import { whatif } from "../../src/reason/index.ts";

const extraction = () => analyzeWith(alliances, states).extraction;
const byName = (name: string) => extraction().treaties.find((t) => t.name === name) as any;

test("reads a treaty described by a copula: 'X was a secret agreement between A, B and C, signed in P on D'", () => {
  const t = byName("Triple Alliance");
  assert.equal(t.signed, "1882-05-20");
  assert.equal(t.place, "p-vienna");
  assert.deepEqual([...t.parties].sort(), ["s-aut", "s-ger", "s-ita"]);
});

test("reads a condition that follows the duty ('promised mutual support in the event of an attack by any other great power')", () => {
  const c = byName("Triple Alliance").clauses[0];
  assert.equal(c.kind, "mutual_assistance");
  assert.deepEqual(c.trigger, { attacker: "third_party", target: "either", provoked: "any", mode: "attacked" });
  assert.equal(c.duty.who, "all");
});

test("reads a passive condition with named states: the attacked state, the attacker after 'by', the state bound", () => {
  const t = byName("Franco-Russian Alliance");
  assert.deepEqual([...t.parties].sort(), ["s-fra", "s-rus"], "Germany, named in the clause, is no party");
  const c = t.clauses[0];
  assert.deepEqual(c.trigger, { attacker: "s-ger", target: "s-fra", provoked: "any", mode: "attacked" });
  assert.deepEqual(c.duty, { who: "s-rus", does: "assist" });
});

test("binds Russia when Germany attacks France, and no one when Germany attacks Russia", () => {
  const x = extraction();
  const r = whatif(x, { attacker: "Germany", target: "France", date: "1914-08-03" });
  assert.ok(r.obligations.some((o) => o.party.id === "s-rus" && o.duty === "assist" && o.treaty.name === "Franco-Russian Alliance"));
  const other = whatif(x, { attacker: "Germany", target: "Russia", date: "1914-08-01" });
  assert.ok(!other.obligations.some((o) => o.treaty.name === "Franco-Russian Alliance"));
});

test("a denounced alliance binds no one after the denunciation", () => {
  const r = whatif(extraction(), { attacker: "France", target: "Italy", date: "1915-06-01" });
  assert.deepEqual(r.obligations, []);
  assert.ok(r.notInForce.some((n) => n.treaty.name === "Triple Alliance" && n.why === "denounced 1915-05-03"));
});

test("reads 'it was annulled by …' as the end of the treaty mentioned just before", () => {
  const t = byName("Treaty of Brest-Litovsk");
  assert.equal(t.signed, "1918-03-03");
  assert.equal(t.denounced, "1918-11-11");
});
