// Files precomputed at build time from large data (the tagger model, the GeoNames cities, an empty database) in
// a form that loads in a fraction of the time. Each product has a directory named with the version of what it
// is computed from (its code and what that imports, and the installed packages): dist/derived/<product>-<version>.
// The running code reads only the directories of its own versions; without them (no build, or an older one)
// the loaders compute the same values from the original data, more slowly.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { distDir } from "../../scripts/build-state.mjs";
import { derivedVersions } from "../version.ts";

export const derivedDir = join(distDir, "derived");

const dirOf = (product: string, version: string): string => join(derivedDir, `${product}-${version}`);

/** The directory of a product's precomputed files for the running code, or null when there is none. */
export function derivedDirOf(product: string): string | null {
  const version = derivedVersions()?.[product];
  if (!version) return null;
  const dir = dirOf(product, version);
  return existsSync(dir) ? dir : null;
}

/**
 * Build step: fills the product's directory for this version, unless an earlier build did. It is filled under
 * a temporary name and renamed, so a process never sees it half written.
 */
export async function makeDerived(product: string, version: string, fill: (dir: string) => void | Promise<void>): Promise<void> {
  const dir = dirOf(product, version);
  if (existsSync(dir)) return;
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await fill(tmp);
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    // Another build of the same version got there first: its directory is as good.
    if (!existsSync(dir)) throw e;
  }
}
