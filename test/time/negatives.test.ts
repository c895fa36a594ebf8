import { test } from "node:test";
import assert from "node:assert/strict";
import { tag } from "./tag.ts";

const overlapping = (timexes: { start: number; end: number }[], text: string, phrase: string) => {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, phrase);
  return timexes.filter((t) => t.start < at + phrase.length && at < t.end);
};

test("does not read quantities, article numbers, ordinal fronts or plan names as time", () => {
  const text =
    "A Soviet force of 1.6 million men, 5,000 tanks and 1500 guns crossed the border. The railway was sold for 67.5 million rubles. " +
    "Germany invoked Article 3 of the pact. The First Far Eastern Front crossed the river. Stalin pursued the Five Year Plans. " +
    "Some 2000 soldiers and 1200 horses were lost. Room 1940 was empty; the price was $1939.";
  const r = tag(text);
  for (const phrase of ["1.6 million men", "5,000 tanks", "1500 guns", "67.5 million rubles", "Article 3", "First Far Eastern Front", "Five Year Plans", "2000 soldiers", "1200 horses", "Room 1940", "$1939"]) {
    assert.deepEqual(overlapping(r.timexes, text, phrase), [], phrase);
  }
});

test("does not read page numbers in citations or in the bibliography", () => {
  const text = "In 1907 a convention was signed (Jones, pg. 1934). It held until 1928 (Smith 1954, p. 12).\nWorks Cited:\nJones, F. C. Japan's New Order in East Asia 1937-45. London: Oxford UP, 1954. Print.\n";
  const cite1 = text.indexOf("(Jones");
  const cite2 = text.indexOf("(Smith");
  const bib = text.indexOf("Works Cited");
  const r = tag(text, { citations: [{ start: cite1, end: text.indexOf(")", cite1) + 1 }, { start: cite2, end: text.indexOf(")", cite2) + 1 }], bodyEnd: bib });
  assert.deepEqual(r.timexes.map((t) => t.text), ["1907", "1928"]);
});

test("does not read a bare page locator as a year even without a citation layer", () => {
  const r = tag("See pg. 1934 and pages 1938-1940 of the report, published in 1941.", { citations: [] });
  assert.deepEqual(r.timexes.map((t) => t.text), ["1941"]);
});

test("reads years inside names as timexes", () => {
  const r = tag("The Soviet-Japanese Fishery Convention of 1928 replaced the 1907 agreement; the 1936 program expanded armaments.");
  assert.deepEqual(r.timexes.map((t) => [t.text, t.value]), [["1928", "1928"], ["1907", "1907"], ["1936", "1936"]]);
});

test("does not read modal 'may', the verb 'march' or a lone month name as dates", () => {
  const r = tag("The troops may march at dawn. May the treaty hold. March came and went; they waited until March.");
  assert.deepEqual(r.timexes.map((t) => t.text), ["March"]);
  assert.equal(r.timexes[0].value, null);
});
