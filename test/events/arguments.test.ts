import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsFor, timex } from "./fixtures.ts";
import type { EntitySpec } from "./fixtures.ts";

const EUROPE: EntitySpec[] = [
  { id: "fr", kind: "state", names: ["France", "French"] },
  { id: "pr", kind: "state", names: ["Prussia", "Prussian"] },
  { id: "at", kind: "state", names: ["Austria", "Austrian"] },
  { id: "uk", kind: "state", names: ["Britain", "British"] },
  { id: "ru", kind: "state", names: ["Russia", "Russian"] },
  { id: "bis", kind: "person", names: ["Bismarck"], memberOf: "pr" },
  { id: "als", kind: "place", names: ["Alsace"] },
  { id: "sed", kind: "place", names: ["Sedan"] },
  { id: "vie", kind: "place", names: ["Vienna"] },
];

function only(text: string, type: string) {
  const { events } = eventsFor(text, EUROPE);
  const hits = events.filter((e) => e.type === type);
  assert.equal(hits.length, 1, `one ${type} event in ${JSON.stringify(events.map((e) => [e.type, e.trigger.text]))}`);
  return hits[0];
}

test("an active verb takes its subject as source and its object as target", () => {
  const e = only("In 1870 France declared war on Prussia.", "ASSAULT");
  assert.deepEqual(e.source, ["fr"]);
  assert.deepEqual(e.target, ["pr"]);
  assert.equal(e.trigger.text, "declared war");
  assert.equal(e.cameo, "190");
});

test("the passive swaps the roles: the by-phrase is the source", () => {
  const e = only("Later that year Austria would be invaded by Prussia and Britain stayed out of the war.", "ASSAULT");
  assert.deepEqual(e.source, ["pr"]);
  assert.deepEqual(e.target, ["at"]);
});

test("coordinated subjects are all sources", () => {
  const e = only("In Vienna on June 9, 1815 Austria, Prussia, and Russia signed the Final Act.", "AGREE");
  assert.deepEqual(e.source, ["at", "pr", "ru"]);
  assert.equal(e.place, "vie");
});

test("two coordinated clauses keep their own subjects", () => {
  const { events } = eventsFor("France attacked Austria, and by the next spring Prussia invaded Alsace.", EUROPE);
  const attack = events.find((e) => e.trigger.text === "attacked");
  const invasion = events.find((e) => e.trigger.text === "invaded");
  assert.deepEqual(attack?.source, ["fr"]);
  assert.deepEqual(invasion?.source, ["pr"]);
  assert.equal(invasion?.place, "als");
});

test("a nominal event takes actors from its premodifier and its on-phrase", () => {
  const e = only("The Prussian attack on France came at dawn.", "ASSAULT");
  assert.deepEqual(e.source, ["pr"]);
  assert.deepEqual(e.target, ["fr"]);
});

test("a nominal event with a between-phrase across a support verb has both parties as sources", () => {
  const e = only("A border skirmish broke out between French and Prussian patrols at Sedan in 1869.", "ASSAULT");
  assert.deepEqual(e.source, ["fr", "pr"]);
  assert.equal(e.place, "sed");
});

test("a person acting for a state brings the state along", () => {
  const e = only("Bismarck rejected the French proposal.", "REJECT");
  assert.deepEqual(e.source, ["bis", "pr"]);
});

test("the object of a verb above an infinitive is the infinitive's subject", () => {
  const { events } = eventsFor("The crisis forced Austria to withdraw its troops from Alsace.", EUROPE);
  const retreat = events.find((e) => e.type === "RETREAT");
  assert.deepEqual(retreat?.source, ["at"]);
});

test("a verb in a gerund takes the noun phrase right before it as subject", () => {
  const { events } = eventsFor("Britain protested Russia selling arms to Austria.", EUROPE);
  assert.deepEqual(events.find((e) => e.type === "PROTEST")?.source, ["uk"]);
  assert.deepEqual(events.find((e) => e.type === "COOPERATE")?.source, ["ru"]);
});

test("a fronted dependent clause does not lend its actors to the main clause", () => {
  const { events } = eventsFor("Before a treaty was signed between France and Britain in 1904, Russia sent arms to France.", EUROPE);
  const aid = events.find((e) => e.type === "AID");
  assert.deepEqual(aid?.source, ["ru"]);
  assert.deepEqual(aid?.target, ["fr"]);
});

test("a word without an actor is not an event", () => {
  const { events } = eventsFor("The attack came at dawn and the agreement was soon forgotten.", EUROPE);
  assert.deepEqual(events, []);
});

test("a noun that refers back to an event told before is not a new event", () => {
  const { events } = eventsFor("Prussia threatened France. This threat by Prussia alarmed Britain.", EUROPE);
  assert.equal(events.filter((e) => e.type === "THREATEN").length, 1);
});

test("a verb coordinated after a reported clause takes the reporting clause's subject and is not reported", () => {
  const specs: EntitySpec[] = [...EUROPE, { id: "un", kind: "organization", names: ["Miners’ Union"] }, { id: "co", kind: "organization", names: ["Saar Coal Company"] }];
  const { events } = eventsFor("The Miners’ Union claimed that the Saar Coal Company had not paid its workers and sued the company.", specs);
  const suit = events.find((e) => e.type === "ACCUSE");
  assert.deepEqual(suit?.source, ["un"]);
  assert.equal(suit?.modality, "asserted");
});

test("a noun event retold a sentence later is the same event", () => {
  const { events } = eventsFor("This resulted in an alliance between France and Britain. As a result of the alliance between France and Britain, Prussia waited.", EUROPE);
  assert.equal(events.filter((e) => e.type === "COOPERATE").length, 1);
});

test("an agentless meeting or agreement with no actor in its sentence takes the parties of the narrative just before", () => {
  const text = "In 1856 France and Russia signed a treaty at Paris. Two years later a second conference was held. In 1860 an agreement was reached.";
  const timexes = [timex(text, "1856", "1856"), timex(text, "Two years later", "1858"), timex(text, "1860", "1860")];
  const { events } = eventsFor(text, EUROPE, { timexes, sentenceTimes: ["1856", "1858", "1860"] });
  const held = events.find((e) => e.trigger.text.startsWith("conference"));
  assert.ok(held, JSON.stringify(events.map((e) => [e.type, e.trigger.text])));
  assert.deepEqual([...held.source].sort(), ["fr", "ru"]);
  const reached = events.find((e) => e.trigger.text.startsWith("agreement"));
  assert.ok(reached, JSON.stringify(events.map((e) => [e.type, e.trigger.text])));
  assert.deepEqual([...reached.source].sort(), ["fr", "ru"]);
  assert.equal(reached.date, "1860");
});

test("a meeting held by someone named is not given the narrative's parties", () => {
  const { events } = eventsFor("In 1856 France and Russia signed a treaty. Later a conference was held by Britain.", EUROPE);
  const held = events.filter((e) => e.trigger.text.startsWith("conference"));
  for (const e of held) assert.ok(!e.source.includes("fr") && !e.source.includes("ru"), JSON.stringify(e));
});

test("a quotation after a comma or colon is a clause of its own: the speaker is not the actor of the quoted act", () => {
  const QA: EntitySpec[] = [
    { id: "fr", kind: "state", names: ["France", "French"] },
    { id: "pr", kind: "state", names: ["Prussia", "Prussian"] },
    { id: "uk", kind: "state", names: ["Britain", "British"] },
    { id: "nap", kind: "person", names: ["Napoleon"], memberOf: "fr" },
    { id: "bis", kind: "person", names: ["Bismarck"], memberOf: "pr" },
  ];
  const roles = (text: string) => eventsFor(text, QA).events.map((e) => [e.trigger.text, e.source, e.target, e.modality]);
  assert.deepEqual(roles('As Napoleon noted, "Bismarck would not make even the slightest concessions."'), [["make even the slightest concessions", ["bis", "pr"], [], "negated"]]);
  // an unnamed subject inside the quotation leaves the source open rather than taking the speaker
  assert.deepEqual(roles("Napoleon said: “The enemy attacked Britain at dawn.”"), [["attacked", [], ["uk"], "asserted"]]);
  // a future in quoted speech is foretold
  assert.deepEqual(roles('Britain told France, "Prussia will attack you."'), [["attack", ["pr"], [], "hypothetical"]]);
});

test("'at' names a target only of force or threat, not of a signing or meeting", () => {
  const AT: EntitySpec[] = [
    { id: "fr", kind: "state", names: ["France", "French"] },
    { id: "pr", kind: "state", names: ["Prussia", "Prussian"] },
    { id: "uk", kind: "state", names: ["Britain", "British"] },
    { id: "fm", kind: "organization", names: ["French Foreign Ministry", "Foreign Office"] },
  ];
  const roles = (text: string) => eventsFor(text, AT).events.map((e) => [e.trigger.text, e.source, e.target]);
  assert.deepEqual(roles("The treaty was signed by France and Prussia at the French Foreign Ministry."), [["signed", ["fr", "pr"], []]]);
  assert.deepEqual(roles("Britain and France met at the Foreign Office in 1871."), [["met", ["uk", "fr"], []]]);
  assert.deepEqual(roles("Prussian guns fired at the French Foreign Ministry."), [["fired at", ["pr"], ["fm"]]]);
});

test("'with the assistance of X' makes X the helper and the clause's subject the one helped", () => {
  const WA: EntitySpec[] = [
    { id: "fr", kind: "state", names: ["France", "French"] },
    { id: "pr", kind: "state", names: ["Prussia", "Prussian"] },
    { id: "uk", kind: "state", names: ["Britain", "British"] },
  ];
  const aid = (text: string) => eventsFor(text, WA).events.filter((e) => e.type === "AID").map((e) => [e.source, e.target]);
  assert.deepEqual(aid("Then, with the assistance of the French, Britain invaded Prussia."), [[["fr"], ["uk"]]]);
  assert.deepEqual(aid("With the aid of Britain, Prussia attacked France."), [[["uk"], ["pr"]]]);
  assert.deepEqual(aid("In 1870, with the military assistance of Britain, France invaded Prussia."), [[["uk"], ["fr"]]]);
});
