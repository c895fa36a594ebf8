// Three worker processes drain a queue of 300 generated documents on a real PostgreSQL server while
// things go wrong: a worker is killed with SIGKILL in the middle of a job, a document makes the
// analysis throw, the database server is stopped and started again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { analyze } from "../../src/pipeline.ts";
import { documentId, sha256 } from "../../src/store/rows.ts";
import { root } from "../helpers.ts";
import { openStore } from "../../src/store/index.ts";
import { queueStatus } from "../../src/queue/status.ts";
import { annalist, Child, corpus, enqueueDir, freshSchema, jobs, needsServer, privateServer, sql, within, worker } from "./support.ts";
import { POISON } from "./poison-worker.ts";

const N = 300;

/** Every text stored exactly once, whole: its layers and derived rows agree, and a sample matches a fresh analysis. */
async function assertStoredOnce(url: string, texts: string[], textsLeft = 0): Promise<void> {
  const docs = await sql<{ id: string; sha256: string; sentences: number; citations: number; citation_rows: number; events: number; event_rows: number }>(
    url,
    `SELECT d.id, d.sha256,
            (SELECT count(*)::int FROM annotations a WHERE a.document = d.id AND a.layer = 'sentences') AS sentences,
            (SELECT count(*)::int FROM annotations a WHERE a.document = d.id AND a.layer = 'citations') AS citations,
            (SELECT count(*)::int FROM citations c WHERE c.document = d.id) AS citation_rows,
            (SELECT count(*)::int FROM annotations a WHERE a.document = d.id AND a.layer = 'events') AS events,
            (SELECT count(*)::int FROM events v WHERE v.document = d.id) AS event_rows
       FROM documents d`,
  );
  assert.equal(docs.length, texts.length, "one document per text");
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const text of texts) assert.ok(byId.has(documentId(sha256(text))), "every text is stored");
  for (const d of docs) {
    assert.ok(d.sentences > 0, `document ${d.id} has its sentences`);
    assert.equal(d.citation_rows, d.citations, `document ${d.id}: citation rows and layer agree`);
    assert.equal(d.event_rows, d.events, `document ${d.id}: event rows and layer agree`);
  }
  for (const i of [0, 97, texts.length - 1]) {
    const x = analyze(texts[i]);
    const d = byId.get(documentId(sha256(texts[i])))!;
    assert.equal(d.citations, x.citations.length);
    assert.equal(d.events, x.events.length);
  }
  const [{ left }] = await sql<{ left: number }>(url, "SELECT count(*)::int AS left FROM texts");
  assert.equal(left, textsLeft, "every stored text has left the text store");
}

async function enqueue(url: string, dir: string, timeoutSeconds?: number): Promise<void> {
  assert.equal(await enqueueDir(url, dir, timeoutSeconds), N);
}

/** Worker lines: "started JOB NAME", "stored JOB NAME as ID…", "failed JOB NAME: …". */
const jobOf = (line: string) => line.split(" ")[1];

test("kill -9 of a worker in the middle of a job: every document stored exactly once, none lost or half-written, its jobs done by the others", { skip: needsServer, timeout: 240_000 }, async () => {
  const { url, schema, drop } = await freshSchema();
  const children: Child[] = [];
  try {
    const { dir, texts } = corpus(N);
    await enqueue(url, dir, 3);
    let killedJob = "";
    const victim = worker(url, ["--check-interval", "1"], (line, child) => {
      // Killed the moment it announces a new job, after a few stored ones: that job is being analysed.
      if (!killedJob && line.startsWith("started ") && child.lines.filter((l) => l.startsWith("stored ")).length >= 5) {
        child.kill("SIGKILL");
        killedJob = jobOf(line);
      }
    });
    children.push(victim, worker(url, ["--check-interval", "1", "--concurrency", "2"]), worker(url, ["--check-interval", "1"]));
    const victimId = await within(60_000, "the victim's start", victim.waitFor((l) => l.startsWith("worker ")).then(() => victim.lines[0].split(" ")[1]));
    const codes = await within(150_000, "the surviving workers", Promise.all(children.slice(1).map((c) => c.exited)));
    assert.deepEqual(codes, [0, 0], children.map((c) => c.stderr).join("\n"));
    assert.equal(await victim.exited, null, "the victim was killed");
    assert.ok(killedJob, "the victim was killed while it held a job");

    await assertStoredOnce(url, texts);
    const all = await jobs(url, schema);
    assert.equal(all.length, N);
    assert.deepEqual([...new Set(all.map((j) => j.state))], ["completed"], "every job completed, none failed or left");
    const job = all.find((j) => j.id === killedJob)!;
    assert.notEqual(job.output.worker, victimId, `the job in the victim's hands (${job.name}) was finished by another worker`);
    assert.ok(job.retry_count >= 1, "it was handed out again after its timeout");
    assert.ok(!victim.lines.some((l) => l.startsWith(`stored ${killedJob}`)));
    const survivors = new Set(all.map((j) => j.output.worker));
    assert.ok(survivors.size >= 2, "the other workers shared the work");
  } finally {
    for (const c of children) c.kill();
    await drop();
  }
});

test("a poison document (its analysis throws) ends failed with its error, once, and the 300 others are stored", { skip: needsServer, timeout: 240_000 }, async () => {
  const { url, schema, drop } = await freshSchema();
  const children: Child[] = [];
  try {
    const { dir, texts } = corpus(N);
    writeFileSync(join(dir, "poison.txt"), `Notes on the Treaty of Portsmouth, signed in 1905.\n${POISON}\n`);
    assert.equal(await enqueueDir(url, dir), N + 1);
    for (let i = 0; i < 3; i++) {
      const child = spawn(process.execPath, ["--import", "tsx", join(root, "test/queue/poison-worker.ts")], { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
      children.push(new Child(child));
    }
    const codes = await within(150_000, "the workers", Promise.all(children.map((c) => c.exited)));
    assert.deepEqual(codes, [0, 0, 0], children.map((c) => c.stderr).join("\n"));

    await assertStoredOnce(url, texts, 1);
    const all = await jobs(url, schema);
    const failed = all.filter((j) => j.state === "failed");
    assert.equal(failed.length, 1);
    assert.match(failed[0].name, /poison\.txt$/);
    assert.match(failed[0].output.message, /^the analysis failed: .*poison marker/);
    assert.equal(failed[0].retry_count, 0, "not retried: the same text would fail again");
    assert.equal(all.filter((j) => j.state === "completed").length, N);

    const store = await openStore({ url });
    const status = await queueStatus(store).finally(() => store.close());
    assert.equal(status.failed, 1);
    assert.equal(status.done, N);
    assert.equal(status.queued + status.running, 0);
    assert.match(status.failures[0].name, /poison\.txt$/);
    assert.match(status.failures[0].error, /poison marker/);
    const text = annalist(["queue"], { DATABASE_URL: url });
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^failed {3}1$/m);
    assert.match(text.stdout, /failed documents:\n {2}.*poison\.txt: the analysis failed: .*poison marker/);
    assert.doesNotMatch(text.stdout, /\u001b\[/, "no progress bar when piped");
    const [kept] = await sql<{ text: string }>(url, "SELECT text FROM texts");
    assert.match(kept.text, /poison marker/, "the failed document's text stays in the text store, to be queued again");
  } finally {
    for (const c of children) c.kill();
    await drop();
  }
});

test("the database server stopped and started in the middle of a run: the workers reconnect and finish", { skip: needsServer, timeout: 240_000 }, async () => {
  const server = await privateServer();
  const children: Child[] = [];
  try {
    const { dir, texts } = corpus(N);
    await enqueue(server.url, dir);
    const stored = () => children.reduce((n, c) => n + c.lines.filter((l) => l.startsWith("stored ")).length, 0);
    let restart!: () => void;
    const midway = new Promise<void>((resolve) => (restart = resolve));
    const onLine = (line: string) => {
      if (line.startsWith("stored ") && stored() >= 40) restart();
    };
    for (let i = 0; i < 3; i++) children.push(worker(server.url, ["--check-interval", "1"], onLine));
    await within(90_000, "the first 40 documents", midway);
    const before = stored();
    server.stop();
    await new Promise((r) => setTimeout(r, 1500));
    server.start();
    const codes = await within(150_000, "the workers after the restart", Promise.all(children.map((c) => c.exited)));
    assert.deepEqual(codes, [0, 0, 0], children.map((c) => c.stderr).join("\n"));
    assert.ok(before < N, "the server went away in the middle of the run");
    assert.ok(children.some((c) => /database is unreachable/.test(c.stderr)), "a worker noticed the database was away");
    await assertStoredOnce(server.url, texts);
    const states = (await sql<{ state: string }>(server.url, "SELECT state::text FROM annalist_queue.job WHERE name = 'ingest' UNION ALL SELECT state::text FROM annalist_queue.archive WHERE name = 'ingest'")).map((r) => r.state);
    assert.equal(states.length, N);
    assert.ok(states.every((s) => s === "completed"), JSON.stringify([...new Set(states)]));
  } finally {
    for (const c of children) c.kill();
    server.remove();
  }
});

