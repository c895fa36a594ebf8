// The names of the export formats, apart from the exporters, so that the command line can list them without loading any.
export const FORMATS = ["json", "csv", "geojson", "gexf", "tei", "jsonld", "timelinejs", "csl", "timeml"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
