import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "../helpers.ts";

const annalist = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin/annalist.js"), ...args], { encoding: "utf8" });

test("'annalist events' prints a chronology with date, code, actors, modality, trigger and citation", () => {
  const dir = mkdtempSync(join(tmpdir(), "annalist-events-"));
  try {
    const file = join(dir, "war.txt");
    writeFileSync(file, [
      "On August 8, 1945 the Soviet Union declared war on Japan (March, pg. 225). Had Japan known, she might have attacked the Soviet Union first.",
      "Works Cited:",
      "March, G. Patrick. Eastern Destiny: Russia in Asia and the North Pacific. Westport, CT: Praeger, 1996. Print.",
      "",
    ].join("\n"));
    const out = annalist("events", file);
    assert.equal(out.status, 0, out.stderr);
    const lines = out.stdout.split("\n");
    assert.match(lines[0], /date\s+type\/CAMEO\s+source → target\s+.*modality\s+trigger\s+citation/);
    const war = lines.find((l) => l.includes("declared war"));
    assert.ok(war, out.stdout);
    assert.match(war!, /1945-08-08\s+ASSAULT\/190\s+Soviet Union → Japan/);
    assert.match(war!, /asserted/);
    assert.match(war!, /\(March, pg\. 225\)/);
    assert.match(out.stdout, /counterfactual\s+attacked/);
    const json = annalist("events", file, "--format", "json");
    assert.equal(json.status, 0, json.stderr);
    assert.ok(JSON.parse(json.stdout).events.length >= 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("'annalist events' rejects an unknown format and a missing file with a clear message", () => {
  const bad = annalist("events", join(root, "examples/soviet-japanese-relations.txt"), "--format", "xml");
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /unknown format "xml"/);
  const missing = annalist("events", join(root, "no-such-file.txt"));
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /no-such-file\.txt: no such file/);
  assert.doesNotMatch(missing.stderr, /at .*\.ts:\d+/);
});
