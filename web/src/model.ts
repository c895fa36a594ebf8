// The document's layers indexed for the views: entities by id, states resolved by date, event quads,
// the data's time extent, treaty lifetimes and the filters every view shares.
import type { DocumentInfo, Entity, Event, Extraction, StateLife, Treaty } from "../../src/schema.ts";
import { sentenceAt } from "../../src/query.ts";
import quadData from "./plover-quad.json" with { type: "json" };
import { afterDuration, durationLabel, edtfRange, formatEdtf, monthEnd, yearLabel, yearOf, yearStart, type Range } from "./time.ts";

export type { DocumentInfo, Entity, Event, Extraction, StateLife, Treaty };

export interface Quad {
  key: string;
  label: string;
  color: string;
  types: string[];
}
export const QUADS: Quad[] = Object.entries(quadData.quads).map(([key, q]) => ({ key, ...q }));
const quadOfType = new Map(QUADS.flatMap((q) => q.types.map((t) => [t, q] as const)));
export const quadOf = (type: string): Quad => quadOfType.get(type) ?? QUADS[QUADS.length - 1];
export const isCooperation = (type: string) => quadOf(type).key.endsWith("cooperation");
export const isConflict = (type: string) => quadOf(type).key.endsWith("conflict");

export const ACTOR_KINDS = new Set(["state", "organization", "group", "person"]);


/** An actor as of a date: one key per state however the text names it. */
export interface ActorAt {
  key: string;
  label: string;
  kind: string;
  /** False when the state did not exist at that date and no predecessor or successor did. */
  exists: boolean;
}

/** The correction record the store adds to a corrected item. */
export interface CorrectionMark {
  id: string;
  author: string;
  at: string;
  fields: string[];
  was?: Record<string, unknown>;
}
export const correctionsOf = (item: object): CorrectionMark[] => ((item as { corrected?: CorrectionMark[] }).corrected ?? []);

export interface Filters {
  actor?: string;
  type?: string;
  from?: string;
  to?: string;
  /** The shared time control: show what happened up to this month (EDTF YYYY-MM). */
  at?: string;
}

export interface TreatyLife {
  signed: Range | null;
  /** The end the text gives (ends, expiry, denunciation) or signing plus duration; null when not stated. */
  end: Range | null;
  endWhy: string;
  renewals: { date: string; until: string | null }[];
}

export class Model {
  readonly entities = new Map<string, Entity>();
  private readonly byQid = new Map<string, Entity>();

  constructor(
    readonly doc: DocumentInfo,
    readonly x: Extraction,
    readonly states: Record<string, StateLife> = {},
  ) {
    for (const e of x.entities) {
      this.entities.set(e.id, e);
      if (e.wikidata && !this.byQid.has(e.wikidata)) this.byQid.set(e.wikidata, e);
    }
  }

  label(id: string | null | undefined): string {
    if (!id) return "";
    return this.entities.get(id)?.label ?? id;
  }

  /** The actor an entity counts as: a leader or ministry counts for its state. */
  actorOf(id: string): string {
    const e = this.entities.get(id);
    return e?.memberOf && this.entities.has(e.memberOf) ? e.memberOf : id;
  }

  /**
   * The actor an entity stands for at a time: its state, followed through predecessors and successors to
   * the one that existed then. Entities linked to one Wikidata id (or, unlinked, with one label) share a key.
   */
  actorAt(id: string, at: number | null): ActorAt {
    const e = this.entities.get(this.actorOf(id));
    if (!e) return { key: id, label: id, kind: "other", exists: true };
    const qid = e.wikidata;
    const life = qid ? this.states[qid] : undefined;
    if (!qid || !life) return { key: qid ?? `label:${e.label.toLowerCase()}`, label: e.label, kind: e.kind, exists: true };
    if (at === null) return { key: qid, label: this.byQid.get(qid)?.label ?? life.label, kind: "state", exists: true };
    const year = yearOf(at);
    const found = this.stateIn(qid, year);
    if (!found) return { key: qid, label: e.label, kind: "state", exists: false };
    const named = this.byQid.get(found);
    return { key: found, label: named?.label ?? this.states[found].label, kind: "state", exists: true };
  }

  /** The state of a succession line that existed in a year, from the one given. */
  private stateIn(qid: string, year: number): string | null {
    const lives = (q: string) => {
      const s = this.states[q];
      return (s.from === null || year >= s.from) && (s.to === null || year <= s.to);
    };
    const seen = new Set<string>();
    for (let q: string | null = qid; q && this.states[q] && !seen.has(q); q = this.states[q].to !== null && year > this.states[q].to! ? this.states[q].successor : this.states[q].predecessor) {
      seen.add(q);
      if (lives(q)) return q;
      if (this.states[q].from !== null && year < this.states[q].from! && !this.states[q].predecessor) return null;
      if (this.states[q].to !== null && year > this.states[q].to! && !this.states[q].successor) return null;
    }
    return null;
  }

  /** When a state ceased to exist (last year), or null. */
  stateEnd(id: string, at: number | null): { label: string; year: number } | null {
    const a = this.actorAt(id, at);
    const life = this.states[a.key];
    return life && life.to !== null ? { label: a.label, year: life.to } : null;
  }

  sentenceText(index: number): string {
    const s = this.x.sentences[index];
    return s ? this.x.text.slice(s.start, s.end).replace(/\s+/g, " ").trim() : "";
  }

  sentenceAt(offset: number): number {
    return sentenceAt(this.x.sentences, offset);
  }

  /** The entity an actor string names: entity id, Wikidata id, label or mention text (case-insensitive). */
  resolveActor(actor: string | undefined): Entity | undefined {
    if (!actor) return undefined;
    const exact = this.entities.get(actor);
    if (exact) return exact;
    const wanted = actor.trim().toLowerCase();
    const candidates = this.x.entities.filter((e) => ACTOR_KINDS.has(e.kind));
    return (
      candidates.find((e) => e.wikidata?.toLowerCase() === wanted || e.label.toLowerCase() === wanted) ??
      candidates.find((e) => e.mentions.some((m) => m.text.toLowerCase() === wanted))
    );
  }

  /** Actors that take part in events or treaties, most mentioned first, one per state. */
  actors(): Entity[] {
    const used = new Map<string, Entity>();
    const add = (id: string) => {
      const e = this.entities.get(this.actorOf(id));
      if (!e || !ACTOR_KINDS.has(e.kind)) return;
      const key = e.wikidata ?? e.id;
      if (!used.has(key) || used.get(key)!.mentions.length < e.mentions.length) used.set(key, e);
    };
    for (const v of this.x.events) for (const id of [...v.source, ...v.target]) add(id);
    for (const t of this.x.treaties) for (const id of t.parties) add(id);
    return [...used.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.label.localeCompare(b.label));
  }

  /** Whether an entity is the actor a filter names (the same entity, its state, or the same Wikidata id). */
  isActor(id: string, wanted: string): boolean {
    if (id === wanted) return true;
    const a = this.entities.get(this.actorOf(id));
    const w = this.entities.get(wanted);
    return !!a && !!w && (a.id === w.id || (!!a.wikidata && a.wikidata === w.wikidata));
  }

  /** The time span of the document's dated events and treaties, or null when nothing is dated. */
  extent(): Range | null {
    let lo = Infinity;
    let hi = -Infinity;
    const take = (edtf: string | null | undefined, whole: boolean) => {
      const r = edtfRange(edtf);
      if (!r) return;
      lo = Math.min(lo, r[0]);
      hi = Math.max(hi, whole ? r[1] : r[0]);
    };
    // Events count where the views draw them, at their first day: a vague "19XX" does not stretch the data to 1999.
    for (const v of this.x.events) take(v.date, false);
    for (const t of this.x.treaties) {
      take(t.signed, false);
      take(t.ends, true);
    }
    return lo <= hi ? [lo, hi] : null;
  }

  /** Events that pass the shared filters. */
  filteredEvents(f: Filters): Event[] {
    const window = filterWindow(f);
    return this.x.events.filter((v) => {
      if (f.actor && !v.source.concat(v.target).some((id) => this.isActor(id, f.actor!))) return false;
      if (f.type && v.type !== f.type && quadOf(v.type).key !== f.type) return false;
      if (!window) return true;
      const r = edtfRange(v.date);
      return !!r && r[1] >= window[0] && r[0] <= window[1];
    });
  }

  /** Treaties that pass the shared filters: a party is the actor, and its life overlaps the window. */
  filteredTreaties(f: Filters): Treaty[] {
    const window = filterWindow(f);
    return this.x.treaties.filter((t) => {
      if (f.actor && !t.parties.some((p) => this.isActor(p, f.actor!))) return false;
      if (!window) return true;
      const life = this.treatyLife(t);
      if (!life.signed) return false;
      return life.signed[0] <= window[1] && (!life.end || life.end[1] >= window[0]);
    });
  }

  treatyLife(t: Treaty): TreatyLife {
    const signed = edtfRange(t.signed);
    const extra = t as Treaty & { expires?: string | null; denounced?: string | null; extensions?: { date?: string | null; until?: string | null; negated?: boolean }[] };
    const renewals = (extra.extensions ?? []).filter((e) => !e.negated && e.date).map((e) => ({ date: e.date!, until: e.until ?? null }));
    let end = edtfRange(t.ends);
    let endWhy = end ? (extra.denounced && t.ends === extra.denounced ? `denounced ${formatEdtf(t.ends)}` : `ends ${formatEdtf(t.ends)}`) : "end not stated";
    if (!end && signed && t.duration) {
      const last = afterDuration(signed[0], t.duration);
      if (last !== null) {
        end = [last, last];
        endWhy = `runs ${durationLabel(t.duration)}, to ${yearLabel(yearOf(last))}`;
      }
    }
    return { signed, end, endWhy, renewals };
  }

  /**
   * Whether a treaty binds its parties at a time: signed, not ended, and at least two of its parties' states still
   * existing. A party whose state has ceased to exist leaves the treaty (`gone`); the others stay bound.
   */
  treatyLiveAt(t: Treaty, at: number): { live: boolean; why: string; gone: Set<string> } {
    const gone = new Set<string>();
    const life = this.treatyLife(t);
    if (!life.signed) return { live: false, why: "no signing date", gone };
    if (life.signed[0] > at) return { live: false, why: "not yet signed", gone };
    if (life.end && life.end[1] < at) return { live: false, why: life.endWhy, gone };
    const ceased: string[] = [];
    for (const p of t.parties) {
      const end = this.stateEnd(p, life.signed[0]);
      if (end && yearStart(end.year + 1) <= at) {
        gone.add(p);
        ceased.push(`${end.label} ceased to exist in ${yearLabel(end.year)}`);
      }
    }
    if (ceased.length && t.parties.length - gone.size < 2) return { live: false, why: ceased.join("; "), gone };
    const why = life.end ? life.endWhy : "in force (end not stated)";
    return { live: true, why: ceased.length ? `${why}; ${ceased.join("; ")}` : why, gone };
  }
}

/** The time window of the filters (from, to and the shared time control), or null when none is set. */
export function filterWindow(f: Filters): Range | null {
  const from = f.from ? edtfRange(f.from)?.[0] : undefined;
  let to = f.to ? edtfRange(f.to)?.[1] : undefined;
  const at = f.at ? edtfRange(f.at) : null;
  if (at) to = Math.min(to ?? Infinity, at[1]);
  if (from === undefined && to === undefined) return null;
  return [from ?? -Infinity, to ?? Infinity];
}

export { monthEnd };
