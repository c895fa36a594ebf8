// Reader: the document with entities, time expressions, events and citations highlighted.
// Hover shows what each span was resolved to; a citation opens its bibliography entry.
import { el } from "./dom.ts";
import { quadOf, type Model } from "./model.ts";
import { headline } from "./headline.ts";
import { nest, type Annotation, type NestNode } from "./nest.ts";
import type { State } from "./state.ts";
import { entityCard, eventCard, hideTooltip, showDetail, showTooltip } from "./ui.ts";
import type { ViewHandle } from "./view.ts";

interface Ann extends Annotation {
  className: string;
  attrs: Record<string, string>;
  describe: () => string[];
  click?: () => void;
}

export function renderReader(root: HTMLElement, m: Model, state: State): ViewHandle {
  const anns = annotations(m, state);
  const tree = nest(m.x.text.length, anns);
  const article = el("article", { id: "reader", class: "reader", lang: "en" });
  build(article, tree, m.x.text, anns);
  root.append(
    el("p", { class: "legend" }, ...[["ent", "entity"], ["timex", "time"], ["ev", "event"], ["cite", "citation"]].map(([c, label]) => el("span", { class: `legend-item ${c}` }, label)), " Hover a highlight for its reading; click a citation for its source, an event or a name for its card (and to correct it)."),
    article,
  );
  article.addEventListener("mouseover", (e) => {
    const lines: string[] = [];
    for (let node = e.target as HTMLElement | null; node && node !== article; node = node.parentElement) {
      const key = node.dataset?.ann;
      if (key !== undefined) lines.push(...anns[Number(key)].describe());
    }
    if (lines.length) showTooltip(lines, (e as MouseEvent).clientX, (e as MouseEvent).clientY);
    else hideTooltip();
  });
  article.addEventListener("mouseleave", hideTooltip);
  article.addEventListener("click", (e) => {
    for (let node = e.target as HTMLElement | null; node && node !== article; node = node.parentElement) {
      const key = node.dataset?.ann;
      const ann = key !== undefined ? anns[Number(key)] : undefined;
      if (ann?.click) {
        ann.click();
        return;
      }
    }
  });
  article.addEventListener("keydown", (e) => {
    const target = e.target as HTMLElement;
    if ((e.key === "Enter" || e.key === " ") && target.classList.contains("cite")) {
      e.preventDefault();
      target.click();
    }
  });
  const focus = state.s !== undefined ? Number(state.s) : NaN;
  if (Number.isInteger(focus)) {
    const parts = article.querySelectorAll<HTMLElement>(`[data-s="${focus}"]`);
    parts.forEach((p) => p.classList.add("focus"));
    parts[0]?.scrollIntoView({ block: "center" });
  }
  return { destroy: hideTooltip };
}

function build(parent: HTMLElement, node: NestNode, text: string, anns: Ann[]): void {
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) parent.append(text.slice(at, child.start));
    const a = child.ann as Ann;
    const span = el("span", { class: a.className, "data-ann": a.key, ...a.attrs });
    build(span, child, text, anns);
    parent.append(span);
    at = child.end;
  }
  if (node.end > at) parent.append(text.slice(at, node.end));
}

function annotations(m: Model, state: State): Ann[] {
  const x = m.x;
  const list: Ann[] = [];
  const add = (a: Omit<Ann, "key">) => list.push({ ...a, key: list.length });
  x.sentences.forEach((s, i) => add({ start: s.start, end: s.end, rank: 0, className: "s", attrs: { "data-s": String(i) }, describe: () => (s.time ? [`Narrative time: ${s.time}`] : []) }));
  for (const b of x.bibliography) {
    add({ start: b.start, end: b.end, rank: 1, className: "bib", attrs: { "data-bib": b.id }, describe: () => [`Bibliography entry ${b.id}`] });
  }
  x.citations.forEach((c, i) =>
    add({
      start: c.start,
      end: c.end,
      rank: 2,
      className: "cite",
      attrs: { "data-citation": String(i), role: "button", tabindex: "0" },
      describe: () => c.refs.map((r) => `Citation: ${r.source}${r.pages.length ? `, p. ${r.pages.join("–")}` : ""}${r.bib ? ` → ${r.bib}` : " (no bibliography entry)"}`),
      click: () => showCitation(m, i),
    }),
  );
  for (const e of x.entities) {
    for (const mention of e.mentions) {
      add({
        start: mention.start,
        end: mention.end,
        rank: 3,
        className: `ent ent-${e.kind}`,
        attrs: { "data-entity": e.id },
        click: () => showDetail(entityCard(m, e.id)),
        describe: () => [`${e.label} (${e.kind})${e.wikidata ? ` · Wikidata ${e.wikidata}` : ""}${e.coords ? ` · ${e.coords[0].toFixed(2)}, ${e.coords[1].toFixed(2)}` : ""}${e.memberOf ? ` · of ${m.label(e.memberOf)}` : ""}`],
      });
    }
  }
  for (const t of x.timexes) {
    add({ start: t.start, end: t.end, rank: 4, className: "timex", attrs: { "data-value": t.value ?? "" }, describe: () => [`Time: ${t.value ?? "unresolved"} (${t.type}${t.mod ? `, ${t.mod}` : ""})`] });
  }
  const shown = new Set(m.filteredEvents(state).map((v) => v.id));
  for (const v of x.events) {
    const quad = quadOf(v.type);
    add({
      start: v.trigger.start,
      end: v.trigger.end,
      rank: 5,
      className: `ev quad-${quad.key}${shown.has(v.id) ? "" : " filtered-out"}`,
      attrs: { "data-event": v.id },
      describe: () => [
        headline(m, v),
        `Event: ${v.type}${v.cameo ? ` (CAMEO ${v.cameo})` : ""} · ${quad.label} · ${v.modality}`,
        `${v.source.map((id) => m.label(id)).join(", ") || "—"} → ${v.target.map((id) => m.label(id)).join(", ") || "—"} · ${v.date ?? "undated"}${v.place ? ` · ${m.label(v.place)}` : ""}`,
      ],
      click: () => showDetail(eventCard(m, v)),
    });
  }
  return list;
}

function showCitation(m: Model, index: number): void {
  const c = m.x.citations[index];
  const panel: Node[] = [el("h2", {}, "Source"), el("p", { class: "meta" }, `Citation “${c.text}”`)];
  for (const ref of c.refs) {
    const entry = ref.bib ? m.x.bibliography.find((b) => b.id === ref.bib) : undefined;
    const card = el("article", { class: "fact source", "data-bib": ref.bib ?? "" });
    if (entry) {
      const authors = (entry.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(", ")).join("; ");
      const year = entry.issued?.["date-parts"]?.[0]?.[0];
      card.append(
        el("h3", {}, entry.title ?? ref.source),
        el("p", { class: "meta" }, [authors, year, entry["publisher-place"], entry.publisher].filter(Boolean).join(" · ")),
        el("p", { class: "pages" }, ref.pages.length ? `pages ${ref.pages.join(", ")}` : "no pages given"),
        el("blockquote", { class: "bib-text" }, m.x.text.slice(entry.start, entry.end)),
      );
    } else {
      card.append(el("h3", {}, ref.source), el("p", { class: "meta" }, "not found in the bibliography"), el("p", { class: "pages" }, ref.pages.length ? `pages ${ref.pages.join(", ")}` : ""));
    }
    panel.push(card);
  }
  showDetail(...panel);
  const reader = document.getElementById("reader");
  reader?.querySelectorAll(".cite.active").forEach((n) => n.classList.remove("active"));
  reader?.querySelectorAll(`[data-citation="${index}"]`).forEach((n) => n.classList.add("active"));
}

