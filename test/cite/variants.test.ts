import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../../src/text/index.ts";
import { citeLayer } from "../../src/cite/index.ts";

const cite = (text: string) => {
  const doc = { name: "t", text, dct: null };
  return citeLayer(doc, segment(doc));
};
const refsOf = (text: string, citation: string) => {
  const layer = cite(text);
  const c = layer.citations.find((x) => x.text === citation);
  assert.ok(c, `no citation ${citation} in ${JSON.stringify(layer.citations.map((x) => x.text))}`);
  assert.equal(text.slice(c.start, c.end), citation);
  return c.refs;
};

const bibliography = `

References

Smith, John. The Fall of Rome. Oxford: Clarendon Press, 1999.
Smith, John. Rome Rebuilt. Oxford: Clarendon Press, 2004.
Smith, John, Anne Lee, and Bob Ray. Rome Again. London: Methuen, 2001.
Smith, John, and Mary Jones. “Roman Roads.” Journal of Roman Studies 12.3 (1999): 45-67.
Brown, Anne. History. New York: Norton, 1980. Print.
`;

test("reads author-year citations with pages after a comma or a colon", () => {
  assert.deepEqual(refsOf(`Rome fell slowly (Smith 1999, 12).${bibliography}`, "(Smith 1999, 12)"), [
    { source: "Smith", bib: "smith1999", pages: ["12"], year: "1999" },
  ]);
  assert.deepEqual(refsOf(`Roads mattered (Smith and Jones 1999: 12).${bibliography}`, "(Smith and Jones 1999: 12)"), [
    { source: "Smith and Jones", bib: "smith1999b", pages: ["12"], year: "1999" },
  ]);
});

test("disambiguates one author's entries by the cited year", () => {
  assert.equal(refsOf(`Rome rose again (Smith 2004, 3).${bibliography}`, "(Smith 2004, 3)")[0].bib, "smith2004");
  assert.equal(refsOf(`Rome fell (Smith 1999, 3).${bibliography}`, "(Smith 1999, 3)")[0].bib, "smith1999");
});

test("reads 'et al.', p./pp. markers, en-dash ranges and several refs separated by semicolons", () => {
  assert.deepEqual(refsOf(`Others disagree (Smith et al. 12–14).${bibliography}`, "(Smith et al. 12–14)"), [
    { source: "Smith et al.", bib: "smith2001", pages: ["12-14"] },
  ]);
  assert.deepEqual(refsOf(`Both say so (Brown, p. 5; Smith 1999, pp. 3-4).${bibliography}`, "(Brown, p. 5; Smith 1999, pp. 3-4)"), [
    { source: "Brown", bib: "brown1980", pages: ["5"] },
    { source: "Smith", bib: "smith1999", pages: ["3-4"], year: "1999" },
  ]);
});

test("resolves ibid. to the previous citation's source", () => {
  const refs = refsOf(`First (Brown, 7). Again (ibid., 44).${bibliography}`, "(ibid., 44)");
  assert.deepEqual(refs, [{ source: "Brown", bib: "brown1980", pages: ["44"] }]);
});

test("links numeric citations to a numbered reference list", () => {
  const text = "Numbers matter [1]. Also [2, 3] and [1–3] and [2, p. 5] but not [sic] or [1939].\n\nReferences\n1. Smith, J. A Book. London: Xpress, 1990.\n2. Doe, Jane. Another Book. Paris: Ypress, 1991.\n3. Roe, Richard. Third Book. Rome: Zpress, 1992.\n";
  const layer = cite(text);
  assert.deepEqual(layer.citations.map((c) => c.text), ["[1]", "[2, 3]", "[1–3]", "[2, p. 5]"]);
  assert.deepEqual(layer.citations[2].refs.map((r) => r.bib), ["smith1990", "doe1991", "roe1992"]);
  assert.deepEqual(layer.citations[3].refs, [{ source: "2", bib: "doe1991", pages: ["5"] }]);
  assert.ok(layer.citations.every((c) => c.style === "numeric"));
  assert.deepEqual(layer.warnings, []);
});

test("does not read years, empty parentheses, asides or months as citations", () => {
  const layer = cite(`In (1939) nothing () happened (March 1939) and (see above) or (USSR) said (Japan).${bibliography}`);
  assert.deepEqual(layer.citations, []);
  assert.deepEqual(layer.warnings, []);
});

test("accepts a bare author name only when the bibliography lists it", () => {
  assert.equal(refsOf(`As argued (Brown).${bibliography}`, "(Brown)")[0].bib, "brown1980");
  assert.deepEqual(cite(`As argued (Green).${bibliography}`).citations, []);
});

test("keeps a citation of an unknown author with no link and a warning at its span", () => {
  const text = `Known (Brown, 3) and unknown (Nobody, pg. 4).${bibliography}`;
  const layer = cite(text);
  const c = layer.citations.find((x) => x.text === "(Nobody, pg. 4)")!;
  assert.deepEqual(c.refs, [{ source: "Nobody", bib: null, pages: ["4"] }]);
  assert.equal(layer.warnings.length, 1);
  assert.equal(layer.warnings[0].code, "citation-unknown-source");
  assert.match(layer.warnings[0].message, /Nobody/);
  assert.deepEqual([layer.warnings[0].start, layer.warnings[0].end], [c.start, c.end]);
});

test("warns about a citation without a closing parenthesis and goes on with the text", () => {
  const text = `It began (Brown, pg. 178 and went on for years. Later it ended (Brown, pg. 180).${bibliography}`;
  const layer = cite(text);
  assert.deepEqual(layer.citations.map((c) => c.text), ["(Brown, pg. 180)"]);
  const w = layer.warnings.find((x) => x.code === "citation-unclosed")!;
  assert.ok(w);
  assert.equal(text.slice(w.start, w.end), "(Brown, pg. 178");
});

test("an unclosed parenthesis never reaches into the next paragraph", () => {
  const text = `It began (Brown, pg. 178\n\nA new paragraph (Brown, pg. 3) follows.${bibliography}`;
  const layer = cite(text);
  assert.deepEqual(layer.citations.map((c) => c.text), ["(Brown, pg. 3)"]);
  assert.equal(layer.warnings.filter((w) => w.code === "citation-unclosed").length, 1);
});

test("survives a 200,000-character line of opening parentheses", () => {
  const layer = cite("(".repeat(200_000));
  assert.deepEqual(layer.citations, []);
  assert.equal(layer.bibliography.length, 0);
});

test("reports citations of a text without a bibliography as unresolved", () => {
  const layer = cite("Troops moved (Jones, pg. 178). They stopped (Jones, 179).");
  assert.equal(layer.citations.length, 2);
  assert.ok(layer.citations.every((c) => c.refs[0].bib === null));
  assert.equal(layer.warnings.length, 2);
  assert.equal(layer.bibliographySection, null);
});

const sameYear = `\n\nReferences\nSmith, John, Anne Jones, and Bob Brown. Rome. Oxford: OUP, 1999.\nSmith, John. Athens. Oxford: OUP, 1999.\nSmith, John. Sparta. Oxford: OUP, 1999.\nLee, Ann, and Bo Kim. Seoul. Seoul: SNU, 2005.\n`;

test("reads three authors with commas and APA's ampersand", () => {
  assert.deepEqual(refsOf(`A (Smith, Jones, and Brown 1999).${sameYear}`, "(Smith, Jones, and Brown 1999)"), [
    { source: "Smith, Jones, and Brown", bib: "smith1999", pages: [], year: "1999" },
  ]);
  assert.deepEqual(refsOf(`D (Lee & Kim, 2005, p. 12).${sameYear}`, "(Lee & Kim, 2005, p. 12)"), [
    { source: "Lee and Kim", bib: "lee2005", pages: ["12"], year: "2005" },
  ]);
});

test("picks same-year entries by the year's letter and warns when the year alone is ambiguous", () => {
  const text = `B (Smith 1999a, 12). F (Smith 1999b). C (Smith, 1999, p. 12). I (Smith 1999c, 4).${sameYear}`;
  const layer = cite(text);
  assert.deepEqual(layer.citations.map((c) => c.refs[0].bib), ["smith1999b", "smith1999c", "smith1999b", null]);
  assert.deepEqual(layer.warnings.map((w) => w.code), ["citation-ambiguous-source", "citation-unknown-source"]);
});

test("does not take a 'Sources' heading over prose for a bibliography", () => {
  const text = "The war began (Jones, 12).\n\nSources\n\nThe sources of the conflict were many and varied.\nNone of them was settled by the treaty.\n";
  const layer = cite(text);
  assert.equal(layer.bibliographySection, null);
  assert.equal(layer.bibliography.length, 0);
});

test("reads a narrative citation whose author is named before the parenthesis", () => {
  const text = `Brown (1980, 44) disagrees, and Smith et al. (2001) agree; Lee and Kim (pg. 7) add nothing; Stalin (1879) was born.${bibliography}\nLee, Ann, and Bo Kim. Seoul. Seoul: SNU, 2005.\n`;
  const layer = cite(text);
  assert.deepEqual(layer.citations.map((c) => [c.text, c.refs[0].source, c.refs[0].bib, c.refs[0].pages]), [
    ["(1980, 44)", "Brown", "brown1980", ["44"]],
    ["(2001)", "Smith et al.", "smith2001", []],
    ["(pg. 7)", "Lee and Kim", "lee2005", ["7"]],
  ]);
});

test("takes a trailing numbered list with years for the reference list when there is no heading", () => {
  const text = "Treaties were signed [1] and broken [2, p. 9].\n\n[1] Smith, J. A Book. London: Xpress, 1990.\n[2] Doe, Jane. Another Book. Paris: Ypress, 1991.\n";
  const layer = cite(text);
  assert.equal(text.slice(layer.bibliographySection!.start, layer.bibliographySection!.end).split("\n").length, 2);
  assert.deepEqual(layer.citations.map((c) => c.refs.map((r) => r.bib)), [["smith1990"], ["doe1991"]]);
  assert.deepEqual(cite("Steps:\n1. Boil water.\n2. Add tea.\n").bibliographySection, null);
});

test("links an author with a short title to that author's work (MLA, several works by one author)", () => {
  const text = `Rome again (Smith, Rome Rebuilt 44) and first (Smith, The Fall 3).${bibliography}`;
  const layer = cite(text);
  assert.deepEqual(layer.citations.map((c) => [c.refs[0].source, c.refs[0].bib, c.refs[0].pages]), [
    ["Smith", "smith2004", ["44"]],
    ["Smith", "smith1999", ["3"]],
  ]);
  assert.deepEqual(layer.warnings, []);
});

test("neither reads nor flags a long aside or a name with a year in an unclosed parenthesis", () => {
  const aside = `The talks (Japan, 1939, ${"which was a year of many and varied troubles, ".repeat(12)}) failed.`;
  assert.deepEqual(cite(aside + bibliography).warnings, []);
  assert.deepEqual(cite(`The talks (Japan, 1939 was hard on everyone. They failed.${bibliography}`).warnings, []);
  assert.deepEqual(cite(`The talks failed (Brown 1980\n\nNext paragraph.${bibliography}`).warnings.map((w) => w.code), ["citation-unclosed"]);
});
