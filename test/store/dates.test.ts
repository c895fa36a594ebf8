import { test } from "node:test";
import assert from "node:assert/strict";
import { dayRange, gapInDays } from "../../src/store/dates.ts";

test("an EDTF year, month or day becomes the span of days it allows", () => {
  assert.deepEqual(dayRange("1945"), { from: "1945-01-01", to: "1945-12-31" });
  assert.deepEqual(dayRange("1944-02"), { from: "1944-02-01", to: "1944-02-29" });
  assert.deepEqual(dayRange("1945-08-14"), { from: "1945-08-14", to: "1945-08-14" });
  assert.deepEqual(dayRange("1945-08~"), { from: "1945-08-01", to: "1945-08-31" });
  assert.deepEqual(dayRange("194X"), { from: "1940-01-01", to: "1949-12-31" });
});

test("an EDTF interval spans from its first to its last day, open ends included", () => {
  assert.deepEqual(dayRange("1941-04-13/1946-04-13"), { from: "1941-04-13", to: "1946-04-13" });
  assert.deepEqual(dayRange("1941/.."), { from: "1941-01-01", to: "9999-12-31" });
});

test("text that is not a date has no span", () => {
  for (const bad of ["", "yesterday", "1945-13", "P5Y", "19-08-1945"]) assert.equal(dayRange(bad), null, bad);
});

test("the gap between two dates is zero when they overlap and counts days otherwise", () => {
  assert.equal(gapInDays(dayRange("1945")!, dayRange("1945-08-14")!), 0);
  assert.equal(gapInDays(dayRange("1945-08-14")!, dayRange("1945-08-15")!), 1);
  assert.equal(gapInDays(dayRange("1945-09")!, dayRange("1945-08-14")!), 18);
});
