// --dct, the document creation date every analysing command reads: a day of the calendar, or a usage error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDct } from "../../src/cli/input.ts";

test("--dct takes a day of the calendar, leap days included", () => {
  assert.equal(parseDct("1940-02-29"), "1940-02-29");
  assert.equal(parseDct("2000-02-29"), "2000-02-29");
  assert.equal(parseDct("1945-08-15"), "1945-08-15");
  assert.equal(parseDct(undefined), null);
});

test("--dct refuses a day the calendar lacks, which Date.parse would move to March", () => {
  for (const bad of ["1941-02-29", "1941-02-30", "1900-02-29", "1941-04-31", "1941-13-01", "1941-6-1", "yesterday"]) {
    assert.throws(() => parseDct(bad), (e: Error & { code?: string }) => /--dct must be a date YYYY-MM-DD/.test(e.message) && e.code === "USAGE", bad);
  }
});
