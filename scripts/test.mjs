// Runs every test/**/*.test.ts on node's built-in test runner (Node 20's --test takes no globs), several files
// at once, with a short report that ends in a one-line summary (scripts/test-reporter.mjs).
// Extra arguments are passed through: `npm test -- test/cite` runs only the tests under test/cite;
// `npm test -- --test-reporter=spec` prints every test. ANNALIST_TEST_CONCURRENCY sets the files run at once.
// Before the tests, dist/ is rebuilt if a source changed, so the tests that run the command run this code.
// The documents of 20 and 50 MB run only with ANNALIST_LARGE=1 (CI sets it); with CI=1 the tests that read
// ../shared/gold fail when it is missing instead of skipping.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { staleReason } from "./build-state.mjs";

function collect(path) {
  if (statSync(path).isDirectory()) return readdirSync(path).sort().flatMap((name) => collect(join(path, name)));
  return path.endsWith(".test.ts") ? [path] : [];
}

const roots = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const flags = process.argv.slice(2).filter((a) => a.startsWith("-"));
const files = (roots.length ? roots : ["test"]).flatMap(collect);

const stale = staleReason();
if (stale !== null) {
  process.stderr.write(`annalist: ${stale} since the last build; rebuilding dist/\n`);
  const { build } = await import("./build.mjs");
  await build({ clean: false, quiet: true });
}

// Each file runs in a process of its own; most wait on child processes, servers or a browser part of the time.
const concurrency = Number(process.env.ANNALIST_TEST_CONCURRENCY) || availableParallelism() + 1;
const reporter = flags.some((f) => f.startsWith("--test-reporter")) ? [] : ["--test-reporter=./scripts/test-reporter.mjs"];
// A cache of the run's own, so that a test never reads an extraction cached by an earlier run or by hand.
const cacheDir = mkdtempSync(join(tmpdir(), "annalist-test-cache-"));
try {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, ...reporter, ...flags, ...files], {
    stdio: "inherit",
    env: { ...process.env, ANNALIST_CACHE_DIR: cacheDir },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
