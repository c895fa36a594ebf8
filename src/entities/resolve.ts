// Linking: each mention's gazetteer candidates are narrowed by the narrative year (validity
// intervals), then by the document's other entities (containment, relations, country codes), then
// by gazetteer order; capitals used as actors stand for their state; unknown names are merged by
// their own evidence (a demonym-prefixed repeat, a surname of an earlier full name).
import type { EntityKind, Mention } from "../schema.ts";
import { distance, gazetteer, type Candidate, type GazetteerEntry } from "./gazetteer.ts";
import { lexicon } from "./lexicon.ts";
import type { RawMention, Role } from "./mentions.ts";
import { lowerBound } from "../text/tokens.ts";
import { foldKey } from "./trie.ts";
import type { BodyText } from "./text.ts";

export interface Linked {
  raw: RawMention;
  /** The entity; its key is "g:<gazetteer id>", "c:<GeoNames id>" or "u:<folded label>". */
  draft: EntityDraft;
  role: Role;
}

function newLinked(raw: RawMention, draft: EntityDraft, role: Role): Linked {
  return { raw, draft, role };
}

export interface EntityDraft {
  key: string;
  label: string;
  kind: EntityKind;
  wikidata: string | null;
  coords?: [number, number];
  memberOfKey?: string;
  /** For places: the key of the state the place lay in at the date of its first mention. */
  countryKey?: string;
  entry?: GazetteerEntry;
  /** Filled by the entity layer once every mention is linked. */
  mentions: Mention[];
}

/** A draft with every field set, so that all drafts have one shape. */
function newDraft(key: string, label: string, kind: EntityKind, wikidata: string | null, coords?: [number, number], memberOfKey?: string, entry?: GazetteerEntry): EntityDraft {
  return { key, label, kind, wikidata, coords, memberOfKey, countryKey: undefined, entry, mentions: [] };
}

function span(entry: GazetteerEntry) {
  return entry.kind === "person" ? entry.active : entry.valid;
}

function contextScore(entry: GazetteerEntry, anchors: Set<string>, countries: Set<string>): number {
  const gaz = gazetteer();
  let score = 0;
  if (anchors.has(entry.id)) score += 3;
  for (const p of entry.partOf) if (anchors.has(p)) score += 2;
  for (const r of entry.related) if (anchors.has(r)) score += 2;
  for (const a of anchors) {
    const other = gaz.byId.get(a);
    if (!other || other.id === entry.id) continue;
    if (other.partOf.includes(entry.id)) score += 2;
    if (other.partOf.some((p) => entry.partOf.includes(p))) score += 1;
  }
  const iso = entry.iso ?? entry.partOf.map((p) => gaz.byId.get(p)?.iso).find(Boolean);
  if (iso && countries.has(iso) && entry.kind !== "state") score += 1;
  return score;
}

/** The entry a mention names, given the year and the entities the document names unambiguously. */
export function pick(candidates: Candidate[], year: number | null, anchors: Set<string>, countries: Set<string>, scores?: Map<string, number>): GazetteerEntry {
  const seen = new Set<string>();
  const entries = candidates.map((c) => c.entry).filter((e) => !seen.has(e.id) && seen.add(e.id));
  if (entries.length === 1) return entries[0];
  const { order } = gazetteer();
  const score = (e: GazetteerEntry) => {
    let c = scores?.get(e.id);
    if (c === undefined) {
      c = contextScore(e, anchors, countries);
      scores?.set(e.id, c);
    }
    return c;
  };
  const scored = entries.map((e) => ({ e, d: distance(year, span(e)), c: score(e) }));
  scored.sort((x, y) => x.d - y.d || y.c - x.c || order.get(x.e.id)! - order.get(y.e.id)!);
  return scored[0].e;
}

/**
 * How a capital is used: as its government ("Moscow refused", "ignored by Moscow"), as a place ("in Moscow",
 * "the outskirts of Moscow"), or both ("a debate in Tokyo": held there, by the government).
 */
export function capitalUse(body: BodyText, raw: RawMention): "government" | "place" | "both" {
  const lex = lexicon();
  const { tokens } = body;
  const joinedTo = (k: number) => k >= 0 && !body.breakAfter[k];
  let k = raw.first - 1;
  if (joinedTo(k) && tokens[k].norm === "the") k--;
  const prev = joinedTo(k) ? tokens[k].norm : "";
  const prev2 = joinedTo(k - 1) ? tokens[k - 1].norm : "";
  if (prev === "by") return "government";
  if (prev === "of") return lex.placeOfNouns.has(prev2) ? "place" : "government";
  if (lex.locative.has(prev)) return lex.governmentContext.has(prev2) ? "both" : "place";
  // The object of a verb of dealing ("Vienna blamed Belgrade") is the government; locative verbs are caught above.
  if (prev.endsWith("ed") || lex.verbLike.has(prev)) return "government";
  if (/['’]s$/.test(tokens[raw.last - 1].text)) return "government";
  const next = raw.last < tokens.length && !body.breakAfter[raw.last - 1] ? tokens[raw.last] : null;
  if (next && next.kind === "word" && next.text[0] === next.text[0].toLowerCase()) {
    return lex.verbLike.has(next.norm) || next.norm.endsWith("ed") || next.norm.endsWith("ing") ? "government" : "place";
  }
  return "government";
}

/**
 * What linking one document remembers: the picks made per candidate list and year, the drafts and their keys.
 * Anchors and countries are complete before the first pick, so a candidate list and a year always pick the same entry.
 * (A class rather than closures inside link: its methods stay the same functions from one document to the next,
 * so V8's optimised code for link is not thrown away.)
 */
class Linking {
  private readonly scores = new Map<string, number>();
  private readonly picked = new Map<Candidate[], Map<number | null, GazetteerEntry>>();
  private readonly capitalPicked = new Map<string, Map<number | null, GazetteerEntry>>();
  private readonly draftOf = new Map<GazetteerEntry, EntityDraft>();
  private readonly folds = new Map<string, string>();

  readonly anchors = new Set<string>();
  readonly countries = new Set<string>();

  constructor(
    readonly body: BodyText,
    readonly drafts: Map<string, EntityDraft>,
  ) {}

  yearOf(r: RawMention): number | null {
    return r.sentence >= 0 ? this.body.sentenceYear[r.sentence] : null;
  }

  pickFor(candidates: Candidate[], year: number | null): GazetteerEntry {
    let byYear = this.picked.get(candidates);
    if (!byYear) this.picked.set(candidates, (byYear = new Map()));
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = pick(candidates, year, this.anchors, this.countries, this.scores)));
    return entry;
  }

  /** The state a capital stands for in a year. */
  stateOfCapital(capital: GazetteerEntry, states: { state: string; from: number | null; to: number | null }[], year: number | null): GazetteerEntry {
    let byYear = this.capitalPicked.get(capital.id);
    if (!byYear) this.capitalPicked.set(capital.id, (byYear = new Map()));
    let entry = byYear.get(year);
    if (!entry) {
      const gaz = gazetteer();
      const valid = states.filter((s) => distance(year, [s.from, s.to]) === 0);
      const pool = (valid.length ? valid : states).map((s) => ({ entry: gaz.byId.get(s.state)!, form: "name" as const }));
      byYear.set(year, (entry = pick(pool, year, this.anchors, this.countries, this.scores)));
    }
    return entry;
  }

  /** An entry's draft, made on first use (a person acting for the state of year, the year of that first mention). */
  entryDraft(e: GazetteerEntry, year: number | null = null): EntityDraft {
    let draft = this.draftOf.get(e);
    if (draft !== undefined) return draft;
    const key = `g:${e.id}`;
    draft = this.drafts.get(key);
    if (!draft) {
      const coords = e.kind === "place" || e.kind === "other" ? e.coords : undefined;
      const home = e.memberOf ? (e.kind === "person" ? stateAt(e.memberOf, clamp(year, e.active)) : e.memberOf) : undefined;
      this.drafts.set(key, (draft = newDraft(key, e.label, e.kind, e.wikidata, coords, home ? `g:${home}` : undefined, e)));
    }
    this.draftOf.set(e, draft);
    return draft;
  }

  fold(label: string): string {
    let f = this.folds.get(label);
    if (f === undefined) this.folds.set(label, (f = foldKey(label)));
    return f;
  }
}

export function link(body: BodyText, raws: RawMention[]): { linked: Linked[]; drafts: Map<string, EntityDraft> } {
  const drafts = new Map<string, EntityDraft>();
  const linked: Linked[] = [];
  const ctx = new Linking(body, drafts);
  anchorsOf(raws, ctx.anchors, ctx.countries);
  // Gazetteer and city mentions first, so unknown names can be merged against them.
  linkKnown(ctx, raws, linked);
  linkUnknown(ctx, raws, linked);
  linkTitles(ctx, raws, linked);
  // Every memberOf target exists as an entity, even when the text never names it (before units look for states).
  const gaz = gazetteer();
  for (const d of [...drafts.values()]) {
    if (d.memberOfKey && !drafts.has(d.memberOfKey)) {
      const e = gaz.byId.get(d.memberOfKey.slice(2));
      if (e) ctx.entryDraft(e);
      else d.memberOfKey = undefined;
    }
  }
  inferUnitStates(linked, drafts, body.tokens.length);
  placeCountries(ctx, linked);
  // A place's state is kept only when the document names that state (a place alone does not bring a state in).
  for (const d of drafts.values()) if (d.countryKey && !drafts.has(d.countryKey)) d.countryKey = undefined;
  return { linked, drafts };
}

/** Anchors: entries named unambiguously (one candidate entry), and the countries of cities found and of anchors. */
function anchorsOf(raws: RawMention[], anchors: Set<string>, countries: Set<string>): void {
  for (let ri = 0; ri < raws.length; ri++) {
    const r = raws[ri];
    if (r.candidates.length && oneEntry(r.candidates)) anchors.add(r.candidates[0].entry.id);
    if (r.city) countries.add(r.city.country);
  }
  const gaz = gazetteer();
  for (const a of [...anchors]) {
    const iso = gaz.byId.get(a)?.iso;
    if (iso) countries.add(iso);
  }
}

function oneEntry(candidates: Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) if (candidates[i].entry.id !== candidates[0].entry.id) return false;
  return true;
}

function linkKnown(ctx: Linking, raws: RawMention[], linked: Linked[]): void {
  const gaz = gazetteer();
  for (let ri = 0; ri < raws.length; ri++) {
    const r = raws[ri];
    if (r.candidates.length) {
      const year = ctx.yearOf(r);
      let entry = ctx.pickFor(r.candidates, year);
      let role = r.role;
      const states = gaz.capitalOf.get(entry.id);
      const use = states && r.role === "name" ? capitalUse(ctx.body, r) : "place";
      if (states && use !== "place") {
        if (use === "both") linked.push(newLinked(r, ctx.entryDraft(entry), "name"));
        entry = ctx.stateOfCapital(entry, states, year);
        role = "metonym";
      }
      const draft = ctx.entryDraft(entry, year);
      r.key = draft.key;
      linked.push(newLinked(r, draft, role));
    } else if (r.city) {
      const key = `c:${r.city.cityId}`;
      let draft = ctx.drafts.get(key);
      if (!draft) ctx.drafts.set(key, (draft = newDraft(key, r.city.name, "place", null, r.city.coords)));
      r.key = key;
      linked.push(newLinked(r, draft, r.role));
    }
  }
}

const KIND_RANK: EntityKind[] = ["other", "place", "treaty", "organization", "state", "group", "person"];

/** Unknown names: "<Demonym> X" merges into an earlier or later "X", a lone surname into its full name. */
function linkUnknown(ctx: Linking, raws: RawMention[], linked: Linked[]): void {
  const unknownKeys = new Map<string, string>();
  // The first full person name (in text order) with each folded surname.
  const firstBySurname = new Map<string, RawMention>();
  for (let ri = 0; ri < raws.length; ri++) {
    const r = raws[ri];
    if (!r.unknown) continue;
    unknownKeys.set(ctx.fold(r.unknown.label), `u:${ctx.fold(r.unknown.label)}`);
    if (!(r.unknown.kind === "person" && r.unknown.label.includes(" "))) continue;
    const surname = ctx.fold(r.unknown.label.slice(r.unknown.label.lastIndexOf(" ") + 1));
    if (!firstBySurname.has(surname)) firstBySurname.set(surname, r);
  }
  for (let ri = 0; ri < raws.length; ri++) {
    const r = raws[ri];
    if (!r.unknown) continue;
    const folded = ctx.fold(r.unknown.label);
    let key = `u:${folded}`;
    const space = r.unknown.label.indexOf(" ");
    if (space >= 0 && r.memberHint) {
      const rest = ctx.fold(r.unknown.label.slice(space + 1));
      if (unknownKeys.has(rest)) key = unknownKeys.get(rest)!;
    }
    if (space < 0) {
      const full = firstBySurname.get(folded);
      if (full && full.first < r.first) key = `u:${ctx.fold(full.unknown!.label)}`;
    }
    const kind = r.unknown.kind;
    let d = ctx.drafts.get(key);
    if (!d) ctx.drafts.set(key, (d = newDraft(key, r.unknown.label, kind, null)));
    else if (!d.entry && KIND_RANK.indexOf(kind) > KIND_RANK.indexOf(d.kind)) d.kind = kind;
    r.key = key;
    linked.push(newLinked(r, d, r.role));
  }
}

/** Titles join their person; demonyms in titles and unit names give the state acted for. */
function linkTitles(ctx: Linking, raws: RawMention[], linked: Linked[]): void {
  const holders = new Map<string, GazetteerEntry | null>();
  for (let ri = 0; ri < raws.length; ri++) {
    const r = raws[ri];
    if (r.office && r.memberHint && r.memberHint.key !== null) {
      const holder = officeHolder(r.office, r.memberHint.key.slice(2), ctx.yearOf(r), holders);
      if (holder) {
        const draft = ctx.entryDraft(holder, ctx.yearOf(r));
        r.key = draft.key;
        linked.push(newLinked(r, draft, "title"));
      }
      continue;
    }
    if (r.titleOf && r.titleOf.key !== null) {
      r.key = r.titleOf.key;
      linked.push(newLinked(r, ctx.drafts.get(r.key)!, "title"));
    }
    if (r.memberHint && r.key !== null && r.memberHint.key !== null) {
      const d = ctx.drafts.get(r.key);
      const state = ctx.drafts.get(r.memberHint.key);
      if (d && state && !d.memberOfKey && state.kind === "state" && d.key !== state.key) d.memberOfKey = state.key;
    }
  }
}

const UNIT_HEADS = new Set(["army", "armies", "front", "fleet", "corps", "division", "brigade", "regiment", "force", "forces", "navy", "squadron", "command", "guard", "legion"]);
const UNIT_WINDOW = 2;

/**
 * A named military unit without a demonym ("the Transbaikal Front") acts for the state the surrounding
 * sentences present as the military actor: "Soviet attack", "the Japanese … their troops", a unit or person
 * already known to act for it (double in the unit's own sentence); a state named only as a place counts half.
 * Bodies named by their head alone ("the Senate") are read the same way.
 */
function inferUnitStates(linked: Linked[], drafts: Map<string, EntityDraft>, tokenCount: number): void {
  const ordered = byFirstToken(linked, tokenCount);
  // Highest sentence index so far: sentences grow with the text, mentions outside any sentence (-1) aside.
  const sentenceSoFar: number[] = [];
  let highest = -1;
  for (let oi = 0; oi < ordered.length; oi++) sentenceSoFar.push((highest = Math.max(highest, ordered[oi].raw.sentence)));
  const isUnit = new Map<string, boolean>();
  for (let li = 0; li < ordered.length; li++) {
    const l = ordered[li];
    const d = l.draft;
    if (d.entry || d.memberOfKey || d.kind !== "organization" || l.role !== "name") continue;
    let unit = isUnit.get(d.label);
    if (unit === undefined) isUnit.set(d.label, (unit = isUnitLabel(d.label)));
    if (!unit) continue;
    const weight = new Map<string, { w: number; last: number }>();
    let closest: string | null = null;
    // Mentions before the window's first sentence are skipped below; start past them.
    const from = lowerBound(sentenceSoFar, l.raw.sentence - UNIT_WINDOW);
    for (let i = from; i < ordered.length; i++) {
      const o = ordered[i];
      if (o.raw.first >= l.raw.first && o.raw.sentence !== l.raw.sentence) break;
      if (o === l || o.raw.sentence < l.raw.sentence - UNIT_WINDOW) continue;
      const od = o.draft;
      const state = od.kind === "state" ? od.key : (od.kind === "organization" || od.kind === "person") && od.memberOfKey ? od.memberOfKey : null;
      if (!state || drafts.get(state)?.kind !== "state") continue;
      const actorCue = o.role === "forces" || o.role === "adjective" || o.role === "group" || o.role === "government" || od.kind === "organization" || od.kind === "person";
      const x = weight.get(state) ?? { w: 0, last: -1 };
      x.w += actorCue ? (o.raw.sentence === l.raw.sentence ? 2 : 1) : 0.5;
      x.last = Math.max(x.last, o.raw.first);
      weight.set(state, x);
      if (o.raw.sentence === l.raw.sentence && o.raw.first < l.raw.first && actorCue) closest = state;
    }
    // The actor named last before the unit in its own sentence is the likeliest to command it; a body named by its
    // head alone ("… and Wilson agreed to put it to the Senate") belongs to that actor.
    if (closest !== null && !d.label.includes(" ")) {
      d.memberOfKey = closest;
      continue;
    }
    if (closest !== null) weight.get(closest)!.w += 1;
    const best = [...weight].sort((a, b) => b[1].w - a[1].w || b[1].last - a[1].last)[0];
    if (best) d.memberOfKey = best[0];
  }
}

/**
 * The state each named place lay in at the date of its first mention: the state it is part of or the capital of,
 * else the state of its country code valid then ("Berlin" in 1940: Nazi Germany; "Edo" in 1853: Japan).
 */
function placeCountries(ctx: Linking, linked: Linked[]): void {
  const gaz = gazetteer();
  for (let li = 0; li < linked.length; li++) {
    const l = linked[li];
    const d = l.draft;
    if (d.kind !== "place" || d.countryKey !== undefined) continue;
    const year = ctx.yearOf(l.raw);
    const e = d.entry;
    let state: string | null = null;
    const home = e?.partOf.find((p) => gaz.byId.get(p)?.kind === "state") ?? gaz.capitalOf.get(e?.id ?? "")?.[0]?.state;
    if (home) state = stateAt(home, year);
    else {
      const iso = e ? e.iso : l.raw.city?.country;
      if (iso) state = stateOfCountryCode(iso, year);
    }
    d.countryKey = state ? `g:${state}` : "";
  }
  for (const d of ctx.drafts.values()) if (d.countryKey === "") d.countryKey = undefined;
}

let statesByIso: Map<string, GazetteerEntry[]> | undefined;

/** The state of a country code in a year: the nearest in time of the states with that code, then its line to the year. */
function stateOfCountryCode(iso: string, year: number | null): string | null {
  if (!statesByIso) {
    statesByIso = new Map();
    for (const e of gazetteer().entries) {
      if (e.kind !== "state" || !e.iso) continue;
      const list = statesByIso.get(e.iso) ?? [];
      list.push(e);
      statesByIso.set(e.iso, list);
    }
  }
  const states = statesByIso.get(iso);
  if (!states?.length) return null;
  let best = states[0];
  for (const s of states) if (distance(year, s.valid) < distance(year, best.valid)) best = s;
  return stateAt(best.id, year);
}

/** A military unit's name ("Transbaikal Front"), or a state's body named by its head alone ("Senate"). */
function isUnitLabel(label: string): boolean {
  const words = label.toLowerCase().split(" ");
  return words.some((w) => UNIT_HEADS.has(w)) || (words.length === 1 && lexicon().institutions.has(words[0]));
}

/** Linked mentions in text order of their first token, in their given order at the same token (a counting sort). */
function byFirstToken(linked: Linked[], tokenCount: number): Linked[] {
  const from = new Int32Array(tokenCount + 1);
  for (let li = 0; li < linked.length; li++) from[linked[li].raw.first + 1]++;
  for (let k = 0; k < tokenCount; k++) from[k + 1] += from[k];
  const ordered = linked.slice();
  for (let li = 0; li < linked.length; li++) ordered[from[linked[li].raw.first]++] = linked[li];
  return ordered;
}

/** A year moved into a span (a person named in a later retrospect acts for the state of their own time). */
function clamp(year: number | null, span: readonly [number | null, number | null] | undefined): number | null {
  if (year === null || !span) return year;
  if (span[0] !== null && year < span[0]) return span[0];
  if (span[1] !== null && year > span[1]) return span[1];
  return year;
}

/**
 * The state a person acted for in a year: their gazetteer state, or its predecessor or successor valid that year
 * (Stalin in 1918 acts for Soviet Russia, in 1940 for the Soviet Union).
 */
export function stateAt(stateId: string, year: number | null): string {
  const gaz = gazetteer();
  let e: GazetteerEntry | undefined = gaz.byId.get(stateId);
  if (!e || year === null) return stateId;
  for (let steps = 0; steps < 8 && e.valid; steps++) {
    const from: number | null = e.valid[0];
    const to: number | null = e.valid[1];
    const next: string | undefined = to !== null && year > to ? e.successor : from !== null && year < from ? e.predecessor : undefined;
    const step: GazetteerEntry | undefined = next ? gaz.byId.get(next) : undefined;
    if (!step) break;
    e = step;
  }
  return e.id;
}

/** The one gazetteer person who held an office for a state in a year ("Emperor", Japan, 1932 → Hirohito). */
function officeHolder(office: string, stateId: string, year: number | null, known: Map<string, GazetteerEntry | null>): GazetteerEntry | null {
  if (year === null) return null;
  const key = `${office}\u0000${stateId}\u0000${year}`;
  let holder = known.get(key);
  if (holder === undefined) known.set(key, (holder = findOfficeHolder(office, stateId, year)));
  return holder;
}

function findOfficeHolder(office: string, stateId: string, year: number): GazetteerEntry | null {
  const holders = gazetteer().entries.filter((e) =>
    e.kind === "person" && e.memberOf === stateId && e.offices.some((o) => o.title.toLowerCase() === office && distance(year, [o.from, o.to]) === 0));
  return holders.length === 1 ? holders[0] : null;
}
