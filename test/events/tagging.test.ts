import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsFor } from "./fixtures.ts";
import type { EntitySpec } from "./fixtures.ts";

const ACTORS: EntitySpec[] = [
  { id: "fr", kind: "state", names: ["France", "French"] },
  { id: "pr", kind: "state", names: ["Prussia", "Prussian"] },
  { id: "tf", kind: "treaty", names: ["Treaty of Frankfurt"] },
];

test("an event after a citation in mid-sentence keeps its exact offsets and actors", () => {
  const text = "Prussia (Howard, pg. 12; Wawro, pp. 40-41) attacked France on the border.";
  const { events, layers } = eventsFor(text, ACTORS);
  assert.equal(layers.citations.length, 1);
  assert.equal(events.length, 1);
  const at = text.indexOf("attacked");
  assert.deepEqual(events[0].trigger, { start: at, end: at + "attacked".length, text: "attacked" });
  assert.deepEqual([events[0].source, events[0].target], [["pr"], ["fr"]]);
});

test("the same events are read with and without the citations of the sentences", () => {
  const cited = "Prussia attacked France (Howard, pg. 12). France surrendered to Prussia (Howard, pg. 40).";
  const bare = "Prussia attacked France. France surrendered to Prussia.";
  const read = (text: string) => eventsFor(text, ACTORS).events.map((e) => [e.type, e.trigger.text, e.source, e.target, e.modality]);
  assert.deepEqual(read(cited), read(bare));
});

test("a trigger word inside a name, or a sentence with no one to act, holds no event", () => {
  const text = "France studied the Treaty of Frankfurt. The treaty was signed in a hall.";
  assert.deepEqual(eventsFor(text, ACTORS).events, []);
});

test("a pronoun for an actor named in an earlier sentence makes a sentence worth reading", () => {
  const text = "Prussia grew strong. It attacked France in 1870.";
  const { events } = eventsFor(text, ACTORS);
  assert.deepEqual(events.map((e) => [e.trigger.text, e.source, e.target]), [["attacked", ["pr"], ["fr"]]]);
});
