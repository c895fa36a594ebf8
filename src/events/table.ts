// The events of an extraction as a readable chronology: one row per event with date, code, actors, place,
// modality, trigger and the citation that supports it.
import type { Event, Extraction } from "../schema.ts";

export type EventOrder = "date" | "text";

export interface EventRow {
  id: string;
  date: string;
  code: string;
  actors: string;
  place: string;
  modality: string;
  trigger: string;
  citation: string;
}

/** EDTF dates compare by their leading digits; undated events sort last. */
function dateKey(date: string | null): string {
  if (!date) return "~";
  const m = date.match(/^-?\d{1,4}X*(-\d{2})?(-\d{2})?/);
  return m ? m[0].replace(/X/g, "0") : "~";
}

export function eventRows(ex: Extraction, order: EventOrder = "date"): EventRow[] {
  const label = new Map(ex.entities.map((e) => [e.id, e.label]));
  const names = (ids: string[]) => ids.map((id) => label.get(id) ?? id).join(", ") || "—";
  const events: Event[] = [...ex.events];
  if (order === "date") events.sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.trigger.start - b.trigger.start);
  return events.map((e) => ({
    id: e.id,
    date: e.date ?? "",
    code: `${e.type}/${e.cameo ?? "-"}`,
    actors: `${names(e.source)} → ${names(e.target)}`,
    place: e.place ? (label.get(e.place) ?? e.place) : "",
    modality: e.modality + (e.futureInPast ? " (future-in-past)" : ""),
    trigger: e.trigger.text.replace(/\s+/g, " "),
    citation: e.citations.map((c) => ex.citations[c]?.text ?? `#${c}`).join(" "),
  }));
}

const COLUMNS: [keyof EventRow, string, number][] = [
  ["id", "id", 5],
  ["date", "date", 12],
  ["code", "type/CAMEO", 15],
  ["actors", "source → target", 48],
  ["place", "place", 18],
  ["modality", "modality", 30],
  ["trigger", "trigger", 30],
  ["citation", "citation", 28],
];

function fit(s: string, width: number): string {
  return s.length > width ? s.slice(0, width - 1) + "…" : s.padEnd(width);
}

export function eventTable(ex: Extraction, order: EventOrder = "date"): string {
  const rows = eventRows(ex, order);
  const widths = COLUMNS.map(([key, head, max]) => Math.min(max, Math.max(head.length, ...rows.map((r) => r[key].length))));
  const line = (cells: string[]) => cells.map((c, i) => fit(c, widths[i])).join("  ").trimEnd();
  const out = [line(COLUMNS.map(([, head]) => head)), line(widths.map((w) => "-".repeat(w)))];
  for (const r of rows) out.push(line(COLUMNS.map(([key]) => r[key])));
  const asserted = ex.events.filter((e) => e.modality === "asserted" || e.modality === "reported").length;
  out.push("", `${ex.events.length} events (${asserted} asserted or reported), ${ex.quantities.length} quantities`);
  return out.join("\n");
}
