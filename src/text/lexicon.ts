// Lexicons are data (data/<area>/<name>.json, each with a `_source` note); code reads them once.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dataDir = fileURLToPath(new URL("../../data/", import.meta.url));
const cache = new Map<string, unknown>();

export function readLexicon<T>(path: string): T {
  if (!cache.has(path)) cache.set(path, JSON.parse(readFileSync(`${dataDir}${path}`, "utf8")));
  return cache.get(path) as T;
}

/** A set of lower-cased entries of one list in a lexicon file. */
export function lexiconSet(path: string, key: string): Set<string> {
  const lex = readLexicon<Record<string, string[]>>(path);
  return new Set((lex[key] ?? []).map((s) => s.toLowerCase()));
}
