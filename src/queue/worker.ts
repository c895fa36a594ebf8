// A queue worker: takes ingest jobs, reads each text from the text store, analyses it and stores the
// document, its text's removal from the text store and the job's acknowledgement in one transaction.
// - A worker that vanishes (kill -9, a lost machine) leaves its jobs active; the engine's maintenance
//   (run by every worker) hands them out again once their timeout has passed.
// - A document whose analysis throws would throw again: it is marked failed at once, with the error.
// - While the database is away (a restart), the worker keeps the analysis and tries the statement
//   again until the job's timeout; fetching pauses and resumes by itself.
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { Piscina } from "piscina";
import type PgBoss from "pg-boss";
import { AnnalistError } from "../errors.ts";
import type { Extraction } from "../schema.ts";
import type { AnalyzeTask } from "../store/extract-task.ts";
import type { Counts, Store } from "../store/index.ts";
import { documentId } from "../store/rows.ts";
import { getText } from "../store/texts.ts";
import { DatabaseAway, isConnectionError, persist } from "./connection.ts";
import { QUEUE, type JobData, type Queue } from "./engine.ts";

export interface WorkerOptions {
  /** Jobs worked on at once (default 1), each analysed in a worker thread of its own. */
  concurrency?: number;
  /** Return once no job is queued or running, instead of waiting for more. */
  untilEmpty?: boolean;
  /** Pause between looks at an empty queue (ms, default 1000). */
  idleMs?: number;
  /** The analysis of one text (default: the pipeline, in this thread or in worker threads). */
  analyze?: (task: AnalyzeTask) => Promise<Extraction>;
  onEvent?: (event: WorkerEvent) => void;
  /** Stops taking jobs; the jobs in hand are finished. */
  signal?: AbortSignal;
}

export type WorkerEvent =
  | { kind: "started"; job: string; name: string; attempt: number }
  | { kind: "stored"; job: string; name: string; id: string; counts: Counts }
  | { kind: "duplicate"; job: string; name: string; id: string }
  | { kind: "failed"; job: string; name: string; message: string }
  /** Given up (the database stayed away until the job's timeout): the job will be handed out again. */
  | { kind: "released"; job: string; name: string; message: string }
  | { kind: "waiting"; message: string };

export interface WorkerSummary {
  /** Jobs taken, and what came of them. */
  jobs: number;
  stored: number;
  duplicates: number;
  failed: number;
  released: number;
  /** Wall time of the whole run (ms). */
  ms: number;
  /** Analyses done and their summed time (ms). */
  analysed: number;
  analysisMs: number;
  /** Summed time of storing the documents (ms). */
  storeMs: number;
}

export type Job = PgBoss.JobWithMetadata<JobData>;

/** The identity recorded with each job a worker finishes. */
export const WORKER_ID = `${hostname()}:${process.pid}`;

export async function runWorker(store: Store, queue: Queue, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const t0 = performance.now();
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const idleMs = options.idleMs ?? 1000;
  const signal = options.signal;
  const emit = options.onEvent ?? (() => {});
  const summary: WorkerSummary = { jobs: 0, stored: 0, duplicates: 0, failed: 0, released: 0, ms: 0, analysed: 0, analysisMs: 0, storeMs: 0 };
  const threads = options.analyze ? null : analysisThreads(concurrency);
  const analyze = options.analyze ?? threads!.analyze;

  let away = false;
  const waiting = (e: unknown) => {
    if (!away) emit({ kind: "waiting", message: `the database is unreachable (${(e as Error)?.message ?? e}); trying again` });
    away = true;
  };
  const reached = () => (away = false);

  /** The next job and its text, or null when none is queued (or the database is away). */
  const take = async (): Promise<Taken | null> => {
    const job = await fetchJob(queue);
    if (!job) return null;
    summary.jobs++;
    const deadline = Date.now() + Number(job.expireInSeconds) * 1000;
    let text: Taken["text"];
    try {
      text = await persist(() => readText(store, job), deadline, waiting, signal);
    } catch (e) {
      text = e as Error;
    }
    return { job, text, deadline };
  };

  const drained = async (): Promise<boolean> => {
    try {
      const [row] = await store.query<{ pending: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${queue.schema}.job WHERE name = $1 AND state < 'completed') AS pending`, [QUEUE]);
      reached();
      return !row.pending;
    } catch (e) {
      if (!isConnectionError(e)) throw e;
      waiting(e);
      return false;
    }
  };

  // The engine retries a failed job while it has retries left, which is right for a vanished worker;
  // a document that made the analysis throw would throw again, so its job keeps no retry.
  const failForGood = (job: Job, message: string) =>
    store.transaction(async (tx) => {
      await tx.query(`UPDATE ${queue.schema}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`, [QUEUE, job.id]);
      await queue.boss.fail(QUEUE, job.id, { message, worker: WORKER_ID }, { db: queue.on(tx) });
    });

  const released = ({ job }: Taken, e: unknown) => {
    summary.released++;
    emit({ kind: "released", job: job.id, name: job.data.name, message: (e as Error).message });
  };

  /** Marks the job failed with its error, for good; releases it when the database stays away. */
  const failed = async (taken: Taken, message: string): Promise<void> => {
    try {
      await persist(() => failForGood(taken.job, message), taken.deadline, waiting, signal);
      reached();
      summary.failed++;
      emit({ kind: "failed", job: taken.job.id, name: taken.job.data.name, message });
    } catch (e) {
      released(taken, e);
    }
  };

  /** Runs one step of a job; a database away until the job's timeout releases the job, another refusal fails it. */
  const step = async <T>(taken: Taken, what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await persist(fn, taken.deadline, waiting, signal);
      reached();
      return result;
    } catch (e) {
      if (e instanceof DatabaseAway) released(taken, e);
      else await failed(taken, `${what}: ${messageOf(e)}`);
      return undefined;
    }
  };

  /** The analysis of a taken job, or null when there is nothing to store (its outcome is recorded then). */
  const analyse = async (taken: Taken): Promise<Extraction | null> => {
    const { job, text } = taken;
    const { text: hash, name, dct } = job.data;
    emit({ kind: "started", job: job.id, name, attempt: (job.retryCount ?? 0) + 1 });
    if (text instanceof Error) {
      if (text instanceof DatabaseAway) released(taken, text);
      else await failed(taken, `the text could not be read: ${messageOf(text)}`);
      return null;
    }
    if (text === null) {
      // The text left the store with its document, stored by another job for the same text.
      const stored = await step(taken, "the document could not be looked up", () => store.query<{ id: string }>("SELECT id FROM documents WHERE id = $1", [documentId(hash)]));
      if (!stored) return null;
      if (!stored.length) {
        await failed(taken, "the text is not in the text store any more; queue the file again");
        return null;
      }
      const acknowledged = await step(taken, "the job could not be acknowledged", () => store.transaction((tx) => acknowledge(queue, tx, job, { document: stored[0].id, created: false }).then(() => true)));
      if (!acknowledged) return null;
      summary.duplicates++;
      emit({ kind: "duplicate", job: job.id, name, id: stored[0].id });
      return null;
    }
    const a0 = performance.now();
    try {
      const extraction = await analyze({ name, text, dct });
      summary.analysed++;
      summary.analysisMs += performance.now() - a0;
      return extraction;
    } catch (e) {
      await failed(taken, `the analysis failed: ${messageOf(e)}`);
      return null;
    }
  };

  /** Stores the document, removes its text from the text store and acknowledges the job, in one transaction. */
  const save = async (taken: Taken, extraction: Extraction): Promise<void> => {
    const { job } = taken;
    const s0 = performance.now();
    const result = await step(taken, "the document could not be stored", () =>
      store.ingestAnalysed(job.data.name, taken.text as string, extraction, (tx, r) => acknowledge(queue, tx, job, { document: r.id, created: r.created })),
    );
    if (!result) return;
    summary.storeMs += performance.now() - s0;
    if (result.created) {
      summary.stored++;
      emit({ kind: "stored", job: job.id, name: job.data.name, id: result.id, counts: result.counts! });
    } else {
      summary.duplicates++;
      emit({ kind: "duplicate", job: job.id, name: job.data.name, id: result.id });
    }
  };

  // A slot keeps its analysis thread busy: it takes the next job while the current one is analysed, and
  // stores a document while the next one is analysed (one store in flight, so documents do not pile up).
  const slot = async (): Promise<void> => {
    let storing: Promise<void> = Promise.resolve();
    let next = signal?.aborted ? null : take();
    while (next) {
      const taken = await next;
      if (!taken) {
        await storing;
        if (options.untilEmpty && (await drained())) break;
        await sleep(idleMs, undefined, { signal }).catch(() => {});
        next = signal?.aborted ? null : take();
        continue;
      }
      next = signal?.aborted ? null : take();
      const extraction = await analyse(taken);
      await storing;
      if (extraction) storing = save(taken, extraction);
    }
    await storing;
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, slot));
  } finally {
    await threads?.close();
  }
  summary.ms = performance.now() - t0;
  return summary;
}

/** Takes the next job off the queue (it is active from now on), or null when none is queued or the database is away. */
export async function fetchJob(queue: Queue): Promise<Job | null> {
  // pg-boss swallows the errors of its fetch statement and answers no job.
  const [job] = (await queue.boss.fetch<JobData>(QUEUE, { batchSize: 1, includeMetadata: true })) as Job[];
  return job ?? null;
}

/** The job's text from the text store; null when it left the store (its document was stored). */
export function readText(store: Store, job: Job): Promise<string | null> {
  return getText(store, job.data.text);
}

/** Marks the job done, in the transaction `tx` that stores its document, with the worker that did it. */
export async function acknowledge(queue: Queue, tx: Parameters<Queue["on"]>[0], job: Job, output: Record<string, unknown>): Promise<void> {
  await queue.boss.complete(QUEUE, job.id, { ...output, worker: WORKER_ID }, { db: queue.on(tx) });
}

interface Taken {
  job: Job;
  /** The text; null when it left the text store; the error when the database stayed away. */
  text: string | null | Error;
  /** When the job's timeout runs out (a Date.now() value). */
  deadline: number;
}

/** The pipeline in worker threads, one per job worked on at once (the queue's I/O goes on meanwhile). */
export function analysisThreads(threads: number): { analyze: (task: AnalyzeTask) => Promise<Extraction>; close: () => Promise<void> } {
  const pool = new Piscina({ filename: new URL("../store/extract-worker.mjs", import.meta.url).href, minThreads: threads, maxThreads: threads });
  return { analyze: (task) => pool.run(task), close: () => pool.destroy() };
}

function messageOf(e: unknown): string {
  if (e instanceof AnnalistError) return e.describe();
  return e instanceof Error ? e.message : String(e);
}
