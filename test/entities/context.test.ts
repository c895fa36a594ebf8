// Places with their state, bodies of a state named by their head, and "that realm" referring back to a state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, entityOfMention } from "./support.ts";

function countryOf(text: string, place: string): string | undefined {
  const entities = entitiesOf(text);
  const e = entityOfMention(text, entities, place);
  return entities.find((x) => x.id === e?.country)?.label;
}

test("a place carries the state it lay in at that date, when the text names that state", () => {
  assert.equal(countryOf("In November 1940 Molotov visited Berlin, where Germany proposed a division of the world.", "Berlin"), "Nazi Germany");
  assert.equal(countryOf("In 1890 the Kaiser returned to Berlin, and Germany let the Reinsurance Treaty lapse.", "Berlin"), "German Empire");
  assert.equal(countryOf("In 1853 Perry threatened to sail on to Edo unless Japan received the letter.", "Edo"), "Japan");
  assert.equal(countryOf("In 1945 Soviet troops reached Harbin.", "Harbin"), undefined, "no state the text does not name");
});

test("'the Senate', 'the Diet' alone are bodies of the state the sentences are about", () => {
  const texts: [string, string][] = [
    ["In 1929, in the United States, the Senate approved the treaty 85 to 1.", "United States"],
    ["In 1941 Japan's leaders met, and the Diet approved the budget.", "Japan"],
    ["In 1919 the Senate refused to ratify, and the United States never joined the League.", "United States"],
    ["In 1919 the French accepted a British pledge of alliance with France, and Wilson agreed to put a similar proposal to the Senate.", "United States"],
  ];
  for (const [text, state] of texts) {
    const entities = entitiesOf(text);
    const body = entities.find((e) => e.kind === "organization" && (e.label === "Senate" || e.label === "Diet"));
    assert.equal(entities.find((e) => e.id === body?.memberOf)?.label, state, text);
  }
  const rome = "The Senate of Rome was older than any state of Europe.";
  assert.ok(!entitiesOf(rome).some((e) => e.label === "Senate"), "a named senate is its own name");
});

test("'that realm', 'this country' refer to the state named before their clause", () => {
  const a = "In 1875 Egypt invaded Ethiopia, but the Egyptian attempts to conquer that realm ended in humiliation.";
  assert.equal(entityOfMention(a, entitiesOf(a), "that realm")?.label, "Ethiopia");
  const b = "In 1939 Finland refused, and the Soviet Union invaded this country in November.";
  assert.equal(entityOfMention(b, entitiesOf(b), "this country")?.label, "Finland");
  const c = "In 1900 that state of affairs changed nothing for France.";
  assert.equal(entityOfMention(c, entitiesOf(c), "that state"), undefined);
});
