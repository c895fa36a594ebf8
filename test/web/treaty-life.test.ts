// The explorer's treaty lifetimes (web/src/model.ts): a party whose state has ceased to exist leaves a treaty,
// which stays in force among the others while two remain.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/pipeline.ts";
import { statesOf } from "../../src/api/states.ts";
import { Model } from "../../web/src/model.ts";
import { yearStart } from "../../web/src/time.ts";
import type { DocumentInfo } from "../../src/schema.ts";

function modelOf(text: string): Model {
  const x = analyze(text, { name: "alliance.txt" });
  const info = { id: "d1", name: "alliance.txt" } as unknown as DocumentInfo;
  return new Model(info, x, statesOf(x));
}

const mid = (year: number) => yearStart(year) + 180 * 86_400_000;

test("a three-party alliance outlives one party's state and ends when only one remains", () => {
  const m = modelOf("The alliance between the German Empire, the Russian Empire and Austria-Hungary was signed on 22 October 1873.");
  const [t] = m.x.treaties;
  assert.equal(t.parties.length, 3);
  const before = m.treatyLiveAt(t, mid(1900));
  assert.deepEqual([before.live, before.gone.size], [true, 0]);
  const after = m.treatyLiveAt(t, mid(1918));
  assert.equal(after.live, true);
  assert.deepEqual([...after.gone].map((id) => m.label(id)), ["Russian Empire"]);
  assert.match(after.why, /Russian Empire ceased to exist in 1917/);
  const end = m.treatyLiveAt(t, mid(1920));
  assert.equal(end.live, false);
  assert.match(end.why, /German Empire ceased to exist in 1918/);
});

test("a bilateral treaty ends with either party's state", () => {
  const m = modelOf("On 18 June 1887 the German Empire and the Russian Empire signed a treaty of neutrality.");
  const [t] = m.x.treaties;
  assert.equal(t.parties.length, 2);
  assert.equal(m.treatyLiveAt(t, mid(1900)).live, true);
  const gone = m.treatyLiveAt(t, mid(1918));
  assert.equal(gone.live, false);
  assert.match(gone.why, /Russian Empire ceased to exist in 1917/);
});
