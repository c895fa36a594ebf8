// States in the text: the entity layer's state mentions, plus names, adjectives and combining forms
// ("Russo-", "Sino-") of data/treaties/states.json resolved, by date, to the entities of the text.
import type { Entity } from "../schema.ts";
import type { Token } from "../text/tokens.ts";
import { firstAtOrAfter, tokenAt } from "../text/tokens.ts";
import { nonNames, stateMembers, type StateMember } from "./lexicon.ts";
import { PhraseSet, type PhraseHit } from "./phrases.ts";

export interface StateMention {
  start: number;
  end: number;
  entity: string;
  /** The person or body the mention names when it acts for the state (a signatory). */
  via?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ").trim();
const PARTY_KINDS = new Set(["state", "organization", "group"]);

/** A mention that names (a capitalised word other than "Both", "The", "Her"…), not a coreference like "either state" or "the other". */
function isName(text: string): boolean {
  return text.split(/[\s\-’'.,]+/).some((w) => /^\p{Lu}/u.test(w) && !nonNames.has(w.toLowerCase()));
}

/** True when an EDTF-like date (YYYY[-MM[-DD]]) falls within a member's period; undated scenarios match all. */
export function memberValidAt(m: StateMember, date: string | null): boolean {
  if (!date) return true;
  const d = date.replace(/[~?%]$/, "");
  if (m.from && d < m.from.slice(0, d.length)) return false;
  if (m.until && d > m.until.slice(0, d.length)) return false;
  return true;
}

/** "the Russians", "the Italians": the plural of an adjective in -an names the state's people, standing for it. */
const demonyms = (m: StateMember) => m.adjectives.filter((a) => a.endsWith("an")).map((a) => `${a}s`);
const wordsOf = (m: StateMember, seats: boolean) => [...m.labels, ...m.adjectives, ...demonyms(m), ...(seats ? m.seats : [])];

const byWord = new Map<string, StateMember[]>();
for (const m of stateMembers) {
  for (const w of wordsOf(m, true)) {
    const list = byWord.get(norm(w)) ?? [];
    if (!list.includes(m)) list.push(m);
    byWord.set(norm(w), list);
  }
}
const namePhrases = new PhraseSet(stateMembers.flatMap((m) => [...m.labels, ...m.adjectives, ...demonyms(m)]));
const seatPhrases = new PhraseSet(stateMembers.flatMap((m) => m.seats));

export class StateResolver {
  readonly entities: Entity[];
  private readonly byId: Map<string, Entity>;
  private readonly mentions: StateMention[];
  private readonly forMember = new Map<StateMember, Entity | undefined>();
  private readonly resolved = new Map<string, Entity | undefined>();

  constructor(entities: readonly Entity[], private readonly tokens: readonly Token[] = []) {
    this.entities = entities.filter((e) => e.kind !== "treaty");
    this.byId = new Map(entities.map((e) => [e.id, e]));
    const names = new Map<string, boolean>();
    const named = (text: string) => {
      let yes = names.get(text);
      if (yes === undefined) names.set(text, (yes = isName(text)));
      return yes;
    };
    this.mentions = [];
    // indexed loops: this runs once per text, mostly before it is optimised, where for-of allocates per step
    for (let i = 0; i < this.entities.length; i++) {
      const e = this.entities[i];
      // a signatory or an office acts for its state: "Phibun signed …", "he signed …", "French foreign minister Briand"
      const actsFor = e.memberOf && (e.kind === "person" || e.kind === "other" || e.kind === "organization") ? this.byId.get(e.memberOf) : undefined;
      const stands = actsFor && PARTY_KINDS.has(actsFor.kind) ? actsFor : PARTY_KINDS.has(e.kind) ? e : undefined;
      if (!stands) continue;
      for (let k = 0; k < e.mentions.length; k++) {
        const m = e.mentions[k];
        if (named(m.text) || (actsFor && e.kind === "person")) this.mentions.push({ start: m.start, end: m.end, entity: stands.id, via: actsFor ? e.id : undefined });
      }
    }
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** The entity of the text standing for a member of a lineage (by Wikidata id first, then by label); looked up once per member. */
  entityFor(member: StateMember): Entity | undefined {
    if (this.forMember.has(member)) return this.forMember.get(member);
    const states = this.entities.filter((e) => PARTY_KINDS.has(e.kind) || e.kind === "place" || e.kind === "other");
    const entity =
      states.find((e) => e.wikidata && e.wikidata === member.qids[0]) ??
      states.find((e) => e.wikidata && member.qids.includes(e.wikidata)) ??
      states.find((e) => norm(e.label) === norm(member.label)) ??
      states.find((e) => member.labels.includes(norm(e.label)) && PARTY_KINDS.has(e.kind));
    this.forMember.set(member, entity);
    return entity;
  }

  /** Members of the lineages a word names (label, adjective, combining form, seat), valid ones at `date` first. */
  membersFor(word: string, date: string | null, seats = false): StateMember[] {
    const key = norm(word);
    const members = (byWord.get(key) ?? []).filter((m) => seats || !m.seats.includes(key) || m.labels.includes(key) || m.adjectives.includes(key));
    return [...members.filter((m) => memberValidAt(m, date)), ...members.filter((m) => !memberValidAt(m, date))];
  }

  /** Resolves a state word on a date to an entity of the text; each word, date and kind is resolved once. */
  resolveWord(word: string, date: string | null, seats = false): Entity | undefined {
    const key = `${seats ? "s" : "n"}${date ?? ""}|${word}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    let found: Entity | undefined;
    for (const m of this.membersFor(word, date, seats)) {
      found = this.entityFor(m);
      if (found) break;
    }
    this.resolved.set(key, found);
    return found;
  }

  /** The lineage member an entity stands for, valid at `date` when several fit. */
  memberOf(entity: Entity, date: string | null = null): StateMember | undefined {
    const fits = stateMembers.filter((m) => (entity.wikidata && m.qids.includes(entity.wikidata)) || norm(m.label) === norm(entity.label));
    return fits.find((m) => memberValidAt(m, date)) ?? fits[0];
  }

  /**
   * State mentions in [start, end): the entity layer's, then names and adjectives it missed (resolved on `date`),
   * and seats of government ("Moscow refused") when `seats` is set. Sorted, non-overlapping. `first`, `next`: the
   * token indices of [start, end) when the caller knows them (-1 when not).
   */
  mentionsIn(start: number, end: number, date: string | null, seats = false, first = -1, next = -1): StateMention[] {
    const found: StateMention[] = [];
    for (let i = firstAtOrAfter(this.mentions, start); i < this.mentions.length && this.mentions[i].start < end; i++) {
      if (this.mentions[i].end <= end) found.push(this.mentions[i]);
    }
    const from = first >= 0 ? first : tokenAt(this.tokens as Token[], start);
    const to = Math.min(this.tokens.length, next >= 0 ? next : tokenAt(this.tokens as Token[], end));
    this.addHits(found, namePhrases.findIn(this.tokens, from, to), end, date, false);
    if (seats) this.addHits(found, seatPhrases.findIn(this.tokens, from, to), end, date, true);
    return sortedByStart(found) ? found : found.sort(byStart);
  }

  /** Adds the capitalised phrase hits that resolve to an entity and overlap no mention found so far. */
  private addHits(found: StateMention[], hits: PhraseHit[], end: number, date: string | null, seats: boolean): void {
    for (const hit of hits) {
      const first = this.tokens[hit.i];
      const last = this.tokens[hit.i + hit.n - 1];
      if (!startsAsciiUpper(first.text) || last.end > end || overlapsAny(found, first.start, last.end)) continue;
      const e = this.resolveWord(textOf(this.tokens, hit.i, hit.n), date, seats);
      if (e) found.push({ start: first.start, end: last.end, entity: e.id });
    }
  }
}

const byStart = (a: StateMention, b: StateMention) => a.start - b.start;
const startsAsciiUpper = (text: string) => {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
};

function sortedByStart(found: readonly StateMention[]): boolean {
  for (let i = 1; i < found.length; i++) if (found[i - 1].start > found[i].start) return false;
  return true;
}

function overlapsAny(found: readonly StateMention[], s: number, e: number): boolean {
  for (let i = 0; i < found.length; i++) if (found[i].start < e && s < found[i].end) return true;
  return false;
}

/** The texts of tokens [i, i + n) joined by spaces. */
function textOf(tokens: readonly Token[], i: number, n: number): string {
  let text = tokens[i].text;
  for (let k = 1; k < n; k++) text += " " + tokens[i + k].text;
  return text;
}

/** Countries whose names or adjectives occur (capitalised) in tokens [from, to), without resolving them to entities. */
export function countriesIn(tokens: readonly Token[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (const hit of namePhrases.findIn(tokens, from, to)) {
    if (!/^[A-Z]/.test(tokens[hit.i].text)) continue;
    for (const m of byWord.get(hit.phrase.replace(/ ([-'.]) ?/g, "$1")) ?? byWord.get(hit.phrase) ?? []) out.add(m.country);
  }
  return out;
}

/** Capitalised state names and adjectives in tokens [from, to), with their offsets ("United States", "Japan" in "United States-Japan"). */
export function stateWordsIn(tokens: readonly Token[], from: number, to: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const hit of namePhrases.findIn(tokens, from, to)) {
    if (!/^[A-Z]/.test(tokens[hit.i].text)) continue;
    const first = tokens[hit.i];
    const last = tokens[hit.i + hit.n - 1];
    out.push({ text: textOf(tokens, hit.i, hit.n), start: first.start, end: last.end });
  }
  return out;
}
