import { test } from "node:test";
import assert from "node:assert/strict";
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import { exportAs } from "../../src/export/index.ts";
import { assertWellFormedXml, hostileExtraction } from "./support.ts";
import { subjects } from "./subjects.ts";

const ACTORS = new Set(["state", "organization", "person", "group"]);

test("writes the actor network as GEXF that graphology-gexf parses back node for node, edge for edge", () => {
  for (const [name, x] of subjects()) {
    const xml = exportAs("gexf", x);
    assertWellFormedXml(xml);
    const g = gexf.parse(MultiGraph, xml);
    const linked = new Set([...x.events.flatMap((ev) => (ev.source.length && ev.target.length ? [...ev.source, ...ev.target] : [])), ...x.treaties.flatMap((t) => (t.parties.length > 1 ? t.parties : []))]);
    const expected = new Set([...x.entities.filter((e) => ACTORS.has(e.kind)).map((e) => e.id), ...linked]);
    assert.deepEqual(new Set(g.nodes()), expected, `${name}: nodes`);
    const eventEdges = x.events.reduce((n, ev) => n + ev.source.length * ev.target.length, 0);
    const treatyEdges = x.treaties.reduce((n, t) => n + (new Set(t.parties).size * (new Set(t.parties).size - 1)) / 2, 0);
    assert.equal(g.size, eventEdges + treatyEdges, `${name}: edges`);
    for (const e of x.entities) {
      if (!g.hasNode(e.id)) continue;
      assert.equal(g.getNodeAttribute(e.id, "label"), e.label);
      assert.equal(g.getNodeAttribute(e.id, "kind"), e.kind);
    }
  }
});

test("keeps event type, date and direction on edges, treaties as undirected party pairs, hostile labels intact", () => {
  const x = hostileExtraction();
  const g = gexf.parse(MultiGraph, exportAs("gexf", x));
  assert.equal(g.getNodeAttribute("e6", "label"), `Zoë "<script>" & Co`);
  assert.equal(g.getNodeAttribute("e1", "wikidata"), "Q17");
  const assault = g.edges().map((k) => ({ k, a: g.getEdgeAttributes(k) })).find(({ a }) => a.event === "v1");
  assert.ok(assault);
  assert.equal(g.source(assault.k), "e1");
  assert.equal(g.target(assault.k), "e2");
  assert.equal(assault.a.type, "ASSAULT");
  assert.equal(assault.a.date, "1931-09-18");
  assert.equal(assault.a.weight, 1);
  const treaty = g.edges().filter((k) => g.getEdgeAttribute(k, "relation") === "treaty");
  assert.equal(treaty.length, 1);
  assert.equal(g.isUndirected(treaty[0]), true);
  assert.deepEqual(new Set(g.extremities(treaty[0])), new Set(["e4", "e1"]));
  assert.equal(g.getEdgeAttribute(treaty[0], "date"), "1941-04-13");
});
