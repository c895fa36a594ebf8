// Ingest throughput: 1,000 generated documents (the essay's paragraphs, chosen and shuffled per document)
// into embedded PGlite and, when ANNALIST_TEST_DATABASE_URL or DATABASE_URL is set, into PostgreSQL.
// "analyse+store" is the batch ingest (worker threads); "store only" writes ready extractions.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { BenchRow } from "./run.ts";
import { analyze } from "../src/pipeline.ts";
import type { Extraction } from "../src/schema.ts";
import { openStore, type Store, type StoreOptions } from "../src/store/index.ts";
import { ingestFiles } from "../src/store/batch.ts";
import { generatedDocument } from "../test/store/corpus.ts";

const DOCS = Number(process.env.ANNALIST_BENCH_DOCS ?? 1000);

function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peakMB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return fn().then((result) => {
    clearInterval(timer);
    return { result, peakMB: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20) };
  });
}

async function backends(): Promise<{ name: string; options: () => StoreOptions; cleanup: () => Promise<void> }[]> {
  const scratch = mkdtempSync(join(tmpdir(), "annalist-bench-"));
  let runs = 0;
  const list: { name: string; options: () => StoreOptions; cleanup: () => Promise<void> }[] = [
    { name: "PGlite", options: () => ({ dir: join(scratch, `db${runs++}`) }), cleanup: async () => rmSync(scratch, { recursive: true, force: true }) },
  ];
  const url = process.env.ANNALIST_TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (url) {
    const schemas: string[] = [];
    list.push({
      name: "PostgreSQL",
      options: () => {
        schemas.push(`annalist_bench_${process.pid}_${schemas.length}`);
        return { url, schema: schemas.at(-1)! };
      },
      cleanup: async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
        await client.end();
      },
    });
  }
  return list;
}

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const corpusDir = mkdtempSync(join(tmpdir(), "annalist-bench-corpus-"));
  let bytes = 0;
  for (let i = 0; i < DOCS; i++) {
    const text = generatedDocument(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(corpusDir, `doc-${String(i).padStart(4, "0")}.txt`), text);
  }
  // Ready extractions for the store-only case: a few analyses, each text made unique by a trailing line.
  const bases: Extraction[] = [];
  for (let i = 0; bases.length < 10 && i < 100; i++) {
    try {
      bases.push(analyze(generatedDocument(i)));
    } catch {
      // a document the pipeline cannot analyse yet is counted as failed in the analyse+store case
    }
  }
  if (bases.length === 0) throw new Error("the pipeline could not analyse any generated document");
  const ready = Array.from({ length: DOCS }, (_, i) => {
    const base = bases[i % bases.length];
    const text = `${base.text}\n[copy ${i}]\n`;
    return { name: `copy-${i}`, text, extraction: { ...base, text } };
  });
  const readyBytes = ready.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  const jobs = availableParallelism();

  for (const backend of await backends()) {
    try {
      {
        const store = await openStore(backend.options());
        const t0 = performance.now();
        const { result, peakMB } = await peakRss(() => ingestFiles(store, [corpusDir], { jobs }));
        const s = (performance.now() - t0) / 1000;
        await store.close();
        if (result.failed.length) process.stderr.write(`ingest bench: ${result.failed.length} documents failed, e.g. ${result.failed[0].file}: ${result.failed[0].message}\n`);
        rows.push({ bench: "ingest", case: `${backend.name}, analyse+store, ${DOCS} docs, ${jobs} workers`, "docs/s": result.stored / s, "MB/s": bytes / 2 ** 20 / s, s, stored: result.stored, "peak RSS MB": peakMB });
      }
      {
        const store: Store = await openStore(backend.options());
        const t0 = performance.now();
        const { peakMB } = await peakRss(async () => {
          for (const r of ready) await store.ingest(r.name, r.text, { extraction: r.extraction });
        });
        const s = (performance.now() - t0) / 1000;
        const stored = (await store.stats()).documents;
        await store.close();
        rows.push({ bench: "ingest", case: `${backend.name}, store only, ${DOCS} docs`, "docs/s": stored / s, "MB/s": readyBytes / 2 ** 20 / s, s, stored, "peak RSS MB": peakMB });
      }
    } finally {
      await backend.cleanup();
    }
  }
  rmSync(corpusDir, { recursive: true, force: true });
  return rows;
}
