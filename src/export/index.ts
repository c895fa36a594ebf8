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

export const FORMATS = ["json", "csv", "geojson", "gexf", "tei", "jsonld", "timelinejs", "csl", "timeml"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

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

const EXPORTERS: Record<Format, (x: Extraction) => string> = {
  json: (x) => JSON.stringify(x),
  csv: toCsv,
  geojson: (x) => JSON.stringify(toGeoJson(x)),
  gexf: toGexf,
  tei: toTei,
  jsonld: (x) => JSON.stringify(toJsonLd(x)),
  timelinejs: (x) => JSON.stringify(toTimeline(x)),
  csl: (x) => JSON.stringify(toCsl(x)),
  timeml: toTimeml,
};

export function exportAs(format: Format, extraction: Extraction): string {
  return EXPORTERS[format](extraction);
}
