// The shared English closed-class words (src/text/words.ts) keep auxiliaries, modals and pronouns out of names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AUXILIARIES, BE_FORMS, PERSONAL_PRONOUNS } from "../../src/text/words.ts";
import { entitiesOf, entityOfMention } from "./support.ts";

/** The label of the entity mentioned exactly by `phrase`, and every label of the text. */
function labels(text: string, phrase: string): { of: string | undefined; all: string[] } {
  const entities = entitiesOf(text);
  return { of: entityOfMention(text, entities, phrase)?.label, all: entities.map((e) => e.label) };
}

test("an auxiliary or modal opening a sentence is not part of the name after it", () => {
  const cases: [string, string, string][] = [
    ["Had Japan accepted the terms in 1945, the war would have ended sooner.", "Japan", "Japan"],
    ["Were Britain to declare war in 1939, France would follow.", "Britain", "United Kingdom"],
    ["Should Serbia refuse in 1914, Austria-Hungary would attack.", "Serbia", "Serbia"],
    ["Could Finland hold the isthmus in 1940? Mannerheim doubted it.", "Finland", "Finland"],
  ];
  for (const [text, phrase, label] of cases) {
    const { of, all } = labels(text, phrase);
    assert.equal(of, label, text);
    assert.ok(!all.some((l) => /^(?:had|were|should|could)\b/i.test(l)), `${text}: ${all.join(", ")}`);
  }
});

test("a capitalised pronoun before a name is not part of it", () => {
  const text = "Their Ottoman garrisons surrendered in 1912. His Majesty's Government protested.";
  const { all } = labels(text, "Ottoman");
  assert.ok(!all.some((l) => /^(?:their|his)\b/i.test(l)), all.join(", "));
});

test("the word lists: every form of 'be' is an auxiliary; pronouns are not auxiliaries", () => {
  for (const form of ["be", "am", "is", "are", "was", "were", "been", "being"]) assert.ok(BE_FORMS.has(form) && AUXILIARIES.has(form), form);
  for (const w of ["had", "does", "would", "must"]) assert.ok(AUXILIARIES.has(w), w);
  assert.ok(PERSONAL_PRONOUNS.has("their") && !AUXILIARIES.has("their"));
});
