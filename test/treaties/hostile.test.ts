import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { analyzeLayers } from "../../src/pipeline.ts";
import { treatyLayer } from "../../src/treaties/index.ts";
import { entitiesByName } from "./fixtures.ts";
import { states } from "./texts.ts";

const WORDS = [
  "the", "a", "pact", "Pact", "Treaty", "treaty", "of", "1925", "signed", "Japan", "Soviet", "Union", "Russo-Japanese",
  "Neutrality", "“", "”", "‘", ",", ".", "if", "either", "state", "was", "attacked", "the other", "would", "remain", "neutral",
  "not", "aid", "expired", "April", "12,", "denounced", "Article", "3", "secret", "protocol", "–", "-", "between", "and", "(Jones, pg. 5)",
];

function layersFor(text: string) {
  const { doc, layers } = analyzeLayers(text);
  const entities = entitiesByName(text, states);
  return treatyLayer(doc, { ...layers, entities });
}

test("never throws and keeps every offset inside the text on random treaty-like word salad", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 80 }), (words) => {
      const text = words.join(" ");
      const { treaties, treatyEntities } = layersFor(text);
      for (const t of treaties) {
        for (const s of [...t.mentions, ...t.clauses]) assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length);
        assert.ok(t.name.length > 0);
      }
      for (const e of treatyEntities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    }),
    { numRuns: 150 },
  );
});

test("copes with unclosed quotes, a name cut by the end of the text and anaphors without antecedent", () => {
  const text = "The pact was signed. “a gentlemen’s agreement was reached. Japan and the Soviet Union signed the Treaty of";
  const { treaties } = layersFor(text);
  assert.ok(treaties.every((t) => t.mentions.every((m) => m.end <= text.length)));
  assert.ok(!treaties.some((t) => t.name === "pact"), "an anaphor with nothing before it is no treaty");
});

test("reads a long run of treaty mentions in one pass (many mentions, one instrument per name)", () => {
  const sentence = "Japan and the Soviet Union signed the Treaty of Peking in 1925, and the treaty held. ";
  const text = sentence.repeat(400);
  const { treaties } = layersFor(text);
  assert.equal(treaties.length, 1);
  assert.equal(treaties[0].mentions.length, 800);
});

test("words that are names of object properties ('constructor', 'toString') are no treaty heads", () => {
  const text = "The constructor of the toString hasOwnProperty was valueOf in 1925.";
  assert.deepEqual(layersFor(text).treaties, []);
});
