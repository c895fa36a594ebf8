// What every export needs from an extraction: entities by id, citation labels, sentence text, date parts.
import type { Citation, Entity, Event, Extraction } from "../schema.ts";

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export class ExtractionIndex {
  readonly entities = new Map<string, Entity>();

  constructor(readonly x: Extraction) {
    for (const e of x.entities) if (!this.entities.has(e.id)) this.entities.set(e.id, e);
  }

  entity(id: string | null | undefined): Entity | undefined {
    return id == null ? undefined : this.entities.get(id);
  }

  label(id: string): string {
    return this.entities.get(id)?.label ?? id;
  }

  labels(ids: string[]): string {
    return ids.map((id) => this.label(id)).join("; ");
  }

  qids(ids: string[]): string {
    return ids.map((id) => this.entities.get(id)?.wikidata ?? "").join("; ");
  }

  /** [lat, lon] of a place entity, when it has valid coordinates. */
  coords(id: string | null | undefined): [number, number] | undefined {
    const c = this.entity(id)?.coords;
    return c && validLatLon(c) ? c : undefined;
  }

  sentenceSpan(event: Event): { start: number; end: number } | undefined {
    return this.x.sentences[event.sentence];
  }

  sentenceText(event: Event): string {
    const s = this.sentenceSpan(event);
    return s ? this.x.text.slice(s.start, s.end) : event.trigger.text;
  }

  /** "Jones, pg. 178; March, pg. 216" for the citations an event or clause rests on. */
  citationLabel(indices: number[]): string {
    return indices
      .map((i) => this.x.citations[i])
      .filter((c): c is Citation => c !== undefined)
      .map(citationLabel)
      .join("; ");
  }
}

export function citationLabel(c: Citation): string {
  if (c.refs.length === 0) return c.text.replace(/^[([]|[)\]]$/g, "").trim();
  return c.refs
    .map((r) => {
      const who = r.year ? `${r.source} ${r.year}` : r.source;
      return r.pages.length > 0 ? `${who}, pg. ${r.pages.join(", ")}` : who;
    })
    .join("; ");
}

export function validLatLon(c: readonly number[]): boolean {
  const [lat, lon] = c;
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** Collapses runs of white space (hard-wrapped lines) to one space, for one-line cells and headlines. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

const EDTF_DATE = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/**
 * Calendar parts of the start of an EDTF value ("1931-09-18", "1945-08~", "1941-06/1941-07", "194X").
 * Unspecified digits (X) count as 0 in the year and drop the month or day; seasons (21–24) drop the month.
 */
export function dateParts(edtf: string | null | undefined): DateParts | undefined {
  if (!edtf) return undefined;
  const first = edtf.split("/")[0].replace(/[~?%]/g, "");
  const m = EDTF_DATE.exec(first.replace(/X/g, "0"));
  if (!m) return undefined;
  const year = Number(m[1]);
  const at = m[1].length + 1;
  const month = m[2] && !first.slice(at, at + 2).includes("X") ? Number(m[2]) : undefined;
  if (month === undefined || month < 1 || month > 12) return { year };
  const day = m[3] && !first.slice(at + 3, at + 5).includes("X") ? Number(m[3]) : undefined;
  if (day === undefined || day < 1 || day > 31) return { year, month };
  return { year, month, day };
}

/** End of an EDTF interval ("1941-06/1941-07" → 1941-07), if the value is one. */
export function endDateParts(edtf: string | null | undefined): DateParts | undefined {
  if (!edtf || !edtf.includes("/")) return undefined;
  return dateParts(edtf.split("/")[1]);
}

/** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) of an EDTF value when it is exactly one, else undefined. */
export function isoDate(edtf: string | null | undefined): string | undefined {
  return edtf && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(edtf) ? edtf : undefined;
}

/** The first non-empty line of the text, cut to a title's length. */
export function documentTitle(text: string, fallback = "Untitled"): string {
  const line = oneLine(text.slice(0, 2000).split("\n").find((l) => l.trim().length > 0) ?? "");
  if (!line) return fallback;
  return line.length > 120 ? `${line.slice(0, 117).trimEnd()}…` : line;
}
