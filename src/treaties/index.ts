// Treaty layer: treaties as objects with parties, dates, duration, expiry and typed clauses.
// STUB: to be built (issue 7).
import type { BodyLayer, CiteLayer, Doc, EntityLayer, EventLayer, StructureLayer, TimeLayer, TreatyLayer } from "../layers.ts";

export function treatyLayer(_doc: Doc, _layers: StructureLayer & CiteLayer & BodyLayer & TimeLayer & EntityLayer & EventLayer): TreatyLayer {
  return { treaties: [], treatyEntities: [] };
}
