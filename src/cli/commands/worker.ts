import type { Command } from "commander";
import { action } from "../fail.ts";
import { AnnalistError } from "../../errors.ts";
import type { WorkerEvent } from "../../queue/worker.ts";

interface Options {
  databaseUrl?: string;
  concurrency: string;
  untilEmpty?: boolean;
  checkInterval: string;
  verbose?: boolean;
}

export function register(program: Command): void {
  program
    .command("worker")
    .description("take documents from the ingest queue (`annalist enqueue`), analyse them and store each in one transaction; run as many as you like, on any machine that reaches the database")
    .option("--database-url <url>", "PostgreSQL server (default: DATABASE_URL)")
    .option("-c, --concurrency <n>", "documents analysed at once, each in a worker thread", "1")
    .option("--until-empty", "stop once no job is queued or running (default: keep waiting for jobs)")
    .option("--check-interval <seconds>", "how often to look for jobs whose worker is gone, to hand them out again", "30")
    .option("-v, --verbose", "print one line per job")
    .action(
      action(async (opts: Options) => {
        const concurrency = positiveInteger(opts.concurrency, "--concurrency", 256);
        const checkIntervalSeconds = positiveInteger(opts.checkInterval, "--check-interval", 3600);
        // Loaded here, not at the top: `annalist --help` loads no store or queue.
        const [{ openStore }, { openQueue, serverStoreOptions }, { runWorker, WORKER_ID }] = await Promise.all([
          import("../../store/index.ts"),
          import("../../queue/engine.ts"),
          import("../../queue/worker.ts"),
        ]);
        const store = await openStore(serverStoreOptions(opts.databaseUrl, concurrency + 2));
        const stop = new AbortController();
        const onSignal = () => {
          if (stop.signal.aborted) process.exit(130);
          process.stderr.write("annalist: worker stopping after the jobs in hand (again to stop at once)\n");
          stop.abort();
        };
        process.on("SIGINT", onSignal);
        process.on("SIGTERM", onSignal);
        try {
          const queue = await openQueue(store, {
            maintain: true,
            checkIntervalSeconds,
            onError: (e) => process.stderr.write(`annalist: queue maintenance: ${e.message}\n`),
          });
          try {
            if (opts.verbose) process.stdout.write(`worker ${WORKER_ID} taking jobs from ${store.location} (concurrency ${concurrency})\n`);
            const s = await runWorker(store, queue, {
              concurrency,
              untilEmpty: opts.untilEmpty,
              signal: stop.signal,
              onEvent: (event) => report(event, opts.verbose ?? false),
            });
            const per = (ms: number, n: number) => (n ? (ms / n).toFixed(1) : "0.0");
            process.stdout.write(
              `worker ${WORKER_ID}: stored ${s.stored} document${s.stored === 1 ? "" : "s"}, ${s.duplicates} already stored, ${s.failed} failed, ${s.released} released ` +
                `(${(s.ms / 1000).toFixed(1)} s, ${((s.stored + s.duplicates) / Math.max(s.ms / 1000, 1e-3)).toFixed(1)} documents/s; per document: analysis ${per(s.analysisMs, s.analysed)} ms, store ${per(s.storeMs, s.stored + s.duplicates)} ms)\n`,
            );
          } finally {
            await queue.close();
          }
        } finally {
          await store.close();
        }
      }),
    );
}

function report(e: WorkerEvent, verbose: boolean): void {
  if (e.kind === "failed") process.stderr.write(`annalist: ${e.name}: ${e.message}\n`);
  else if (e.kind === "waiting" || e.kind === "released") process.stderr.write(`annalist: ${e.kind === "released" ? `${e.name}: ${e.message}; another worker will take it` : e.message}\n`);
  if (!verbose) return;
  if (e.kind === "started") process.stdout.write(`started ${e.job} ${e.name}${e.attempt > 1 ? ` (attempt ${e.attempt})` : ""}\n`);
  else if (e.kind === "stored") process.stdout.write(`stored ${e.job} ${e.name} as ${e.id}: ${e.counts.citations} citations, ${e.counts.timexes} timexes, ${e.counts.entities} entities, ${e.counts.events} events, ${e.counts.treaties} treaties\n`);
  else if (e.kind === "duplicate") process.stdout.write(`already stored ${e.job} ${e.name} as ${e.id}\n`);
  else if (e.kind === "failed") process.stdout.write(`failed ${e.job} ${e.name}: ${e.message}\n`);
  else if (e.kind === "released") process.stdout.write(`released ${e.job} ${e.name}\n`);
}

function positiveInteger(value: string, option: string, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new AnnalistError(`${option} must be a whole number from 1 to ${max}, got "${value}"`, "USAGE");
  return n;
}
