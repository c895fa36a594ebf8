import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "edtf";
import { essay, gold } from "../helpers.ts";
import { tag } from "./tag.ts";
import { REFERENCE_VALUES } from "../../src/time/timex3.ts";

// the essay through the stages the time layer needs (structure, citations) and the time layer
const essayTime = () => ({ text: essay, ...tag(essay) });
import { isIsoDuration } from "../../src/time/validate.ts";

test("finds every timex of the dev gold with its span (or an accepted alternative) and an accepted value", { skip: !gold && "no gold file" }, () => {
  const timexes = essayTime().timexes;
  const misses: string[] = [];
  for (const g of gold.timexes) {
    const spans = [[g.start, g.end], ...(g.alt_spans ?? [])];
    const t = timexes.find((x) => spans.some(([s, e]: number[]) => x.start === s && x.end === e));
    if (!t || !g.values.includes(t.value)) misses.push(`${g.text}: ${t ? t.value : "not found"}`);
  }
  assert.deepEqual(misses, []);
});

test("writes every value of the essay as EDTF that the edtf package parses, an ISO 8601 duration, or a TimeML reference value", () => {
  const timexes = essayTime().timexes;
  assert.ok(timexes.length > 56);
  for (const t of timexes) {
    if (t.value === null) continue;
    if (t.type === "DURATION" || t.type === "SET") {
      assert.ok(t.value.split("/").every(isIsoDuration), `${t.text}: ${t.value}`);
    } else if (!REFERENCE_VALUES.has(t.value)) {
      assert.doesNotThrow(() => parse(t.value!), `${t.text}: ${t.value}`);
    }
  }
});

test("keeps offsets inside the text and the text equal to its span", () => {
  const ex = essayTime();
  for (const t of ex.timexes) {
    assert.ok(t.start >= 0 && t.end <= ex.text.length && t.start < t.end);
    assert.equal(ex.text.slice(t.start, t.end), t.text);
  }
  assert.ok(ex.sentenceTimes.every((v) => v === null || typeof v === "string"));
});

test("checks ISO 8601 durations by hand: designators in order, one number each", () => {
  for (const ok of ["P6M", "P5Y", "P2W", "PT3H", "P1Y2M", "PXY", "P1.5Y", "PT30M", "P1DT2H"]) assert.ok(isIsoDuration(ok), ok);
  for (const bad of ["P", "6M", "PM", "P2M1Y", "P1.Y", "PT", "P1Q", "P1YY"]) assert.ok(!isIsoDuration(bad), bad);
});
