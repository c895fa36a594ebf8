// The exports as their users' tools read them: GEXF 1.3 through graphology-gexf (the parser of the
// graphology/sigma ecosystem) with its spells read from the same document, and TimelineJS against the
// structure TimelineJS3 loads (its JSON format: slides with start and end dates, eras, a scale).
import { test } from "node:test";
import assert from "node:assert/strict";
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import { DOMParser } from "@xmldom/xmldom";
import { z } from "zod";
import { exportAs } from "../../src/export/index.ts";
import { GEXF_NS, VIZ_NS, compareDates } from "../../src/export/gexf.ts";
import { treatySpan } from "../../src/export/spans.ts";
import { hostileExtraction } from "./support.ts";
import { subjects } from "./subjects.ts";
import type { Extraction } from "../../src/schema.ts";

function spellsOf(xml: string): Map<string, { start: string; end: string | null }[]> {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const out = new Map<string, { start: string; end: string | null }[]>();
  for (const tag of ["node", "edge"]) {
    const elements = doc.getElementsByTagNameNS(GEXF_NS, tag);
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i];
      const spells = el.getElementsByTagNameNS(GEXF_NS, "spell");
      const list = [];
      for (let j = 0; j < spells.length; j++) list.push({ start: spells[j].getAttribute("start")!, end: spells[j].getAttribute("end") || null });
      out.set(`${tag}:${el.getAttribute("id")}`, list);
    }
  }
  return out;
}

test("GEXF 1.3: graphology-gexf reads the network, with the 1.3 and viz namespaces and a dynamic graph", () => {
  for (const [name, x] of subjects()) {
    const xml = exportAs("gexf", x);
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const root = doc.documentElement;
    assert.equal(root.getAttribute("version"), "1.3");
    assert.equal(root.namespaceURI, GEXF_NS, `${name}: GEXF 1.3 namespace`);
    assert.equal(root.getAttribute("xmlns:viz"), VIZ_NS, `${name}: the viz namespace is a well-formed URI`);
    const graph = doc.getElementsByTagNameNS(GEXF_NS, "graph")[0];
    assert.equal(graph.getAttribute("mode"), "dynamic");
    assert.equal(graph.getAttribute("timeformat"), "date");
    const g = gexf.parse(MultiGraph, xml);
    const edges = x.events.reduce((n, ev) => n + ev.source.length * ev.target.length, 0) + x.treaties.reduce((n, t) => n + (new Set(t.parties).size * (new Set(t.parties).size - 1)) / 2, 0);
    assert.equal(g.size, edges, `${name}: every event and treaty edge`);
    g.forEachNode((_id, a) => assert.match(String(a.color), /^#[0-9a-f]{6}$/, `${name}: node colour from viz:color`));
  }
});

test("GEXF spells: each event edge lives on its date, each treaty edge from signing to end, nodes while they act", () => {
  for (const [name, x] of subjects()) {
    const xml = exportAs("gexf", x);
    const g = gexf.parse(MultiGraph, xml);
    const spells = spellsOf(xml);
    let checked = 0;
    g.forEachEdge((key, a) => {
      const list = spells.get(`edge:${key}`) ?? [];
      if (a.relation === "event") {
        const ev = x.events.find((v) => v.id === a.event)!;
        if (!ev.date || !/^-?\d{4}/.test(ev.date)) return;
        assert.equal(list.length, 1, `${name}: ${key} has a spell`);
        assert.ok(list[0].start.startsWith(ev.date.replace(/[~?%]/g, "").split("/")[0].slice(0, 4)), `${name}: ${key} starts in its year`);
        assert.ok(compareDates(list[0].start, list[0].end!) <= 0);
        checked++;
      } else {
        const t = x.treaties.find((tr) => tr.id === a.treaty)!;
        const span = treatySpan(t);
        if (!span) return assert.equal(list.length, 0);
        assert.deepEqual(list, [{ start: span.start, end: span.end ?? null }], `${name}: ${key} lives from signing to end`);
        checked++;
      }
      for (const end of [g.source(key), g.target(key)]) {
        const nodeSpells = spells.get(`node:${end}`)!;
        for (const s of list) assert.ok(nodeSpells.some((n) => compareDates(n.start, s.start) <= 0 && (n.end === null || (s.end !== null && compareDates(n.end, s.end) >= 0))), `${name}: node ${end} is alive during ${key}`);
      }
    });
    if (name === "the essay") assert.ok(checked > 50, `${name}: ${checked} edges with time`);
  }
  const x = hostileExtraction();
  const treaty = spellsOf(exportAs("gexf", x));
  assert.ok([...treaty.entries()].some(([k, v]) => k.startsWith("edge:t1") && v[0]?.start === "1941-04-13"), "the hostile fixture's treaty starts on its signing day");
});

const DateSchema = z.object({ year: z.number().int(), month: z.number().int().min(1).max(12).optional(), day: z.number().int().min(1).max(31).optional(), hour: z.number().optional(), display_date: z.string().optional() }).strict();
const Text = z.object({ headline: z.string(), text: z.string().optional() }).strict();
const Slide = z.object({ unique_id: z.string().optional(), start_date: DateSchema, end_date: DateSchema.optional(), text: Text, group: z.string().optional(), display_date: z.string().optional() }).strict();
/** TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html): title, events, eras, scale. */
const TimelineJs3 = z.object({ title: z.object({ text: Text }).strict().optional(), events: z.array(Slide), eras: z.array(z.object({ start_date: DateSchema, end_date: DateSchema, text: Text.optional() }).strict()).optional(), scale: z.enum(["human", "cosmological"]).optional() }).strict();

const asDay = (d: z.infer<typeof DateSchema>) => d.year * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);

function withTreatyEnd(x: Extraction): Extraction {
  return { ...x, treaties: x.treaties.map((t, i) => (i === 0 && t.signed ? { ...t, ends: "1945-04-13" } : t)) };
}

test("TimelineJS: the export has TimelineJS3's structure, treaty slides end on their end dates and eras span treaty lives", () => {
  for (const [name, x] of [...subjects(), ["hostile with an end", withTreatyEnd(hostileExtraction())] as const]) {
    const t = JSON.parse(exportAs("timelinejs", x));
    const parsed = TimelineJs3.safeParse(t);
    assert.ok(parsed.success, `${name}: ${parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    for (const slide of t.events) if (slide.end_date) assert.ok(asDay(slide.end_date) >= asDay(slide.start_date), `${name}: ${slide.unique_id} ends after it starts`);
    for (const era of t.eras) assert.ok(asDay(era.end_date) >= asDay(era.start_date), `${name}: era ${era.text.headline}`);
    const ended = x.treaties.filter((tr) => tr.signed && /^\d{4}/.test(tr.signed) && treatySpan(tr)?.end);
    assert.equal(t.eras.length, ended.length, `${name}: one era per treaty with a known end`);
    for (const tr of ended) {
      const slide = t.events.find((s: { unique_id: string }) => s.unique_id === tr.id);
      assert.ok(slide.end_date, `${name}: ${tr.name} has an end_date`);
    }
  }
});
