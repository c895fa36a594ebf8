// GEXF 1.3 (Gephi) of the actor network: actors as nodes, events as directed edges source → target,
// treaties as undirected edges between each pair of parties. The graph is dynamic: every node and edge
// carries <spells> (an event's date, a treaty's life from signing to end), so Gephi's timeline animates it,
// and viz colours by actor kind and event class in the GEXF 1.3 viz namespace.
import { MultiGraph } from "graphology";
import type { Entity, Extraction } from "../schema.ts";
import { documentTitle, ExtractionIndex, oneLine } from "./lookup.ts";
import { attrs, escapeText } from "./xml.ts";
import { edtfSpan, treatySpan, type Spell } from "./spans.ts";

const ACTOR_KINDS = new Set<Entity["kind"]>(["state", "organization", "person", "group"]);
export const GEXF_NS = "http://gexf.net/1.3";
export const VIZ_NS = "http://gexf.net/1.3/viz";

const KIND_COLORS: Record<string, string> = { state: "#5f3dc4", organization: "#1971c2", person: "#c2255c", group: "#e8590c", other: "#868e96" };
const QUAD_COLORS: Record<string, string> = {
  AGREE: "#2b8cbe", CONSULT: "#2b8cbe", SUPPORT: "#2b8cbe", REQUEST: "#2b8cbe",
  CONCEDE: "#31a354", COOPERATE: "#31a354", AID: "#31a354", RETREAT: "#31a354",
  ACCUSE: "#e6a00b", REJECT: "#e6a00b", THREATEN: "#e6a00b", PROTEST: "#e6a00b",
  SANCTION: "#d7301f", MOBILIZE: "#d7301f", COERCE: "#d7301f", ASSAULT: "#d7301f",
  TREATY: "#3b5bdb", OTHER: "#888888",
};

/** The actor network as a graphology multi-graph (directed event edges, undirected treaty edges), with spells. */
export function actorGraph(x: Extraction): MultiGraph {
  const ix = new ExtractionIndex(x);
  const graph = new MultiGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ creator: "annalist", description: `Actor network of "${documentTitle(x.text)}": events source → target, treaties between parties` });
  const addNode = (id: string) => {
    if (graph.hasNode(id)) return;
    const e = ix.entity(id);
    graph.addNode(id, { label: e?.label ?? id, kind: e?.kind ?? "other", wikidata: e?.wikidata ?? "", mentions: e?.mentions.length ?? 0, spells: [] as Spell[] });
  };
  const active = (id: string, spell: Spell | null) => {
    if (spell) (graph.getNodeAttribute(id, "spells") as Spell[]).push(spell);
  };
  for (const e of ix.entities.values()) if (ACTOR_KINDS.has(e.kind)) addNode(e.id);
  for (const ev of x.events) {
    const spell = edtfSpan(ev.date);
    for (const s of ev.source) {
      for (const t of ev.target) {
        addNode(s);
        addNode(t);
        active(s, spell);
        active(t, spell);
        graph.addDirectedEdgeWithKey(`${ev.id}:${s}:${t}`, s, t, {
          label: ev.trigger.text,
          relation: "event",
          event: ev.id,
          type: ev.type,
          cameo: ev.cameo ?? "",
          date: ev.date ?? "",
          modality: ev.modality,
          weight: 1,
          sentence: oneLine(ix.sentenceText(ev)),
          citation: ix.citationLabel(ev.citations),
          spells: spell ? [spell] : [],
        });
      }
    }
  }
  for (const t of x.treaties) {
    const parties = [...new Set(t.parties)];
    const spell = treatySpan(t);
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        addNode(parties[i]);
        addNode(parties[j]);
        active(parties[i], spell);
        active(parties[j], spell);
        graph.addUndirectedEdgeWithKey(`${t.id}:${parties[i]}:${parties[j]}`, parties[i], parties[j], {
          label: t.name,
          relation: "treaty",
          treaty: t.id,
          type: "TREATY",
          date: t.signed ?? "",
          ends: t.ends ?? "",
          weight: 1,
          spells: spell ? [spell] : [],
        });
      }
    }
  }
  return graph;
}

const NODE_ATTRIBUTES = [["kind", "string"], ["wikidata", "string"], ["mentions", "integer"]] as const;
const EDGE_ATTRIBUTES = [["relation", "string"], ["event", "string"], ["treaty", "string"], ["type", "string"], ["cameo", "string"], ["date", "string"], ["ends", "string"], ["modality", "string"], ["sentence", "string"], ["citation", "string"]] as const;

function spellsXml(spells: Spell[], indent: string): string {
  if (spells.length === 0) return "";
  const merged = mergeSpells(spells);
  return `\n${indent}<spells>${merged.map((s) => `\n${indent}  <spell${attrs({ start: s.start, end: s.end })}/>`).join("")}\n${indent}</spells>`;
}

/** Overlapping spells of a node merged into one (GEXF wants a node's spells not to overlap); no end is open. */
function mergeSpells(spells: Spell[]): Spell[] {
  const sorted = [...spells].sort((a, b) => compareDates(a.start, b.start));
  const out: Spell[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (last.end === undefined || compareDates(s.start, last.end) <= 0)) {
      if (last.end !== undefined && (s.end === undefined || compareDates(s.end, last.end) > 0)) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

/** Compares xsd:date strings, BCE ("-0490-01-01") included. */
export function compareDates(a: string, b: string): number {
  const key = (d: string) => {
    const neg = d.startsWith("-");
    const [y, m, day] = (neg ? d.slice(1) : d).split("-").map(Number);
    return (neg ? -y : y) * 10000 + m * 100 + day;
  };
  return key(a) - key(b);
}

function attvalues(values: Record<string, unknown>, names: readonly (readonly [string, string])[], indent: string): string {
  const rows = names.flatMap(([name], i) => (values[name] === undefined || values[name] === "" ? [] : [`\n${indent}  <attvalue${attrs({ for: String(i), value: String(values[name]) })}/>`]));
  return rows.length ? `\n${indent}<attvalues>${rows.join("")}\n${indent}</attvalues>` : "";
}

export function toGexf(x: Extraction): string {
  const g = actorGraph(x);
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<gexf${attrs({ xmlns: GEXF_NS, "xmlns:viz": VIZ_NS, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", version: "1.3" })}>`);
  out.push(`  <meta><creator>annalist</creator><description>${escapeText(String(g.getAttribute("description")))}</description></meta>`);
  out.push(`  <graph${attrs({ mode: "dynamic", defaultedgetype: "directed", timeformat: "date", timerepresentation: "interval" })}>`);
  out.push(`    <attributes class="node" mode="static">${NODE_ATTRIBUTES.map(([n, t], i) => `\n      <attribute${attrs({ id: String(i), title: n, type: t })}/>`).join("")}\n    </attributes>`);
  out.push(`    <attributes class="edge" mode="static">${EDGE_ATTRIBUTES.map(([n, t], i) => `\n      <attribute${attrs({ id: String(i), title: n, type: t })}/>`).join("")}\n    </attributes>`);
  out.push("    <nodes>");
  g.forEachNode((id, a) => {
    out.push(`      <node${attrs({ id, label: String(a.label) })}>${attvalues(a, NODE_ATTRIBUTES, "        ")}${spellsXml(a.spells as Spell[], "        ")}\n        <viz:color${attrs({ hex: KIND_COLORS[String(a.kind)] ?? KIND_COLORS.other })}/>\n      </node>`);
  });
  out.push("    </nodes>");
  out.push("    <edges>");
  g.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const color = QUAD_COLORS[String(a.type)] ?? QUAD_COLORS.OTHER;
    out.push(
      `      <edge${attrs({ id: key, source, target, type: undirected ? "undirected" : "directed", label: String(a.label), weight: Number(a.weight) })}>${attvalues(a, EDGE_ATTRIBUTES, "        ")}${spellsXml(a.spells as Spell[], "        ")}\n        <viz:color${attrs({ hex: color })}/>\n      </edge>`,
    );
  });
  out.push("    </edges>");
  out.push("  </graph>");
  out.push("</gexf>");
  return out.join("\n");
}
