import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsFor } from "./fixtures.ts";
import type { EntitySpec } from "./fixtures.ts";

const ACTORS: EntitySpec[] = [
  { id: "fr", kind: "state", names: ["France", "French"] },
  { id: "pr", kind: "state", names: ["Prussia", "Prussian"] },
  { id: "uk", kind: "state", names: ["Britain", "British"] },
  { id: "nap", kind: "person", names: ["Napoleon"], memberOf: "fr" },
];

function modalities(text: string): [string, string, string][] {
  return eventsFor(text, ACTORS).events.map((e) => [e.trigger.text, e.type, e.modality]);
}

test("a plain past-tense event is asserted", () => {
  assert.deepEqual(modalities("Prussia attacked France."), [["attacked", "ASSAULT", "asserted"]]);
});

test("'did not' and 'chose not to' negate the event", () => {
  assert.deepEqual(modalities("France did not pay the indemnity to Prussia."), []);
  assert.deepEqual(modalities("France did not attack Prussia."), [["attack", "ASSAULT", "negated"]]);
  assert.deepEqual(modalities("Napoleon chose not to tell Britain of his plans to invade Prussia."), [["invade", "ASSAULT", "hypothetical"]]);
  assert.deepEqual(modalities("Napoleon chose not to attack Prussia."), [["attack", "ASSAULT", "negated"]]);
});

test("'refused to' negates the event it governs and is itself a rejection", () => {
  assert.deepEqual(modalities("Britain refused to sign the treaty with France."), [
    ["refused", "REJECT", "asserted"],
    ["sign", "AGREE", "negated"],
  ]);
});

test("a negated acceptance is recoded as a rejection", () => {
  assert.deepEqual(modalities("After the battle Prussia would not accept the terms."), [["accept the terms", "REJECT", "asserted"]]);
});

test("a refusal with an 'unless' condition on the other side is an ultimatum", () => {
  const [e] = eventsFor("Britain announced that she would not extend the treaty unless France withdrew from Belgium.", ACTORS).events;
  assert.equal(e.type, "THREATEN");
  assert.equal(e.modality, "reported");
});

test("a modal perfect without a condition is hypothetical", () => {
  assert.deepEqual(modalities("The French support of the rebels could have been viewed as an attack on Prussia."), [["attack", "ASSAULT", "hypothetical"]]);
});

test("an if-clause makes its events hypothetical", () => {
  assert.deepEqual(modalities("If Prussia were to attack France, Britain would send aid to France."), [
    ["attack", "ASSAULT", "hypothetical"],
    ["send aid", "AID", "hypothetical"],
  ]);
});

test("an inverted 'had' makes the whole sentence counterfactual, never asserted", () => {
  for (const text of [
    "Had France known of the plan, she would have attacked Prussia.",
    "Had Britain and France not signed the entente, Prussia would have invaded France.",
    "Further, had Prussia still been fighting France then Britain would have declared war on Prussia.",
  ]) {
    const found = modalities(text);
    assert.ok(found.length > 0, text);
    for (const [, , modality] of found) assert.equal(modality, "counterfactual", text);
  }
});

test("a condition with 'would have' is counterfactual", () => {
  const found = modalities("If this was the case Britain would have attacked France.");
  assert.deepEqual(found, [["attacked", "ASSAULT", "counterfactual"]]);
});

test("an event told in a 'claimed that' clause is reported; the claim itself stays asserted", () => {
  // the claim of another's attack is an accusation
  assert.deepEqual(modalities("Prussia claimed that France had attacked a Prussian patrol."), [
    ["attacked", "ASSAULT", "reported"],
    ["claimed", "ACCUSE", "asserted"],
  ]);
  assert.deepEqual(modalities("Britain threatened France, and Prussia said that Britain would attack France."), [
    ["threatened", "THREATEN", "asserted"],
    ["attack", "ASSAULT", "reported"],
  ]);
});

test("'would' in past narration is asserted and flagged as future-in-past", () => {
  const [e] = eventsFor("Later that year Prussia would invade France.", ACTORS).events;
  assert.equal(e.modality, "asserted");
  assert.equal(e.futureInPast, true);
});

test("an intention ('hoped that', 'offered to') makes the intended event hypothetical", () => {
  assert.deepEqual(modalities("Britain hoped that France would attack Prussia."), [["attack", "ASSAULT", "hypothetical"]]);
  assert.deepEqual(modalities("France offered to sell arms to Britain."), [
    ["offered", "COOPERATE", "asserted"],
    ["sell", "COOPERATE", "hypothetical"],
  ]);
});

test("implicative verbs keep the event asserted ('was able to', 'began to')", () => {
  assert.deepEqual(modalities("Prussia was able to defeat France."), [["defeat", "ASSAULT", "asserted"]]);
  assert.deepEqual(modalities("Britain began to reduce French rights in the colony."), [["reduce French rights", "SANCTION", "asserted"]]);
});
