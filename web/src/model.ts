// The document's layers indexed for the views: entities by id, event quads, dates, treaty lifetimes.
import type { Entity, Event, Extraction, Treaty } from "../../src/schema.ts";
import quadData from "./plover-quad.json";

export type { Entity, Event, Extraction, Treaty };

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

export interface DocumentInfo {
  id: string;
  name: string;
  chars: number;
}

export class Model {
  readonly entities = new Map<string, Entity>();
  constructor(
    readonly doc: DocumentInfo,
    readonly x: Extraction,
  ) {
    for (const e of x.entities) this.entities.set(e.id, e);
  }

  label(id: string | null | undefined): string {
    if (!id) return "";
    return this.entities.get(id)?.label ?? id;
  }

  /** The actor an entity counts as in the network: a leader or ministry counts for its state. */
  actorOf(id: string): string {
    const e = this.entities.get(id);
    return e?.memberOf && this.entities.has(e.memberOf) ? e.memberOf : id;
  }

  sentenceText(index: number): string {
    const s = this.x.sentences[index];
    return s ? this.x.text.slice(s.start, s.end).replace(/\s+/g, " ").trim() : "";
  }

  sentenceAt(offset: number): number {
    const s = this.x.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < s[mid].start) hi = mid - 1;
      else if (offset >= s[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
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

  /** Actors that take part in events or treaties, most mentioned first. */
  actors(): Entity[] {
    const used = new Set<string>();
    for (const v of this.x.events) for (const id of [...v.source, ...v.target]) used.add(this.actorOf(id));
    for (const t of this.x.treaties) for (const id of t.parties) used.add(this.actorOf(id));
    return [...used]
      .map((id) => this.entities.get(id))
      .filter((e): e is Entity => !!e && ACTOR_KINDS.has(e.kind))
      .sort((a, b) => b.mentions.length - a.mentions.length || a.label.localeCompare(b.label));
  }

  /** Events that pass the shared filters. */
  filteredEvents(f: { actor?: string; type?: string; from?: string; to?: string }): Event[] {
    return this.x.events.filter((v) => {
      if (f.actor && !v.source.concat(v.target).some((id) => id === f.actor || this.actorOf(id) === f.actor)) return false;
      if (f.type && v.type !== f.type && quadOf(v.type).key !== f.type) return false;
      if (f.from || f.to) {
        const d = v.date ? dateHead(v.date) : null;
        if (!d) return false;
        if (f.from && d.slice(0, f.from.length) < f.from) return false;
        if (f.to && d.slice(0, f.to.length) > f.to) return false;
      }
      return true;
    });
  }

  treatiesInForce(at: string): Treaty[] {
    return this.x.treaties.filter((t) => inForce(t, at));
  }
}

/** The leading YYYY[-MM[-DD]] of an EDTF value, or null (e.g. for "194X" or an interval's open start). */
export function dateHead(edtf: string): string | null {
  return edtf.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0] ?? null;
}

/** The first and last day an EDTF value covers ("1941" → 1941-01-01 … 1941-12-31). */
export function dateBounds(edtf: string | null): [Date, Date] | null {
  if (!edtf) return null;
  const [first, second] = edtf.split("/");
  const a = dateHead(first);
  if (!a) return null;
  const b = second ? dateHead(second) ?? a : a;
  const [y1, m1, d1] = a.split("-").map(Number);
  const [y2, m2, d2] = b.split("-").map(Number);
  const start = new Date(Date.UTC(y1, (m1 ?? 1) - 1, d1 ?? 1));
  const end = d2 ? new Date(Date.UTC(y2, m2 - 1, d2)) : m2 ? new Date(Date.UTC(y2, m2, 0)) : new Date(Date.UTC(y2, 11, 31));
  return [start, end];
}

/** A treaty is in force at a month or day `at` when signed on or before it and not yet ended. */
export function inForce(t: Treaty, at: string): boolean {
  const signed = t.signed ? dateHead(t.signed) : null;
  if (!signed) return false;
  if (signed.slice(0, at.length) > at) return false;
  const ends = t.ends ? dateHead(t.ends) : null;
  return !ends || ends.slice(0, at.length) >= at;
}
