// Timeline of events (points, coloured by PLOVER quad class) and treaty lifetimes (ranges).
import { Timeline } from "vis-timeline/peer";
import { DataSet } from "vis-data/peer";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { el } from "./dom.ts";
import { dateBounds, QUADS, quadOf, type Model } from "./model.ts";
import type { State } from "./state.ts";
import { emptyNote, eventCard, showDetail, treatyCard } from "./ui.ts";

export function renderTimeline(root: HTMLElement, m: Model, state: State): () => void {
  const events = m.filteredEvents(state);
  const items: Record<string, unknown>[] = [];
  const ends: number[] = [];
  for (const t of m.x.treaties) {
    const signed = dateBounds(t.signed);
    if (!signed) continue;
    const end = dateBounds(t.ends);
    const content = el("span", { class: "tl-treaty", "data-treaty": t.id, "data-signed": t.signed ?? "" }, t.name);
    items.push({ id: `t:${t.id}`, group: "treaties", content, start: signed[0], end: end ? end[1] : undefined, type: end ? "range" : "box", className: "treaty" });
  }
  for (const v of events) {
    const when = dateBounds(v.date);
    if (!when) continue;
    ends.push(when[1].getTime());
    const quad = quadOf(v.type);
    const who = v.source.map((id) => m.label(id)).join(", ");
    const content = el("span", { class: "tl-event", "data-event": v.id, "data-date": v.date ?? "" }, `${v.type}${who ? ` · ${who}` : ""}`);
    items.push({ id: `v:${v.id}`, group: quad.key, content, start: when[0], type: "point", className: `quad-${quad.key}` });
  }
  if (items.length === 0) {
    root.appendChild(emptyNote("No dated events or treaties match the filters."));
    return () => {};
  }
  const usedGroups = new Set(items.map((i) => i.group as string));
  const groups = [
    { id: "treaties", order: 0, content: el("span", {}, "treaties") },
    ...QUADS.map((q, i) => ({ id: q.key, order: i + 1, content: el("span", { class: `group quad-${q.key}` }, q.label) })),
  ].filter((g) => usedGroups.has(g.id));

  const box = el("div", { id: "timeline", class: "timeline" });
  root.append(legend(), box);
  const from = state.from ? dateBounds(state.from)![0] : new Date(Date.UTC(1903, 0, 1));
  const to = state.to ? dateBounds(state.to)![1] : new Date(Date.UTC(1947, 11, 31));
  const timeline = new Timeline(box, new DataSet(items as never[]), new DataSet(groups as never[]), {
    start: from,
    end: to,
    min: new Date(Date.UTC(1800, 0, 1)),
    max: new Date(Date.UTC(2100, 0, 1)),
    zoomMin: 1000 * 60 * 60 * 24 * 7,
    stack: true,
    groupOrder: "order",
    orientation: "top",
    maxHeight: "68vh",
    tooltip: { followMouse: false },
    xss: { disabled: false },
  } as never);
  timeline.on("select", ({ items: selected }: { items: string[] }) => {
    const id = selected[0];
    if (!id) return;
    const [kind, key] = [id.slice(0, 1), id.slice(2)];
    if (kind === "v") {
      const v = m.x.events.find((e) => e.id === key);
      if (v) showDetail(eventCard(m, v));
    } else {
      const t = m.x.treaties.find((e) => e.id === key);
      if (t) showDetail(treatyCard(m, t));
    }
  });
  (window as unknown as { annalistTimeline: unknown }).annalistTimeline = timeline;
  return () => timeline.destroy();
}

function legend(): HTMLElement {
  const quads = QUADS.filter((q) => q.key !== "other");
  return el(
    "p",
    { class: "legend" },
    ...quads.map((q) => el("span", { class: "legend-item" }, el("span", { class: "swatch", style: `background:${q.color}` }), q.label)),
    el("span", { class: "legend-item" }, el("span", { class: "swatch treaty-swatch" }), "treaty in force"),
  );
}
