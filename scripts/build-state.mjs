// What the compiled command in dist/ was built from, and whether the sources still match it.
// The build records the size, modification time and hash of every input file; a check stats the files
// (a few milliseconds) and hashes only those whose time changed with their size unchanged, so a file
// that was touched but not changed, or an install that resets times, costs a hash, never a rebuild.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const distDir = join(root, "dist");
export const stampPath = join(distDir, "build.json");

/** Everything the bundle and its precomputed data are made from (node_modules through npm's own record of it). */
const INPUT_DIRS = ["src", "data"];
const INPUT_FILES = ["package.json", "package-lock.json", "node_modules/.package-lock.json", "scripts/build.mjs", "scripts/build-state.mjs", "tsconfig.json"];

/** Paths (relative to the project, "/" separated) of every input file, sorted. */
export function inputFiles() {
  const out = [];
  for (const dir of INPUT_DIRS) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const e of readdirSync(abs, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) out.push(relative(root, join(e.parentPath ?? e.path, e.name)).split("\\").join("/"));
    }
  }
  for (const f of INPUT_FILES) if (existsSync(join(root, f))) out.push(f);
  return out.sort();
}

const hashOf = (path) => createHash("sha256").update(readFileSync(join(root, path))).digest("hex");

/** The manifest of the inputs as they are now: path → [size, mtime in ms, sha256]. */
export function manifestNow() {
  const manifest = {};
  for (const path of inputFiles()) {
    const s = statSync(join(root, path));
    manifest[path] = [s.size, s.mtimeMs, hashOf(path)];
  }
  return manifest;
}

/** One hash for all inputs: the version of the code and data, which names the build and keys caches. */
export function versionOf(manifest) {
  const h = createHash("sha256");
  for (const path of Object.keys(manifest).sort()) h.update(`${path}\0${manifest[path][2]}\n`);
  return h.digest("hex").slice(0, 16);
}

export function readStamp() {
  try {
    return JSON.parse(readFileSync(stampPath, "utf8"));
  } catch {
    return null;
  }
}

/** Why dist/ does not match the sources (a short phrase naming the first difference), or null when it does. */
export function staleReason(stamp = readStamp()) {
  if (!stamp?.manifest) return "dist/ has not been built";
  const recorded = stamp.manifest;
  const now = inputFiles();
  for (const path of now) {
    const entry = recorded[path];
    if (!entry) return `${path} was added`;
    const s = statSync(join(root, path));
    if (s.size !== entry[0]) return `${path} changed`;
    if (s.mtimeMs !== entry[1] && hashOf(path) !== entry[2]) return `${path} changed`;
  }
  if (now.length !== Object.keys(recorded).length) {
    const present = new Set(now);
    return `${Object.keys(recorded).find((p) => !present.has(p))} was removed`;
  }
  return null;
}
