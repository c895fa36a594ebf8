import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { tag } from "./tag.ts";

// A second history text, written for these tests, with phrasing the essay does not use.
const text = readFileSync(new URL("./texts/crimean-war.txt", import.meta.url), "utf8");

test("tags a second history text with its own phrasing and values", () => {
  const r = tag(text);
  const expected: [string, string | null, string][] = [
    ["1853–1856", "1853/1856", "DATE"],
    ["the autumn of 1853", "1853-23", "DATE"],
    ["30 November", "1853-11-30", "DATE"],
    ["almost a year", "P1Y", "DURATION"],
    ["from October 1854 to September 1855", "1854-10/1855-09", "DATE"],
    ["the 5th of November, 1854", "1854-11-05", "DATE"],
    ["the same day", "1855-03-02", "DATE"],
    ["the following February", "1856-02", "DATE"],
    ["two and a half years", "P2.5Y", "DURATION"],
    ["fifteen years", "P15Y", "DURATION"],
    ["Six years later", "1876", "DATE"],
    ["1875-78", "1875/1878", "DATE"],
    ["the late 19th century", "18XX", "DATE"],
    ["Around 1880", "1880~", "DATE"],
    ["every three years", "P3Y", "SET"],
    ["A month later", null, "DATE"],
    ["Tuesday, 4 March 1856", "1856-03-04", "DATE"],
    ["2 p.m.", "1856-03-04T14:00", "TIME"],
    ["Earlier that week", "1856-03-03/1856-03-09", "DATE"],
    ["the next year", "2004", "DATE"],
  ];
  for (const [span, value, type] of expected) {
    const t = r.byText(span);
    assert.equal(t.value, value, span);
    assert.equal(t.type, type, span);
  }
});

test("leaves counts of men, officers and horses in the history text alone", () => {
  const r = tag(text);
  for (const t of r.timexes) assert.doesNotMatch(t.text, /450,000|1,800|2500/);
});

test("a season in lower case naming a time of the narrative's year before its noun: 'their main summer offensive', 'a spring offensive', 'his winter campaign'", () => {
  const russia = tag("In May 1942 the Germans launched their main summer offensive against southern Russia.");
  assert.equal(russia.byText("summer").value, "1942-22");
  const iraq = tag("By 2008 the army was stronger, and it launched a spring offensive against the militias.");
  assert.equal(iraq.byText("spring").value, "2008-21");
  const napoleon = tag("In 1812 the emperor began his winter campaign too late.");
  assert.equal(napoleon.byText("winter").value, "1812-24");
  // not a verb, nor water, nor a collapse
  for (const text of ["In 1940 prices began to fall sharply.", "In 1942 a hot spring water flows.", "In 1863 after Meade's inconclusive fall campaign, Lincoln decided."]) {
    assert.deepEqual(tag(text).timexes.map((t) => t.text), [text.slice(3, 7)]);
  }
});
