import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import { exportAs } from "../../src/export/index.ts";
import { CSV_COLUMNS } from "../../src/export/csv.ts";
import { xmlSafe } from "../../src/export/xml.ts";
import { Extraction, type EntityKind } from "../../src/schema.ts";
import { anyText, proseLike } from "../robustness/arbitraries.ts";
import { assertWellFormedXml, parseXml, readCsv } from "./support.ts";

const KINDS: EntityKind[] = ["state", "organization", "person", "place", "treaty", "group", "other"];

/** Random text with random (overlapping, crossing, nested, surrogate-splitting) annotations of every layer. */
const annotated = fc
  .tuple(fc.oneof(anyText, proseLike), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 60 }))
  .map(([text, raw]): Extraction => {
    const n = text.length;
    const spans = raw.map(([a, b, k]) => {
      const start = n ? a % (n + 1) : 0;
      const end = Math.min(n, start + (b % 40));
      return { start, end, text: text.slice(start, end), k };
    });
    const pick = (k: number) => spans.filter((s) => s.k % 6 === k);
    const entities = pick(3).map((s, i) => ({
      id: `e${i}`, label: s.text || `<&"${i}>`, kind: KINDS[s.k % KINDS.length], wikidata: s.k % 2 ? `Q${s.k}` : null,
      ...(s.k % 3 === 0 ? { coords: [((s.k % 180) - 90), ((s.k * 7) % 360) - 180] as [number, number] } : {}),
      mentions: [{ start: s.start, end: s.end, text: s.text }],
    }));
    const sentences = pick(1).map(({ start, end }) => ({ start, end }));
    const citations = pick(4).map((s) => ({ start: s.start, end: s.end, text: s.text, refs: [{ source: s.text, bib: null, pages: [String(s.k)] }] }));
    const ids = entities.map((e) => e.id);
    return Extraction.parse({
      text,
      paragraphs: pick(0).map(({ start, end }) => ({ start, end })),
      sentences,
      citations,
      bibliography: pick(5).map((s, i) => ({ id: `b${i} ${s.text}`, type: "book", title: s.text, author: [{ family: s.text }], start: s.start, end: s.end })),
      timexes: pick(2).map((s) => ({ start: s.start, end: s.end, text: s.text, type: "DATE", value: `${1900 + (s.k % 100)}-0${1 + (s.k % 9)}` })),
      entities,
      events: sentences.length && ids.length
        ? spans.slice(0, 10).map((s, i) => ({
            id: `v${i}`, type: "OTHER", cameo: null, trigger: { start: s.start, end: s.end, text: s.text }, sentence: s.k % sentences.length,
            source: [ids[s.k % ids.length]], target: [ids[(s.k + 1) % ids.length]], date: s.k % 2 ? `${1800 + s.k}` : null,
            place: ids[(s.k + 2) % ids.length], modality: "asserted", citations: citations.length ? [s.k % citations.length] : [],
          }))
        : [],
      quantities: [],
      treaties: ids.length >= 2 ? [{ id: "t1", entity: null, name: text.slice(0, 30), signed: "1941-04-13", place: null, parties: ids.slice(0, 3), duration: null, ends: null, clauses: [], mentions: [] }] : [],
    });
  });

test("every export stays well-formed and parsable for random text with overlapping, crossing annotations", () => {
  fc.assert(
    fc.property(annotated, (x) => {
      const tei = exportAs("tei", x);
      assertWellFormedXml(tei);
      const body = parseXml(tei).getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "body")[0];
      assert.equal(body.textContent, xmlSafe(x.text));
      const net = exportAs("gexf", x);
      assertWellFormedXml(net);
      assert.ok(gexf.parse(MultiGraph, net).order >= 0);
      const rows = readCsv(exportAs("csv", x));
      assert.equal(rows.length, x.events.length + 1);
      assert.ok(rows.every((r) => r.length === CSV_COLUMNS.length));
      for (const f of ["json", "geojson", "jsonld", "timelinejs", "csl"] as const) JSON.parse(exportAs(f, x));
    }),
    { numRuns: 200 },
  );
});
