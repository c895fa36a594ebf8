// The arguments every command reads the same way: the FILE (a path, or "-" for standard input) and --dct.
import { isDay } from "../dates/calendar.ts";
import { AnnalistError } from "../errors.ts";

export { readInput } from "../text/read.ts";

export function parseDct(value: string | undefined): string | null {
  if (value === undefined) return null;
  // isDay, not Date.parse: Date.parse takes 1941-02-30 (as 2 March).
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isDay(value)) {
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
