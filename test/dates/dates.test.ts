import test from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  addDays, addDuration, compareDays, containsDay, dayInterval, dayNumber, dayOfNumber, daysBetween, daysInMonth, formatDay, gapInDays, isDay, overlaps, parseDay,
  type Day,
} from "../../src/dates/index.ts";

const span = (value: string) => {
  const i = dayInterval(value);
  return i && [i.earliest, i.latest];
};

test("years, months and days span the days they name, leap years included", () => {
  assert.deepEqual(span("1945"), ["1945-01-01", "1945-12-31"]);
  assert.deepEqual(span("1940-02"), ["1940-02-01", "1940-02-29"]);
  assert.deepEqual(span("1941-02"), ["1941-02-01", "1941-02-28"]);
  assert.deepEqual(span("1900-02"), ["1900-02-01", "1900-02-28"]);
  assert.deepEqual(span("2000-02"), ["2000-02-01", "2000-02-29"]);
  assert.deepEqual(span("1941-06-22"), ["1941-06-22", "1941-06-22"]);
});

test("seasons are the northern-hemisphere months the texts mean, winter running into the next year", () => {
  assert.deepEqual(span("1939-21"), ["1939-03-01", "1939-05-31"]);
  assert.deepEqual(span("1939-22"), ["1939-06-01", "1939-08-31"]);
  assert.deepEqual(span("1939-23"), ["1939-09-01", "1939-11-30"]);
  assert.deepEqual(span("1939-24"), ["1939-12-01", "1940-02-29"]);
  assert.deepEqual(span("1940-24"), ["1940-12-01", "1941-02-28"]);
  // Named hemispheres, quarters, quadrimesters, semesters.
  assert.deepEqual(span("1905-26"), ["1905-06-01", "1905-08-31"]);
  assert.deepEqual(span("1905-30"), ["1905-12-01", "1906-02-28"]);
  assert.deepEqual(span("1905-32"), ["1905-06-01", "1905-08-31"]);
  assert.deepEqual(span("1941-34"), ["1941-04-01", "1941-06-30"]);
  assert.deepEqual(span("1941-38"), ["1941-05-01", "1941-08-31"]);
  assert.deepEqual(span("1941-41"), ["1941-07-01", "1941-12-31"]);
  assert.equal(dayInterval("1939-42"), null);
});

test("decades, centuries and unspecified digits span every day they allow", () => {
  assert.deepEqual(span("194X"), ["1940-01-01", "1949-12-31"]);
  assert.deepEqual(span("194"), ["1940-01-01", "1949-12-31"]);
  assert.deepEqual(span("19XX"), ["1900-01-01", "1999-12-31"]);
  assert.deepEqual(span("19"), ["1900-01-01", "1999-12-31"]);
  assert.deepEqual(span("1941-XX"), ["1941-01-01", "1941-12-31"]);
  assert.deepEqual(span("1941-06-2X"), ["1941-06-20", "1941-06-29"]);
  assert.deepEqual(span("1941-02-XX"), ["1941-02-01", "1941-02-28"]);
  assert.deepEqual(span("19XX-22"), ["1900-06-01", "1999-08-31"]);
});

test("uncertain and approximate values keep the span of the value they qualify", () => {
  for (const [value, plain] of [["1939?", "1939"], ["1939~", "1939"], ["1939%", "1939"], ["1941-06~", "1941-06"], ["?1941-06-22", "1941-06-22"], ["1939-22~", "1939-22"], ["1939?-22", "1939-22"]]) {
    assert.deepEqual(span(value), span(plain), value);
  }
});

test("dates before the common era use astronomical years: -0044 is 45 BCE, 0000 is 1 BCE", () => {
  assert.deepEqual(span("-0044-03-15"), ["-0044-03-15", "-0044-03-15"]);
  assert.deepEqual(span("-0044"), ["-0044-01-01", "-0044-12-31"]);
  assert.deepEqual(span("0000"), ["0000-01-01", "0000-12-31"]);
  assert.deepEqual(span("-0001/0001"), ["-0001-01-01", "0001-12-31"]);
  // Year 0 and -4 are leap years in the proleptic Gregorian calendar.
  assert.deepEqual(span("0000-02"), ["0000-02-01", "0000-02-29"]);
  assert.deepEqual(span("-0004-02"), ["-0004-02-01", "-0004-02-29"]);
  assert.deepEqual(span("-0005-02"), ["-0005-02-01", "-0005-02-28"]);
  assert.equal(addDuration("-0001-12-31", "P1D"), "0000-01-01");
  assert.equal(daysBetween("-0001-01-01", "0001-01-01"), 731);
});

test("intervals run from the first day of their start to the last of their end; open or unknown ends are null", () => {
  assert.deepEqual(span("1941-04-13/1946-04-13"), ["1941-04-13", "1946-04-13"]);
  assert.deepEqual(span("1939-09/1945-05"), ["1939-09-01", "1945-05-31"]);
  assert.deepEqual(span("1939-22/1940-21"), ["1939-06-01", "1940-05-31"]);
  assert.deepEqual(span("1984?/2004~"), ["1984-01-01", "2004-12-31"]);
  assert.deepEqual(span("1941/.."), ["1941-01-01", null]);
  assert.deepEqual(span("../1945"), [null, "1945-12-31"]);
  assert.deepEqual(span("1941/"), ["1941-01-01", null]);
  assert.deepEqual(span("/1945-05"), [null, "1945-05-31"]);
  assert.deepEqual(span("{1939,1941}"), ["1939-01-01", "1941-12-31"]);
});

test("what is not EDTF, or names a day the calendar lacks, has no span", () => {
  for (const value of [null, undefined, "", "summer 1939", "1941-13", "1941-02-29", "1941-04-31", "1941-02-29/1942", "-0000", "1941-06-22T", "Y170000002"]) {
    assert.equal(dayInterval(value as string), null, String(value));
  }
});

test("adding months or years to a month's last day stays in the month it lands on", () => {
  assert.equal(addDuration("1941-01-31", "P1M"), "1941-02-28");
  assert.equal(addDuration("1940-01-31", "P1M"), "1940-02-29");
  assert.equal(addDuration("1940-02-29", "P1Y"), "1941-02-28");
  assert.equal(addDuration("1940-02-29", "P4Y"), "1944-02-29");
  assert.equal(addDuration("1941-03-31", "-P1M"), "1941-02-28");
  assert.equal(addDuration("1941-08-31", "P18M"), "1943-02-28");
  assert.equal(addDuration("1941-04-13", "P5Y"), "1946-04-13");
  assert.equal(addDuration("1941-04-13", "P10Y6M"), "1951-10-13");
  assert.equal(addDuration("1941-12-25", "P2W"), "1942-01-08");
  assert.equal(addDuration("1941-01-31", "P1M1D"), "1941-03-01");
  for (const bad of ["PT5H", "P", "-P", "P1.5Y", "1 year", "P1Y-2M"]) assert.equal(addDuration("1941-04-13", bad), null, bad);
  assert.equal(addDuration("1941-02-29", "P1Y"), null);
});

test("days compare, count and move across months, years and eras", () => {
  assert.ok(compareDays("-0044-03-15", "0001-01-01")! < 0);
  assert.ok(compareDays("1941-06-22", "1941-06-21")! > 0);
  assert.equal(compareDays("1941-06-22", "1941-06-22"), 0);
  assert.equal(compareDays("1941-06-31", "1941-06-22"), null);
  assert.equal(daysBetween("1941-06-22", "1945-05-09"), 1417);
  assert.equal(addDays("1941-06-22", 1417), "1945-05-09");
  assert.equal(addDays("1941-03-01", -1), "1941-02-28");
  assert.ok(isDay("2000-02-29") && !isDay("1900-02-29") && !isDay("1941-6-22"));
  assert.equal(formatDay({ year: 12345, month: 1, day: 2 }), "12345-01-02");
  assert.deepEqual(parseDay("12345-01-02"), { year: 12345, month: 1, day: 2 });
});

test("interval tests: containment, overlap and the gap in days, with open ends", () => {
  const war = dayInterval("1939-09-01/1945-09-02")!;
  assert.ok(containsDay(war, "1941-06-22") && !containsDay(war, "1945-09-03"));
  assert.ok(containsDay(dayInterval("1941/..")!, "2024-01-01") && !containsDay(dayInterval("1941/..")!, "1940-12-31"));
  assert.ok(overlaps(dayInterval("1939-22")!, dayInterval("1939-08-23")!));
  assert.ok(!overlaps(dayInterval("1939-22")!, dayInterval("1939-09-01")!));
  assert.equal(gapInDays(dayInterval("1939-22")!, dayInterval("1939-09-01")!), 1);
  assert.equal(gapInDays(dayInterval("1945")!, dayInterval("1939")!), 1828);
  assert.equal(gapInDays(dayInterval("../1945")!, dayInterval("1941/..")!), 0);
});

const anyDay = fc
  .record({ year: fc.integer({ min: -9999, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d): Day => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

test("day numbers and days convert both ways, and agree with the JavaScript calendar where it is exact (property)", () => {
  fc.assert(
    fc.property(anyDay, (d) => {
      assert.deepEqual(dayOfNumber(dayNumber(d)), d);
      assert.deepEqual(parseDay(formatDay(d)), d);
      assert.equal(dayNumber(dayOfNumber(dayNumber(d) + 1)), dayNumber(d) + 1);
      if (d.year >= 100) assert.equal(dayNumber(d), Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
    }),
    { numRuns: 2000 },
  );
});

test("adding months lands on the same day of the target month, or on its last day (property)", () => {
  fc.assert(
    fc.property(anyDay, fc.integer({ min: 0, max: 240 }), (d, months) => {
      const out = parseDay(addDuration(formatDay(d), `P${months}M`)!)!;
      const total = d.year * 12 + d.month - 1 + months;
      assert.equal(out.year * 12 + out.month - 1, total);
      assert.equal(out.day, Math.min(d.day, daysInMonth(out.year, out.month)));
      assert.equal(addDuration(formatDay(d), `P${months * 7}D`), addDays(formatDay(d), months * 7));
    }),
    { numRuns: 2000 },
  );
});

test("a day's span is that day, a month's runs from its first to its last day (property)", () => {
  fc.assert(
    fc.property(anyDay.filter((d) => d.year >= 0), (d) => {
      const day = formatDay(d);
      assert.deepEqual(span(day), [day, day]);
      const month = day.slice(0, -3);
      assert.deepEqual(span(month), [`${month}-01`, `${month}-${String(daysInMonth(d.year, d.month)).padStart(2, "0")}`]);
    }),
    { numRuns: 500 },
  );
});
