// Files precomputed at build time from large data (the tagger model, the GeoNames cities) in a form that loads
// in milliseconds. Each file is named with the version of the code that wrote it, so the running code reads
// only files of its own version; without them (no build, or an older one) the loaders compute the same
// values from the original data, more slowly.
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { distDir } from "../../scripts/build-state.mjs";
import { builtVersion } from "../version.ts";

export const derivedDir = join(distDir, "derived");

/** The file name a precomputed file has in the build of this version. */
export function derivedName(name: string, version: string): string {
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}-${version}${name.slice(dot)}`;
}

/** The path of the precomputed file `name` of the running version, or null when there is none. */
export function derivedFile(name: string): string | null {
  const version = builtVersion();
  if (version === null) return null;
  const path = join(derivedDir, derivedName(name, version));
  return existsSync(path) ? path : null;
}

/** Writes a precomputed file so that a process reading it sees all of it or nothing. */
export function writeDerived(name: string, version: string, contents: string | Uint8Array): void {
  const path = join(derivedDir, derivedName(name, version));
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}
