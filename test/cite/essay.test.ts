import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../../src/text/index.ts";
import { citeLayer } from "../../src/cite/index.ts";
import { essay, gold } from "../helpers.ts";

const doc = { name: "essay", text: essay, dct: null };
const layer = citeLayer(doc, segment(doc));

/** Page lists compared by their numbers, a run of pages by its two ends ("182-183" = ["182", "183"]). */
function pageEnds(pages: string[]): string {
  const xs = [...new Set(pages.flatMap((p) => p.match(/\d+/g) ?? []).map(Number))].sort((a, b) => a - b);
  return xs.filter((x, i) => !(xs[i - 1] === x - 1 && xs[i + 1] === x + 1)).join(",");
}

test("finds every one of the essay's citations with its exact span, source and pages", { skip: !gold }, () => {
  assert.equal(layer.citations.length, gold.citations.count);
  const byStart = new Map(layer.citations.map((c) => [c.start, c]));
  for (const g of gold.citations.list) {
    const c = byStart.get(g.start);
    assert.ok(c, `citation at ${g.start}`);
    assert.equal(c.end, g.end);
    assert.equal(c.text, essay.slice(g.start, g.end));
    assert.equal(c.refs.length, 1);
    assert.equal(c.refs[0].source, g.source);
    assert.equal(pageEnds(c.refs[0].pages), pageEnds(g.pages), c.text);
  }
});

test("keeps a page range as one string and a page list as several", () => {
  const find = (s: string) => layer.citations.find((c) => c.text === s)!;
  assert.deepEqual(find("(Jones, pg. 182-183)").refs[0].pages, ["182-183"]);
  assert.deepEqual(find("(Jones, pg. 323 & 329)").refs[0].pages, ["323", "329"]);
  assert.deepEqual(find("(Eudin and Slusser, pg. 364, 385)").refs[0].pages, ["364", "385"]);
  assert.deepEqual(find("(Jones, pg.178)").refs[0].pages, ["178"]);
  assert.deepEqual(find("(March, 216)").refs[0].pages, ["216"]);
});

test("links every citation to the bibliography entry of its author, with no warnings", () => {
  const ids = new Set(layer.bibliography.map((b) => b.id));
  for (const c of layer.citations) {
    assert.ok(c.refs[0].bib && ids.has(c.refs[0].bib), c.text);
    const entry = layer.bibliography.find((b) => b.id === c.refs[0].bib)!;
    assert.equal(entry["citation-key"], c.refs[0].source);
  }
  assert.deepEqual(layer.warnings, []);
});

test("parses the three Works Cited entries into CSL-JSON with the gold's fields", { skip: !gold }, () => {
  assert.equal(layer.bibliography.length, gold.bibliography.length);
  for (const g of gold.bibliography) {
    const entry = layer.bibliography.find((b) => b.author?.[0]?.family === g.key);
    assert.ok(entry, g.key);
    assert.deepEqual(entry.author!.map((a) => `${a.family}, ${a.given}`), g.author);
    assert.deepEqual(entry.issued, { "date-parts": [[g.issued]] });
    assert.equal(entry.publisher, g.publisher);
    assert.equal(entry["publisher-place"], g.place);
    assert.ok(entry.title!.startsWith(g.title_starts), entry.title);
    if (g.volume) assert.equal(entry.volume, g.volume);
    assert.equal(entry.type, "book");
    assert.equal(entry.medium, "Print");
    assert.equal(entry.id, `${g.key.toLowerCase()}${g.issued}`);
    assert.ok(essay.slice(entry.start, entry.end).startsWith(g.key));
    assert.ok(essay.slice(entry.start, entry.end).endsWith("Print."));
  }
});

test("reads the hard-wrapped Eudin and Slusser entry as one entry", () => {
  const eudin = layer.bibliography.find((b) => b["citation-key"] === "Eudin and Slusser")!;
  assert.ok(essay.slice(eudin.start, eudin.end).includes("Soviet\nForeign Policy"));
  assert.equal(eudin.title, "Soviet Foreign Policy, 1928-1934; Documents and Materials");
});

test("returns the Works Cited section from its heading to its last entry, not the footer", () => {
  const section = layer.bibliographySection!;
  assert.equal(section.start, essay.indexOf("Works Cited:"));
  assert.ok(essay.slice(section.start, section.end).endsWith("Praeger, 1996. Print."));
  assert.ok(layer.citations.every((c) => c.end <= section.start));
});
