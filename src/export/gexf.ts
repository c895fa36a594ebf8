// GEXF (Gephi) of the actor network: actors as nodes, events as directed edges source → target,
// treaties as undirected edges between each pair of parties. Written by graphology-gexf.
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import type { Entity, Extraction } from "../schema.ts";
import { documentTitle, ExtractionIndex, oneLine } from "./lookup.ts";
import { xmlSafe } from "./xml.ts";

const ACTOR_KINDS = new Set<Entity["kind"]>(["state", "organization", "person", "group"]);

/** The actor network as a graphology multi-graph (directed event edges, undirected treaty edges). */
export function actorGraph(x: Extraction): MultiGraph {
  const ix = new ExtractionIndex(x);
  const graph = new MultiGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ creator: "annalist", description: `Actor network of "${documentTitle(x.text)}": events source → target, treaties between parties` });
  const addNode = (id: string) => {
    if (graph.hasNode(id)) return;
    const e = ix.entity(id);
    graph.addNode(id, { label: e?.label ?? id, kind: e?.kind ?? "other", wikidata: e?.wikidata ?? "", mentions: e?.mentions.length ?? 0 });
  };
  for (const e of ix.entities.values()) if (ACTOR_KINDS.has(e.kind)) addNode(e.id);
  for (const ev of x.events) {
    for (const s of ev.source) {
      for (const t of ev.target) {
        addNode(s);
        addNode(t);
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
        });
      }
    }
  }
  for (const t of x.treaties) {
    const parties = [...new Set(t.parties)];
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        addNode(parties[i]);
        addNode(parties[j]);
        graph.addUndirectedEdgeWithKey(`${t.id}:${parties[i]}:${parties[j]}`, parties[i], parties[j], {
          label: t.name,
          relation: "treaty",
          treaty: t.id,
          type: "TREATY",
          date: t.signed ?? "",
          weight: 1,
        });
      }
    }
  }
  return graph;
}

export function toGexf(x: Extraction): string {
  return xmlSafe(gexf.write(actorGraph(x), {
    formatNode: (_key, a) => ({ label: String(a.label), attributes: { kind: a.kind, wikidata: a.wikidata, mentions: a.mentions } }),
    formatEdge: (_key, a) => {
      const { label, weight, ...attributes } = a;
      return { label: String(label), weight: Number(weight), attributes };
    },
  }));
}
