// Shared pieces of the page: the detail panel, the hover tooltip, fact cards that link to the reader and
// resolve their citations to the Works Cited entry, and the mark of a human correction.
import { clear, el } from "./dom.ts";
import { linkTo } from "./state.ts";
import { correctionsOf, quadOf, type Event, type Model, type Treaty } from "./model.ts";
import { headline, joinNames } from "./headline.ts";
import { edtfRange, formatEdtf } from "./time.ts";

export function showDetail(...content: Node[]): void {
  const panel = document.getElementById("detail")!;
  clear(panel);
  for (const node of content) panel.appendChild(node);
}

export function readerLink(sentence: number, text = "Read in context →"): HTMLAnchorElement {
  return el("a", { href: linkTo({ view: "reader", s: String(sentence) }), class: "reader-link", "data-sentence": sentence }, text);
}

/** "Jones, p. 178" for one citation of the document. */
export function citationShort(m: Model, index: number): string {
  const c = m.x.citations[index];
  if (!c) return "";
  if (c.refs.length === 0) return c.text;
  return c.refs.map((r) => `${r.source}${r.year ? ` ${r.year}` : ""}${r.pages.length ? `, p. ${r.pages.join(", ")}` : ""}`).join("; ");
}

/** The Works Cited entry of a bibliography id, as one line: authors, title, place, publisher, year. */
export function bibLine(m: Model, bib: string): string | null {
  const entry = m.x.bibliography.find((b) => b.id === bib);
  if (!entry) return null;
  const authors = (entry.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(", ")).join("; ");
  const year = entry.issued?.["date-parts"]?.[0]?.[0];
  return [authors, entry.title, entry["publisher-place"], entry.publisher, year].filter(Boolean).join(". ");
}

/** The citations behind a fact, each with the Works Cited entry it resolves to. */
export function citationList(m: Model, indices: number[]): HTMLElement | null {
  const items = indices.filter((i) => m.x.citations[i]);
  if (items.length === 0) return null;
  return el(
    "ul",
    { class: "citations" },
    ...items.map((i) => {
      const c = m.x.citations[i];
      const entries = c.refs.map((r) => (r.bib ? bibLine(m, r.bib) : null)).filter((b): b is string => !!b);
      return el("li", { "data-citation": i }, el("span", { class: "cite-short" }, citationShort(m, i)), entries.length ? el("span", { class: "works-cited" }, ` → ${entries.join(" | ")}`) : el("span", { class: "meta" }, " (not in the Works Cited)"));
    }),
  );
}

/** "corrected by A. Historian on 2026-…: type was AGREE" for an item with corrections, or null. */
export function correctionNote(item: object): HTMLElement | null {
  const marks = correctionsOf(item);
  if (marks.length === 0) return null;
  return el(
    "div",
    { class: "corrected-note" },
    el("strong", {}, "Corrected"),
    el("ul", {}, ...marks.map((c) => el("li", {}, `by ${c.author} on ${c.at.slice(0, 10)}: ${c.fields.map((f) => (c.was && f in c.was ? `${f} was ${showValue(c.was[f])}` : f)).join("; ")}`))),
  );
}

function showValue(v: unknown): string {
  if (v === null || v === undefined || v === "") return "empty";
  return Array.isArray(v) ? `[${v.join(", ")}]` : String(v);
}

/** Where a card's "Correct…" button sends the user: set by the corrections module once it is loaded. */
export const correcting: { open?: (kind: "event" | "treaty" | "entity", id: string) => void } = {};

function correctButton(kind: "event" | "treaty" | "entity", id: string): HTMLElement {
  const b = el("button", { type: "button", class: "correct-button", "data-correct": `${kind}:${id}` }, "Correct…");
  b.addEventListener("click", () => correcting.open?.(kind, id));
  return b;
}

export function eventCard(m: Model, v: Event): HTMLElement {
  const quad = quadOf(v.type);
  const at = edtfRange(v.date)?.[0] ?? null;
  const who = (ids: string[]) => joinNames(ids.map((id) => m.actorAt(id, at).label)) || "—";
  const marked = correctionsOf(v).length > 0;
  return el(
    "article",
    { class: `fact event${marked ? " is-corrected" : ""}`, "data-event": v.id },
    el("h3", {}, el("span", { class: "swatch", style: `background:${quad.color}` }), headline(m, v)),
    el("p", { class: "meta" }, `${formatEdtf(v.date)}${v.place ? ` · ${m.label(v.place)}` : ""}`),
    el("p", { class: "codes" }, `${v.type}${v.cameo ? ` · CAMEO ${v.cameo}` : ""} · ${quad.label} · ${v.modality} · ${who(v.source)} → ${who(v.target)} · trigger “${v.trigger.text}”`),
    correctionNote(v),
    el("blockquote", {}, m.sentenceText(v.sentence)),
    citationList(m, v.citations),
    el("p", { class: "card-actions" }, readerLink(v.sentence), correctButton("event", v.id)),
  );
}

export function treatyCard(m: Model, t: Treaty, at?: number): HTMLElement {
  const first = t.mentions[0];
  const sentence = first ? m.sentenceAt(first.start) : -1;
  const life = m.treatyLife(t);
  const live = at !== undefined ? m.treatyLiveAt(t, at) : null;
  const clauseCites = t.clauses.flatMap((c) => c.citations);
  return el(
    "article",
    { class: `fact treaty${correctionsOf(t).length ? " is-corrected" : ""}`, "data-treaty": t.id },
    el("h3", {}, t.name),
    el("p", { class: "meta" }, `signed ${formatEdtf(t.signed)}${t.place ? ` at ${m.label(t.place)}` : ""} · ${life.endWhy}${t.duration ? ` · duration ${t.duration}` : ""}`),
    life.renewals.length ? el("p", { class: "meta" }, `renewed ${life.renewals.map((r) => `${formatEdtf(r.date)}${r.until ? ` until ${formatEdtf(r.until)}` : ""}`).join("; ")}`) : null,
    live ? el("p", { class: `meta live-${live.live}` }, live.live ? `in force at this date: ${live.why}` : `not in force at this date: ${live.why}`) : null,
    el("p", { class: "meta" }, `parties: ${joinNames(t.parties.map((p) => m.actorAt(p, life.signed?.[0] ?? null).label)) || "—"}`),
    t.clauses.length ? el("ul", { class: "clauses" }, ...t.clauses.map((c) => el("li", {}, `${c.kind.replace(/_/g, " ")}${c.article ? ` (art. ${c.article})` : ""}${c.secret ? " · secret" : ""}`))) : null,
    correctionNote(t),
    sentence >= 0 ? el("blockquote", {}, m.sentenceText(sentence)) : null,
    citationList(m, clauseCites),
    el("p", { class: "card-actions" }, sentence >= 0 ? readerLink(sentence) : null, correctButton("treaty", t.id)),
  );
}

export function entityCard(m: Model, id: string): HTMLElement {
  const e = m.entities.get(id)!;
  const first = e.mentions[0];
  const s = first ? m.sentenceAt(first.start) : -1;
  return el(
    "article",
    { class: `fact entity${correctionsOf(e).length ? " is-corrected" : ""}`, "data-entity": e.id },
    el("h3", {}, e.label),
    el("p", { class: "meta" }, `${e.kind} · ${e.wikidata ? `Wikidata ${e.wikidata}` : "no Wikidata link"} · ${e.mentions.length} mention(s)`),
    correctionNote(e),
    s >= 0 ? el("blockquote", {}, m.sentenceText(s)) : null,
    el("p", { class: "card-actions" }, s >= 0 ? readerLink(s) : null, correctButton("entity", e.id)),
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

/** An empty view that says why, and what would fill it. */
export function emptyNote(text: string, hint?: string): HTMLElement {
  return el("div", { class: "empty-view" }, el("p", { class: "empty" }, text), hint ? el("p", { class: "meta hint" }, hint) : null);
}
