import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/pipeline.ts";
import { openStore } from "../../src/store/index.ts";
import { annotationRows } from "../../src/store/rows.ts";
import { root } from "../helpers.ts";
import { tempDir } from "./backends.ts";
import { generatedDocument } from "./corpus.ts";

const bin = join(root, "bin/annalist.js");
const annalist = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: root });

function corpus(n: number): string {
  const dir = join(tempDir("annalist-corpus-"), "corpus");
  mkdirSync(dir);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `doc-${String(i).padStart(3, "0")}.txt`), generatedDocument(i));
  return dir;
}

test("ingest stores the good files of a directory, names the bad ones, exits non-zero and prints one summary line when piped", () => {
  const dir = corpus(3);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Treaty of Portsmouth, sign\xe9 in 1905\n", "latin1"));
  const db = join(tempDir(), "db");
  const run = annalist("ingest", dir, "--db", db, "--jobs", "2");
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /empty\.txt: the file is empty/);
  assert.match(run.stderr, /image\.png: binary file/);
  assert.match(run.stderr, /latin1\.txt: not valid UTF-8/);
  assert.doesNotMatch(run.stderr, /at .*\.ts:\d+/, "no stack trace");
  assert.equal(run.stdout.trim().split("\n").length, 1, "no progress bar, one line");
  const summary = run.stdout.trim();
  assert.match(summary, /^stored 3 documents in .*, 3 failed: \d+ citations, \d+ timexes, \d+ entities, \d+ events, \d+ treaties/);
  const citations = Number(/(\d+) citations/.exec(summary)![1]);
  const expected = [0, 1, 2].reduce((n, i) => n + analyze(generatedDocument(i)).citations.length, 0);
  assert.equal(citations, expected);

  const again = annalist("ingest", dir, "--db", db, "--jobs", "1");
  assert.match(again.stdout, /^stored 0 documents in .*, 3 skipped \(already stored\), 3 failed/m);
});

test("kill -9 during a batch ingest loses nothing committed, leaves no half document, and a re-run finishes the rest", async () => {
  const n = 6;
  const dir = corpus(n);
  const db = join(tempDir(), "db");
  const child = spawn(process.execPath, [bin, "ingest", dir, "--db", db, "--jobs", "1", "--verbose"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  const reported: string[] = [];
  await new Promise<void>((resolve, reject) => {
    let buffer = "";
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith("stored ")) reported.push(line);
      // Killed while the next document is being analysed or written.
      if (reported.length >= 2 && child.exitCode === null && !child.killed) setTimeout(() => child.kill("SIGKILL"), reported.length * 7);
    });
    child.on("exit", () => resolve());
    child.on("error", reject);
  });
  assert.equal(child.signalCode, "SIGKILL", "the ingest was killed before it finished");

  const store = await openStore({ dir: db });
  try {
    const docs = await store.listDocuments();
    assert.ok(docs.length >= reported.length, "every document reported as stored is there");
    assert.ok(docs.length < n, "the batch was interrupted");
    for (const doc of docs) {
      const x = (await store.getExtraction(doc.id))!;
      const rows = await store.query<{ n: number }>("SELECT count(*)::int AS n FROM annotations WHERE document = $1", [doc.id]);
      assert.equal(rows[0].n, annotationRows(analyze(x.text, { name: doc.name })).length, `${doc.name} is complete`);
    }
  } finally {
    await store.close();
  }

  const rerun = annalist("ingest", dir, "--db", db, "--jobs", "2");
  assert.equal(rerun.status, 0, rerun.stderr);
  const stored = Number(/^stored (\d+) documents/.exec(rerun.stdout)![1]);
  const skipped = Number(/(\d+) skipped/.exec(rerun.stdout)![1]);
  assert.equal(stored + skipped, n);
  assert.ok(skipped >= reported.length);
  const reopened = await openStore({ dir: db });
  assert.equal((await reopened.listDocuments()).length, n);
  await reopened.close();
});
