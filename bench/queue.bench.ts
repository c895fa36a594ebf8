// The ingest queue on PostgreSQL (ANNALIST_TEST_DATABASE_URL or DATABASE_URL; skipped without one):
// documents per second with 1 and 2 worker processes (from the first job taken to the last one
// finished, so process start-up is left out), the cost of enqueueing, and the queue's own work per job
// (taking it with its text, acknowledging it) measured alone and set against the
// analysis time of an average document. The documents are the ingest benchmark's (the essay's
// paragraphs, three per document, about 2.9 KB each); ANNALIST_BENCH_QUEUE_DOCS sets how many (200).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { BenchRow } from "./run.ts";
import { analyze } from "../src/pipeline.ts";
import { openStore } from "../src/store/index.ts";
import { openQueue, QUEUE } from "../src/queue/engine.ts";
import { enqueueFiles } from "../src/queue/enqueue.ts";
import { acknowledge, takeJobs } from "../src/queue/worker.ts";
import { generatedDocument } from "../test/store/corpus.ts";

const DOCS = Number(process.env.ANNALIST_BENCH_QUEUE_DOCS ?? 200);
const bin = fileURLToPath(new URL("../bin/annalist.js", import.meta.url));

async function sql(url: string, text: string): Promise<any[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

export default async function (): Promise<BenchRow[]> {
  const base = process.env.ANNALIST_TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!base) {
    process.stderr.write("queue bench: skipped (set ANNALIST_TEST_DATABASE_URL or DATABASE_URL to a PostgreSQL server)\n");
    return [];
  }
  const rows: BenchRow[] = [];
  const scratch = mkdtempSync(join(tmpdir(), "annalist-bench-queue-"));
  const schemas: string[] = [];
  const freshUrl = async () => {
    const schema = `annalist_bench_q_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    await sql(base, `CREATE SCHEMA "${schema}"`);
    const url = new URL(base);
    url.searchParams.set("options", `-c search_path=${schema}`);
    return { url: url.toString(), schema };
  };
  try {
    const dir = join(scratch, "corpus");
    const texts = Array.from({ length: DOCS }, (_, i) => generatedDocument(i));
    mkdirSync(dir);
    texts.forEach((t, i) => writeFileSync(join(dir, `doc-${String(i).padStart(4, "0")}.txt`), t));
    const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length / 1024;

    // The analysis of an average document, in this process, after a warm-up.
    for (let i = 0; i < 5; i++) analyze(texts[i]);
    const sample = texts.slice(0, Math.min(60, texts.length));
    let t0 = performance.now();
    for (const t of sample) analyze(t);
    const analysisMs = (performance.now() - t0) / sample.length;
    rows.push({ bench: "queue", case: `analysis alone, average document (${kb.toFixed(1)} KB)`, "ms/doc": analysisMs });

    // Enqueueing, then 1 and 2 worker processes draining the queue.
    for (const workers of [1, 2]) {
      const { url, schema } = await freshUrl();
      const store = await openStore({ url });
      const queue = await openQueue(store);
      t0 = performance.now();
      const queued = await enqueueFiles(store, queue, [dir]);
      const enqueueS = (performance.now() - t0) / 1000;
      await queue.close();
      await store.close();
      if (workers === 1) rows.push({ bench: "queue", case: `enqueue ${queued.queued} documents`, "docs/s": queued.queued / enqueueS, "ms/doc": (enqueueS * 1000) / queued.queued });
      const children = Array.from({ length: workers }, () =>
        spawn(process.execPath, [bin, "worker", "--until-empty"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"] }),
      );
      const lines: string[] = [];
      for (const c of children) c.stdout.on("data", (d) => lines.push(String(d).trim()));
      const codes = await Promise.all(children.map((c) => new Promise<number | null>((resolve) => c.once("exit", resolve))));
      if (codes.some((c) => c !== 0)) throw new Error(`a worker failed: ${lines.join("\n")}`);
      const [span] = await sql(url, `SELECT count(*)::int AS n, extract(epoch FROM max(completed_on) - min(started_on))::float8 AS s FROM "${schema}_queue".job WHERE name = '${QUEUE}' AND state = 'completed'`);
      rows.push({ bench: "queue", case: `${workers} worker${workers === 1 ? "" : "s"} (1 analysis thread each), ${span.n} docs`, "docs/s": span.n / span.s, "ms/doc": (span.s * 1000) / span.n, s: span.s });
    }

    // The queue's own work per job, alone: the statements a worker makes for it (taking jobs with their
    // texts, as many as a worker takes of these documents at a time, and acknowledging them together).
    {
      const { url } = await freshUrl();
      const store = await openStore({ url });
      const queue = await openQueue(store);
      await enqueueFiles(store, queue, [dir]);
      const batch = Math.max(1, Math.min(8, Math.floor(256_000 / (kb * 1024))));
      t0 = performance.now();
      let n = 0;
      for (let taken = await takeJobs(store, queue, batch); taken.length; taken = await takeJobs(store, queue, batch)) {
        await acknowledge(queue, taken.map((t) => t.job), true);
        n += taken.length;
      }
      const overheadMs = (performance.now() - t0) / n;
      await queue.close();
      await store.close();
      rows.push({ bench: "queue", case: `queue overhead per job (take with text, acknowledge; ${batch} at a time), ${n} jobs`, "ms/doc": overheadMs, "% of analysis": (100 * overheadMs) / analysisMs });
    }
  } finally {
    for (const s of schemas) await sql(base, `DROP SCHEMA IF EXISTS "${s}" CASCADE; DROP SCHEMA IF EXISTS "${s}_queue" CASCADE`).catch(() => {});
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}
