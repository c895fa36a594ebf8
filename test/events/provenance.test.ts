import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsFor, timex } from "./fixtures.ts";
import type { EntitySpec } from "./fixtures.ts";

const ACTORS: EntitySpec[] = [
  { id: "fr", kind: "state", names: ["France", "French"] },
  { id: "pr", kind: "state", names: ["Prussia", "Prussian"] },
];

test("an event carries the citation inside its sentence", () => {
  const text = "Prussia attacked France (Howard, pg. 12). France surrendered to Prussia (Howard, pg. 40).";
  const { events, layers } = eventsFor(text, ACTORS);
  assert.equal(events.length, 2);
  assert.deepEqual(events.map((e) => e.citations.map((c) => layers.citations[c].text)), [["(Howard, pg. 12)"], ["(Howard, pg. 40)"]]);
});

test("an uncited sentence takes the citation that closes its group in the paragraph, not the next paragraph's", () => {
  const text = "Prussia attacked France. France surrendered to Prussia (Howard, pg. 40).\nFrance signed a treaty with Prussia.\nPrussia rejected the French offer (Howard, pg. 41).";
  const { events, layers } = eventsFor(text, ACTORS);
  const cited = (trigger: string) => events.find((e) => e.trigger.text === trigger)!.citations.map((c) => layers.citations[c].text);
  assert.deepEqual(cited("attacked"), ["(Howard, pg. 40)"]);
  assert.deepEqual(cited("signed"), []);
  assert.deepEqual(cited("rejected"), ["(Howard, pg. 41)"]);
});

test("an event takes the date of its own clause's timex", () => {
  const text = "After years of tension, on July 19, 1870 France declared war on Prussia.";
  const { events } = eventsFor(text, ACTORS, { timexes: [timex(text, "July 19, 1870", "1870-07-19")] });
  assert.equal(events[0].date, "1870-07-19");
});

test("a timex naming a treaty does not date the event", () => {
  const text = "France would not extend the 1860 Treaty with Prussia.";
  const { events } = eventsFor(text, ACTORS, { timexes: [timex(text, "1860", "1860")], sentenceTimes: ["1870-03"] });
  assert.equal(events[0].type, "REJECT");
  assert.equal(events[0].date, "1870");
});

test("an event without a timex takes the narrative time of its sentence, at year precision when inherited", () => {
  const text = "On July 19, 1870 France declared war on Prussia. Prussia mobilized its army.";
  const { events } = eventsFor(text, ACTORS, { timexes: [timex(text, "July 19, 1870", "1870-07-19")], sentenceTimes: ["1870-07-19", "1870-07-19"] });
  assert.deepEqual(events.map((e) => e.date), ["1870-07-19", "1870"]);
});

test("a relative 'when' takes the time just before it", () => {
  const text = "Talks dragged on until September 2, 1870 when France surrendered to Prussia.";
  const { events } = eventsFor(text, ACTORS, { timexes: [timex(text, "September 2, 1870", "1870-09-02")] });
  assert.equal(events.find((e) => e.type === "CONCEDE")?.date, "1870-09-02");
});

test("every event's trigger lies inside the text and reads as its text", () => {
  const text = "Prussia attacked France.\r\nFrance “declared war” on Prussia — and Prussia invaded France.";
  const { events } = eventsFor(text, ACTORS);
  assert.ok(events.length >= 2);
  for (const e of events) assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
});

test("a run-on text without sentence breaks is coded without blowing up", () => {
  const text = Array.from({ length: 3000 }, (_, i) => (i % 2 ? "Prussia attacked France and" : "if France refused to sign, Britain would not accept the terms and")).join(" ") + " peace came.";
  const { events } = eventsFor(text, ACTORS);
  assert.ok(events.length >= 1500);
  for (const e of events.slice(0, 50)) assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
});

const PLACES: EntitySpec[] = [
  ...ACTORS,
  { id: "al", kind: "place", names: ["Alsace"] },
  { id: "bo", kind: "place", names: ["Bohemia"] },
  { id: "au", kind: "state", names: ["Austria"] },
];

test("a relative clause's date about a named place dates that clause, not its main clause", () => {
  // the main clause takes the narrative's time from before the sentence
  const text = "In 1870 the war began. Prussian troops marched into Alsace, which France had ruled since 1648.";
  const timexes = [timex(text, "1870", "1870"), timex(text, "1648", "1648")];
  const { events } = eventsFor(text, PLACES, { timexes, sentenceTimes: ["1870", "1648"] });
  assert.equal(events.find((e) => e.trigger.text.startsWith("marched"))?.date, "1870");
  const other = "In 1866 Prussia fought Austria. The Prussian army invaded Bohemia, which Austria had ruled for centuries until it lost it in 1918.";
  const { events: e2 } = eventsFor(other, PLACES, { timexes: [timex(other, "1866", "1866"), timex(other, "1918", "1918")], sentenceTimes: ["1866", "1918"] });
  assert.equal(e2.find((e) => e.trigger.text === "invaded")?.date, "1866");
  // the relative clause's own event keeps its date
  const third = "In 1870 the war began. Prussian troops marched into Alsace, which Prussia annexed in May 1871.";
  const { events: e3 } = eventsFor(third, PLACES, { timexes: [timex(third, "1870", "1870"), timex(third, "May 1871", "1871-05")], sentenceTimes: ["1870", "1871-05"] });
  assert.deepEqual(e3.map((e) => [e.trigger.text, e.date]), [["marched into", "1870"], ["annexed", "1871-05"]]);
});

test("a relative clause about the act's own unnamed object dates the act ('signed an armistice, which came into effect on …')", () => {
  const text = "In 1870 the war went on. Prussia and France signed an armistice, which came into effect on 28 January 1871.";
  const { events } = eventsFor(text, ACTORS, { timexes: [timex(text, "1870", "1870"), timex(text, "28 January 1871", "1871-01-28")], sentenceTimes: ["1870", "1871-01-28"] });
  assert.equal(events.find((e) => e.trigger.text === "signed")?.date, "1871-01-28");
});
