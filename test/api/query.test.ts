// The lookups shared by the store, the API and the explorer, on the essay's own sentences and dates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { datedSpan, dateWithin, sentenceAt } from "../../src/query.ts";
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

test("datedSpan gives the days a date covers; an open interval its known end; values that are no date none", () => {
  assert.deepEqual(datedSpan("1941-04-13"), { earliest: "1941-04-13", latest: "1941-04-13" });
  assert.deepEqual(datedSpan("1939-22"), { earliest: "1939-06-01", latest: "1939-08-31" });
  assert.deepEqual(datedSpan("1941-04-13/1946-04-13"), { earliest: "1941-04-13", latest: "1946-04-13" });
  assert.deepEqual(datedSpan("-0490"), { earliest: "-0490-01-01", latest: "-0490-12-31" });
  assert.deepEqual(datedSpan("194X"), { earliest: "1940-01-01", latest: "1949-12-31" });
  assert.deepEqual(datedSpan("../1945"), { earliest: "1945-01-01", latest: "1945-12-31" });
  assert.deepEqual(datedSpan("1941/.."), { earliest: "1941-01-01", latest: "1941-12-31" });
  for (const none of ["PRESENT_REF", "FUTURE_REF", "P5Y", "1941-02-29", "", null]) assert.equal(datedSpan(none), null, String(none));
});

test("dateWithin compares at the precision of each bound", () => {
  assert.equal(dateWithin("1941-04-13", "1941", "1941"), true);
  assert.equal(dateWithin("1941-04-13", "1941-05"), false);
  assert.equal(dateWithin("1941-04-13", undefined, "1941-04"), true);
  assert.equal(dateWithin(null, "1900"), false);
  assert.equal(dateWithin(null), true);
});

test("dateWithin keeps a date whose days overlap the bounds: seasons, decades, intervals; not a value that is no date", () => {
  assert.equal(dateWithin("1939-22", "1939-07", "1939-07"), true);
  assert.equal(dateWithin("1939-22", "1939-09"), false);
  assert.equal(dateWithin("1939-24", "1940-02", "1940-02"), true);
  assert.equal(dateWithin("194X", "1945", "1945"), true);
  assert.equal(dateWithin("194X", "1950"), false);
  assert.equal(dateWithin("1941-04-13/1946-04-13", "1945", "1945"), true);
  assert.equal(dateWithin("1941/..", "1990"), true);
  assert.equal(dateWithin("PRESENT_REF", "1900"), false);
  assert.equal(dateWithin("PRESENT_REF"), true);
});
