// TimelineJS3 JSON: one slide per dated event and per signed treaty (from signing to its end), and one era
// per treaty life whose end is known. TimelineJS renders text as HTML, so every string from the document is
// HTML-escaped.
import type { Extraction } from "../schema.ts";
import { dateParts, documentTitle, endDateParts, ExtractionIndex, oneLine, type DateParts } from "./lookup.ts";
import { treatySpan } from "./spans.ts";

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineSlide {
  unique_id?: string;
  start_date?: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group?: string;
}

export interface TimelineEra {
  start_date: TimelineDate;
  end_date: TimelineDate;
  text: { headline: string; text?: string };
}

export interface Timeline {
  title: TimelineSlide;
  events: TimelineSlide[];
  eras: TimelineEra[];
  scale: "human";
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

function timelineDate(parts: DateParts, edtf: string): TimelineDate {
  return { ...parts, display_date: edtf };
}

export function toTimeline(x: Extraction): Timeline {
  const ix = new ExtractionIndex(x);
  const events: TimelineSlide[] = [];
  for (const ev of x.events) {
    const start = dateParts(ev.date);
    if (!start || !ev.date) continue;
    const end = endDateParts(ev.date);
    const who = ix.labels(ev.source) || "—";
    const whom = ix.labels(ev.target);
    const cite = ix.citationLabel(ev.citations);
    events.push({
      unique_id: ev.id,
      start_date: timelineDate(start, ev.date),
      ...(end ? { end_date: { ...end } } : {}),
      text: {
        headline: escapeHtml(oneLine(`${who} ${ev.trigger.text}${whom ? ` ${whom}` : ""}`)),
        text: `<p>${escapeHtml(oneLine(ix.sentenceText(ev)))}</p>${cite ? `<p>(${escapeHtml(cite)})</p>` : ""}`,
      },
      group: ev.type,
    });
  }
  const eras: TimelineEra[] = [];
  for (const t of x.treaties) {
    const start = dateParts(t.signed);
    if (!start || !t.signed) continue;
    const parties = ix.labels(t.parties);
    const life = treatySpan(t);
    const end = life?.end ? dateParts(life.end) : undefined;
    const lasts = life?.end ? (t.ends ? `in force until ${t.ends}` : `in force for ${t.duration}, to ${life.end}`) : "end not stated";
    events.push({
      unique_id: t.id,
      start_date: timelineDate(start, t.signed),
      ...(end ? { end_date: { ...end, display_date: t.ends ?? life!.end! } } : {}),
      text: { headline: escapeHtml(t.name), text: `<p>Signed ${escapeHtml(t.signed)}; ${escapeHtml(lasts)}.</p>${parties ? `<p>Parties: ${escapeHtml(parties)}</p>` : ""}` },
      group: "Treaty",
    });
    if (end) eras.push({ start_date: { ...start }, end_date: { ...end }, text: { headline: escapeHtml(t.name), text: `<p>${escapeHtml(lasts)}</p>` } });
  }
  return {
    title: { text: { headline: escapeHtml(documentTitle(x.text, "Timeline")), text: `<p>${events.length} dated events and treaties</p>` } },
    events,
    eras,
    scale: "human",
  };
}
