// Fixtures and checkers shared by the export tests: a hand-built extraction over hostile text (so every
// export path runs whatever the analysis layers find today), a strict-enough XML check and a CSV reader.
import assert from "node:assert/strict";
import { XMLValidator } from "fast-xml-parser";
import { DOMParser } from "@xmldom/xmldom";
import { Extraction } from "../../src/schema.ts";

export const hostileText = [
  `A "Title" with <script>alert('x')</script> & more ]]> here`,
  "",
  `On 18 September 1931 Japan attacked China near Mukden, "without warning" (Jones, pg. 178). The Soviet Union & Japan signed the Neutrality Pact on 13 April 1941 in Moscow (March, 216).\r\nZoë 𝔘𝔫𝔦 — naïve “quotes”, ‘single’, ﬁ, ‏שלום‏, 👩‍👩‍👧 and <b>bold</b> tags; Japan's envoy\tleft.`,
  "",
  "Works Cited",
  "",
  "Jones, F. C. Japan's New Order in East Asia. London: Oxford UP, 1954. Print.",
  `March, G. Patrick. "Eastern Destiny" & <more>. Westport, CT: Praeger, 1996. Print.`,
  "",
].join("\n");

/** The span of the n-th occurrence (0-based) of `needle` in the hostile text. */
export function span(needle: string, n = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = hostileText.indexOf(needle, at + 1);
    assert.ok(at >= 0, `fixture: "${needle}" #${n} not in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

const s = (a: string, b: string) => ({ start: span(a).start, end: span(b).end });

/** A hand-checked extraction of the hostile text, with overlapping and crossing annotations on purpose. */
export function hostileExtraction(): Extraction {
  const p1 = s(`A "Title"`, "]]> here");
  const p2 = s("On 18 September", "envoy\tleft.");
  const bibJones = s("Jones, F. C.", "1954. Print.");
  const bibMarch = s("March, G. Patrick.", "1996. Print.");
  const x = {
    text: hostileText,
    contentEnd: hostileText.length,
    dct: null,
    paragraphs: [p1, p2, s("Works Cited", "Works Cited"), { start: bibJones.start, end: bibMarch.end }],
    sentences: [
      p1,
      s("On 18 September", "(Jones, pg. 178)."),
      s("The Soviet Union", "(March, 216)."),
      s("Zoë", "envoy\tleft."),
      // crosses two paragraphs on purpose: an export must not break on it
      { start: span("Works Cited").start, end: span("Japan's New Order").end },
    ],
    citations: [
      { ...span("(Jones, pg. 178)"), refs: [{ source: "Jones", bib: "jones1954", pages: ["178"] }], style: "author-page" },
      { ...span("(March, 216)"), refs: [{ source: "March", bib: "march 1996/x", pages: ["216"] }], style: "author-page" },
    ],
    bibliography: [
      { id: "jones1954", type: "book", title: "Japan's New Order in East Asia", author: [{ family: "Jones", given: "F. C." }], issued: { "date-parts": [[1954]] }, publisher: "Oxford UP", "publisher-place": "London", medium: "Print", ...bibJones },
      { id: "march 1996/x", type: "book", title: `"Eastern Destiny" & <more>`, author: [{ family: "March", given: "G. Patrick" }], issued: { "date-parts": [[1996]] }, publisher: "Praeger", "publisher-place": "Westport, CT", ...bibMarch },
    ],
    timexes: [
      { ...span("18 September 1931"), id: "t1", type: "DATE", value: "1931-09-18" },
      { ...span("13 April 1941"), id: "t2", type: "DATE", value: "1941-04-13" },
      { ...span("1954"), id: "t3", type: "DATE", value: "1954" },
      { ...span("1931 Japan"), id: "t4", type: "DATE", value: "1931~" }, // crosses the mention of Japan
    ],
    entities: [
      { id: "e1", label: "Japan", kind: "state", wikidata: "Q17", mentions: [span("Japan"), span("Japan", 1), span("Japan", 2)] },
      { id: "e2", label: "China", kind: "state", wikidata: "Q148", mentions: [span("China")] },
      { id: "e3", label: "Mukden", kind: "place", wikidata: "Q30207", coords: [41.8, 123.43] as [number, number], mentions: [span("Mukden")] },
      { id: "e4", label: "Soviet Union", kind: "state", wikidata: "Q15180", mentions: [span("Soviet Union")] },
      { id: "e5", label: "Moscow", kind: "place", wikidata: "Q649", coords: [55.7558, 37.6173] as [number, number], mentions: [span("Moscow")] },
      { id: "e6", label: `Zoë "<script>" & Co`, kind: "person", wikidata: null, mentions: [span("Zoë")] },
      { id: "e7", label: "Neutrality Pact", kind: "treaty", wikidata: null, mentions: [span("Neutrality Pact")] },
      { id: "e8", label: "The Soviet Union & Japan", kind: "group", wikidata: null, mentions: [span("Soviet Union & Japan")] },
      { id: "e9", label: "Oxford UP", kind: "organization", wikidata: null, mentions: [span("Oxford UP")] },
      { id: "e10", label: "Nowhere", kind: "place", wikidata: null, coords: [123, 456] as [number, number], mentions: [] },
    ],
    events: [
      { id: "v1", type: "ASSAULT", cameo: "190", trigger: span("attacked"), sentence: 1, source: ["e1"], target: ["e2"], date: "1931-09-18", place: "e3", modality: "asserted", citations: [0] },
      { id: "v2", type: "AGREE", cameo: "057", trigger: span("signed"), sentence: 2, source: ["e4", "e1"], target: [], date: "1941-04-13", place: "e5", modality: "asserted", citations: [1] },
      { id: "v3", type: "OTHER", cameo: null, trigger: span("left"), sentence: 3, source: ["e6"], target: ["e1"], date: null, place: null, modality: "reported", citations: [] },
      { id: "v4", type: "CONSULT", cameo: "040", trigger: span("envoy"), sentence: 3, source: ["e1"], target: ["e4"], date: "1941-04~/1941-06", place: "e10", modality: "hypothetical", citations: [0, 1] },
    ],
    quantities: [],
    treaties: [
      { id: "t1", entity: "e7", name: "Neutrality Pact", signed: "1941-04-13", place: "e5", parties: ["e4", "e1"], duration: "P5Y", ends: null, clauses: [], mentions: [span("Neutrality Pact")] },
    ],
    warnings: [],
  };
  return Extraction.parse(x);
}

const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const NOT_XML_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Checks well-formedness: balanced tags and attributes (fast-xml-parser) plus the character-level rules it skips. */
export function assertWellFormedXml(xml: string): void {
  const verdict = XMLValidator.validate(xml);
  assert.equal(verdict, true, `not well-formed: ${JSON.stringify(verdict)}`);
  const bad = NOT_XML_CHAR.exec(xml);
  assert.equal(bad, null, `character not allowed in XML at ${bad?.index}`);
  const ref = BAD_REFERENCE.exec(xml);
  assert.equal(ref, null, `bare "&" at ${ref?.index}: ${xml.slice(ref?.index, (ref?.index ?? 0) + 20)}`);
  const textOnly = xml.replace(TAG, "");
  assert.ok(!textOnly.includes("]]>"), `"]]>" in character data`);
  assert.ok(!textOnly.includes("<"), `"<" in character data`);
}

/** Parses XML with a DOM parser (entities and character references decoded). */
export function parseXml(xml: string): Document {
  const fail = (msg: string) => {
    throw new Error(msg);
  };
  return new DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(xml, "text/xml") as unknown as Document;
}

/** RFC 4180 reader: records of fields, quoted fields may hold commas, quotes ("") and line breaks. */
export function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < csv.length) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') {
      assert.equal(field, "", `quote inside an unquoted field at ${i}`);
      quoted = true; i++; continue;
    }
    if (c === ",") { row.push(field); field = ""; i++; continue; }
    if (c === "\r" || c === "\n") {
      assert.ok(c === "\n" || csv[i + 1] === "\n", `bare CR at ${i}`);
      row.push(field); rows.push(row); row = []; field = "";
      i += c === "\r" ? 2 : 1;
      continue;
    }
    field += c; i++;
  }
  assert.equal(quoted, false, "unterminated quoted field");
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
