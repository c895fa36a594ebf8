// Export formats of `extract --format …` and of the API: one module per format, composed here.
import type { Extraction } from "../schema.ts";
import { toCsv } from "./csv.ts";
import { toGeoJson } from "./geojson.ts";
import { toGexf } from "./gexf.ts";
import { toTei } from "./tei.ts";
import { toJsonLd } from "./jsonld.ts";
import { toTimeline } from "./timelinejs.ts";
import { toCsl } from "./csl.ts";
import { toTimeml } from "./timeml.ts";

import type { Format } from "./formats.ts";

export { FORMATS, isFormat, type Format } from "./formats.ts";

/** Media types, for the API's Content-Type header. */
export const MEDIA_TYPES: Record<Format, string> = {
  json: "application/json",
  csv: "text/csv; charset=utf-8; header=present",
  geojson: "application/geo+json",
  gexf: "application/gexf+xml",
  tei: "application/tei+xml",
  jsonld: "application/ld+json",
  timelinejs: "application/json",
  csl: "application/vnd.citationstyles.csl+json",
  timeml: "application/xml",
};

/** File name extensions, for downloads. */
export const EXTENSIONS: Record<Format, string> = {
  json: "json", csv: "csv", geojson: "geojson", gexf: "gexf", tei: "tei.xml", jsonld: "jsonld", timelinejs: "timeline.json", csl: "csl.json", timeml: "tml",
};

export interface ExportOptions {
  /** CSV: start with a UTF-8 byte order mark, so that Excel reads "Tōgō" right. */
  bom?: boolean;
}

const EXPORTERS: Record<Format, (x: Extraction, options: ExportOptions) => string> = {
  json: (x) => JSON.stringify(x),
  csv: (x, options) => (options.bom ? "\uFEFF" : "") + toCsv(x),
  geojson: (x) => JSON.stringify(toGeoJson(x)),
  gexf: toGexf,
  tei: toTei,
  jsonld: (x) => JSON.stringify(toJsonLd(x)),
  timelinejs: (x) => JSON.stringify(toTimeline(x)),
  csl: (x) => JSON.stringify(toCsl(x)),
  timeml: toTimeml,
};

export function exportAs(format: Format, extraction: Extraction, options: ExportOptions = {}): string {
  return EXPORTERS[format](extraction, options);
}
