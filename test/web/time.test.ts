// The explorer's dates (web/src/time.ts): EDTF values as the milliseconds the views draw, their labels, and
// what a user types into a date filter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { afterDuration, dayStart, durationLabel, edtfRange, formatEdtf, monthEnd, monthIndex, parseTypedDate, yearOf, yearStart } from "../../web/src/time.ts";

const DAY = 86_400_000;
const days = (edtf: string) => {
  const r = edtfRange(edtf);
  return r && [new Date(r[0]).toISOString().slice(0, 10), new Date(r[1]).toISOString().slice(0, 10), r[1] - r[0] + 1];
};

test("a season, a decade and an interval cover their days; an open interval its known end", () => {
  assert.deepEqual(days("1939-22"), ["1939-06-01", "1939-08-31", 92 * DAY]);
  assert.deepEqual(days("1939-24"), ["1939-12-01", "1940-02-29", 91 * DAY]);
  assert.deepEqual(days("194X"), ["1940-01-01", "1949-12-31", 3653 * DAY]);
  assert.deepEqual(days("1941-04-13/1946-04-13")?.slice(0, 2), ["1941-04-13", "1946-04-13"]);
  assert.deepEqual(days("1941/..")?.slice(0, 2), ["1941-01-01", "1941-12-31"]);
  assert.deepEqual(days("../1945-05")?.slice(0, 2), ["1945-05-01", "1945-05-31"]);
});

test("values that are no EDTF date are undated, and their label is the value itself", () => {
  for (const v of ["PRESENT_REF", "PAST_REF", "P2XY", "1941-02-29", "", null]) assert.equal(edtfRange(v), null, String(v));
  assert.equal(formatEdtf("PRESENT_REF"), "PRESENT_REF");
  assert.equal(formatEdtf(null), "undated");
});

test("BCE years use astronomical numbering, as EDTF does: -0490 is 491 BCE", () => {
  assert.equal(yearOf(yearStart(-490)), -490);
  assert.equal(yearOf(edtfRange("-0490")![1]), -490);
  assert.equal(dayStart("-0490-01-01"), yearStart(-490));
  assert.equal(formatEdtf("-0490"), "491 BCE");
  assert.equal(yearOf(yearStart(50)), 50, "years 0-99 are not read as 1900-1999");
});

test("labels name seasons, months, days, decades and approximate values", () => {
  assert.equal(formatEdtf("1939-22"), "summer 1939");
  assert.equal(formatEdtf("1941-04-13"), "13 April 1941");
  assert.equal(formatEdtf("1941-04~"), "April 1941 (approx.)");
  assert.equal(formatEdtf("194X"), "1940 – 1949");
  assert.equal(formatEdtf("1941-06-2X"), "20 June 1941 – 29 June 1941");
  assert.equal(formatEdtf("1941-04-13/1946-04-13"), "13 April 1941 – 13 April 1946");
  assert.equal(formatEdtf("1941/.."), "1941 – …");
});

test("a duration after a signing day keeps the day within the month it lands in", () => {
  const end = (signed: string, duration: string) => {
    const ms = afterDuration(edtfRange(signed)![0], duration);
    return ms === null ? null : new Date(ms).toISOString().slice(0, 10);
  };
  assert.equal(end("1941-04-13", "P5Y"), "1946-04-13");
  assert.equal(end("1941-01-31", "P1M"), "1941-02-28");
  assert.equal(end("1940-01-31", "P1M"), "1940-02-29");
  assert.equal(end("1940-08-31", "P18M"), "1942-02-28");
  assert.equal(end("1941-04-13", "PXY"), null);
  assert.equal(durationLabel("P5Y"), "5 years");
  assert.equal(durationLabel("P10Y6M"), "10 years 6 months");
  assert.equal(durationLabel("P1M"), "1 month");
  assert.equal(durationLabel("PXY"), "PXY");
});

test("the time control's months end on the last millisecond of the month, February of leap years included", () => {
  const feb1940 = monthIndex(edtfRange("1940-02")![0]);
  assert.equal(monthEnd(feb1940), edtfRange("1940-02")![1]);
  assert.equal(monthEnd(monthIndex(edtfRange("-0490-12")![0])), edtfRange("-0490-12")![1]);
});

test("a typed date is checked against the calendar", () => {
  assert.deepEqual(parseTypedDate("1940-02-29"), { from: "1940-02-29", to: "1940-02-29" });
  assert.match((parseTypedDate("1941-02-29") as { error: string }).error, /February has no day 29/);
  assert.match((parseTypedDate("1941-13") as { error: string }).error, /no month 13/);
  assert.deepEqual(parseTypedDate("490 BC"), { from: "-0489", to: "-0489" });
  assert.deepEqual(parseTypedDate("1930s"), { from: "1930", to: "1939" });
});
