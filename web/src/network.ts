// Relations network: actors (states resolved by date, one node per state) coloured by kind; event edges
// weighted by cooperation and conflict up to the shared time control's date; dashed treaty edges for the
// treaties in force then. Node positions are laid out once per document over all dates, so they stay put
// while the time control moves; a degree filter hides the least connected actors.
import cytoscape from "cytoscape";
import { clear, el } from "./dom.ts";
import { ACTOR_KINDS, isConflict, isCooperation, type Filters, type Model, type Treaty } from "./model.ts";
import { replace, type State } from "./state.ts";
import { edtfRange, formatEdtf } from "./time.ts";
import { eventCard, showDetail, treatyCard } from "./ui.ts";
import { emptyReason, type ViewHandle } from "./view.ts";

export const KIND_COLORS: Record<string, string> = { state: "#5f3dc4", organization: "#1971c2", person: "#c2255c", group: "#e8590c", other: "#868e96" };

export interface Relation {
  key: string;
  a: string;
  b: string;
  kind: "events" | "treaty";
  cooperation: number;
  conflict: number;
  other: number;
  treaty?: Treaty;
  events: string[];
}

interface Node {
  key: string;
  label: string;
  kind: string;
}

const pairOf = (x: string, y: string) => (x < y ? [x, y] : [y, x]);

/** The relations at a time (null: at the end of the data): events up to it, treaties in force then. */
export function relationsAt(m: Model, filters: Filters, at: number | null): { relations: Relation[]; nodes: Map<string, Node> } {
  const nodes = new Map<string, Node>();
  const pairs = new Map<string, Relation>();
  const end = at ?? m.extent()?.[1] ?? 0;
  const actor = (id: string, when: number | null) => {
    const a = m.actorAt(id, when);
    if (!ACTOR_KINDS.has(a.kind)) return null;
    if (!nodes.has(a.key)) nodes.set(a.key, { key: a.key, label: a.label, kind: a.kind });
    return a.key;
  };
  for (const v of m.filteredEvents({ ...filters, at: undefined })) {
    const when = edtfRange(v.date)?.[0] ?? null;
    if (at !== null && (when === null || when > at)) continue;
    for (const s of v.source) {
      for (const t of v.target) {
        const x = actor(s, when);
        const y = actor(t, when);
        if (!x || !y || x === y) continue;
        const [a, b] = pairOf(x, y);
        const key = `${a}|${b}|events`;
        const r = pairs.get(key) ?? { key, a, b, kind: "events" as const, cooperation: 0, conflict: 0, other: 0, events: [] };
        if (isCooperation(v.type)) r.cooperation++;
        else if (isConflict(v.type)) r.conflict++;
        else r.other++;
        if (!r.events.includes(v.id)) r.events.push(v.id);
        pairs.set(key, r);
      }
    }
  }
  for (const t of m.filteredTreaties({ ...filters, at: undefined })) {
    const live = m.treatyLiveAt(t, end);
    if (!live.live) continue;
    const parties = [...new Set(t.parties.filter((p) => !live.gone.has(p)).map((p) => actor(p, end)).filter((k): k is string => !!k))];
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = pairOf(parties[i], parties[j]);
        const key = `${a}|${b}|treaty:${t.id}`;
        pairs.set(key, { key, a, b, kind: "treaty", cooperation: 0, conflict: 0, other: 0, treaty: t, events: [] });
      }
    }
  }
  return { relations: [...pairs.values()], nodes };
}

/** Every node and edge the document has at any date, for one layout that the time control does not move. */
function unionGraph(m: Model, filters: Filters): { relations: Relation[]; nodes: Map<string, Node> } {
  const all = relationsAt(m, filters, Number.POSITIVE_INFINITY);
  const nodes = new Map(all.nodes);
  const pairs = new Map(all.relations.filter((r) => r.kind === "events").map((r) => [r.key, r]));
  for (const t of m.filteredTreaties({ ...filters, at: undefined })) {
    const signed = m.treatyLife(t).signed;
    if (!signed) continue;
    const keys = [...new Set(t.parties.map((p) => m.actorAt(p, signed[0])).filter((a) => ACTOR_KINDS.has(a.kind)).map((a) => (nodes.has(a.key) || nodes.set(a.key, { key: a.key, label: a.label, kind: a.kind }), a.key)))];
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = pairOf(keys[i], keys[j]);
        const key = `${a}|${b}|treaty:${t.id}`;
        pairs.set(key, { key, a, b, kind: "treaty", cooperation: 0, conflict: 0, other: 0, treaty: t, events: [] });
      }
    }
  }
  return { relations: [...pairs.values()], nodes };
}

/** Laid-out positions per document and filter, kept while the page lives. */
const positions = new Map<string, Map<string, { x: number; y: number }>>();

export function renderNetwork(root: HTMLElement, m: Model, state: State): ViewHandle {
  const filters: Filters = { actor: state.actor, type: state.type, from: state.from, to: state.to };
  const union = unionGraph(m, filters);
  if (union.nodes.size < 2 || union.relations.length === 0) {
    root.append(emptyReason(m, state, "network"));
    return { destroy: () => {} };
  }
  const degreeInput = el("input", { type: "number", id: "min-degree", min: 0, max: 50, value: state.deg ?? "0", size: 3, "aria-label": "smallest number of relations of an actor shown" });
  const box = el("div", { id: "network", class: "network" });
  const table = el("table", { id: "relations", class: "relations" });
  const caption = el("p", { class: "meta", id: "network-caption" });
  root.append(
    el(
      "div",
      { class: "legend" },
      ...Object.entries(KIND_COLORS)
        .filter(([k]) => k !== "other")
        .map(([k, c]) => el("span", { class: "legend-item" }, el("span", { class: "swatch", style: `background:${c}` }), k)),
      el("span", { class: "legend-item" }, el("span", { class: "line-swatch", style: "background:#31a354" }), "mostly cooperation"),
      el("span", { class: "legend-item" }, el("span", { class: "line-swatch", style: "background:#d7301f" }), "mostly conflict"),
      el("span", { class: "legend-item" }, el("span", { class: "swatch treaty-swatch" }), "treaty in force (dashed)"),
      el("label", { class: "legend-item" }, "at least ", degreeInput, " relations"),
    ),
    caption,
    box,
    table,
  );

  const layoutKey = `${m.doc.id}|${JSON.stringify(filters)}`;
  const known = positions.get(layoutKey);
  const cy = cytoscape({
    container: box,
    elements: [
      ...[...union.nodes.values()].map((n) => ({ data: { id: n.key, label: n.label, kind: n.kind, color: KIND_COLORS[n.kind] ?? KIND_COLORS.other, size: 24 }, position: known?.get(n.key) })),
      ...union.relations.map((r) => ({ data: { id: r.key, source: r.a, target: r.b, kind: r.kind, label: r.kind === "treaty" ? r.treaty!.name : "", width: 2, color: "#999" } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "data(color)", color: "#1a202c", "font-size": 13, "text-valign": "bottom", "text-margin-y": 4, "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": "2px", "text-wrap": "ellipsis", "text-max-width": "160px", "min-zoomed-font-size": 0 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "curve-style": "bezier", opacity: 0.8 } },
      { selector: 'edge[kind = "treaty"]', style: { "line-style": "dashed", "line-dash-pattern": [6, 3], "line-color": "#3b5bdb" } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: "edge:selected, edge.hover", style: { label: "data(label)", "font-size": 11, color: "#1a202c", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.9, opacity: 1 } },
    ],
    layout: known ? { name: "preset" } : ({ name: "cose", animate: false, randomize: true, nodeRepulsion: () => 600000, idealEdgeLength: () => 150, nodeOverlap: 40, componentSpacing: 100, padding: 40 } as never),
    wheelSensitivity: 0.3,
  });
  if (!known) {
    spreadApart(cy, 90);
    positions.set(layoutKey, new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])));
  }
  const readable = () => {
    const zoom = cy.zoom();
    cy.style().selector("node").style({ "font-size": 13 / zoom, "text-max-width": `${160 / zoom}px`, "text-margin-y": 4 / zoom, width: 24 / Math.sqrt(zoom), height: 24 / Math.sqrt(zoom) }).update();
  };
  cy.on("zoom", readable);

  let current: Relation[] = [];
  const update = (at: string | undefined, deg: number) => {
    const until = at ? (edtfRange(at)?.[1] ?? null) : null;
    const { relations } = relationsAt(m, filters, until);
    const degree = new Map<string, number>();
    for (const r of relations) for (const id of [r.a, r.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const shownNodes = new Set([...degree].filter(([, d]) => d >= Math.max(1, deg)).map(([k]) => k));
    current = relations.filter((r) => shownNodes.has(r.a) && shownNodes.has(r.b));
    const live = new Map(current.map((r) => [r.key, r]));
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass("hidden", !shownNodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        const r = live.get(e.id());
        e.toggleClass("hidden", !r);
        if (r && r.kind === "events") e.data({ width: 1 + 1.5 * Math.sqrt(r.events.length), color: r.cooperation > r.conflict ? "#31a354" : r.conflict > r.cooperation ? "#d7301f" : "#999", label: `${r.events.length} events` });
      });
    });
    box.dataset.nodes = String(shownNodes.size);
    box.dataset.edges = String(current.length);
    caption.textContent = `${shownNodes.size} actors, ${current.length} relations ${until === null ? "over the whole document (treaties in force at its end)" : `up to ${formatEdtf(at)}`}. Leaders and ministries count for their state; states are resolved by date.`;
    renderTable(m, table, current, at, cy);
  };
  cy.on("tap", "edge", (e) => showRelation(m, current.find((r) => r.key === e.target.id()), state.at));
  cy.on("tap", "node", (e) => showActor(m, e.target.id(), current, e.target.data("label")));
  cy.on("mouseover", "edge", (e) => e.target.addClass("hover"));
  cy.on("mouseout", "edge", (e) => e.target.removeClass("hover"));
  let at = state.at;
  let deg = Number(state.deg ?? 0) || 0;
  degreeInput.addEventListener("input", () => {
    deg = Math.max(0, Number(degreeInput.value) || 0);
    replace({ deg: deg ? String(deg) : undefined });
    update(at, deg);
  });
  update(at, deg);
  cy.fit(undefined, 40);
  readable();
  (window as unknown as { annalistNetwork: unknown }).annalistNetwork = cy;
  return {
    destroy: () => cy.destroy(),
    setTime: (next) => {
      at = next;
      update(at, deg);
    },
  };
}

/** Pushes apart nodes closer than `gap` (a force layout can pile up actors tied by many edges), so labels stay readable. */
function spreadApart(cy: cytoscape.Core, gap: number): void {
  const nodes = cy.nodes().map((n) => ({ n, p: { ...n.position() } }));
  for (let round = 0; round < 50; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i].p;
        const b = nodes[j].p;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        if (d < 0.01) {
          dx = (j - i) % 2 ? 1 : -1;
          dy = 0.5;
          d = Math.hypot(dx, dy);
        }
        const push = (gap - d) / 2 / d;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const { n, p } of nodes) n.position(p);
}

function renderTable(m: Model, table: HTMLElement, relations: Relation[], at: string | undefined, cy: cytoscape.Core): void {
  clear(table);
  const label = (key: string) => cy.getElementById(key).data("label") ?? key;
  table.append(el("caption", {}, `${relations.length} relations${at ? ` up to ${formatEdtf(at)}` : ""}`), el("tr", {}, el("th", {}, "between"), el("th", {}, "kind"), el("th", {}, "what")));
  for (const r of [...relations].sort((x, y) => (x.kind === y.kind ? y.events.length - x.events.length : x.kind === "treaty" ? -1 : 1))) {
    const row = el(
      "tr",
      { "data-kind": r.kind, "data-a": label(r.a), "data-b": label(r.b), "data-treaty": r.treaty?.id },
      el("td", {}, `${label(r.a)} — ${label(r.b)}`),
      el("td", {}, r.kind === "treaty" ? (r.treaty!.ends ? "treaty in force" : "treaty (end not stated)") : "events"),
      el("td", {}, r.kind === "treaty" ? `${r.treaty!.name} (signed ${formatEdtf(r.treaty!.signed)})` : `${r.cooperation} cooperation, ${r.conflict} conflict, ${r.other} other`),
    );
    row.addEventListener("click", () => {
      cy.edges().unselect();
      cy.getElementById(r.key).select();
      showRelation(m, r, at);
    });
    table.append(row);
  }
}

function showRelation(m: Model, r: Relation | undefined, at?: string): void {
  if (!r) return;
  if (r.treaty) return showDetail(treatyCard(m, r.treaty, at ? edtfRange(at)?.[1] : undefined));
  const events = r.events.map((id) => m.x.events.find((v) => v.id === id)!).filter(Boolean);
  showDetail(el("h2", {}, `${events.length} events`), ...events.map((v) => eventCard(m, v)));
}

function showActor(m: Model, key: string, relations: Relation[], label: string): void {
  const mine = relations.filter((r) => r.a === key || r.b === key);
  const events = [...new Set(mine.flatMap((r) => r.events))].map((id) => m.x.events.find((v) => v.id === id)!).filter(Boolean);
  const treaties = mine.filter((r) => r.treaty).map((r) => r.treaty!);
  showDetail(el("h2", {}, label), el("p", { class: "meta" }, `${mine.length} relations: ${treaties.length} treaties, ${events.length} events`), ...[...new Set(treaties)].map((t) => treatyCard(m, t)), ...events.map((v) => eventCard(m, v)));
}
