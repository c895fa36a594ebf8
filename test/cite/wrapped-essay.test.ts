// A second, differently laid out essay (test/cite/fixtures/wrapped-essay.txt): hard-wrapped blank-line
// paragraphs, author-year citations that cross line breaks, a hanging-indent reference list, a blog footer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { segment } from "../../src/text/index.ts";
import { citeLayer } from "../../src/cite/index.ts";

const text = readFileSync(new URL("./fixtures/wrapped-essay.txt", import.meta.url), "utf8");
const doc = { name: "wrapped-essay.txt", text, dct: null };
const structure = segment(doc);
const layer = citeLayer(doc, structure);
const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

test("ends the content before the blog footer", () => {
  assert.equal(structure.contentEnd, text.indexOf("Posted by Nora"));
});

test("joins wrapped lines into blank-line separated paragraphs", () => {
  const paragraphs = structure.paragraphs.map(slice);
  assert.ok(paragraphs.includes("Results"));
  const first = paragraphs.find((p) => p.startsWith("When the delegates"))!;
  assert.ok(first.endsWith("(Kaufman 1990, 15-16; Dingman 1976, 190)."));
  const sentences = structure.sentences.map(slice);
  assert.ok(sentences.includes("Secretary of State Charles E.\nHughes opened the first session with a proposal that stunned the room: he\noffered to scrap American capital ships already under construction\n(Kaufman 1990, 15-16; Dingman 1976, 190)."));
  assert.ok(sentences.includes("The British delegation, led by A. J. Balfour, accepted the principle of a\nratio."));
});

test("finds the author-year citations, including one broken across lines", () => {
  const texts = layer.citations.map((c) => c.text);
  assert.ok(texts.includes("(Asada 2006:\n77)"));
  assert.ok(texts.includes("(Asada 2006, pp. 80-82)"));
  const multi = layer.citations.find((c) => c.text === "(Kaufman 1990, 15-16; Dingman 1976, 190)")!;
  assert.deepEqual(multi.refs.map((r) => [r.bib, r.pages]), [["kaufman1990", ["15-16"]], ["dingman1976", ["190"]]]);
  const edited = layer.citations.find((c) => c.text.startsWith("(Goldstein and Maurer"))!;
  assert.equal(edited.refs[0].bib, "goldstein1994");
});

test("warns once for the unknown author and once for the unclosed citation", () => {
  assert.deepEqual(layer.warnings.map((w) => w.code).sort(), ["citation-unclosed", "citation-unknown-source"]);
  const unclosed = layer.warnings.find((w) => w.code === "citation-unclosed")!;
  assert.equal(text.slice(unclosed.start, unclosed.end), "(Asada 2006, 250");
});

test("reads the five hanging-indent references", () => {
  assert.deepEqual(layer.bibliography.map((b) => b.id), ["asada2006", "dingman1976", "goldstein1994", "kaufman1990", "nish1972"]);
  const asada = layer.bibliography[0];
  assert.equal(asada.title, "From Mahan to Pearl Harbor: The Imperial Japanese Navy and the United States");
  assert.equal(asada["publisher-place"], "Annapolis");
  assert.deepEqual((layer.bibliography[2] as any).editor.map((e: any) => e.family), ["Goldstein", "Maurer"]);
  assert.equal(slice(layer.bibliographySection!).split("\n")[0], "References");
  assert.ok(layer.bibliographySection!.end <= structure.contentEnd);
});
