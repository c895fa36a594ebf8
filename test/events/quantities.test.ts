import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsFor } from "./fixtures.ts";
import type { EntitySpec } from "./fixtures.ts";

const ACTORS: EntitySpec[] = [
  { id: "fr", kind: "state", names: ["France"] },
  { id: "pr", kind: "state", names: ["Prussia"] },
  { id: "us", kind: "state", names: ["United States", "US"] },
];

const quantities = (text: string) => eventsFor(text, ACTORS).quantities.map((q) => [q.text, q.value, q.unit, q.kind]);

test("reads money with its scale and currency", () => {
  assert.deepEqual(quantities("The railway cost 411,700,000 rubles, then 67.5 million rubles."), [
    ["411,700,000 rubles", 411700000, "RUB", "money"],
    ["67.5 million rubles", 67500000, "RUB", "money"],
  ]);
  assert.deepEqual(quantities("Two loans of 50 million US dollars each, worth 100 million Chinese dollars."), [
    ["50 million US dollars each", 50000000, "USD", "money"],
    ["100 million Chinese dollars", 100000000, "CNY", "money"],
  ]);
  assert.deepEqual(quantities("France paid $2 billion and 5 billion francs."), [
    ["$2 billion", 2000000000, "USD", "money"],
    ["5 billion francs", 5000000000, "FRF", "money"],
  ]);
});

test("reads forces, percentages and distances", () => {
  assert.deepEqual(quantities("A force of 1.6 million men, 5,000 tanks and 175,000 troops fell back a kilometer; 80 percent were lost."), [
    ["1.6 million men", 1600000, "men", "force"],
    ["5,000 tanks", 5000, "tanks", "force"],
    ["175,000 troops", 175000, "troops", "force"],
    ["a kilometer", 1, "km", "distance"],
    ["80 percent", 80, "%", "percent"],
  ]);
  assert.deepEqual(quantities("Three rifle divisions and 12% of the fleet."), [
    ["Three rifle divisions", 3, "divisions", "force"],
    ["12%", 12, "%", "percent"],
  ]);
});

test("years, page numbers and bare counts are not quantities", () => {
  assert.deepEqual(quantities("In 1938 two loans were agreed (Jones, pg. 174) and 40 fishing grounds given up."), []);
});

test("quantities offsets point at their text", () => {
  const text = "France sent 5,000 troops to the border.";
  const { quantities: qs } = eventsFor(text, ACTORS);
  for (const q of qs) assert.equal(text.slice(q.start, q.end), q.text);
});

test("a quantity is attached to the event of its clause", () => {
  const { events, quantities: qs } = eventsFor("France sent 5,000 troops to Prussia, and in 1871 Prussia signed a treaty worth 5 billion francs.", ACTORS);
  const mobilize = events.find((e) => e.type === "MOBILIZE");
  const agree = events.find((e) => e.type === "AGREE");
  assert.deepEqual(mobilize?.quantities?.map((i) => qs[i].text), ["5,000 troops"]);
  assert.deepEqual(agree?.quantities?.map((i) => qs[i].text), ["5 billion francs"]);
});

test("a country name inside a currency is not an actor", () => {
  const { events } = eventsFor("In 1939 a loan of 150 million US dollars was given to France.", ACTORS);
  const aid = events.find((e) => e.type === "AID");
  assert.deepEqual(aid?.target, ["fr"]);
  assert.ok(!events.some((e) => [...e.source, ...e.target].includes("us")));
});
