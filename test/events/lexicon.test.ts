import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { inflect, triggerLexicon, unitLexicon } from "../../src/events/lexicon.ts";
import { eventsFor } from "./fixtures.ts";
import type { EntitySpec } from "./fixtures.ts";
import { PloverType } from "../../src/schema.ts";
import { root } from "../helpers.ts";

test("inflects regular verbs into the forms that appear in prose", () => {
  assert.deepEqual(inflect("invade").sort(), ["invade", "invaded", "invades", "invading"]);
  assert.ok(inflect("supply").includes("supplied"));
  assert.ok(inflect("ship").includes("shipped"));
  assert.ok(inflect("attack").includes("attacked"));
});

test("every trigger maps to a PLOVER type and a CAMEO code", () => {
  const lex = triggerLexicon();
  for (const entries of [...lex.verbs.values(), ...lex.nouns.values()]) {
    for (const e of entries) {
      PloverType.parse(e.type);
      assert.match(e.cameo, /^\d{3,4}$/, e.lemma);
      if (e.negatedAs) PloverType.parse(e.negatedAs.type);
    }
  }
  assert.equal(lex.verbs.get("sent")?.[0].lemma, "send");
  assert.equal(lex.verbs.get("invaded")?.[0].type, "ASSAULT");
});

test("every lexicon file says where its facts come from", () => {
  for (const file of ["triggers.json", "modality.json", "units.json"]) {
    const data = JSON.parse(readFileSync(`${root}data/events/${file}`, "utf8"));
    assert.ok(typeof data._source === "string" && data._source.length > 40, file);
  }
  assert.equal(unitLexicon().units.find((u) => u.words.join(" ") === "rubles")?.unit, "RUB");
});

test("'meet' is a consultation only with an actor as object, or none ('met fierce resistance' is none)", () => {
  const MEET: EntitySpec[] = [
    { id: "fr", kind: "state", names: ["France", "French"] },
    { id: "pr", kind: "state", names: ["Prussia", "Prussian"] },
    { id: "nap", kind: "person", names: ["Napoleon"], memberOf: "fr" },
    { id: "bis", kind: "person", names: ["Bismarck"], memberOf: "pr" },
  ];
  const types = (text: string) => eventsFor(text, MEET).events.map((e) => e.type);
  assert.deepEqual(types("The French army met fierce resistance at Metz."), []);
  assert.deepEqual(types("Prussian officials met these trends with cautious optimism."), []);
  assert.deepEqual(types("Napoleon met Bismarck at Sedan."), ["CONSULT"]);
  assert.deepEqual(types("Napoleon met with Bismarck in 1870."), ["CONSULT"]);
  assert.deepEqual(types("France and Prussia met in Frankfurt."), ["CONSULT"]);
});
