// The version of the code and data that is running: one hash of every file under src/ and data/ (and of the
// installed packages' lock file). It keys the extraction cache. The compiled bundle carries the version it was
// built from, and the version of its precomputed files (a hash of only what they are computed from); run
// from source, the versions are read off dist/build.json when that build is of the current files.
import { readStamp, staleReason, manifestNow, versionOf } from "../scripts/build-state.mjs";

// Set by the build in the compiled bundle (esbuild's define); not defined when the sources run through tsx.
declare const ANNALIST_BUILD: string | undefined;
declare const ANNALIST_DERIVED: Record<string, string> | undefined;

interface Versions {
  code: string;
  /** Product → version of its precomputed files (src/derived). */
  derived: Record<string, string> | null;
}

let fromSources: Versions | undefined;

function versions(): Versions {
  if (typeof ANNALIST_BUILD === "string") return { code: ANNALIST_BUILD, derived: typeof ANNALIST_DERIVED === "object" ? ANNALIST_DERIVED : null };
  if (!fromSources) {
    const stamp = readStamp();
    fromSources = stamp && staleReason(stamp) === null ? { code: stamp.version, derived: stamp.derived ?? null } : { code: versionOf(manifestNow()), derived: null };
  }
  return fromSources;
}

export function codeVersion(): string {
  return versions().code;
}

/** The versions of the precomputed files that belong to the running code (by product), or null when dist/ has none. */
export function derivedVersions(): Record<string, string> | null {
  return versions().derived;
}
