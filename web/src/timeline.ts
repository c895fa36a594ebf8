// Timeline of events (points with readable headlines, coloured by PLOVER quad class) and treaty lifetimes
// (spans from signing to end, with renewals), over the data's own span from BCE to the present.
import { Timeline } from "vis-timeline/peer";
import { DataSet } from "vis-data/peer";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { el } from "./dom.ts";
import { filterWindow, QUADS, quadOf, type Model } from "./model.ts";
import type { State } from "./state.ts";
import { headline } from "./headline.ts";
import { edtfRange, formatEdtf, yearLabel, yearOf } from "./time.ts";
import { eventCard, showDetail, treatyCard } from "./ui.ts";
import type { ViewHandle } from "./view.ts";
import { emptyReason } from "./view.ts";

interface Item {
  id: string;
  group: string;
  content: HTMLElement;
  start: Date;
  end?: Date;
  type: "point" | "range" | "box";
  className: string;
  title?: string;
  /** When the item happens (its start), for the shared time control. */
  when: number;
}

const YEAR = 365.25 * 86_400_000;

export function renderTimeline(root: HTMLElement, m: Model, state: State): ViewHandle {
  const filters = { ...state, at: undefined };
  const items: Item[] = [];
  const extent = m.extent();
  for (const t of m.filteredTreaties(filters)) {
    const life = m.treatyLife(t);
    if (!life.signed) continue;
    const open = !life.end;
    const endAt = life.end ? life.end[1] : Math.max(extent?.[1] ?? life.signed[1], life.signed[1] + YEAR);
    const span = endAt - life.signed[0] > 40 * 86_400_000;
    const content = el("span", { class: "tl-treaty", "data-treaty": t.id, "data-signed": t.signed ?? "" }, t.name, el("span", { class: "tl-sub" }, ` · signed ${formatEdtf(t.signed)} · ${life.endWhy}`));
    items.push({ id: `t:${t.id}`, group: "treaties", content, start: new Date(life.signed[0]), end: span ? new Date(endAt) : undefined, type: span ? "range" : "box", className: `treaty${open ? " open-end" : ""}`, title: `${t.name}: signed ${formatEdtf(t.signed)}, ${life.endWhy}`, when: life.signed[0] });
    life.renewals.forEach((r, i) => {
      const when = edtfRange(r.date);
      if (!when) return;
      const label = el("span", { class: "tl-renewal", "data-treaty": t.id }, `${t.name} renewed${r.until ? ` until ${formatEdtf(r.until)}` : ""}`);
      items.push({ id: `r:${t.id}:${i}`, group: "treaties", content: label, start: new Date(when[0]), type: "point", className: "treaty-renewal", when: when[0] });
    });
  }
  for (const v of m.filteredEvents(filters)) {
    const when = edtfRange(v.date);
    if (!when) continue;
    const quad = quadOf(v.type);
    const content = el("span", { class: "tl-event", "data-event": v.id, "data-date": v.date ?? "", "data-type": v.type }, headline(m, v));
    items.push({ id: `v:${v.id}`, group: quad.key, content, start: new Date(when[0]), type: "point", className: `quad-${quad.key}`, title: `${formatEdtf(v.date)} · ${v.type}`, when: when[0] });
  }
  if (items.length === 0) {
    root.append(emptyReason(m, state, "timeline"));
    return { destroy: () => {} };
  }
  const usedGroups = new Set(items.map((i) => i.group));
  const groups = [
    ...QUADS.map((q, i) => ({ id: q.key, order: i, content: el("span", { class: `group quad-${q.key}` }, q.label) })),
    { id: "treaties", order: QUADS.length, content: el("span", {}, "treaties") },
  ].filter((g) => usedGroups.has(g.id));

  const box = el("div", { id: "timeline", class: "timeline" });
  const note = el("p", { class: "meta", id: "timeline-note" });
  root.append(legend(), box, note);
  let lo = Math.min(...items.map((i) => i.start.getTime()));
  let hi = Math.max(...items.map((i) => (i.end ?? i.start).getTime()));
  const range = filterWindow(filters);
  if (range) {
    lo = Math.max(lo, range[0]);
    hi = Math.min(hi, range[1]);
  }
  const pad = Math.max((hi - lo) * 0.05, 30 * 86_400_000);
  const dataset = new DataSet<Item>([]);
  const timeline = new Timeline(box, dataset as never, new DataSet(groups as never[]), {
    start: new Date(lo - pad),
    end: new Date(hi + pad),
    min: new Date(lo - Math.max((hi - lo) * 2, 10 * YEAR)),
    max: new Date(hi + Math.max((hi - lo) * 2, 10 * YEAR)),
    zoomMin: 1000 * 60 * 60 * 24 * 7,
    stack: true,
    groupOrder: "order",
    orientation: "top",
    margin: { item: { horizontal: 4, vertical: 4 } },
    tooltip: { followMouse: false },
    xss: { disabled: false },
    format: { minorLabels: axisLabel, majorLabels: majorLabel },
  } as never);
  const setTime = (at?: string) => {
    const until = at ? edtfRange(at)?.[1] : undefined;
    const shown = until === undefined ? items : items.filter((i) => i.when <= until);
    dataset.clear();
    dataset.add(shown.map(({ when: _when, ...item }) => item) as never[]);
    if (until !== undefined) {
      try {
        timeline.setCustomTime(new Date(until), "at");
      } catch {
        timeline.addCustomTime(new Date(until), "at");
      }
    } else {
      try {
        timeline.removeCustomTime("at");
      } catch {
        /* no marker yet */
      }
    }
    box.dataset.shown = String(shown.length);
    note.textContent = `${shown.filter((i) => i.id.startsWith("v:")).length} events and ${shown.filter((i) => i.id.startsWith("t:")).length} treaties shown, ${formatRange(lo, hi)}${until !== undefined ? `, up to the time control's date` : ""}.`;
  };
  setTime(state.at);
  timeline.on("select", ({ items: selected }: { items: string[] }) => {
    const id = selected[0];
    if (!id) return;
    const [kind, key] = [id.slice(0, 1), id.slice(2).split(":")[0]];
    if (kind === "v") {
      const v = m.x.events.find((e) => e.id === key);
      if (v) showDetail(eventCard(m, v));
    } else {
      const t = m.x.treaties.find((e) => e.id === key);
      const at = state.at ? edtfRange(state.at)?.[1] : undefined;
      if (t) showDetail(treatyCard(m, t, at));
    }
  });
  box.dataset.start = String(lo);
  box.dataset.end = String(hi);
  (window as unknown as { annalistTimeline: unknown }).annalistTimeline = timeline;
  return { destroy: () => timeline.destroy(), setTime };
}

function formatRange(lo: number, hi: number): string {
  const a = yearOf(lo);
  const b = yearOf(hi);
  return a === b ? `in ${yearLabel(a)}` : `${yearLabel(a)} to ${yearLabel(b)}`;
}

/** Axis labels that read BCE years as "491 BCE" (the default would print "-0490"). */
function axisLabel(date: Date | { toDate(): Date }, scale: string): string {
  const d = date instanceof Date ? date : date.toDate();
  const year = d.getUTCFullYear();
  const month = d.toLocaleString("en", { month: "short", timeZone: "UTC" });
  switch (scale) {
    case "millisecond":
    case "second":
    case "minute":
    case "hour":
    case "weekday":
    case "day":
      return `${d.getUTCDate()} ${month}`;
    case "week":
      return `${d.getUTCDate()} ${month}`;
    case "month":
      return month;
    default:
      return yearLabel(year);
  }
}

function majorLabel(date: Date | { toDate(): Date }, scale: string): string {
  const d = date instanceof Date ? date : date.toDate();
  if (scale === "year" || scale === "decade" || scale === "century" || scale === "millennium") return "";
  const year = yearLabel(d.getUTCFullYear());
  return scale === "month" ? year : `${d.toLocaleString("en", { month: "long", timeZone: "UTC" })} ${year}`;
}

function legend(): HTMLElement {
  const quads = QUADS.filter((q) => q.key !== "other");
  return el(
    "p",
    { class: "legend" },
    ...quads.map((q) => el("span", { class: "legend-item" }, el("span", { class: "swatch", style: `background:${q.color}` }), q.label)),
    el("span", { class: "legend-item" }, el("span", { class: "swatch treaty-swatch" }), "treaty in force (signing to end)"),
    el("span", { class: "legend-item" }, el("span", { class: "swatch treaty-swatch open" }), "end not stated"),
    el("span", { class: "legend-item" }, el("span", { class: "swatch renewal-swatch" }), "renewal"),
  );
}

