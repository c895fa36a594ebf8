// The days the events table stores for a date (date_from, date_to), which the store's date queries compare.
import { test } from "node:test";
import assert from "node:assert/strict";
import { storedDays } from "../../src/store/rows.ts";

test("an EDTF year, month, day, season or decade is stored as the days it allows", () => {
  assert.deepEqual(storedDays("1945"), { from: "1945-01-01", to: "1945-12-31" });
  assert.deepEqual(storedDays("1944-02"), { from: "1944-02-01", to: "1944-02-29" });
  assert.deepEqual(storedDays("1945-08-14"), { from: "1945-08-14", to: "1945-08-14" });
  assert.deepEqual(storedDays("1945-08~"), { from: "1945-08-01", to: "1945-08-31" });
  assert.deepEqual(storedDays("194X"), { from: "1940-01-01", to: "1949-12-31" });
  assert.deepEqual(storedDays("1939-22"), { from: "1939-06-01", to: "1939-08-31" });
  assert.deepEqual(storedDays("1939-24"), { from: "1939-12-01", to: "1940-02-29" });
});

test("an interval's open end is stored as the first or last day the table orders", () => {
  assert.deepEqual(storedDays("1941-04-13/1946-04-13"), { from: "1941-04-13", to: "1946-04-13" });
  assert.deepEqual(storedDays("1941/.."), { from: "1941-01-01", to: "9999-12-31" });
  assert.deepEqual(storedDays("../1945-05"), { from: "0000-01-01", to: "1945-05-31" });
});

test("values that are no date, or a day the calendar lacks, or before the common era are not stored as dates", () => {
  for (const bad of ["", "yesterday", "PRESENT_REF", "PAST_REF", "1945-13", "1941-02-29", "P5Y", "19-08-1945", "-0490"]) assert.equal(storedDays(bad), null, bad);
  assert.equal(storedDays(null), null);
});
