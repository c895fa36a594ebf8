// Batch ingest: files and directories → the store. Reading and hashing happen here, the analysis in
// worker threads, the writes one document per transaction in the order analyses finish. Stored texts
// are skipped by hash, so an interrupted batch resumes where it stopped.
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Piscina } from "piscina";
import { AnnalistError } from "../errors.ts";
import type { Extraction } from "../schema.ts";
import { readDocument } from "../text/read.ts";
import { analyzeTask, type AnalyzeTask } from "./extract-task.ts";
import type { Counts, Store } from "./index.ts";
import { sha256 } from "./rows.ts";

export interface BatchOptions {
  dct?: string | null;
  /** Worker threads for the analysis (default: the number of cores); 1 analyses in this thread. */
  jobs?: number;
  /** Re-analyse and replace documents that are already stored. */
  replace?: boolean;
  onProgress?: (event: BatchEvent) => void;
}

export type BatchEvent =
  | { kind: "stored"; file: string; id: string; counts: Counts; chars: number }
  | { kind: "skipped"; file: string; id: string | null; why: string }
  | { kind: "failed"; file: string; message: string };

export interface BatchSummary {
  files: number;
  stored: number;
  skipped: number;
  failed: { file: string; message: string }[];
  counts: Counts;
  chars: number;
  ms: number;
}

/** The files to ingest: the files named, and every non-hidden file under the directories named (sorted). */
export function listInputs(paths: string[]): { files: string[]; missing: { file: string; message: string }[] } {
  const files: string[] = [];
  const missing: { file: string; message: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(path);
      else if (stat?.isFile()) files.push(path);
    }
  };
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) missing.push({ file: path, message: "no such file or directory" });
    else if (stat.isDirectory()) walk(path);
    else files.push(path);
  }
  return { files, missing };
}

export async function ingestFiles(store: Store, paths: string[], options: BatchOptions = {}): Promise<BatchSummary> {
  const t0 = performance.now();
  const { files, missing } = listInputs(paths);
  const summary: BatchSummary = { files: files.length + missing.length, stored: 0, skipped: 0, failed: [], counts: { citations: 0, timexes: 0, entities: 0, events: 0, treaties: 0 }, chars: 0, ms: 0 };
  const report = (event: BatchEvent) => {
    if (event.kind === "stored") {
      summary.stored++;
      summary.chars += event.chars;
      for (const k of Object.keys(summary.counts) as (keyof Counts)[]) summary.counts[k] += event.counts[k];
    } else if (event.kind === "skipped") summary.skipped++;
    else summary.failed.push({ file: event.file, message: event.message });
    options.onProgress?.(event);
  };
  for (const m of missing) report({ kind: "failed", ...m });

  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const pool = jobs > 1 && files.length > 1
    ? new Piscina({ filename: new URL("./extract-worker.mjs", import.meta.url).href, minThreads: jobs, maxThreads: jobs })
    : null;
  const analyze = (task: AnalyzeTask): Promise<Extraction> => (pool ? pool.run(task) : Promise.resolve().then(() => analyzeTask(task)));
  let writing: Promise<unknown> = Promise.resolve();
  const write = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = writing.then(fn);
    writing = next.catch(() => {});
    return next;
  };

  const seen = new Map<string, string>();
  const inFlight = new Set<Promise<void>>();
  try {
    for (const file of files) {
      let text: string;
      try {
        text = readDocument(file);
      } catch (e) {
        report({ kind: "failed", file, message: messageOf(e) });
        continue;
      }
      const hash = sha256(text);
      const twin = seen.get(hash);
      if (twin) {
        report({ kind: "skipped", file, id: null, why: `same text as ${twin}` });
        continue;
      }
      seen.set(hash, file);
      if (!options.replace) {
        const stored = await write(() => store.findByText(text));
        if (stored) {
          report({ kind: "skipped", file, id: stored, why: "already stored" });
          continue;
        }
      }
      const task = analyze({ name: file, text, dct: options.dct ?? null })
        .then((extraction) => write(() => store.ingest(file, text, { dct: options.dct ?? null, extraction, replace: options.replace })))
        .then((r) => report(r.created ? { kind: "stored", file, id: r.id, counts: r.counts!, chars: text.length } : { kind: "skipped", file, id: r.id, why: "already stored" }))
        .catch((e) => report({ kind: "failed", file, message: messageOf(e) }));
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      if (inFlight.size >= jobs * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.destroy();
  }
  summary.ms = performance.now() - t0;
  return summary;
}

function messageOf(e: unknown): string {
  if (e instanceof AnnalistError) {
    const { line, column, offset } = e.position;
    return `${e.message}${line !== undefined ? ` (line ${line}, column ${column})` : offset !== undefined ? ` (byte ${offset})` : ""}`;
  }
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}
