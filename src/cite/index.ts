// Citation layer: in-text citations resolved to bibliography entries (CSL-JSON) and page lists.
// STUB: to be built (issue 3).
import type { CiteLayer, Doc, StructureLayer } from "../layers.ts";

export function citeLayer(_doc: Doc, _layers: StructureLayer): CiteLayer {
  return { citations: [], bibliography: [], bibliographySection: null, warnings: [] };
}
