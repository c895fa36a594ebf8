import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { anyText, proseLike, sentenceLike } from "../robustness/arbitraries.ts";
import { Entity } from "../../src/schema.ts";
import { entitiesOf } from "./support.ts";

function checkInvariants(text: string): void {
  const entities = entitiesOf(text);
  const ids = new Set<string>();
  for (const e of entities) {
    Entity.parse(e);
    assert.ok(!ids.has(e.id), `unique id ${e.id}`);
    ids.add(e.id);
    for (const m of e.mentions) {
      assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `mention ${m.start}-${m.end} inside the text`);
      assert.equal(text.slice(m.start, m.end), m.text);
    }
  }
  for (const e of entities) if (e.memberOf) assert.ok(ids.has(e.memberOf));
}

test("on any text, entities validate against the contract and every mention is an exact span of the text", () => {
  fc.assert(fc.property(fc.oneof(proseLike, sentenceLike, anyText), checkInvariants), { numRuns: 150 });
});

test("long runs of names and demonyms are handled without blowing up", () => {
  const text = "Soviet-Japanese-German-Italian ".repeat(2000) + "the two nations " + "Moscow refused. ".repeat(2000) + "she ".repeat(1000);
  checkInvariants(text);
});
