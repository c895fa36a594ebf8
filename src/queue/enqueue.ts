// `annalist enqueue`: one ingest job per document. The text goes once into the text store (keyed by
// its SHA-256) and the job references it, so that a worker on any machine needs only the database.
// Each text and its job are written in one transaction; texts already stored or already queued are skipped.
import { AnnalistError } from "../errors.ts";
import { listInputs } from "../store/batch.ts";
import type { Store } from "../store/index.ts";
import { putText, textState } from "../store/texts.ts";
import { readDocument } from "../text/read.ts";
import { jobTimeoutSeconds, QUEUE, type JobData, type Queue } from "./engine.ts";

export interface EnqueueOptions {
  dct?: string | null;
  /** Seconds a worker may hold a job before it is presumed gone (default: from the text's length). */
  timeoutSeconds?: number;
  onProgress?: (event: EnqueueEvent) => void;
}

export type EnqueueEvent =
  | { kind: "queued"; file: string; job: string; chars: number }
  | { kind: "skipped"; file: string; why: string }
  | { kind: "failed"; file: string; message: string };

export interface EnqueueSummary {
  files: number;
  queued: number;
  skipped: number;
  failed: { file: string; message: string }[];
  ms: number;
}

const PENDING = new Set(["created", "retry", "active"]);

export async function enqueueFiles(store: Store, queue: Queue, paths: string[], options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const { files, missing } = listInputs(paths);
  const summary: EnqueueSummary = { files: files.length + missing.length, queued: 0, skipped: 0, failed: [], ms: 0 };
  const report = (event: EnqueueEvent) => {
    if (event.kind === "queued") summary.queued++;
    else if (event.kind === "skipped") summary.skipped++;
    else summary.failed.push({ file: event.file, message: event.message });
    options.onProgress?.(event);
  };
  for (const m of missing) report({ kind: "failed", ...m });

  const seen = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = readDocument(file);
    } catch (e) {
      report({ kind: "failed", file, message: readError(e) });
      continue;
    }
    const state = await textState(store, text);
    const twin = seen.get(state.sha256);
    if (twin) {
      report({ kind: "skipped", file, why: `same text as ${twin}` });
      continue;
    }
    seen.set(state.sha256, file);
    if (state.document) {
      report({ kind: "skipped", file, why: `already stored as ${state.document}` });
      continue;
    }
    if (state.queued && state.job && PENDING.has((await queue.boss.getJobById(QUEUE, state.job))?.state ?? "")) {
      report({ kind: "skipped", file, why: "already queued" });
      continue;
    }
    const data: JobData = { text: state.sha256, name: file, dct: options.dct ?? null };
    const expireInSeconds = options.timeoutSeconds ?? jobTimeoutSeconds(text.length);
    const job = await store.transaction(async (tx) => {
      const id = await queue.boss.send(QUEUE, data, { expireInSeconds, db: queue.on(tx) });
      if (!id) throw new AnnalistError("the queue did not accept the job", "INTERNAL", { file });
      await putText(tx, text, id);
      return id;
    });
    report({ kind: "queued", file, job, chars: text.length });
  }
  summary.ms = performance.now() - t0;
  return summary;
}

function readError(e: unknown): string {
  if (!(e instanceof AnnalistError)) throw e;
  const { line, column, offset } = e.position;
  return `${e.message}${line !== undefined ? ` (line ${line}, column ${column})` : offset !== undefined ? ` (byte ${offset})` : ""}`;
}
