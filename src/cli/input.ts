// Reads the FILE argument of a command: a path, or "-" for standard input.
import { readDocument, readStdin } from "../text/read.ts";
import { AnnalistError } from "../errors.ts";

export async function readInput(file: string): Promise<{ name: string; text: string }> {
  if (file === "-") return { name: "<stdin>", text: await readStdin() };
  return { name: file, text: readDocument(file) };
}

export function parseDct(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new AnnalistError(`--dct must be a date YYYY-MM-DD, got "${value}"`, "USAGE");
  }
  return value;
}

export const GENRES = ["news", "narrative"] as const;
export type Genre = (typeof GENRES)[number];

export function parseGenre(value: string | undefined): Genre | undefined {
  if (value === undefined) return undefined;
  if (!(GENRES as readonly string[]).includes(value)) throw new AnnalistError(`--genre must be one of ${GENRES.join(", ")}, got "${value}"`, "USAGE");
  return value as Genre;
}
