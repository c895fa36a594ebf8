// The explorer's shell: document choice, upload, search, view tabs and the filters shared by all views.
import "./style.css";
import { getJson } from "./api.ts";
import { clear, el } from "./dom.ts";
import { Model, QUADS, type DocumentInfo, type Extraction } from "./model.ts";
import { go, linkTo, readState, VIEWS, type State, type View } from "./state.ts";
import { renderTimeline } from "./timeline.ts";
import { renderMap } from "./map.ts";
import { renderNetwork } from "./network.ts";
import { renderReader } from "./reader.ts";
import { renderWhatif } from "./whatif.ts";
import { emptyNote, readerLink, showDetail } from "./ui.ts";
import { startQueuePanel } from "./queue-panel.ts";

const RENDER: Record<View, (root: HTMLElement, m: Model, s: State) => () => void> = {
  timeline: renderTimeline,
  map: renderMap,
  network: renderNetwork,
  reader: renderReader,
  whatif: renderWhatif,
};
const TITLES: Record<View, string> = { timeline: "Timeline", map: "Map", network: "Network", reader: "Reader", whatif: "What if" };

let documents: DocumentInfo[] = [];
let model: Model | undefined;
let teardown = () => {};

async function loadModel(id: string): Promise<Model> {
  if (model?.doc.id === id) return model;
  const { document: info, extraction } = await getJson<{ document: DocumentInfo; extraction: Extraction }>(`/api/documents/${encodeURIComponent(id)}`);
  model = new Model(info, extraction);
  return model;
}

async function render(): Promise<void> {
  const state = readState();
  const view = document.getElementById("view")!;
  teardown();
  teardown = () => {};
  clear(view);
  renderTabs(state);
  if (documents.length === 0) {
    view.append(emptyNote("No document is stored yet: add a text file with “Add a text…”."));
    return;
  }
  const docId = state.doc && documents.some((d) => d.id === state.doc) ? state.doc : documents[0].id;
  renderDocumentPicker(docId);
  let m: Model;
  try {
    m = await loadModel(docId);
  } catch (e) {
    view.append(el("p", { class: "error" }, (e as Error).message));
    return;
  }
  if (readState().view !== state.view) return; // navigated away while loading
  renderFilters(m, state);
  document.title = `${TITLES[state.view]} · ${m.doc.name} · annalist`;
  if (view.dataset.view !== state.view || view.dataset.doc !== docId) showDetail();
  view.dataset.view = state.view;
  view.dataset.doc = docId;
  teardown = RENDER[state.view](view, m, { ...state, doc: docId });
  document.body.dataset.ready = state.view;
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
  const bar = document.getElementById("filters")!;
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
  const year = (id: string, value: string | undefined, label: string) => el("input", { id, type: "text", inputmode: "numeric", pattern: "\\d{4}(-\\d{2}){0,2}", placeholder: label, value: value ?? "", size: 10, "aria-label": label });
  const from = year("filter-from", state.from, "from (YYYY)");
  const to = year("filter-to", state.to, "to (YYYY)");
  const apply = () => {
    const valid = (v: string) => (/^\d{4}(-\d{2}){0,2}$/.test(v) ? v : undefined);
    go({ actor: actor.value || undefined, type: type.value || undefined, from: valid(from.value.trim()), to: valid(to.value.trim()) });
  };
  for (const input of [actor, type]) input.addEventListener("change", apply);
  for (const input of [from, to]) input.addEventListener("change", apply);
  const reset = el("a", { href: linkTo({ actor: undefined, type: undefined, from: undefined, to: undefined }), class: "reset" }, "clear filters");
  const shown = m.filteredEvents(state).length;
  bar.append(el("span", { class: "count" }, `${shown} of ${m.x.events.length} events`), actor, type, from, to, reset);
}

async function refreshDocuments(): Promise<void> {
  documents = await getJson<DocumentInfo[]>("/api/documents");
}

function wireHeader(): void {
  document.getElementById("doc")!.addEventListener("change", (e) => go({ doc: (e.target as HTMLSelectElement).value, s: undefined }));
  const upload = document.getElementById("upload") as HTMLInputElement;
  upload.addEventListener("change", async () => {
    const file = upload.files?.[0];
    if (!file) return;
    try {
      const stored = await getJson<DocumentInfo>(`/api/documents?name=${encodeURIComponent(file.name)}`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: await file.arrayBuffer() });
      await refreshDocuments();
      go({ doc: stored.id, view: "reader", s: undefined });
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
