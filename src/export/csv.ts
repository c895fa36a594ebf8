// CSV in the ICEWS/Phoenix column style: one row per event, RFC 4180 quoting, CRLF line ends.
import type { Extraction } from "../schema.ts";
import { ExtractionIndex, oneLine } from "./lookup.ts";

export const CSV_COLUMNS = [
  "event_id", "date", "source", "source_qid", "event_type", "cameo", "target", "target_qid",
  "place", "place_qid", "lat", "lon", "modality", "trigger", "sentence", "citation",
  "trigger_start", "trigger_end", "sentence_start", "sentence_end", "corrected",
] as const;

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180 §2.6–2.7). */
export function csvField(value: string | number | null | undefined): string {
  const s = value == null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(x: Extraction): string {
  const ix = new ExtractionIndex(x);
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (const ev of x.events) {
    const coords = ix.coords(ev.place);
    const sentence = ix.sentenceSpan(ev);
    const place = ix.entity(ev.place);
    const row: Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined> = {
      event_id: ev.id,
      date: ev.date,
      source: ix.labels(ev.source),
      source_qid: ix.qids(ev.source),
      event_type: ev.type,
      cameo: ev.cameo,
      target: ix.labels(ev.target),
      target_qid: ix.qids(ev.target),
      place: place?.label ?? ev.place,
      place_qid: place?.wikidata,
      lat: coords?.[0],
      lon: coords?.[1],
      modality: ev.modality,
      trigger: ev.trigger.text,
      sentence: oneLine(ix.sentenceText(ev)),
      citation: ix.citationLabel(ev.citations),
      trigger_start: ev.trigger.start,
      trigger_end: ev.trigger.end,
      sentence_start: sentence?.start,
      sentence_end: sentence?.end,
      corrected: correctedBy(ev),
    };
    rows.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(","));
  }
  return rows.join("\r\n");
}

/** "type by A. Historian 2026-05-01" for each human correction of the item, else empty. */
export function correctedBy(item: object): string {
  const marks = (item as { corrected?: { author: string; at: string; fields: string[] }[] }).corrected ?? [];
  return marks.map((c) => `${c.fields.join("+")} by ${c.author} ${c.at.slice(0, 10)}`).join("; ");
}
