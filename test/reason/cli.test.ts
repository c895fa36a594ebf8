import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "../helpers.ts";
import { WhatifResult } from "../../src/schema.ts";
import { neutrality } from "../treaties/texts.ts";

const cli = (...args: string[]) => spawnSync(process.execPath, [`${root}bin/annalist.js`, ...args], { encoding: "utf8", cwd: root });
const dir = mkdtempSync(join(tmpdir(), "annalist-whatif-"));
const file = join(dir, "pact.txt");
writeFileSync(file, neutrality);

test("whatif FILE prints the contract's JSON", () => {
  const r = cli("whatif", file, "--attacker", "Germany", "--target", "Soviet Union", "--date", "1941-06-22", "--format", "json");
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.ok(WhatifResult.safeParse(out).success);
  assert.equal(out.scenario.date, "1941-06-22");
});

test("whatif --format text explains in readable lines", () => {
  const r = cli("whatif", file, "--attacker", "Soviet Union", "--target", "Japan", "--date", "1945-08-09", "--format", "text");
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^If Soviet Union attacks Japan on 1945-08-09:/);
  assert.match(r.stdout, /not in force: Neutrality Pact: denounced 1945-04-05/);
});

test("whatif rejects a bad date, a missing source and an unknown actor with a message and exit code 2", () => {
  const bad = cli("whatif", file, "--attacker", "Germany", "--target", "Japan", "--date", "1941-13-45");
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--date must be a date YYYY-MM-DD/);
  const none = cli("whatif", "--attacker", "Germany", "--target", "Japan", "--date", "1941-06-22");
  assert.equal(none.status, 2);
  assert.match(none.stderr, /give a FILE/);
  const unknown = cli("whatif", file, "--attacker", "Atlantis", "--target", "Japan", "--date", "1941-06-22");
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown actor "Atlantis"/);
  const noDb = cli("whatif", "--db", join(dir, "nothing-here"), "--attacker", "Germany", "--target", "Japan", "--date", "1941-06-22");
  assert.equal(noDb.status, 2);
  assert.match(noDb.stderr, /no knowledge base at/);
});

test("relations A B FILE prints the pair's treaties as text and JSON", () => {
  const text = cli("relations", "Japan", "USSR", file);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /Neutrality Pact: signed 1941-04-13, in force 1941-04-13 to 1945-04-04 \(denounced 1945-04-05\); clauses: neutrality/);
  const json = cli("relations", "Q17", "Q15180", file, "--format", "json");
  assert.equal(json.status, 0, json.stderr);
  assert.equal(JSON.parse(json.stdout).treaties[0].signed, "1941-04-13");
});
