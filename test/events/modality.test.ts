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

test("a future in a that-complement is what was agreed or foreseen, not an act told as done", () => {
  // 'would': the content of an agreement or statement; 'will': still to come
  assert.deepEqual(modalities("The conference reached agreement that Britain would invade France within three months."), [["invade", "ASSAULT", "reported"]]);
  assert.deepEqual(modalities("The treaty provided that Prussia would withdraw its troops from France."), [["withdraw", "RETREAT", "reported"]]);
  assert.deepEqual(modalities("The accord establishes that British forces will withdraw from French cities by 1950."), [["withdraw", "RETREAT", "hypothetical"]]);
  // a relative clause's 'would' is the narrator's future-in-past, still asserted
  const [e] = eventsFor("Napoleon, who would later invade Prussia, was crowned.", ACTORS).events;
  assert.equal(e.modality, "asserted");
});

test("a choice between acts ('choose between … or', 'either … or') asserts none of them", () => {
  assert.deepEqual(modalities("France was forced to choose between abandoning its claims, or seizing the colony from Britain by force."), [["seizing", "COERCE", "hypothetical"]]);
  assert.deepEqual(modalities("Prussia had to choose between fighting France and withdrawing from the Rhine."), [
    ["fighting", "ASSAULT", "hypothetical"],
    ["withdrawing", "RETREAT", "hypothetical"],
  ]);
  assert.deepEqual(modalities("Napoleon could either attack Prussia or invade Britain."), [["invade", "ASSAULT", "hypothetical"]]);
  // 'on either side' offers no choice
  assert.deepEqual(modalities("France attacked Prussia on either side of the Rhine."), [["attacked", "ASSAULT", "asserted"]]);
});

test("a passive permission ('was allowed to land') tells that the act took place", () => {
  assert.deepEqual(modalities("Napoleon was allowed to land at Fréjus on 9 October."), [["land at", "MOBILIZE", "asserted"]]);
  assert.deepEqual(modalities("The French were permitted to attack the Prussian fort."), [["attack", "ASSAULT", "asserted"]]);
  // an active permission is a clause of what another allows, not told as done
  assert.deepEqual(modalities("Britain allowed France to attack Prussia."), [["attack", "ASSAULT", "hypothetical"]]);
});

test("a participle compounded before a noun ('German-occupied Hungary') tells a state, not an event", () => {
  const triggers = (text: string) => modalities(text).map(([t]) => t);
  assert.deepEqual(triggers("In 1871 Britain sent ships to Prussian-occupied France."), ["sent ships"]);
  assert.deepEqual(triggers("Napoleon fled the Prussian-annexed province."), []);
  assert.deepEqual(triggers("Prussia invaded French-occupied Alsace."), ["invaded"]);
});

test("'declare' with an end to a war is no declaration of war", () => {
  assert.deepEqual(modalities("Napoleon gave a speech, declaring an end to the war with Prussia."), []);
  assert.deepEqual(modalities("Britain declared an end to the Franco-Prussian War."), []);
  assert.deepEqual(modalities("On 19 July France formally declared a war of revenge on Prussia."), [["declared a war", "ASSAULT", "asserted"]]);
});

test("an -ing event noun before a noun of force or means names a thing ('fighting forces', 'landing craft')", () => {
  const triggers = (text: string) => modalities(text).map(([t]) => t);
  assert.deepEqual(triggers("Prussia tried to destroy France's main fighting forces."), []);
  assert.deepEqual(triggers("British landing craft reached the French coast in 1870."), []);
  assert.deepEqual(triggers("Britain sent landing parties to France."), []);
  // the event noun as a head stays an event
  assert.deepEqual(triggers("The fighting between France and Prussia ended."), ["fighting"]);
});

test("what a treaty stipulates is a clause, not an act told as done", () => {
  assert.deepEqual(modalities("The accords stipulated a sixty-day period for the total withdrawal of French forces."), [["withdrawal", "RETREAT", "hypothetical"]]);
  assert.deepEqual(modalities("The treaty stipulated that Prussia would withdraw its troops from France."), [["withdraw", "RETREAT", "hypothetical"]]);
  assert.deepEqual(modalities("In 1871 Prussia withdrew its troops from France."), [["withdrew", "RETREAT", "asserted"]]);
});

const modalityOfTrigger = (text: string, trigger: string) => modalities(text).find(([t]) => t === trigger)?.[2];

test("a gerund under a wish or plan noun or verb, and the gerund coordinated with it, is hypothetical", () => {
  assert.equal(modalityOfTrigger("Napoleon had dreams of invading Britain and attacking Prussia.", "invading"), "hypothetical");
  assert.equal(modalityOfTrigger("Napoleon had dreams of invading Britain and attacking Prussia.", "attacking"), "hypothetical");
  assert.equal(modalityOfTrigger("In 1806 Prussia hoped for seizing the French port.", "seizing"), "hypothetical");
  assert.equal(modalityOfTrigger("The young emperor had visions of conquering Prussia within a year.", "conquering"), "hypothetical");
  // the coordination does not spread to a gerund that is told as done
  assert.equal(modalityOfTrigger("Napoleon spent the winter attacking Prussia.", "attacking"), "asserted");
});

test("a delayed or postponed act is negated, also under 'continued to'", () => {
  assert.equal(modalityOfTrigger("Britain continued to delay withdrawing from the French port.", "withdrawing"), "negated");
  assert.equal(modalityOfTrigger("After the armistice Prussia postponed withdrawing its troops from France.", "withdrawing"), "negated");
  assert.equal(modalityOfTrigger("France delayed attacking Prussia until the spring.", "attacking"), "negated");
});

test("what an infinitive 'to prevent' keeps from happening is hypothetical; a prevention told as done negates it", () => {
  assert.equal(modalityOfTrigger("Britain sent an envoy to prevent France and Prussia from attacking each other.", "attacking"), "hypothetical");
  assert.equal(modalityOfTrigger("The fleet sailed north to prevent Prussia from invading Britain.", "invading"), "hypothetical");
  assert.equal(modalityOfTrigger("Britain prevented France and Prussia from attacking each other.", "attacking"), "negated");
});

test("a recommended or proposed act is not asserted", () => {
  assert.equal(modalityOfTrigger("Napoleon disagreed with his generals recommending attacks on Prussia.", "attacks"), "hypothetical");
  assert.equal(modalityOfTrigger("Britain rejected proposals for bombing the French ports.", "bombing"), "hypothetical");
  assert.equal(modalityOfTrigger("The admirals recommended an invasion of Britain.", "invasion"), "hypothetical");
});

test("an act that is the matter of talks or an agreement is hypothetical", () => {
  assert.equal(modalityOfTrigger("France opened talks on the withdrawal of Prussian troops from France within six months.", "withdrawal"), "hypothetical");
  assert.equal(modalityOfTrigger("Prussia and France began negotiations on the withdrawal of Prussian troops.", "withdrawal"), "hypothetical");
  assert.equal(modalityOfTrigger("Negotiations on the invasion of Britain were held in Paris.", "invasion"), "hypothetical");
  // an act done is not a topic ("the attack on the port")
  assert.equal(modalityOfTrigger("The withdrawal of Prussian troops from France began in 1873.", "withdrawal"), "asserted");
});
