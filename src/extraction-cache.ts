// Extractions remembered on disk, so that `events`, `whatif`, `relations` and `extract` on a file analysed
// before answer without running the pipeline again. An entry is keyed by the text, the document date, the genre
// when one is given, and the version of the code and data (src/version.ts: a hash of every file under src/ and
// data/), so an entry made by other code is never read: after any change the key differs.
// Where: $ANNALIST_CACHE_DIR, else $XDG_CACHE_HOME/annalist, else ~/.cache/annalist; ANNALIST_CACHE=0 turns it off.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { AnalyzeOptions } from "./pipeline.ts";
import type { Extraction } from "./schema.ts";
import { codeVersion } from "./version.ts";

/** Longer texts are analysed each time: their extraction would be written as one string of hundreds of MB. */
export const MAX_CACHED_CHARS = 4 * 1024 * 1024;
/** The least recently used entries go beyond this many bytes. */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

export function cacheDir(): string | null {
  const env = process.env;
  if (env.ANNALIST_CACHE === "0") return null;
  if (env.ANNALIST_CACHE_DIR) return env.ANNALIST_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "annalist", "extractions");
}

function entryPath(dir: string, text: string, dct: string | null, genre: string | null): string {
  const key = createHash("sha256").update(`${dct ?? ""}\0${genre ? `${genre}\0` : ""}`).update(text).digest("hex").slice(0, 40);
  return join(dir, `${codeVersion()}-${key}.json`);
}

/** The extraction of a text, from the cache when this code analysed the same text with the same date before. */
export async function extractionOf(text: string, options: AnalyzeOptions = {}, maxCachedChars = MAX_CACHED_CHARS): Promise<Extraction> {
  const dir = text.length <= maxCachedChars ? cacheDir() : null;
  const path = dir && entryPath(dir, text, options.dct ?? null, options.genre ?? null);
  const cached = path ? read(path) : null;
  if (cached) return cached;
  const { analyze } = await import("./pipeline.ts");
  const extraction = analyze(text, options);
  if (dir && path) write(dir, path, extraction);
  return extraction;
}

function read(path: string): Extraction | null {
  try {
    const extraction = JSON.parse(readFileSync(path, "utf8")) as Extraction;
    const now = new Date();
    utimesSync(path, now, now);
    return extraction;
  } catch {
    // Absent, or unreadable (a disk full when it was written): analyse again.
    return null;
  }
}

/** Best effort: a cache that cannot be written (read-only home, full disk) only costs the next run its time. */
function write(dir: string, path: string, extraction: Extraction): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(extraction));
    renameSync(tmp, path);
    prune(dir);
  } catch {
    // Nothing to do: the result is already in hand.
  }
}

/** Keeps the most recently used entries up to MAX_CACHE_BYTES; drops files left by writes that never finished. */
function prune(dir: string): void {
  const hourAgo = Date.now() - 3600 * 1000;
  const entries = readdirSync(dir).map((name) => {
    const s = statSync(join(dir, name));
    return { name, bytes: s.size, used: s.mtimeMs };
  });
  for (const e of entries) if (e.name.endsWith(".tmp") && e.used < hourAgo) rmSync(join(dir, e.name), { force: true });
  let total = 0;
  for (const e of entries.filter((e) => e.name.endsWith(".json")).sort((a, b) => b.used - a.used)) {
    total += e.bytes;
    if (total > MAX_CACHE_BYTES) rmSync(join(dir, e.name), { force: true });
  }
}
