// TEI P5: the unchanged text inline in <body>, with paragraphs, sentences, names, dates and citations marked up,
// and the bibliography as a <listBibl> in the header. Stripping the tags from <body> gives back the text.
import type { BibEntry, Citation, Entity, Extraction, Timex } from "../schema.ts";
import { documentTitle, isoDate } from "./lookup.ts";
import { NestingTree, serialize, type Annotation } from "./nesting.ts";
import { attrs, escapeText, xmlId } from "./xml.ts";

const NAME_ELEMENT: Record<Entity["kind"], { name: string; type?: string }> = {
  person: { name: "persName" },
  organization: { name: "orgName" },
  group: { name: "name", type: "group" },
  state: { name: "placeName", type: "state" },
  place: { name: "placeName" },
  treaty: { name: "name", type: "treaty" },
  other: { name: "name" },
};

const bibId = (id: string) => xmlId("bib-", id);

function timexAttributes(t: Timex): string {
  const type = t.type.toLowerCase();
  if (t.type === "DURATION") return attrs({ type, dur: t.value && /^P[\dYMWDTHS.]+$/.test(t.value) ? t.value : undefined, "when-custom": t.value });
  const when = isoDate(t.value);
  return attrs({ type, when, "when-custom": when ? undefined : t.value, datingMethod: when || !t.value ? undefined : "#edtf" });
}

function bodyAnnotations(x: Extraction): Annotation[][] {
  const bibSection = sectionOf(x);
  const containers: Annotation[] = [];
  if (bibSection) containers.push({ ...bibSection, tier: "container", name: "div", attributes: attrs({ type: "bibliography" }) });
  const contentEnd = x.contentEnd ?? x.text.length;
  if (contentEnd < x.text.length) containers.push({ start: contentEnd, end: x.text.length, tier: "container", name: "div", attributes: attrs({ type: "boilerplate" }) });
  const paragraphs: Annotation[] = (x.paragraphs ?? []).map((p) => ({ ...p, tier: "block", name: "p", attributes: "" }));
  const entries: Annotation[] = x.bibliography.map((b) => ({ start: b.start, end: b.end, tier: "phrase", name: "bibl", attributes: attrs({ corresp: `#${bibId(b.id)}` }) }));
  const citations: Annotation[] = x.citations.map((c) => {
    const targets = [...new Set(c.refs.map((r) => r.bib).filter((b): b is string => !!b))].map((b) => `#${bibId(b)}`);
    return { start: c.start, end: c.end, tier: "phrase", name: "bibl", attributes: attrs({ type: "citation", corresp: targets.join(" ") }) };
  });
  const pages: Annotation[] = x.citations.flatMap(citedRanges);
  const dates: Annotation[] = x.timexes.map((t) => ({ start: t.start, end: t.end, tier: "phrase", name: t.type === "TIME" ? "time" : "date", attributes: timexAttributes(t) }));
  const names: Annotation[] = x.entities.flatMap((e) => {
    const el = NAME_ELEMENT[e.kind] ?? NAME_ELEMENT.other;
    const a = attrs({ type: el.type, ref: e.wikidata ? `wd:${e.wikidata}` : undefined, key: e.id });
    return e.mentions.map((m) => ({ start: m.start, end: m.end, tier: "phrase" as const, name: el.name, attributes: a }));
  });
  const sentences: Annotation[] = x.sentences.map((s, i) => ({ ...s, tier: "phrase", name: "s", attributes: attrs({ n: i }) }));
  return [containers, paragraphs, entries, citations, pages, dates, names, sentences].map(byPosition);
}

/**
 * The page numbers of a citation marked as <citedRange unit="page"> where they stand in its text
 * ("(Jones, pg. 178)", "(Eudin and Slusser, pg. 364, 385)", "(March 216-218)"), searched after each source's name.
 */
function citedRanges(c: Citation): Annotation[] {
  const out: Annotation[] = [];
  let at = 0;
  for (const ref of c.refs) {
    const named = c.text.indexOf(ref.source, at);
    if (named >= 0) at = named + ref.source.length;
    for (const page of ref.pages) {
      const found = findNumber(c.text, page, at);
      if (found < 0) continue;
      at = found + page.length;
      const [from, to] = page.split(/[-–]/);
      out.push({ start: c.start + found, end: c.start + found + page.length, tier: "phrase", name: "citedRange", attributes: attrs({ unit: "page", from, to: to ?? from }) });
    }
  }
  return out;
}

/** Where a page number stands in a text as a whole number (not inside "1178"), from an offset; -1 if nowhere. */
function findNumber(text: string, page: string, from: number): number {
  for (let i = text.indexOf(page, from); i >= 0; i = text.indexOf(page, i + 1)) {
    const before = text[i - 1] ?? " ";
    const after = text[i + page.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
  }
  return -1;
}

/** The span of the bibliography: from its first entry to its last (the heading is outside the entries). */
function sectionOf(x: Extraction): { start: number; end: number } | undefined {
  if (x.bibliography.length === 0) return undefined;
  let start = Infinity;
  let end = 0;
  for (const b of x.bibliography) {
    start = Math.min(start, b.start);
    end = Math.max(end, b.end);
  }
  return { start, end };
}

function byPosition(list: Annotation[]): Annotation[] {
  return [...list].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The <body> content: the text with its annotations as nested elements. */
export function teiBody(x: Extraction): { xml: string; dropped: number } {
  const tree = new NestingTree(x.text);
  const [containers, paragraphs, ...phrases] = bodyAnnotations(x);
  for (const a of containers) tree.add(a);
  for (const a of paragraphs) tree.add(a);
  for (const gap of tree.uncoveredText()) tree.add({ ...gap, tier: "block", name: "ab", attributes: "" });
  for (const list of phrases) for (const a of list) tree.add(a);
  return { xml: serialize(tree, escapeText), dropped: tree.dropped };
}

function biblEntry(b: BibEntry): string {
  const parts: string[] = [];
  for (const a of b.author ?? []) {
    const name = a.literal ?? [a.family, a.given].filter(Boolean).join(", ");
    if (name) parts.push(`<author>${escapeText(name)}</author>`);
  }
  if (b.title) parts.push(`<title>${escapeText(b.title)}</title>`);
  if (b.volume) parts.push(`<biblScope unit="volume">${escapeText(b.volume)}</biblScope>`);
  if (b["publisher-place"]) parts.push(`<pubPlace>${escapeText(b["publisher-place"])}</pubPlace>`);
  if (b.publisher) parts.push(`<publisher>${escapeText(b.publisher)}</publisher>`);
  const year = b.issued?.["date-parts"]?.[0]?.[0];
  if (year !== undefined) parts.push(`<date${attrs({ when: /^\d{4}$/.test(String(year)) ? String(year) : undefined })}>${escapeText(String(year))}</date>`);
  return `<bibl${attrs({ "xml:id": bibId(b.id), type: b.type })}>${parts.join("")}</bibl>`;
}

export function toTei(x: Extraction): string {
  const { xml } = teiBody(x);
  const bibliography = x.bibliography.length > 0 ? `\n        <listBibl>\n          ${x.bibliography.map(biblEntry).join("\n          ")}\n        </listBibl>` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>${escapeText(documentTitle(x.text))}</title>
      </titleStmt>
      <publicationStmt>
        <p>Standoff analysis by annalist, encoded inline: ${x.sentences.length} sentences, ${x.citations.length} citations, ${x.timexes.length} temporal expressions, ${x.entities.length} entities.</p>
      </publicationStmt>
      <sourceDesc>
        <p>The source text, unchanged between the tags of the body (${x.text.length} UTF-16 code units).</p>${bibliography}
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <listPrefixDef>
        <prefixDef ident="wd" matchPattern="(Q\\d+)" replacementPattern="http://www.wikidata.org/entity/$1"/>
      </listPrefixDef>
    </encodingDesc>
    <profileDesc>
      <calendarDesc>
        <calendar xml:id="edtf"><p>Extended Date/Time Format (ISO 8601-2, EDTF): values of @when-custom.</p></calendar>
      </calendarDesc>
    </profileDesc>
  </teiHeader>
  <text>
    <body>${xml}</body>
  </text>
</TEI>`;
}
