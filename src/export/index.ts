// Export formats of `extract --format …` and of the API.
// FIRST CUT: json only; the other formats are to be built (issue 9).
import { AnnalistError } from "../errors.ts";
import type { Extraction } from "../schema.ts";

export const FORMATS = ["json", "csv", "geojson", "gexf", "tei", "jsonld", "timelinejs", "csl"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function exportAs(format: Format, extraction: Extraction): string {
  if (format === "json") return JSON.stringify(extraction);
  throw new AnnalistError(`format ${format} is not built yet`, "USAGE");
}
