import test from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { extractionOf } from "../../src/extraction-cache.ts";
import { analyze } from "../../src/pipeline.ts";
import { codeVersion } from "../../src/version.ts";
import { essay, root } from "../helpers.ts";

function withCacheDir(fn: (dir: string) => Promise<void> | void) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "annalist-cache-"));
    const before = process.env.ANNALIST_CACHE_DIR;
    process.env.ANNALIST_CACHE_DIR = dir;
    try {
      await fn(dir);
    } finally {
      if (before === undefined) delete process.env.ANNALIST_CACHE_DIR;
      else process.env.ANNALIST_CACHE_DIR = before;
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const text = "On 3 May 1921 the delegates met at Smolensk and signed a treaty with Latvia (Jones, pg. 12).\n";

test("a cached extraction is the extraction: the essay read back equals its analysis", withCacheDir(async (dir) => {
  const analysed = await extractionOf(essay, { name: "essay" });
  assert.equal(readdirSync(dir).length, 1);
  const cached = await extractionOf(essay, { name: "essay" });
  assert.notEqual(cached, analysed, "read back, not the same object");
  assert.deepStrictEqual(cached, analysed);
}));

test("entries are keyed by the code version, the text and the document date", withCacheDir(async (dir) => {
  await extractionOf(text, { dct: null });
  await extractionOf(text, { dct: "1921-05-04" });
  await extractionOf(text.replace("Latvia", "Estonia"), { dct: null });
  const names = readdirSync(dir);
  assert.equal(names.length, 3);
  assert.ok(names.every((n) => n.startsWith(`${codeVersion()}-`)), names.join(" "));
}));

test("an entry is read only by the code version that wrote it", withCacheDir(async (dir) => {
  await extractionOf(text, {});
  const [name] = readdirSync(dir);
  const entry = JSON.parse(readFileSync(join(dir, name), "utf8"));
  entry.events[0].trigger.text = "MARKED";
  // The same entry under another version's name (what an older build left) is not read …
  writeFileSync(join(dir, name.replace(codeVersion(), "0123456789abcdef")), JSON.stringify(entry));
  assert.notEqual((await extractionOf(text, {})).events[0].trigger.text, "MARKED");
  // … while under this version's name it is.
  writeFileSync(join(dir, name), JSON.stringify(entry));
  assert.equal((await extractionOf(text, {})).events[0].trigger.text, "MARKED");
}));

test("an unreadable entry is analysed again, and texts over the size limit are not cached", withCacheDir(async (dir) => {
  await extractionOf(text, {});
  const [name] = readdirSync(dir);
  writeFileSync(join(dir, name), "{ truncated");
  assert.deepStrictEqual(await extractionOf(text, {}), analyze(text, {}));
  rmSync(join(dir, name));
  await extractionOf(text, {}, text.length - 1);
  assert.deepEqual(readdirSync(dir), []);
  await extractionOf(text, {}, text.length);
  assert.equal(readdirSync(dir).length, 1);
}));

test("a second command on the same file reads the extraction the first cached; ANNALIST_CACHE=0 analyses again", withCacheDir((dir) => {
  const file = join(dir, "..", `annalist-cache-text-${process.pid}.txt`);
  writeFileSync(file, text);
  try {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin/annalist.js"), ...args], { encoding: "utf8", env: { ...process.env, ANNALIST_CACHE_DIR: dir } });
    const events = run("events", file, "--format", "json");
    assert.equal(events.status, 0, events.stderr);
    const [name] = readdirSync(dir);
    const entry = JSON.parse(readFileSync(join(dir, name), "utf8"));
    entry.events[0].trigger.text = "MARKED";
    writeFileSync(join(dir, name), JSON.stringify(entry));
    const again = run("events", file, "--format", "json");
    assert.equal(JSON.parse(again.stdout).events[0].trigger.text, "MARKED");
    const off = spawnSync(process.execPath, [join(root, "bin/annalist.js"), "events", file, "--format", "json"], { encoding: "utf8", env: { ...process.env, ANNALIST_CACHE_DIR: dir, ANNALIST_CACHE: "0" } });
    assert.notEqual(JSON.parse(off.stdout).events[0].trigger.text, "MARKED");
  } finally {
    rmSync(file, { force: true });
  }
}));
