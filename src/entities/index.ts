// Entity layer: mentions of states, organisations, people, places, treaties and groups in the
// narrative body, linked to Wikidata through the historical gazetteer (data/gazetteer/).
import type { Doc, EntityLayer } from "../layers.ts";
import type { Entity, Mention } from "../schema.ts";
import type { Token } from "../text/tokens.ts";
import { references, type Reference } from "./coref.ts";
import { findMentions } from "./mentions.ts";
import { link, type EntityDraft, type Linked } from "./resolve.ts";
import { readBody, type EntityInput } from "./text.ts";

export function entityLayer(doc: Doc, layers: EntityInput): EntityLayer {
  const body = readBody(doc, layers);
  const raws = findMentions(body);
  const { linked, drafts } = link(body, raws);
  const refs = references(body, linked, drafts);
  addLinkedMentions(doc.text, body.tokens, linked);
  addReferences(doc.text, refs, drafts);
  return { entities: entitiesOf(drafts) };
}

function addLinkedMentions(text: string, tokens: Token[], linked: Linked[]): void {
  const phrases = new Map<string, string>();
  for (let li = 0; li < linked.length; li++) {
    const l = linked[li];
    const start = tokens[l.raw.first].start;
    const end = tokens[l.raw.last - 1].end;
    l.draft.mentions.push({ start, end, text: spanText(text, tokens, l.raw.first, l.raw.last, phrases), role: l.role });
  }
}

/**
 * The text of tokens [first, last): a single token's own string, else the string made for the same phrase
 * before (the latest phrase made per first word, in phrases), so that repeated names share one string.
 */
function spanText(text: string, tokens: Token[], first: number, last: number, phrases: Map<string, string>): string {
  const firstWord = tokens[first].text;
  if (last - first === 1) return firstWord;
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  const known = phrases.get(firstWord);
  if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return known;
  const made = text.slice(start, end);
  phrases.set(firstWord, made);
  return made;
}

function addReferences(text: string, refs: Reference[], drafts: Map<string, EntityDraft>): void {
  for (let ri = 0; ri < refs.length; ri++) {
    const r = refs[ri];
    for (const key of r.keys) drafts.get(key)!.mentions.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), role: r.role });
  }
}

const byPosition = (a: Mention, b: Mention) => a.start - b.start || b.end - a.end;
const firstStart = (d: EntityDraft) => d.mentions[0]?.start ?? Infinity;

/** Entities numbered in the order of their first mention (those never mentioned last, in the order they were made). */
function entitiesOf(drafts: Map<string, EntityDraft>): Entity[] {
  const order = [...drafts.values()];
  for (const d of order) d.mentions.sort(byPosition);
  order.sort((a, b) => firstStart(a) - firstStart(b));
  const ids = new Map(order.map((d, i) => [d.key, `e${i + 1}`]));
  return order.map((d) => {
    const e: Entity = { id: ids.get(d.key)!, label: d.label, kind: d.kind, wikidata: d.wikidata, mentions: d.mentions };
    if (d.coords) e.coords = d.coords;
    if (d.memberOfKey && ids.has(d.memberOfKey)) e.memberOf = ids.get(d.memberOfKey);
    if (d.countryKey && ids.has(d.countryKey)) e.country = ids.get(d.countryKey);
    const members = membersOf(d, ids);
    if (members.length) e.members = members;
    return e;
  });
}

/** The gazetteer members of a group that the document names (a member state or any state of its line). */
function membersOf(d: EntityDraft, ids: Map<string, string>): string[] {
  const out: string[] = [];
  for (const m of d.entry?.members ?? []) {
    const id = ids.get(`g:${m}`);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export { entityAt, mentionIndex, mentionsIn, type MentionRef } from "./lookup.ts";
