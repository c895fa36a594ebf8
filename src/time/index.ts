// Time layer: TIMEX3 expressions normalised to EDTF, anchored on the narrative.
// STUB: to be built (issue 4).
import type { BodyLayer, CiteLayer, Doc, StructureLayer, TimeLayer } from "../layers.ts";

export function timeLayer(_doc: Doc, layers: StructureLayer & CiteLayer & BodyLayer): TimeLayer {
  return { timexes: [], sentenceTimes: layers.sentences.map(() => null) };
}
