// The lookups shared by the store, the API and the explorer, on the essay's own sentences and dates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dateHead, dateWithin, sentenceAt } from "../../src/query.ts";
import { analyze } from "../../src/pipeline.ts";
import { essay } from "../helpers.ts";

test("sentenceAt finds the sentence holding every citation of the essay, and -1 between sentences", () => {
  const x = analyze(essay);
  for (const c of x.citations) {
    const i = sentenceAt(x.sentences, c.start);
    const linear = x.sentences.findIndex((s) => s.start <= c.start && c.start < s.end);
    assert.equal(i, linear);
  }
  const gap = x.sentences.findIndex((s, k) => k > 0 && s.start > x.sentences[k - 1].end);
  if (gap > 0) assert.equal(sentenceAt(x.sentences, x.sentences[gap].start - 1), -1);
  assert.equal(sentenceAt(x.sentences, -5), -1);
  assert.equal(sentenceAt(x.sentences, x.text.length + 10), -1);
});

test("dateHead keeps the leading calendar date of EDTF values, BCE years included", () => {
  assert.equal(dateHead("1941-04-13"), "1941-04-13");
  assert.equal(dateHead("1939-22"), "1939-22");
  assert.equal(dateHead("1941-04-13/1946-04-13"), "1941-04-13");
  assert.equal(dateHead("-0490"), "-0490");
  assert.equal(dateHead("194X"), null);
  assert.equal(dateHead("../1945"), null);
});

test("dateWithin compares at the precision of each bound", () => {
  assert.equal(dateWithin("1941-04-13", "1941", "1941"), true);
  assert.equal(dateWithin("1941-04-13", "1941-05"), false);
  assert.equal(dateWithin("1941-04-13", undefined, "1941-04"), true);
  assert.equal(dateWithin(null, "1900"), false);
  assert.equal(dateWithin(null), true);
});
