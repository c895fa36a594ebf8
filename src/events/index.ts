// Event layer: who did what to whom, when and where, coded in PLOVER/CAMEO with modality, quantities
// and the citations that support it. See README.md in this folder.
import type { BodyLayer, CiteLayer, Doc, EntityLayer, EventLayer, StructureLayer, TimeLayer } from "../layers.ts";
import type { SyntaxLayer } from "../syntax/index.ts";
import { buildEvents } from "./build.ts";

export function eventLayer(doc: Doc, layers: StructureLayer & CiteLayer & BodyLayer & TimeLayer & EntityLayer & SyntaxLayer): EventLayer {
  return buildEvents(doc, layers);
}
