import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../helpers.ts";
import { tempDir } from "./backends.ts";

const bin = join(root, "bin/annalist.js");
const annalist = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: root });

test("conflicts lists the signing date two documents disagree on, and correct fixes one of them", () => {
  const dir = join(tempDir("annalist-conflicts-"), "docs");
  mkdirSync(dir);
  writeFileSync(join(dir, "tass.txt"), "Japan and the Soviet Union signed the Neutrality Pact in Moscow on April 13, 1941. The pact was to remain in force for five years.\n");
  writeFileSync(join(dir, "memoir.txt"), "In Moscow the Soviet Union and Japan signed the Neutrality Pact on April 25, 1941. It was due to expire in April 1945.\n");
  const db = join(tempDir(), "db");
  assert.equal(annalist("ingest", dir, "--db", db, "--jobs", "1").status, 0);

  const listed = annalist("conflicts", "--db", db, "--format", "json");
  assert.equal(listed.status, 0, listed.stderr);
  const signed = (JSON.parse(listed.stdout) as any[]).find((c) => c.kind === "treaty" && c.field === "signed");
  assert.ok(signed, listed.stdout);
  const memoir = signed.values.find((v: any) => v.value === "1941-04-25").evidence[0];
  assert.match(memoir.documentName, /memoir\.txt$/);

  const corrected = annalist("correct", "--db", db, "--document", memoir.document, "--layer", "treaties", "--id", memoir.item, "--set", "signed=1941-04-13", "--author", "A. Archivist", "--note", "misprint in the memoir");
  assert.equal(corrected.status, 0, corrected.stderr);
  assert.match(corrected.stdout, /^stored correction \w+ of treaties \w+ in \w+: signed=1941-04-13 by A\. Archivist/);

  const after = annalist("conflicts", "--db", db);
  assert.equal(after.status, 0, after.stderr);
  assert.doesNotMatch(after.stdout, /disagree on signed/);

  const refused = annalist("correct", "--db", db, "--document", memoir.document, "--layer", "treaties", "--id", memoir.item, "--set", "signed=spring", "--author", "x");
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /^annalist: treaties\.signed: expected an EDTF date/);
});
