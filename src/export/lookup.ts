// What every export needs from an extraction: entities by id, citation labels, sentence text, date parts.
import { dayInterval, parseDay, type DayInterval } from "../dates/index.ts";
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

/**
 * Calendar parts of the first day of an EDTF value ("1931-09-18", "1945-08~", "1941-06/1941-07", "194X"), as
 * precise as the value's start: a day, a month, or only the year when the start spans several months (a
 * season, a decade: its first year). Undefined for a value that is no EDTF date (PRESENT_REF, P2XY).
 */
export function dateParts(edtf: string | null | undefined): DateParts | undefined {
  if (!dayInterval(edtf)) return undefined;
  return partsOf(dayInterval(edtf!.split("/")[0]));
}

/** Start of the end of an EDTF interval ("1941-06/1941-07" → 1941-07), if the value is one. */
export function endDateParts(edtf: string | null | undefined): DateParts | undefined {
  if (!edtf?.includes("/") || !dayInterval(edtf)) return undefined;
  return partsOf(dayInterval(edtf.split("/")[1]));
}

function partsOf(span: DayInterval | null): DateParts | undefined {
  const first = span?.earliest ? parseDay(span.earliest) : null;
  const last = span?.latest ? parseDay(span.latest) : null;
  if (!first || !last) return undefined;
  if (first.year !== last.year || first.month !== last.month) return { year: first.year };
  if (first.day !== last.day) return { year: first.year, month: first.month };
  return { ...first };
}

/** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) of an EDTF value when it is exactly one day, month or year of the calendar. */
export function isoDate(edtf: string | null | undefined): string | undefined {
  return edtf && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(edtf) && dayInterval(edtf) ? edtf : undefined;
}

/** The first non-empty line of the text, cut to a title's length. */
export function documentTitle(text: string, fallback = "Untitled"): string {
  const line = oneLine(text.slice(0, 2000).split("\n").find((l) => l.trim().length > 0) ?? "");
  if (!line) return fallback;
  return line.length > 120 ? `${line.slice(0, 117).trimEnd()}…` : line;
}
