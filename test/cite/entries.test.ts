import { test } from "node:test";
import assert from "node:assert/strict";
import { parseEntry } from "../../src/cite/entry.ts";
import { findBibliographySection, splitEntries } from "../../src/cite/bibliography.ts";
import { formatBibliography, toCslJson, availableStyles } from "../../src/cite/csl.ts";
import { segment } from "../../src/text/index.ts";
import { citeLayer } from "../../src/cite/index.ts";
import { BibEntry } from "../../src/schema.ts";

test("parses a Chicago-style book with two volumes and a place holding a comma", () => {
  const { item } = parseEntry("Coox, Alvin D. Nomonhan: Japan Against Russia, 1939. 2 vols. Stanford, CA: Stanford University Press, 1985.");
  assert.deepEqual(item.author, [{ family: "Coox", given: "Alvin D." }]);
  assert.equal(item.title, "Nomonhan: Japan Against Russia, 1939");
  assert.equal(item["number-of-volumes"], "2");
  assert.equal(item["publisher-place"], "Stanford, CA");
  assert.equal(item.publisher, "Stanford University Press");
  assert.deepEqual(item.issued, { "date-parts": [[1985]] });
});

test("parses a journal article with its container, volume, issue and pages", () => {
  const { item } = parseEntry("Slavinsky, Boris. “The Soviet-Japanese Neutrality Pact.” Journal of Slavic Studies 14.2 (1995): 201-230. Print.");
  assert.equal(item.type, "article-journal");
  assert.equal(item.title, "The Soviet-Japanese Neutrality Pact");
  assert.equal(item["container-title"], "Journal of Slavic Studies");
  assert.deepEqual([item.volume, item.issue, item.page, item.medium], ["14", "2", "201-230", "Print"]);
  assert.deepEqual(item.issued, { "date-parts": [[1995]] });
});

test("parses a chapter in an edited book", () => {
  const { item } = parseEntry("Miller, Ann. “Border Wars.” Japan at War. Ed. John Doe. London: Routledge, 2003. 45-67. Print.");
  assert.equal(item.type, "chapter");
  assert.equal(item["container-title"], "Japan at War");
  assert.deepEqual(item.editor, [{ family: "Doe", given: "John" }]);
  assert.equal(item.page, "45-67");
});

test("reads editors, et al., particles and titles ending in an acronym", () => {
  const edited = parseEntry("Lensen, George Alexander, ed. Japanese Recognition of the U.S.S.R. Tokyo: Sophia University, 1970.");
  assert.deepEqual(edited.item.editor, [{ family: "Lensen", given: "George Alexander" }]);
  assert.equal(edited.item.author, undefined);
  assert.equal(edited.item.title, "Japanese Recognition of the U.S.S.R.");
  assert.equal(edited.item["publisher-place"], "Tokyo");
  const many = parseEntry("Smith, John, et al. A Joint History. New York: Norton, 2010.");
  assert.equal(many.etAl, true);
  assert.equal(many.item.title, "A Joint History");
  assert.deepEqual(parseEntry("de Gaulle, Charles. Memoirs of Hope. Paris: Plon, 1971.").item.author, [{ family: "de Gaulle", given: "Charles" }]);
});

test("reads an APA entry with the year after the authors", () => {
  const { item } = parseEntry("Brown, A. (2001). The rise of Japan. Oxford University Press.");
  assert.deepEqual(item.author, [{ family: "Brown", given: "A." }]);
  assert.equal(item.title, "The rise of Japan");
  assert.deepEqual(item.issued, { "date-parts": [[2001]] });
});

test("gives a repeated-author dash entry the previous entry's authors and a distinct id", () => {
  const text = "Text (Lensen 1970, 4) and (Lensen 1974, 9).\n\nBibliography\nLensen, George. The Strange Neutrality. Tallahassee: Diplomatic Press, 1972.\n———. The Damned Inheritance. Tallahassee: Diplomatic Press, 1974.\n";
  const doc = { name: "t", text, dct: null };
  const layer = citeLayer(doc, segment(doc));
  assert.deepEqual(layer.bibliography.map((b) => [b.id, b.author?.[0]?.family]), [["lensen1972", "Lensen"], ["lensen1974", "Lensen"]]);
  assert.equal(layer.citations[1].refs[0].bib, "lensen1974");
  assert.equal(layer.citations[0].refs[0].bib, null, "no 1970 entry");
  assert.equal(layer.warnings.length, 1);
});

test("splits entries with hanging indents and wrapped lines", () => {
  const text = "Works Cited\nHaslam, Jonathan. The Soviet Union and the Threat from the East,\n    1933-41. Pittsburgh: University of Pittsburgh Press, 1992.\nHasegawa, Tsuyoshi. Racing the Enemy: Stalin, Truman, and the\n    Surrender of Japan. Cambridge, MA: Belknap Press, 2005.\n";
  const section = findBibliographySection(text, text.length)!;
  assert.equal(section.start, 0);
  const entries = splitEntries(text, section).map((e) => text.slice(e.start, e.end));
  assert.equal(entries.length, 2);
  assert.ok(entries[0].endsWith("Press, 1992."));
  assert.equal(parseEntry(entries[1]).item.title, "Racing the Enemy: Stalin, Truman, and the Surrender of Japan");
});

test("finds no bibliography in a text without a heading for one", () => {
  assert.equal(findBibliographySection("Some text.\nMore text about references in general.\n", 50), null);
});

test("turns items into clean CSL-JSON and formats them with a bundled style", () => {
  const text = "Works Cited:\nJones, F. C. Japan's New Order in East Asia. London: Oxford UP, 1954. Print.\n";
  const doc = { name: "t", text, dct: null };
  const items = citeLayer(doc, segment(doc)).bibliography;
  assert.ok(items.every((i) => BibEntry.safeParse(i).success));
  const csl = toCslJson(items);
  assert.equal("start" in csl[0] || "end" in csl[0], false);
  assert.equal(csl[0].id, "jones1954");
  assert.ok(availableStyles().includes("apa"));
  assert.equal(formatBibliography(items, "apa").trim(), "Jones, F. C. (1954). Japan’s New Order in East Asia [Print]. Oxford UP.");
  assert.throws(() => formatBibliography(items, "no-such-style"), /unknown citation style/);
});
