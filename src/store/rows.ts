// What an extraction becomes in the tables: standoff annotations per layer, and the derived rows
// (entities by Wikidata id, events, treaties, citations, sources) that cross-document queries use.
import { createHash } from "node:crypto";
import type { BibEntry, Entity, Extraction } from "../schema.ts";
import type { AnnotationsRow } from "./tables.ts";
import { dayInterval } from "../dates/index.ts";
import { sentenceAt } from "../query.ts";

export const LAYERS = ["paragraphs", "sentences", "citations", "bibliography", "timexes", "entities", "events", "quantities", "treaties", "warnings"] as const;
export type LayerName = (typeof LAYERS)[number];

/**
 * The first and last day of an EDTF date as the events table's date_from and date_to hold them: ISO days that
 * the queries compare as text, which orders the years 0000–9999 only. So an open end is stored as 0000-01-01 or
 * 9999-12-31, and a date outside those years (before the common era) is left out of date queries.
 */
export function storedDays(edtf: string | null | undefined): { from: string; to: string } | null {
  const span = dayInterval(edtf);
  if (!span) return null;
  const from = span.earliest ?? "0000-01-01";
  const to = span.latest ?? "9999-12-31";
  return STORED_DAY.test(from) && STORED_DAY.test(to) ? { from, to } : null;
}
const STORED_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A document's id: the first 16 hex digits of the SHA-256 of its text (the same text is the same document). */
export function documentId(hash: string): string {
  return hash.slice(0, 16);
}

export function normalizeLabel(label: string): string {
  return label.normalize("NFKC").toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The cross-document key of an entity: its Wikidata id, or kind and normalised label when unlinked. */
export function entityKey(e: Pick<Entity, "wikidata" | "kind" | "label">): string {
  return e.wikidata ?? `${e.kind}:${normalizeLabel(e.label)}`;
}

/** The cross-document key of a bibliography entry: author family names, year and title. */
export function sourceKey(b: BibEntry): string {
  const authors = (b.author ?? []).map((a) => normalizeLabel(a.family ?? a.literal ?? "")).join(",");
  const year = b.issued?.["date-parts"]?.[0]?.[0] ?? "";
  return `${authors}|${year}|${normalizeLabel(b.title ?? "")}`;
}

/** The span an item of a layer is anchored on (the trigger of an event, the first mention of an entity or treaty). */
export function spanOf(item: any): { start: number; end: number } | null {
  if (typeof item?.start === "number" && typeof item?.end === "number") return { start: item.start, end: item.end };
  if (item?.trigger) return { start: item.trigger.start, end: item.trigger.end };
  const first = item?.mentions?.[0];
  if (first) return { start: first.start, end: first.end };
  return null;
}

/** An annotations row before it is given its document. */
export type AnnotationRow = Omit<AnnotationsRow, "document">;

export function annotationRows(x: Extraction): AnnotationRow[] {
  const rows: AnnotationRow[] = [];
  for (const layer of LAYERS) {
    const items = (x as any)[layer] as any[] | undefined;
    (items ?? []).forEach((item, ord) => {
      const span = spanOf(item);
      rows.push({ layer, ord, key: typeof item.id === "string" ? item.id : null, start_offset: span?.start ?? null, end_offset: span?.end ?? null, data: item });
    });
  }
  return rows;
}

export interface DerivedRows {
  sources: { key: string; csl: unknown }[];
  documentSources: { bib: string; source: string }[];
  citations: { ord: number; start_offset: number; end_offset: number; text: string; refs: unknown; sources: string[] }[];
  entities: { key: string; wikidata: string | null; label: string; kind: string; coords: unknown }[];
  documentEntities: { id: string; entity: string; label: string; kind: string; mentions: number; start_offset: number | null; end_offset: number | null; data: Entity }[];
  events: Record<string, unknown>[];
  treaties: Record<string, unknown>[];
}

const EVIDENCE_CHARS = 400;

export function derivedRows(x: Extraction): DerivedRows {
  const keyOf = new Map(x.entities.map((e) => [e.id, entityKey(e)]));
  const keys = (ids: string[]) => [...new Set(ids.map((id) => keyOf.get(id) ?? `local:${id}`))];
  const sourceOfBib = new Map(x.bibliography.map((b) => [b.id, sourceKey(b)]));
  const sentenceText = (i: number) => {
    const s = x.sentences[i];
    return s ? x.text.slice(s.start, Math.min(s.end, s.start + EVIDENCE_CHARS)) : "";
  };
  return {
    sources: x.bibliography.map((b) => ({ key: sourceKey(b), csl: b })),
    documentSources: x.bibliography.map((b) => ({ bib: b.id, source: sourceOfBib.get(b.id)! })),
    citations: x.citations.map((c, ord) => ({
      ord,
      start_offset: c.start,
      end_offset: c.end,
      text: c.text,
      refs: c.refs,
      sources: [...new Set(c.refs.flatMap((r) => (r.bib && sourceOfBib.has(r.bib) ? [sourceOfBib.get(r.bib)!] : [])))],
    })),
    entities: x.entities.map((e) => ({ key: entityKey(e), wikidata: e.wikidata, label: e.label, kind: e.kind, coords: e.coords ?? null })),
    documentEntities: x.entities.map((e) => ({
      id: e.id,
      entity: entityKey(e),
      label: e.label,
      kind: e.kind,
      mentions: e.mentions.length,
      start_offset: e.mentions[0]?.start ?? null,
      end_offset: e.mentions[0]?.end ?? null,
      data: e,
    })),
    events: x.events.map((v) => {
      const range = storedDays(v.date);
      return {
        id: v.id,
        type: v.type,
        cameo: v.cameo,
        date: v.date,
        date_from: range?.from ?? null,
        date_to: range?.to ?? null,
        modality: v.modality,
        sources: keys(v.source),
        targets: keys(v.target),
        place: v.place ? (keyOf.get(v.place) ?? null) : null,
        sentence: v.sentence,
        start_offset: v.trigger.start,
        end_offset: v.trigger.end,
        data: {
          ...v,
          evidence: sentenceText(v.sentence),
          quantityValues: (v.quantities ?? []).flatMap((q) => (x.quantities[q] ? [x.quantities[q]] : [])),
          citationTexts: v.citations.flatMap((c) => (x.citations[c] ? [x.citations[c].text] : [])),
        },
      };
    }),
    treaties: x.treaties.map((t) => ({
      id: t.id,
      name: t.name,
      entity: t.entity ? (keyOf.get(t.entity) ?? null) : null,
      signed: t.signed,
      ends: t.ends,
      duration: t.duration,
      place: t.place ? (keyOf.get(t.place) ?? null) : null,
      parties: keys(t.parties),
      data: { ...t, evidence: t.mentions[0] ? sentenceText(sentenceAt(x.sentences, t.mentions[0].start)) : "" },
    })),
  };
}

