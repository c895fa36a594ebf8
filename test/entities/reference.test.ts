import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, entityOfMention } from "./support.ts";

function referents(text: string, phrase: string, occurrence = 0): string[] {
  const entities = entitiesOf(text);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1);
  return entities.filter((e) => e.mentions.some((m) => m.start === at && m.end === at + phrase.length)).map((e) => e.label).sort();
}

test("'she' after a state subject refers to that state", () => {
  const text = "By the end of 1938 the Soviet Union announced that she would not extend the convention.";
  assert.deepEqual(referents(text, "she"), ["Soviet Union"]);
});

test("'she' refers to the subject state, not to the last state named", () => {
  const text = "In 1941, had Japan been told of Germany's aims to invade the Soviet Union, she might have stopped.";
  assert.deepEqual(referents(text, "she"), ["Japan"]);
});

test("possessive 'her' refers to the nearest state that is not a mere adjective", () => {
  const a = "In 1936 Stalin announced that the Soviet Union would come to the aid of Mongolia in her defense.";
  assert.deepEqual(referents(a, "her"), ["Mongolia"]);
  const b = "In 1935 the Soviet Union's concern about Japanese aggression to the south of her borders grew.";
  assert.deepEqual(referents(b, "her"), ["Soviet Union"]);
});

test("'her' is left alone when a person is named between the state and the pronoun", () => {
  const text = "In 1936 Japan sent Ambassador Maria Kowalski, and her report was read.";
  assert.deepEqual(referents(text, "her"), []);
});

test("'the two nations', 'both sides' and 'the other' refer to the two states just named", () => {
  const text =
    "In 1938 Japan and the Soviet Union fought at the border. The two nations agreed to a truce. " +
    "Both sides withdrew, and each feared the other would attack.";
  assert.deepEqual(referents(text, "The two nations"), ["Japan", "Soviet Union"]);
  assert.deepEqual(referents(text, "Both sides"), ["Japan", "Soviet Union"]);
  assert.deepEqual(referents(text, "the other"), ["Japan", "Soviet Union"]);
});

test("'the other' before a noun is not a reference to states", () => {
  const text = "In 1938 Japan and the Soviet Union fought. The other party to the dispute was Manchukuo.";
  assert.deepEqual(referents(text, "The other"), []);
});

test("collective phrases with three states find three", () => {
  const text = "In 1940 Japan, Germany and Italy signed the Tripartite Pact. The three nations set up joint commissions.";
  assert.deepEqual(referents(text, "The three nations"), ["Japan", "Kingdom of Italy", "Nazi Germany"]);
});

test("titles after a name attach to the person and give the state the person acts for", () => {
  const text = "In 1938 Shigenori Tōgō, Japanese Ambassador to the Soviet Union, met Maxim Litvinov, Soviet Diplomat.";
  const entities = entitiesOf(text);
  const togo = entityOfMention(text, entities, "Shigenori Tōgō");
  assert.ok(togo?.mentions.some((m) => m.role === "title" && m.text === "Japanese Ambassador to the Soviet Union"));
  assert.equal(entities.find((e) => e.id === togo?.memberOf)?.label, "Japan");
  assert.ok(entityOfMention(text, entities, "Soviet Union"), "the state inside the title is a mention of its own");
  const litvinov = entityOfMention(text, entities, "Maxim Litvinov");
  assert.equal(entities.find((e) => e.id === litvinov?.memberOf)?.label, "Soviet Union");
});

test("group phrases stand for their state: 'the Soviets', 'Soviet authorities', 'the Soviet government'", () => {
  const text = "In 1932 the Soviets protested. Soviet authorities arrested the crew, and the Soviet government refused to pay.";
  const entities = entitiesOf(text);
  for (const phrase of ["Soviets", "Soviet authorities", "Soviet government"]) {
    assert.equal(entityOfMention(text, entities, phrase)?.wikidata, "Q15180", phrase);
  }
});

test("'either state … by X' excludes X, and 'the other' in the same sentence keeps the same pair", () => {
  const text = "In 1936 Japan and Germany signed a pact. If either state was attacked by the Soviet Union, the other would not aid the Soviet Union.";
  assert.deepEqual(referents(text, "either state"), ["Japan", "Nazi Germany"]);
  assert.deepEqual(referents(text, "the other"), ["Japan", "Nazi Germany"]);
});

test("'the company', 'the railway' and 'the pact' refer to the latest named thing with that head noun", () => {
  const text =
    "In 1925 the Japanese founded the North Sakhalin Petroleum Company. In 1939 the union sued the company. " +
    "In 1935 the Soviet Union sold the Chinese Eastern Railway; the railway was old. In 1940 the Tripartite Pact was signed, and the pact was published.";
  assert.deepEqual(referents(text, "the company"), ["North Sakhalin Petroleum Company"]);
  assert.deepEqual(referents(text, "the railway"), ["Chinese Eastern Railway"]);
  assert.deepEqual(referents(text, "the pact"), ["Tripartite Pact"]);
  assert.deepEqual(referents(text, "the union"), [], "no Union was named before");
});

test("'she' after a named person is not taken for a state", () => {
  const text = "In 1900 Britain fought the Boers. In 1901 Queen Victoria died, and she was mourned across the empire.";
  assert.deepEqual(referents(text, "she"), []);
});
