// The version of the code and data that is running: one hash of every file under src/ and data/ (and of the
// installed packages' lock file). It keys the extraction cache and names the files precomputed at build time.
// The compiled bundle carries the version it was built from; run from source, it is read off the files.
import { readStamp, staleReason, manifestNow, versionOf } from "../scripts/build-state.mjs";

/** Set by the build in the compiled bundle (esbuild's define); not defined when the sources run through tsx. */
declare const ANNALIST_BUILD: string | undefined;

let sourceVersion: { version: string; built: boolean } | undefined;

/** The version of the sources as they are now, and whether dist/ holds a build of exactly them. */
function fromSources(): { version: string; built: boolean } {
  if (!sourceVersion) {
    const stamp = readStamp();
    sourceVersion = stamp && staleReason(stamp) === null ? { version: stamp.version, built: true } : { version: versionOf(manifestNow()), built: false };
  }
  return sourceVersion;
}

export function codeVersion(): string {
  return typeof ANNALIST_BUILD === "string" ? ANNALIST_BUILD : fromSources().version;
}

/** Whether dist/ holds the precomputed files of the running version. */
export function builtVersion(): string | null {
  if (typeof ANNALIST_BUILD === "string") return ANNALIST_BUILD;
  const { version, built } = fromSources();
  return built ? version : null;
}
