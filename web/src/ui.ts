// Shared pieces of the page: the detail panel, the hover tooltip, fact cards that link to the reader.
import { clear, el } from "./dom.ts";
import { linkTo } from "./state.ts";
import { quadOf, type Event, type Model, type Treaty } from "./model.ts";

export function showDetail(...content: Node[]): void {
  const panel = document.getElementById("detail")!;
  clear(panel);
  for (const node of content) panel.appendChild(node);
}

export function readerLink(sentence: number, text = "Read in context →"): HTMLAnchorElement {
  return el("a", { href: linkTo({ view: "reader", s: String(sentence) }), class: "reader-link", "data-sentence": sentence }, text);
}

export function eventCard(m: Model, v: Event): HTMLElement {
  const quad = quadOf(v.type);
  const who = (ids: string[]) => ids.map((id) => m.label(id)).join(", ") || "—";
  return el(
    "article",
    { class: "fact event", "data-event": v.id },
    el("h3", {}, el("span", { class: "swatch", style: `background:${quad.color}` }), `${v.type}${v.cameo ? ` (CAMEO ${v.cameo})` : ""}`),
    el("p", { class: "meta" }, `${who(v.source)} → ${who(v.target)} · ${v.date ?? "undated"}${v.place ? ` · ${m.label(v.place)}` : ""} · ${v.modality} · ${quad.label}`),
    el("blockquote", {}, m.sentenceText(v.sentence)),
    readerLink(v.sentence),
  );
}

export function treatyCard(m: Model, t: Treaty): HTMLElement {
  const first = t.mentions[0];
  const sentence = first ? m.sentenceAt(first.start) : -1;
  return el(
    "article",
    { class: "fact treaty", "data-treaty": t.id },
    el("h3", {}, t.name),
    el("p", { class: "meta" }, `signed ${t.signed ?? "?"}${t.place ? ` at ${m.label(t.place)}` : ""} · ends ${t.ends ?? "—"}${t.duration ? ` · duration ${t.duration}` : ""}`),
    el("p", { class: "meta" }, `parties: ${t.parties.map((p) => m.label(p)).join(", ") || "—"}`),
    t.clauses.length ? el("ul", { class: "clauses" }, ...t.clauses.map((c) => el("li", {}, `${c.kind}${c.article ? ` (art. ${c.article})` : ""}${c.secret ? " · secret" : ""}`))) : null,
    sentence >= 0 ? el("blockquote", {}, m.sentenceText(sentence)) : null,
    sentence >= 0 ? readerLink(sentence) : null,
  );
}

const tooltip = () => document.getElementById("tooltip")!;

export function showTooltip(lines: string[], x: number, y: number): void {
  const tip = tooltip();
  clear(tip);
  for (const line of lines) tip.appendChild(el("div", {}, line));
  tip.hidden = false;
  const maxX = window.innerWidth - tip.offsetWidth - 8;
  tip.style.left = `${Math.max(4, Math.min(x + 12, maxX))}px`;
  tip.style.top = `${y + 16}px`;
}

export function hideTooltip(): void {
  tooltip().hidden = true;
}

export function emptyNote(text: string): HTMLElement {
  return el("p", { class: "empty" }, text);
}
