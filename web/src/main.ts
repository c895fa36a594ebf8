// The explorer's shell: document choice, upload, search, view tabs, the filters and the time control shared
// by all views, export downloads. Each view's code is loaded when its tab is first opened.
import "./style.css";
import { getJson } from "./api.ts";
import { clear, el } from "./dom.ts";
import { Model, QUADS, type DocumentInfo, type Extraction, type StateLife } from "./model.ts";
import { go, linkTo, readState, VIEWS, type State, type View } from "./state.ts";
import { correcting, entityCard, eventCard, readerLink, showDetail, treatyCard } from "./ui.ts";
import { parseTypedDate } from "./time.ts";
import { timeControl } from "./timecontrol.ts";
import type { RenderView, ViewHandle } from "./view.ts";
import { startQueuePanel } from "./queue-panel.ts";

const LOADERS: Record<View, () => Promise<RenderView>> = {
  timeline: () => import("./timeline.ts").then((mod) => mod.renderTimeline),
  map: () => import("./map.ts").then((mod) => mod.renderMap),
  network: () => import("./network.ts").then((mod) => mod.renderNetwork),
  reader: () => import("./reader.ts").then((mod) => mod.renderReader),
  whatif: () => import("./whatif.ts").then((mod) => mod.renderWhatif),
  conflicts: () => import("./conflicts.ts").then((mod) => mod.renderConflicts),
};
const TITLES: Record<View, string> = { timeline: "Timeline", map: "Map", network: "Network", reader: "Reader", whatif: "What if", conflicts: "Conflicts" };
const TIMED = new Set<View>(["timeline", "map", "network"]);
const EXPORTS: { format: string; label: string; query?: string }[] = [
  { format: "json", label: "JSON (all layers)" },
  { format: "csv", label: "CSV (events)" },
  { format: "csv", label: "CSV for Excel (with BOM)", query: "bom=1" },
  { format: "geojson", label: "GeoJSON (places, events)" },
  { format: "gexf", label: "GEXF 1.3 (Gephi network with time)" },
  { format: "timelinejs", label: "TimelineJS" },
  { format: "jsonld", label: "JSON-LD (schema.org)" },
  { format: "tei", label: "TEI P5" },
  { format: "csl", label: "CSL-JSON (bibliography)" },
  { format: "timeml", label: "TimeML (time expressions)" },
];

let documents: DocumentInfo[] = [];
let model: Model | undefined;
let handle: ViewHandle = { destroy: () => {} };
let rendering = 0;

async function loadModel(id: string): Promise<Model> {
  if (model?.doc.id === id) return model;
  const { document: info, extraction, states } = await getJson<{ document: DocumentInfo; extraction: Extraction; states?: Record<string, StateLife> }>(`/api/documents/${encodeURIComponent(id)}`);
  model = new Model(info, extraction, states ?? {});
  return model;
}

async function render(): Promise<void> {
  const run = ++rendering;
  const state = readState();
  const view = document.getElementById("view")!;
  handle.destroy();
  handle = { destroy: () => {} };
  clear(view);
  renderTabs(state);
  delete document.body.dataset.ready;
  if (documents.length === 0) {
    view.append(el("p", { class: "empty" }, "No document is stored yet: add a text file with “Add a text…”."));
    document.body.dataset.ready = state.view;
    return;
  }
  const docId = state.doc && documents.some((d) => d.id === state.doc) ? state.doc : documents[0].id;
  renderDocumentPicker(docId);
  view.append(el("p", { class: "meta loading" }, "loading…"));
  let m: Model;
  let renderView: RenderView;
  try {
    [m, renderView] = await Promise.all([loadModel(docId), LOADERS[state.view]()]);
  } catch (e) {
    clear(view);
    view.append(el("p", { class: "error" }, (e as Error).message));
    return;
  }
  if (run !== rendering) return; // navigated away while loading
  clear(view);
  renderFilters(m, state);
  document.title = `${TITLES[state.view]} · ${m.doc.name} · annalist`;
  if (view.dataset.view !== state.view || view.dataset.doc !== docId) showDetail();
  view.dataset.view = state.view;
  view.dataset.doc = docId;
  const s = { ...state, doc: docId };
  handle = renderView(view, m, s);
  const bar = document.getElementById("timebar-slot")!;
  clear(bar);
  if (TIMED.has(state.view)) bar.append(timeControl(m, s, (at) => handle.setTime?.(at)).element);
  document.body.dataset.ready = state.view;
  performance.mark("view drawn", { detail: state.view });
}

function renderTabs(state: State): void {
  const nav = document.getElementById("tabs")!;
  clear(nav);
  for (const v of VIEWS) nav.append(el("a", { href: linkTo({ view: v }), class: v === state.view ? "active" : "", "aria-current": v === state.view ? "page" : undefined, "data-view": v }, TITLES[v]));
}

function renderDocumentPicker(current: string): void {
  const picker = document.getElementById("doc") as HTMLSelectElement;
  clear(picker);
  for (const d of documents) picker.append(el("option", { value: d.id, selected: d.id === current }, `${d.name} (${Math.round(d.chars / 1000)}k chars)`));
}

function renderFilters(m: Model, state: State): void {
  const bar = document.getElementById("filter-controls")!;
  clear(bar);
  const actor = el("select", { id: "filter-actor", "aria-label": "actor" }, el("option", { value: "" }, "all actors"), ...m.actors().map((e) => el("option", { value: e.id, selected: e.id === state.actor }, e.label)));
  const types = [...new Set(m.x.events.map((v) => v.type))].sort();
  const type = el(
    "select",
    { id: "filter-type", "aria-label": "event type" },
    el("option", { value: "" }, "all event types"),
    el("optgroup", { label: "quad class" }, ...QUADS.map((q) => el("option", { value: q.key, selected: q.key === state.type }, q.label))),
    el("optgroup", { label: "PLOVER type" }, ...types.map((t) => el("option", { value: t, selected: t === state.type }, t))),
  );
  const date = (id: string, value: string | undefined, label: string) => el("input", { id, type: "text", placeholder: label, value: value ?? "", size: 11, "aria-label": label });
  const from = date("filter-from", state.from, "from (1648, 1930s)");
  const to = date("filter-to", state.to, "to (1945, 490 BC)");
  const problem = el("span", { class: "error", id: "filter-error", role: "alert" });
  const apply = () => {
    const read = (input: HTMLInputElement, end: "from" | "to") => {
      const v = input.value.trim();
      if (!v) return undefined;
      const parsed = parseTypedDate(v);
      if ("error" in parsed) {
        input.setAttribute("aria-invalid", "true");
        problem.textContent = parsed.error;
        return null;
      }
      input.removeAttribute("aria-invalid");
      return parsed[end];
    };
    problem.textContent = "";
    const f = read(from, "from");
    const t = read(to, "to");
    if (f === null || t === null) return;
    go({ actor: actor.value || undefined, type: type.value || undefined, from: f, to: t });
  };
  for (const input of [actor, type, from, to]) input.addEventListener("change", apply);
  const reset = el("a", { href: linkTo({ actor: undefined, type: undefined, from: undefined, to: undefined, at: undefined }), class: "reset" }, "clear filters");
  const shown = m.filteredEvents({ ...state, at: undefined }).length;
  bar.append(el("span", { class: "count" }, `${shown} of ${m.x.events.length} events`), actor, type, from, to, problem, reset, exportMenu(m));
}

function exportMenu(m: Model): HTMLElement {
  const base = `/api/documents/${encodeURIComponent(m.doc.id)}/export/`;
  return el(
    "details",
    { class: "exports", id: "exports" },
    el("summary", {}, "Export"),
    el("ul", {}, ...EXPORTS.map((x) => el("li", {}, el("a", { href: `${base}${x.format}?download=1${x.query ? `&${x.query}` : ""}`, download: "", "data-format": x.format }, x.label)))),
  );
}

async function refreshDocuments(): Promise<void> {
  documents = await getJson<DocumentInfo[]>("/api/documents");
}

/** After a correction: reload the document, redraw the view and show the corrected card. */
async function afterCorrection(kind: "event" | "treaty" | "entity", id: string): Promise<void> {
  const docId = model?.doc.id;
  model = undefined;
  if (docId) await loadModel(docId);
  await render();
  const m = model!;
  if (kind === "event") {
    const v = m.x.events.find((e) => e.id === id);
    if (v) showDetail(eventCard(m, v));
  } else if (kind === "treaty") {
    const t = m.x.treaties.find((e) => e.id === id);
    if (t) showDetail(treatyCard(m, t));
  } else if (m.entities.has(id)) {
    showDetail(entityCard(m, id));
  }
}

correcting.open = (kind, id) => {
  if (!model) return;
  const m = model;
  void import("./correct.ts").then((mod) => mod.openCorrection(m, kind, id, afterCorrection));
};

function wireHeader(): void {
  document.getElementById("doc")!.addEventListener("change", (e) => go({ doc: (e.target as HTMLSelectElement).value, s: undefined, at: undefined }));
  const upload = document.getElementById("upload") as HTMLInputElement;
  upload.addEventListener("change", async () => {
    const file = upload.files?.[0];
    if (!file) return;
    try {
      const stored = await getJson<DocumentInfo>(`/api/documents?name=${encodeURIComponent(file.name)}`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: await file.arrayBuffer() });
      await refreshDocuments();
      go({ doc: stored.id, view: "reader", s: undefined, at: undefined });
      await render();
    } catch (e) {
      showDetail(el("p", { class: "error" }, `Upload failed: ${(e as Error).message}`));
    }
    upload.value = "";
  });
  document.getElementById("search")!.addEventListener("submit", async (e) => {
    e.preventDefault();
    const q = (document.getElementById("q") as HTMLInputElement).value.trim();
    if (q.length < 2) return;
    try {
      const hits = await getJson<{ document: string; name: string; sentence: number; snippet: string }[]>(`/api/search?q=${encodeURIComponent(q)}`);
      showDetail(
        el("h2", {}, `“${q}”: ${hits.length} hit${hits.length === 1 ? "" : "s"}`),
        ...hits.slice(0, 50).map((h) => el("article", { class: "fact hit" }, el("p", { class: "meta" }, h.name), el("blockquote", {}, h.snippet.replace(/\s+/g, " ")), h.document === model?.doc.id ? readerLink(h.sentence) : el("a", { href: linkTo({ doc: h.document, view: "reader", s: String(h.sentence) }) }, "Open →"))),
      );
    } catch (err) {
      showDetail(el("p", { class: "error" }, (err as Error).message));
    }
  });
}

wireHeader();
startQueuePanel(document.getElementById("top")!);
window.addEventListener("hashchange", () => void render());
refreshDocuments()
  .then(render)
  .catch((e) => document.getElementById("view")!.append(el("p", { class: "error" }, `Cannot reach the API: ${(e as Error).message}`)));
