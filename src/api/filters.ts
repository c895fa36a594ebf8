// Filters over one extraction's layers, shared by the in-memory store and the API.
import type { Entity, Event, Extraction } from "../schema.ts";
import type { EntityFilter, EventFilter } from "./store.ts";
import { dateWithin } from "../query.ts";

/** Entities of the extraction that the ACTOR string names: entity id, Wikidata id, label or mention text. */
export function matchActor(extraction: Extraction, actor: string): Set<string> {
  const wanted = actor.trim().toLowerCase();
  const ids = new Set<string>();
  for (const e of extraction.entities) {
    if (
      e.id.toLowerCase() === wanted ||
      e.wikidata?.toLowerCase() === wanted ||
      e.label.toLowerCase() === wanted ||
      e.mentions.some((m) => m.text.toLowerCase() === wanted)
    ) {
      ids.add(e.id);
    }
  }
  // Members (a leader, a ministry) count for the state they belong to.
  for (const e of extraction.entities) if (e.memberOf && ids.has(e.memberOf)) ids.add(e.id);
  return ids;
}

export function filterEvents(extraction: Extraction, filter: EventFilter): Event[] {
  const actors = filter.actor ? matchActor(extraction, filter.actor) : null;
  return extraction.events.filter(
    (v) =>
      (!actors || v.source.some((s) => actors.has(s)) || v.target.some((t) => actors.has(t))) &&
      (!filter.type || v.type === filter.type.toUpperCase()) &&
      (!filter.modality || v.modality === filter.modality) &&
      dateWithin(v.date, filter.from, filter.to),
  );
}

export function filterEntities(extraction: Extraction, filter: EntityFilter): Entity[] {
  const q = filter.q?.toLowerCase();
  return extraction.entities.filter(
    (e) =>
      (!filter.kind || e.kind === filter.kind) &&
      (!q || e.label.toLowerCase().includes(q) || e.wikidata?.toLowerCase() === q || e.mentions.some((m) => m.text.toLowerCase().includes(q))),
  );
}
