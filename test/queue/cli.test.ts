// The queue commands on the command line: what they say about bad input, and one small run from
// enqueue through a worker to the status, on a real PostgreSQL server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../../src/store/rows.ts";
import { openStore } from "../../src/store/index.ts";
import { openQueue, QUEUE } from "../../src/queue/engine.ts";
import { analysisThreads, runWorker } from "../../src/queue/worker.ts";
import { annalist, annalistAsync, corpus, freshSchema, jobs, needsServer, serverUrl, sql } from "./support.ts";

const noStackTrace = (stderr: string) => assert.doesNotMatch(stderr, /^\s+at .*:\d+/m, "no stack trace");

test("the queue commands name what is wrong with their input and exit with 2, without a stack trace", async () => {
  const cases: [string[], RegExp][] = [
    [["enqueue", "notes.txt"], /the ingest queue needs a PostgreSQL server that every worker can reach: give --database-url URL or set DATABASE_URL/],
    [["worker", "--concurrency", "0", "--database-url", "postgres://x@127.0.0.1:1/x"], /--concurrency must be a whole number from 1 to 256, got "0"/],
    [["enqueue", "notes.txt", "--timeout", "10m", "--database-url", "postgres://x@127.0.0.1:1/x"], /--timeout must be a whole number of seconds from 1 to 82800, got "10m"/],
    [["queue", "--format", "xml", "--database-url", "postgres://x@127.0.0.1:1/x"], /unknown format "xml"; choose text or json/],
    [["queue", "--database-url", "postgres://x@127.0.0.1:1/x"], /cannot connect to the PostgreSQL server/],
  ];
  const runs = await Promise.all(cases.map(([args]) => annalistAsync(args)));
  for (const [i, [args, message]] of cases.entries()) {
    const run = runs[i];
    assert.equal(run.status, 2, `${args.join(" ")}: ${run.stderr}`);
    assert.match(run.stderr, /^annalist: /);
    assert.match(run.stderr, message, args.join(" "));
    noStackTrace(run.stderr);
  }
});

test("enqueue keeps each text once and names the bad files; a worker stores them; the status counts them; stored and queued texts are skipped", { skip: needsServer, timeout: 180_000 }, async () => {
  const { url, schema, drop } = await freshSchema();
  try {
    const { dir, texts } = corpus(4);
    copyFileSync(join(dir, "doc-001.txt"), join(dir, "doc-001-copy.txt"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Treaty of Portsmouth, sign\xe9 in 1905\n", "latin1"));
    const env = { DATABASE_URL: url };

    const first = annalist(["enqueue", dir], env);
    assert.equal(first.status, 1, "a file failed");
    assert.match(first.stdout, /^queued 4 documents in postgres:\/\/…@.*, 1 skipped \(already stored or queued\), 2 failed/);
    assert.match(first.stderr, /empty\.txt: the file is empty/);
    assert.match(first.stderr, /latin1\.txt: not valid UTF-8/);
    noStackTrace(first.stderr);
    assert.doesNotMatch(first.stdout, /postgres:\/\/postgres:/, "no password in the output");
    const stored = await sql<{ sha256: string; job: string }>(url, "SELECT sha256, job FROM texts ORDER BY sha256");
    assert.deepEqual(stored.map((t) => t.sha256), texts.map(sha256).sort(), "each text once, under its SHA-256");
    const queued = await jobs(url, schema);
    assert.equal(queued.length, 4);
    assert.deepEqual(new Set(queued.map((j) => j.id)), new Set(stored.map((t) => t.job)), "each text names its job");

    const again = annalist(["enqueue", dir, "--verbose"], env);
    assert.match(again.stdout, /^queued 0 documents/m);
    assert.match(again.stdout, /skipped .*doc-000\.txt: already queued/);
    assert.equal((await jobs(url, schema)).length, 4, "no second job for a queued text");

    const before = JSON.parse(annalist(["queue", "--format", "json"], env).stdout);
    assert.deepEqual([before.available, before.queued, before.running, before.done, before.failed], [true, 4, 0, 0, 0]);

    const work = annalist(["worker", "--until-empty"], env);
    assert.equal(work.status, 0, work.stderr);
    assert.match(work.stdout, /stored 4 documents, 0 already stored, 0 failed, 0 released/);

    const after = JSON.parse(annalist(["queue", "--format", "json"], env).stdout);
    assert.deepEqual([after.queued, after.running, after.done, after.failed, after.etaSeconds], [0, 0, 4, 0, 0]);
    assert.ok(after.rate > 0, "a rate over the last minutes");
    const text = annalist(["queue"], env);
    assert.match(text.stdout, /^done {5}4$/m);
    assert.match(text.stdout, /^rate {5}\d+\.\d documents\/s$/m);

    const third = annalist(["enqueue", dir, "--verbose"], env);
    assert.match(third.stdout, /skipped .*doc-002\.txt: already stored as [0-9a-f]{16}/);
    assert.match(third.stdout, /^queued 0 documents/m);
    assert.equal((await sql(url, "SELECT 1 FROM texts")).length, 0, "the text store is empty again");
  } finally {
    await drop();
  }
});

test("two jobs for the same text (two enqueues at once) store the document once; the second finds it stored", { skip: needsServer, timeout: 120_000 }, async () => {
  const { url, schema, drop } = await freshSchema();
  const store = await openStore({ url: serverUrl, schema, poolSize: 4 });
  const queue = await openQueue(store);
  const threads = analysisThreads(2);
  try {
    const { texts } = corpus(1);
    const hash = sha256(texts[0]);
    await store.query("INSERT INTO texts (sha256, text) VALUES ($1, $2)", [hash, texts[0]]);
    for (const name of ["a.txt", "b.txt"]) await queue.boss.send(QUEUE, { text: hash, name, dct: null });
    const summary = await runWorker(store, queue, { concurrency: 2, untilEmpty: true, idleMs: 100, analyze: threads.analyze });
    assert.equal(summary.stored, 1);
    assert.equal(summary.duplicates, 1);
    assert.equal((await store.query("SELECT id FROM documents")).length, 1);
    const done = await jobs(url, schema);
    assert.deepEqual(done.map((j) => j.state), ["completed", "completed"]);
    assert.deepEqual(done.map((j) => j.output.created).sort(), [false, true]);
  } finally {
    await threads.close();
    await queue.close();
    await store.close();
    await drop();
  }
});
