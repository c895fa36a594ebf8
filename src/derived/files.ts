// Files precomputed at build time from large data (the tagger model, the GeoNames cities) in a form that loads
// in milliseconds. Each file is named with the version of what it is computed from (the code of this folder
// and what it imports, and the installed packages), so the running code reads only files of its own version;
// without them (no build, or an older one) the loaders compute the same values from the original data, slowly.
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { distDir } from "../../scripts/build-state.mjs";
import { derivedVersion } from "../version.ts";

export const derivedDir = join(distDir, "derived");

/** The file name a precomputed file has in the build of this version. */
export function derivedName(name: string, version: string): string {
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}-${version}${name.slice(dot)}`;
}

export const derivedPath = (name: string, version: string): string => join(derivedDir, derivedName(name, version));

/** Whether the build of this version already wrote these files (a rebuild after an edit elsewhere keeps them). */
export const haveDerived = (names: string[], version: string): boolean => names.every((name) => existsSync(derivedPath(name, version)));

/** The path of the precomputed file `name` of the running version, or null when there is none. */
export function derivedFile(name: string): string | null {
  const version = derivedVersion();
  if (version === null) return null;
  const path = derivedPath(name, version);
  return existsSync(path) ? path : null;
}

/** Writes a precomputed file so that a process reading it sees all of it or nothing. */
export function writeDerived(name: string, version: string, contents: string | Uint8Array): void {
  const path = derivedPath(name, version);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}
