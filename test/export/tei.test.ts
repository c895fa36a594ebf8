import { test } from "node:test";
import assert from "node:assert/strict";
import { exportAs } from "../../src/export/index.ts";
import { teiBody } from "../../src/export/tei.ts";
import { analyze } from "../../src/pipeline.ts";
import type { Extraction } from "../../src/schema.ts";
import { assertWellFormedXml, hostileExtraction, parseXml } from "./support.ts";
import { subjects } from "./subjects.ts";

const TEI_NS = "http://www.tei-c.org/ns/1.0";

function elements(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(TEI_NS, name) as unknown as ArrayLike<Element>);
}

function bodyText(xml: string): string {
  return elements(parseXml(xml), "body")[0].textContent ?? "";
}

test("writes well-formed TEI whose body text, tags stripped, is the document text", () => {
  for (const [name, x] of subjects()) {
    const xml = exportAs("tei", x);
    assertWellFormedXml(xml);
    const dom = parseXml(xml);
    assert.equal(dom.documentElement.localName, "TEI");
    assert.equal(dom.documentElement.namespaceURI, TEI_NS);
    assert.equal(elements(dom, "teiHeader").length, 1);
    assert.ok((elements(dom, "title")[0].textContent ?? "").length > 0, `${name}: a title`);
    assert.equal(bodyText(xml), x.text, name);
    assert.equal(elements(elements(dom, "sourceDesc")[0], "listBibl").length, x.bibliography.length > 0 ? 1 : 0);
    const ids = new Set([...xml.matchAll(/xml:id="([^"]+)"/g)].map((m) => m[1]));
    for (const [, pointers] of xml.matchAll(/(?:corresp|datingMethod)="([^"]*)"/g)) {
      for (const p of pointers.split(" ")) assert.ok(p.startsWith("#") && ids.has(p.slice(1)), `${name}: pointer ${p} resolves to an xml:id`);
    }
  }
});

test("marks TEI names, dates and citations at the offsets of their annotations", () => {
  for (const [name, x] of subjects()) {
    const dom = parseXml(exportAs("tei", x));
    const placeMentions = x.entities.filter((e) => e.kind === "place").flatMap((e) => e.mentions.map((m) => m.text));
    const placeNames = elements(dom, "placeName").filter((el) => el.getAttribute("type") !== "state");
    for (const el of placeNames) assert.ok(placeMentions.includes(el.textContent ?? ""), `${name}: placeName ${el.textContent}`);
    for (const el of [...placeNames, ...elements(dom, "persName"), ...elements(dom, "orgName")]) {
      const e = x.entities.find((en) => en.id === el.getAttribute("key"));
      assert.ok(e, `${name}: the name element points at its entity`);
      assert.equal(el.getAttribute("ref") || null, e.wikidata ? `wd:${e.wikidata}` : null);
    }
    const body = elements(dom, "body")[0];
    for (const el of elements(body, "date")) {
      const when = el.getAttribute("when") || el.getAttribute("when-custom");
      assert.ok(x.timexes.some((t) => t.value === when && t.text === el.textContent), `${name}: date ${when} "${el.textContent}"`);
    }
    const citations = elements(dom, "bibl").filter((el) => el.getAttribute("type") === "citation");
    assert.ok(citations.length <= x.citations.length);
    for (const el of citations) assert.ok(x.citations.some((c) => c.text === el.textContent), `${name}: citation ${el.textContent}`);
  }
});

test("resolves crossing TEI annotations by dropping the later one, and keeps the text whole", () => {
  const x = hostileExtraction();
  const { xml, dropped } = teiBody(x);
  // dropped: the timex "1931 Japan" (crosses "18 September 1931") and the sentence crossing two paragraphs
  assert.equal(dropped, 2);
  const dom = parseXml(`<body xmlns="${TEI_NS}">${xml}</body>`);
  assert.equal(dom.documentElement.textContent, x.text);
  const sentences = elements(dom, "s").map((s) => s.getAttribute("n"));
  assert.ok(!sentences.includes("4"), "the sentence crossing paragraphs is not an element");
  const date = elements(dom, "date").find((d) => d.getAttribute("when") === "1931-09-18");
  assert.equal(date?.textContent, "18 September 1931");
  assert.ok(!elements(dom, "date").some((d) => d.getAttribute("when-custom") === "1931~"));
  const group = elements(dom, "name").find((n) => n.getAttribute("type") === "group");
  assert.equal(group?.textContent, "Soviet Union & Japan");
  assert.deepEqual(elements(group!, "placeName").map((p) => p.textContent), ["Soviet Union", "Japan"]);
  const japan = elements(dom, "placeName").filter((p) => p.getAttribute("ref") === "wd:Q17");
  assert.ok(japan.length >= 1 && japan.every((p) => p.textContent === "Japan"));
  const pact = elements(dom, "name").find((n) => n.getAttribute("type") === "treaty");
  assert.equal(pact?.textContent, "Neutrality Pact");
  const cites = elements(dom, "bibl").filter((b) => b.getAttribute("type") === "citation");
  assert.deepEqual(cites.map((c) => c.getAttribute("corresp")), ["#bib-jones1954", "#bib-march_1996_x"]);
});

test("keeps TEI well-formed for control characters, CR line ends and annotations splitting a surrogate pair", () => {
  const text = "Form\ffeed, CR\r\nline, 𝔘 pair & ]]> <end>";
  const x: Extraction = {
    text, sentences: [{ start: 0, end: text.length }], paragraphs: [{ start: 0, end: text.length }], citations: [], bibliography: [],
    timexes: [{ start: text.indexOf("𝔘") + 1, end: text.length, text: text.slice(text.indexOf("𝔘") + 1), type: "DATE", value: "1900" }],
    entities: [], events: [], quantities: [], treaties: [],
  };
  const xml = exportAs("tei", x);
  assertWellFormedXml(xml);
  assert.equal(bodyText(xml), text.replace("\f", "\uFFFD"));
  assert.equal(elements(parseXml(xml), "date").length, 0);
});

test("wraps text outside every paragraph in <ab> so the body holds only blocks", () => {
  const x = analyze("Title line\n\nFirst paragraph. Second sentence.\n\nLast one.");
  const stripped: Extraction = { ...x, paragraphs: [] };
  const dom = parseXml(exportAs("tei", stripped));
  const body = elements(dom, "body")[0];
  const kids = Array.from(body.childNodes as unknown as ArrayLike<Node>);
  for (const k of kids) {
    if (k.nodeType === 3) assert.equal((k.textContent ?? "").trim(), "");
    else assert.ok(["ab", "p", "div"].includes((k as Element).localName));
  }
  assert.equal(body.textContent, x.text);
});

test("marks each citation's pages as <citedRange unit=\"page\"> inside its <bibl>, at the page number in the text", () => {
  for (const [name, x] of subjects()) {
    const doc = parseXml(exportAs("tei", x));
    const ranges = doc.getElementsByTagName("citedRange");
    const cited = x.citations.reduce((n, c) => n + c.refs.reduce((m, r) => m + r.pages.length, 0), 0);
    assert.ok(ranges.length > 0 || cited === 0, `${name}: pages are marked`);
    for (let i = 0; i < ranges.length; i++) {
      const r = ranges[i];
      assert.equal(r.getAttribute("unit"), "page");
      assert.equal((r.parentNode as Element).nodeName, "bibl", `${name}: inside the citation`);
      const [from, to] = [r.getAttribute("from"), r.getAttribute("to")];
      assert.equal(r.textContent, from === to ? from : `${from}${r.textContent!.slice(from!.length, r.textContent!.length - to!.length)}${to}`, `${name}: the text is the page`);
    }
  }
  const x = hostileExtraction();
  const doc = parseXml(exportAs("tei", x));
  const ranges = doc.getElementsByTagName("citedRange");
  assert.deepEqual([...Array(ranges.length).keys()].map((i) => ranges[i].textContent), ["178", "216"]);
});

test("a page range in a citation is one <citedRange> with from and to", () => {
  const x = hostileExtraction();
  const text = x.text;
  const withRange = { ...x, text: text.replace("(Jones, pg. 178)", "(Jones, pg. 17-18)") };
  withRange.citations = [{ ...x.citations[0], end: x.citations[0].start + "(Jones, pg. 17-18)".length, text: "(Jones, pg. 17-18)", refs: [{ source: "Jones", bib: "jones1954", pages: ["17-18"] }] }];
  const ranged = parseXml(exportAs("tei", { ...withRange, sentences: [], paragraphs: [], timexes: [], entities: [], events: [], treaties: [], bibliography: [] })).getElementsByTagName("citedRange")[0];
  assert.deepEqual([ranged.getAttribute("from"), ranged.getAttribute("to"), ranged.textContent], ["17", "18", "17-18"]);
});
