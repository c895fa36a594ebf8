// Time layer: TIMEX3 expressions normalised to EDTF, anchored on the narrative.
// The parsers, refiners and anchoring policy live beside this file (configuration.ts, anchor.ts).
import type { BodyLayer, CiteLayer, Doc, StructureLayer, TimeLayer } from "../layers.ts";
import { tagTime } from "./tagger.ts";

export function timeLayer(doc: Doc, layers: StructureLayer & CiteLayer & BodyLayer): TimeLayer {
  return tagTime(doc, layers);
}
