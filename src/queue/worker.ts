// A queue worker: takes ingest jobs, reads their texts from the text store, analyses each in a worker
// thread, and stores the document in one statement that also removes its text from the text store;
// then acknowledges the job. A document is stored at most once whatever happens between these steps:
// its id is its text's hash, and a job whose text has left the text store finds its document stored.
// - A worker that vanishes (kill -9, a lost machine) leaves its jobs active; the engine's maintenance
//   (run by every worker) hands them out again once their timeout has passed.
// - A document whose analysis throws would throw again: it is marked failed at once, with the error.
// - While the database is away (a restart), the worker keeps its analyses and tries the statements
//   again until the jobs' timeouts; taking jobs pauses and resumes by itself.
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { Piscina } from "piscina";
import type PgBoss from "pg-boss";
import { AnnalistError } from "../errors.ts";
import type { Extraction } from "../schema.ts";
import type { AnalyzeTask } from "../store/extract-task.ts";
import type { Counts, Store } from "../store/index.ts";
import { documentId } from "../store/rows.ts";
import { DatabaseAway, isConnectionError, persist } from "./connection.ts";
import { QUEUE, type JobData, type Queue } from "./engine.ts";

export interface WorkerOptions {
  /** Jobs worked on at once (default 1), each analysed in a worker thread of its own. */
  concurrency?: number;
  /** Return once no job is queued or running, instead of waiting for more. */
  untilEmpty?: boolean;
  /** Pause between looks at an empty queue (ms, default 1000). */
  idleMs?: number;
  /** The analysis of one text (default: the pipeline in worker threads). */
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

/** A job taken, with its text: null when the text has left the text store, the error when it could not be read. */
export interface Taken {
  job: Job;
  text: string | null | Error;
  /** When the job's timeout runs out (a Date.now() value). */
  deadline: number;
}

/** The identity recorded with each job a worker finishes. */
export const WORKER_ID = `${hostname()}:${process.pid}`;

/** About this much text is taken at a time (one statement for the jobs, one for their texts). */
const TAKE_CHARS = 256_000;
const MAX_TAKE = 8;
/** Acknowledgements wait at most this long to go out together. */
const ACK_MS = 200;

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
  const acks = new Acknowledgements(queue, waiting, reached);

  const drained = async (): Promise<boolean> => {
    try {
      await acks.flush();
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
      // The text left the store with its document, stored by another job for the same text (or by this
      // job before its worker vanished).
      const stored = await step(taken, "the document could not be looked up", () => store.query<{ id: string }>("SELECT id FROM documents WHERE id = $1", [documentId(hash)]));
      if (!stored) return null;
      if (!stored.length) {
        await failed(taken, "the text is not in the text store any more; queue the file again");
        return null;
      }
      acks.add(job, false);
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

  /** Stores the document (one statement, which also removes its text from the text store), then acknowledges the job. */
  const save = async (taken: Taken, extraction: Extraction): Promise<void> => {
    const { job } = taken;
    const s0 = performance.now();
    const result = await step(taken, "the document could not be stored", () =>
      store.ingest(job.data.name, taken.text as string, { dct: job.data.dct, extraction, fromTextStore: true }),
    );
    if (!result) return;
    summary.storeMs += performance.now() - s0;
    acks.add(job, result.created);
    if (result.created) {
      summary.stored++;
      emit({ kind: "stored", job: job.id, name: job.data.name, id: result.id, counts: result.counts! });
    } else {
      summary.duplicates++;
      emit({ kind: "duplicate", job: job.id, name: job.data.name, id: result.id });
    }
  };

  // A slot keeps its analysis thread busy: it takes its next jobs while the current one is analysed, and
  // stores a document while the next one is analysed (one store in flight, so documents do not pile up).
  const slot = async (): Promise<void> => {
    let storing: Promise<void> = Promise.resolve();
    let batch = 1;
    const take = () => (signal?.aborted ? null : takeJobs(store, queue, batch, waiting, signal));
    let next = take();
    while (next) {
      const taken = await next;
      if (!taken.length) {
        await storing;
        if (options.untilEmpty && (await drained())) break;
        await sleep(idleMs, undefined, { signal }).catch(() => {});
        next = take();
        continue;
      }
      summary.jobs += taken.length;
      const chars = taken.reduce((n, t) => n + (typeof t.text === "string" ? t.text.length : 0), 0);
      batch = Math.max(1, Math.min(MAX_TAKE, Math.floor(TAKE_CHARS / Math.max(1, chars / taken.length))));
      next = take();
      for (const t of taken) {
        const extraction = await analyse(t);
        await storing;
        if (extraction) storing = save(t, extraction);
      }
    }
    await storing;
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, slot));
    await acks.close(signal);
  } finally {
    acks.stop();
    await threads?.close();
  }
  summary.ms = performance.now() - t0;
  return summary;
}

/**
 * Takes up to `count` jobs off the queue (they are active from now on) and reads their texts in one
 * statement; none when the queue is empty or the database is away (pg-boss answers no job then).
 */
export async function takeJobs(store: Store, queue: Queue, count: number, onWait?: (e: unknown) => void, signal?: AbortSignal): Promise<Taken[]> {
  const jobs = (await queue.boss.fetch<JobData>(QUEUE, { batchSize: count, includeMetadata: true })) as Job[];
  if (!jobs.length) return [];
  const deadline = Date.now() + Math.min(...jobs.map((j) => Number(j.expireInSeconds))) * 1000;
  let texts: Map<string, string> | Error;
  try {
    const rows = await persist(() => store.query<{ sha256: string; text: string }>("SELECT sha256, text FROM texts WHERE sha256 = ANY($1)", [jobs.map((j) => j.data.text)]), deadline, onWait, signal);
    texts = new Map(rows.map((r) => [r.sha256, r.text]));
  } catch (e) {
    texts = e as Error;
  }
  return jobs.map((job) => ({
    job,
    text: texts instanceof Error ? texts : (texts.get(job.data.text) ?? null),
    deadline: Date.now() + Number(job.expireInSeconds) * 1000,
  }));
}

/** Marks jobs done, with whether they stored their document and the worker that did it (one statement for all). */
export async function acknowledge(queue: Queue, jobs: Job[], created: boolean): Promise<void> {
  if (!jobs.length) return;
  // pg-boss completes several jobs with one output (its typings list the output only for a single id).
  const complete = queue.boss.complete as unknown as (name: string, ids: string[], output: object) => Promise<unknown>;
  await complete.call(queue.boss, QUEUE, jobs.map((j) => j.id), { created, worker: WORKER_ID });
}

/**
 * The acknowledgements of finished jobs, sent together every ACK_MS: a job whose document is stored but
 * not yet acknowledged when its worker vanishes is handed out again, and finds its document stored.
 */
class Acknowledgements {
  private pending: { job: Job; created: boolean }[] = [];
  private sending: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly queue: Queue,
    private readonly onWait: (e: unknown) => void,
    private readonly onReached: () => void,
  ) {
    this.timer = setInterval(() => void this.flush().catch(() => {}), ACK_MS);
    this.timer.unref();
  }

  add(job: Job, created: boolean): void {
    this.pending.push({ job, created });
  }

  /** Sends what is pending; a database away keeps it pending (the caller hears of it). */
  flush(): Promise<void> {
    // One sending at a time, each after the previous one has settled.
    this.sending = this.sending.catch(() => {}).then(async () => {
      const batch = this.pending;
      if (!batch.length) return;
      this.pending = [];
      try {
        for (const created of [true, false]) await acknowledge(this.queue, batch.filter((p) => p.created === created).map((p) => p.job), created);
        this.onReached();
      } catch (e) {
        this.pending.unshift(...batch);
        if (!isConnectionError(e)) throw e;
        this.onWait(e);
        throw e;
      }
    });
    return this.sending;
  }

  /** Sends the rest, waiting out a database that is away (until it is stopped). */
  async close(signal?: AbortSignal): Promise<void> {
    await persist(() => this.flush(), Date.now() + 10 * 60_000, this.onWait, signal).catch(() => {});
  }

  stop(): void {
    clearInterval(this.timer);
  }
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
