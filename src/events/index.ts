// Event layer: who did what to whom, when and where, coded in PLOVER/CAMEO with modality.
// STUB: to be built (issue 6).
import type { BodyLayer, CiteLayer, Doc, EntityLayer, EventLayer, StructureLayer, TimeLayer } from "../layers.ts";

export function eventLayer(_doc: Doc, _layers: StructureLayer & CiteLayer & BodyLayer & TimeLayer & EntityLayer): EventLayer {
  return { events: [], quantities: [] };
}
