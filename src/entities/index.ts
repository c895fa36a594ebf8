// Entity layer: mentions of states, organisations, people, places…, linked to Wikidata via the gazetteer.
// STUB: to be built (issue 5).
import type { BodyLayer, CiteLayer, Doc, EntityLayer, StructureLayer, TimeLayer } from "../layers.ts";

export function entityLayer(_doc: Doc, _layers: StructureLayer & CiteLayer & BodyLayer & TimeLayer): EntityLayer {
  return { entities: [] };
}
