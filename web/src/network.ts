// Relations network: actors as nodes; event edges weighted by cooperation and conflict up to a date,
// treaty edges (dashed) for the treaties in force at that date. A slider moves the date.
import cytoscape from "cytoscape";
import { clear, el } from "./dom.ts";
import { ACTOR_KINDS, dateHead, isConflict, isCooperation, type Model, type Treaty } from "./model.ts";
import { go, type State } from "./state.ts";
import { eventCard, showDetail, treatyCard } from "./ui.ts";

const FIRST = 1900 * 12;

interface Relation {
  a: string;
  b: string;
  kind: "events" | "treaty";
  cooperation: number;
  conflict: number;
  other: number;
  treaty?: Treaty;
  events: string[];
}

export function relationsAt(m: Model, state: State, at: string): Relation[] {
  const pairs = new Map<string, Relation>();
  const pair = (x: string, y: string) => (x < y ? [x, y] : [y, x]);
  const isActor = (id: string) => ACTOR_KINDS.has(m.entities.get(id)?.kind ?? "");
  const to = state.to && state.to.slice(0, at.length) < at ? state.to : at;
  for (const v of m.filteredEvents({ ...state, to })) {
    for (const s of v.source) {
      for (const t of v.target) {
        const [a, b] = pair(m.actorOf(s), m.actorOf(t));
        if (a === b || !isActor(a) || !isActor(b)) continue;
        const key = `${a}|${b}`;
        const r = pairs.get(key) ?? { a, b, kind: "events" as const, cooperation: 0, conflict: 0, other: 0, events: [] };
        if (isCooperation(v.type)) r.cooperation++;
        else if (isConflict(v.type)) r.conflict++;
        else r.other++;
        r.events.push(v.id);
        pairs.set(key, r);
      }
    }
  }
  const relations = [...pairs.values()];
  for (const t of m.treatiesInForce(at)) {
    const parties = [...new Set(t.parties.map((p) => m.actorOf(p)))].filter(isActor);
    if (state.actor && !parties.includes(state.actor)) continue;
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = pair(parties[i], parties[j]);
        relations.push({ a, b, kind: "treaty", cooperation: 0, conflict: 0, other: 0, treaty: t, events: [] });
      }
    }
  }
  return relations;
}

export function renderNetwork(root: HTMLElement, m: Model, state: State): () => void {
  const dated = m.x.events.map((v) => (v.date ? dateHead(v.date) : null)).concat(m.x.treaties.map((t) => (t.signed ? dateHead(t.signed) : null))).filter((d): d is string => !!d).sort();
  const minYear = Math.min(1905, Number(dated[0]?.slice(0, 4) ?? 1905));
  const maxYear = Math.max(1945, Number(dated[dated.length - 1]?.slice(0, 4) ?? 1945));
  const at = state.at && /^\d{4}-\d{2}$/.test(state.at) ? state.at : `${maxYear}-12`;
  const toIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 - FIRST;
  const fromIndex = (i: number) => `${Math.floor((i + FIRST) / 12)}-${String(((i + FIRST) % 12) + 1).padStart(2, "0")}`;

  const slider = el("input", { type: "range", id: "at", min: toIndex(`${minYear}-01`), max: toIndex(`${maxYear}-12`), value: toIndex(at), "aria-label": "date of the network" });
  const shown = el("output", { id: "at-label", for: "at" }, at);
  slider.addEventListener("input", () => (shown.textContent = fromIndex(Number(slider.value))));
  slider.addEventListener("change", () => go({ at: fromIndex(Number(slider.value)) }));
  const box = el("div", { id: "network", class: "network" });
  const table = el("table", { id: "relations", class: "relations" });
  root.append(
    el("div", { class: "slider" }, el("label", { for: "at" }, "Relations at "), shown, slider),
    el("p", { class: "legend" }, el("span", { class: "legend-item" }, el("span", { class: "swatch", style: "background:#31a354" }), "mostly cooperation"), el("span", { class: "legend-item" }, el("span", { class: "swatch", style: "background:#d7301f" }), "mostly conflict"), el("span", { class: "legend-item" }, el("span", { class: "swatch treaty-swatch" }), "treaty in force (dashed)"), " Leaders and ministries count for their state."),
    box,
    table,
  );

  const relations = relationsAt(m, state, at);
  const nodes = new Set(relations.flatMap((r) => [r.a, r.b]));
  const degree = new Map<string, number>();
  for (const r of relations) for (const id of [r.a, r.b]) degree.set(id, (degree.get(id) ?? 0) + Math.max(1, r.events.length));
  const cy = cytoscape({
    container: box,
    elements: [
      ...[...nodes].map((id) => ({ data: { id, label: m.label(id), size: 18 + 5 * Math.sqrt(degree.get(id) ?? 1) } })),
      ...relations.map((r, i) => ({
        data: {
          id: `r${i}`,
          source: r.a,
          target: r.b,
          kind: r.kind,
          label: r.kind === "treaty" ? r.treaty!.name : `${r.events.length}`,
          open: r.kind === "treaty" && !r.treaty!.ends ? "yes" : "no",
          width: r.kind === "treaty" ? 2.5 : 1 + 1.5 * Math.sqrt(r.events.length),
          color: r.kind === "treaty" ? "#3b5bdb" : r.cooperation > r.conflict ? "#31a354" : r.conflict > r.cooperation ? "#d7301f" : "#999",
        },
      })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#4a5568", color: "#1a202c", "font-size": 12, "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#fff", "text-background-opacity": 0.7, "text-background-padding": "1px" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "curve-style": "bezier", opacity: 0.75 } },
      { selector: 'edge[kind = "treaty"]', style: { "line-style": "dashed", "line-dash-pattern": [6, 3] } },
      { selector: 'edge[open = "yes"]', style: { opacity: 0.35 } },
      { selector: "edge:selected, edge.hover", style: { label: "data(label)", "font-size": 10, color: "#1a202c", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.9, opacity: 1 } },
    ],
    layout: { name: nodes.size > 1 ? "cose" : "grid", animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 140, nodeOverlap: 20, componentSpacing: 80, padding: 30 } as never,
    wheelSensitivity: 0.3,
  });
  cy.on("tap", "edge", (e) => showRelation(m, relations[Number(e.target.id().slice(1))]));
  cy.on("mouseover", "edge", (e) => e.target.addClass("hover"));
  cy.on("mouseout", "edge", (e) => e.target.removeClass("hover"));
  (window as unknown as { annalistNetwork: unknown }).annalistNetwork = cy;

  clear(table);
  table.append(el("caption", {}, `${relations.length} relations at ${at}`), el("tr", {}, el("th", {}, "between"), el("th", {}, "kind"), el("th", {}, "what")));
  const edgeOf = new Map(relations.map((r, i) => [r, `r${i}`]));
  for (const r of [...relations].sort((x, y) => (x.kind === y.kind ? y.events.length - x.events.length : x.kind === "treaty" ? -1 : 1))) {
    const row = el(
      "tr",
      { "data-kind": r.kind, "data-a": m.label(r.a), "data-b": m.label(r.b), "data-treaty": r.treaty?.id },
      el("td", {}, `${m.label(r.a)} — ${m.label(r.b)}`),
      el("td", {}, r.kind === "treaty" ? (r.treaty!.ends ? "treaty in force" : "treaty (end unknown)") : "events"),
      el("td", {}, r.kind === "treaty" ? `${r.treaty!.name} (signed ${r.treaty!.signed})` : `${r.cooperation} cooperation, ${r.conflict} conflict, ${r.other} other`),
    );
    row.addEventListener("click", () => {
      cy.edges().unselect();
      cy.getElementById(edgeOf.get(r)!).select();
      showRelation(m, r);
    });
    table.append(row);
  }
  return () => cy.destroy();
}

function showRelation(m: Model, r: Relation | undefined): void {
  if (!r) return;
  if (r.treaty) return showDetail(treatyCard(m, r.treaty));
  const events = r.events.map((id) => m.x.events.find((v) => v.id === id)!).filter(Boolean);
  showDetail(el("h2", {}, `${m.label(r.a)} — ${m.label(r.b)}`), ...events.map((v) => eventCard(m, v)));
}
