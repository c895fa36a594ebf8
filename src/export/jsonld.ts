// JSON-LD with schema.org terms: the document (CreativeWork) with its citations, the events, places and
// actors, each actor linked to Wikidata by sameAs. The context is inline, so no processor needs the network.
import type { BibEntry, Entity, Extraction } from "../schema.ts";
import { citationLabel, documentTitle, ExtractionIndex, isoDate, oneLine } from "./lookup.ts";

export const JSONLD_CONTEXT = {
  "@vocab": "https://schema.org/",
  wd: "http://www.wikidata.org/entity/",
  sameAs: { "@type": "@id" },
  url: { "@type": "@id" },
} as const;

const TYPE_OF_KIND: Record<Entity["kind"], string> = {
  state: "Country",
  organization: "Organization",
  person: "Person",
  place: "Place",
  group: "Organization",
  treaty: "Legislation",
  other: "Thing",
};

type Node = Record<string, unknown> & { "@id": string; "@type": string };

/** A blank node id: JSON-LD blank node labels allow no spaces or "#". */
const nodeId = (id: string) => `_:${id.replace(/[^\p{L}\p{N}_.-]/gu, "_")}`;
const ref = (id: string) => ({ "@id": nodeId(id) });

function entityNode(e: Entity): Node {
  const node: Node = { "@id": nodeId(e.id), "@type": TYPE_OF_KIND[e.kind] ?? "Thing", name: e.label, identifier: e.id };
  if (e.wikidata) node.sameAs = `http://www.wikidata.org/entity/${e.wikidata}`;
  if (e.coords) node.geo = { "@type": "GeoCoordinates", latitude: e.coords[0], longitude: e.coords[1] };
  if (e.memberOf) node.memberOf = ref(e.memberOf);
  if (e.kind === "group") node.additionalType = "group";
  return node;
}

function workNode(b: BibEntry): Node {
  const node: Node = { "@id": nodeId(`bib-${b.id}`), "@type": b.type === "book" ? "Book" : "CreativeWork", identifier: b.id };
  if (b.title) node.name = b.title;
  const authors = (b.author ?? []).map((a) => ({ "@type": "Person", name: a.literal ?? [a.given, a.family].filter(Boolean).join(" ") }));
  if (authors.length) node.author = authors;
  const year = b.issued?.["date-parts"]?.[0]?.[0];
  if (year !== undefined) node.datePublished = String(year);
  if (b.publisher) node.publisher = { "@type": "Organization", name: b.publisher, ...(b["publisher-place"] ? { location: b["publisher-place"] } : {}) };
  if (b.volume) node.volumeNumber = b.volume;
  return node;
}

export function toJsonLd(x: Extraction): { "@context": typeof JSONLD_CONTEXT; "@graph": Node[] } {
  const ix = new ExtractionIndex(x);
  const graph: Node[] = [];
  graph.push({
    "@id": "_:document",
    "@type": "CreativeWork",
    name: documentTitle(x.text),
    text: x.text,
    citation: x.bibliography.map((b) => ref(`bib-${b.id}`)),
    mentions: [...ix.entities.values()].map((e) => ref(e.id)),
  });
  graph.push(...x.bibliography.map(workNode));
  graph.push(...[...ix.entities.values()].map(entityNode));
  for (const ev of x.events) {
    const node: Node = {
      "@id": nodeId(ev.id),
      "@type": "Event",
      name: oneLine(`${ix.labels(ev.source)} ${ev.trigger.text} ${ix.labels(ev.target)}`),
      description: oneLine(ix.sentenceText(ev)),
      identifier: ev.id,
      keywords: [ev.type, ...(ev.cameo ? [`CAMEO ${ev.cameo}`] : []), ev.modality],
      agent: ev.source.map(ref),
      participant: ev.target.map(ref),
      subjectOf: ref("document"),
    };
    const start = isoDate(ev.date?.split("/")[0]);
    if (start) node.startDate = start;
    if (ev.date) node.temporalCoverage = ev.date;
    if (ev.place) node.location = ref(ev.place);
    const cites = ev.citations.map((i) => x.citations[i]).filter((c) => c !== undefined);
    if (cites.length) node.citation = cites.map((c) => ({ "@type": "CreativeWork", name: citationLabel(c), ...(c.refs[0]?.bib ? { isBasedOn: ref(`bib-${c.refs[0].bib}`) } : {}) }));
    graph.push(node);
  }
  for (const t of x.treaties) {
    const node: Node = { "@id": nodeId(t.id), "@type": "Legislation", name: t.name, identifier: t.id, legislationType: "treaty" };
    if (t.entity && ix.entity(t.entity)?.wikidata) node.sameAs = `http://www.wikidata.org/entity/${ix.entity(t.entity)!.wikidata}`;
    const signed = isoDate(t.signed);
    if (signed) node.legislationDate = signed;
    if (t.parties.length) node.legislationPassedBy = t.parties.map(ref);
    if (t.place) node.spatialCoverage = ref(t.place);
    graph.push(node);
  }
  return { "@context": JSONLD_CONTEXT, "@graph": graph };
}
