// JSON-LD with schema.org terms: the document (CreativeWork) with its citations, the events, places and
// actors. Every node has a stable IRI: an entity linked to Wikidata is its Wikidata IRI; anything else is
// named inside the document (urn:annalist:<document id>:<item id>), and the document id is the one the store
// gives the same text. The context is inline, so no processor needs the network.
import { createHash } from "node:crypto";
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

/** The store's id of a text: the first 16 hex digits of its SHA-256. */
export function documentIri(text: string): string {
  return `urn:annalist:${createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16)}`;
}

const WIKIDATA = "http://www.wikidata.org/entity/";

/** IRIs of the document's items: Wikidata IRIs for linked entities (the first entity of each id), else document-scoped. */
class Iris {
  readonly document: string;
  private readonly entityIris = new Map<string, string>();
  constructor(x: Extraction) {
    this.document = documentIri(x.text);
    const taken = new Set<string>();
    for (const e of x.entities) {
      if (this.entityIris.has(e.id)) continue;
      const wikidata = e.wikidata ? `${WIKIDATA}${e.wikidata}` : null;
      const iri = wikidata && !taken.has(wikidata) ? wikidata : this.scoped(e.id);
      taken.add(iri);
      this.entityIris.set(e.id, iri);
    }
  }
  /** An IRI inside the document: the item id percent-encoded so that any id makes a valid IRI. */
  scoped(id: string): string {
    const wellFormed = id.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
    return `${this.document}:${encodeURIComponent(wellFormed)}`;
  }
  entity(id: string): string {
    return this.entityIris.get(id) ?? this.scoped(id);
  }
}

function entityNode(iris: Iris, e: Entity): Node {
  const node: Node = { "@id": iris.entity(e.id), "@type": TYPE_OF_KIND[e.kind] ?? "Thing", name: e.label, identifier: e.id };
  if (e.wikidata) node.sameAs = `${WIKIDATA}${e.wikidata}`;
  if (e.coords) node.geo = { "@type": "GeoCoordinates", latitude: e.coords[0], longitude: e.coords[1] };
  if (e.memberOf) node.memberOf = { "@id": iris.entity(e.memberOf) };
  if (e.kind === "group") node.additionalType = "group";
  return node;
}

function workNode(iris: Iris, b: BibEntry): Node {
  const node: Node = { "@id": iris.scoped(`bib-${b.id}`), "@type": b.type === "book" ? "Book" : "CreativeWork", identifier: b.id };
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
  const iris = new Iris(x);
  const ref = (id: string) => ({ "@id": iris.entity(id) });
  const bibRef = (id: string) => ({ "@id": iris.scoped(`bib-${id}`) });
  const graph: Node[] = [];
  graph.push({
    "@id": iris.document,
    "@type": "CreativeWork",
    name: documentTitle(x.text),
    text: x.text,
    citation: x.bibliography.map((b) => bibRef(b.id)),
    mentions: [...ix.entities.values()].map((e) => ref(e.id)),
  });
  graph.push(...x.bibliography.map((b) => workNode(iris, b)));
  graph.push(...[...ix.entities.values()].map((e) => entityNode(iris, e)));
  for (const ev of x.events) {
    const node: Node = {
      "@id": iris.scoped(ev.id),
      "@type": "Event",
      name: oneLine(`${ix.labels(ev.source)} ${ev.trigger.text} ${ix.labels(ev.target)}`),
      description: oneLine(ix.sentenceText(ev)),
      identifier: ev.id,
      keywords: [ev.type, ...(ev.cameo ? [`CAMEO ${ev.cameo}`] : []), ev.modality],
      agent: ev.source.map(ref),
      participant: ev.target.map(ref),
      subjectOf: { "@id": iris.document },
    };
    const start = isoDate(ev.date?.split("/")[0]);
    if (start) node.startDate = start;
    if (ev.date) node.temporalCoverage = ev.date;
    if (ev.place) node.location = ref(ev.place);
    const cites = ev.citations.map((i) => x.citations[i]).filter((c) => c !== undefined);
    if (cites.length) node.citation = cites.map((c) => ({ "@type": "CreativeWork", name: citationLabel(c), ...(c.refs[0]?.bib ? { isBasedOn: bibRef(c.refs[0].bib) } : {}) }));
    graph.push(node);
  }
  for (const t of x.treaties) {
    const node: Node = { "@id": iris.scoped(t.id), "@type": "Legislation", name: t.name, identifier: t.id, legislationType: "treaty" };
    if (t.entity && ix.entity(t.entity)?.wikidata) node.sameAs = `http://www.wikidata.org/entity/${ix.entity(t.entity)!.wikidata}`;
    const signed = isoDate(t.signed);
    if (signed) node.legislationDate = signed;
    if (t.signed) node.temporalCoverage = `${t.signed}/${t.ends ?? ".."}`;
    if (t.parties.length) node.legislationPassedBy = t.parties.map(ref);
    if (t.place) node.spatialCoverage = ref(t.place);
    graph.push(node);
  }
  return { "@context": JSONLD_CONTEXT, "@graph": graph };
}
