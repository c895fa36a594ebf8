// The document's layers indexed for the views: entities by id, event quads, dates, treaty lifetimes.
import type { Entity, Event, Extraction, Treaty } from "../../src/schema.ts";
import { dateHead, dateWithin, sentenceAt } from "../../src/query.ts";
import quadData from "./plover-quad.json";

export type { Entity, Event, Extraction, Treaty };
export { dateHead };

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
      return dateWithin(v.date, f.from, f.to);
    });
  }

  treatiesInForce(at: string): Treaty[] {
    return this.x.treaties.filter((t) => inForce(t, at));
  }
}

/** The first and last day an EDTF value covers ("1941" → 1941-01-01 … 1941-12-31; "-0490" is 491 BCE). */
export function dateBounds(edtf: string | null): [Date, Date] | null {
  if (!edtf) return null;
  const [first, second] = edtf.split("/");
  const a = dateHead(first);
  if (!a) return null;
  const b = second ? (dateHead(second) ?? a) : a;
  const [y1, m1, d1] = dateParts(a);
  const [y2, m2, d2] = dateParts(b);
  const start = utcDay(y1, (m1 ?? 1) - 1, d1 ?? 1);
  const end = d2 ? utcDay(y2, m2! - 1, d2) : m2 ? utcDay(y2, m2, 0) : utcDay(y2, 11, 31);
  return [start, end];
}

function dateParts(head: string): [number, number | undefined, number | undefined] {
  const negative = head.startsWith("-");
  const [y, m, d] = (negative ? head.slice(1) : head).split("-").map(Number);
  return [negative ? -y : y, m, d];
}

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not. */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

/** A treaty is in force at a month or day `at` when signed on or before it and not yet ended. */
export function inForce(t: Treaty, at: string): boolean {
  const signed = t.signed ? dateHead(t.signed) : null;
  if (!signed) return false;
  if (signed.slice(0, at.length) > at) return false;
  const ends = t.ends ? dateHead(t.ends) : null;
  return !ends || ends.slice(0, at.length) >= at;
}
