import type { Command } from "commander";
import { setTimeout as sleep } from "node:timers/promises";
import { action } from "../fail.ts";
import { AnnalistError } from "../../errors.ts";
import type { QueueStatus } from "../../schema.ts";
import type { Store } from "../../store/index.ts";

interface Options {
  databaseUrl?: string;
  format: string;
  once?: boolean;
}

export function register(program: Command): void {
  program
    .command("queue")
    .description("the ingest queue's progress: queued, running, done and failed documents, rate and ETA, and the failed documents with their errors (a live progress bar on a terminal until the queue is empty)")
    .option("--database-url <url>", "PostgreSQL server (default: DATABASE_URL)")
    .option("-f, --format <format>", "text or json", "text")
    .option("--once", "print the status once, also on a terminal")
    .action(
      action(async (opts: Options) => {
        if (opts.format !== "text" && opts.format !== "json") throw new AnnalistError(`unknown format "${opts.format}"; choose text or json`, "USAGE");
        // Loaded here, not at the top: `annalist --help` loads no store or queue.
        const [{ openStore }, { serverStoreOptions }, { queueStatus }] = await Promise.all([import("../../store/index.ts"), import("../../queue/engine.ts"), import("../../queue/status.ts")]);
        const store = await openStore(serverStoreOptions(opts.databaseUrl));
        try {
          const live = opts.format === "text" && !opts.once && process.stdout.isTTY;
          const status = live ? await watch(store) : await queueStatus(store);
          process.stdout.write(opts.format === "json" ? JSON.stringify(status, null, 2) + "\n" : describe(status, store.location));
        } finally {
          await store.close();
        }
      }),
    );
}

/** A progress bar until nothing is queued or running (or Ctrl-C); returns the last status. */
async function watch(store: Store): Promise<QueueStatus> {
  const [{ default: cliProgress }, { queueStatus }] = await Promise.all([import("cli-progress"), import("../../queue/status.ts")]);
  const bar = new cliProgress.SingleBar(
    { format: "queue [{bar}] {value}/{total} | {running} running, {failed} failed | {rate}/s | ETA {eta}", stream: process.stdout, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  let status = await queueStatus(store);
  const show = (s: QueueStatus) => ({ running: s.running, failed: s.failed, rate: s.rate.toFixed(1), eta: eta(s.etaSeconds) });
  bar.start(total(status), status.done + status.failed, show(status));
  while (!stop.signal.aborted && status.queued + status.running > 0) {
    await sleep(1000, undefined, { signal: stop.signal }).catch(() => {});
    status = await queueStatus(store);
    bar.setTotal(total(status));
    bar.update(status.done + status.failed, show(status));
  }
  bar.stop();
  return status;
}

const total = (s: QueueStatus) => s.queued + s.running + s.done + s.failed;

function describe(s: QueueStatus, where: string): string {
  const lines = [`ingest queue on ${where}`];
  lines.push(`queued   ${s.queued}`, `running  ${s.running}`, `done     ${s.done}${s.duplicates ? ` (${s.duplicates} already stored)` : ""}`, `failed   ${s.failed}`);
  lines.push(`rate     ${s.rate.toFixed(1)} documents/s${s.queued + s.running > 0 ? `, ${eta(s.etaSeconds)} left` : ""}`);
  if (s.failures.length) {
    lines.push("failed documents:");
    for (const f of s.failures) lines.push(`  ${f.name}: ${f.error}${f.attempts > 1 ? ` (${f.attempts} attempts)` : ""}`);
  }
  return lines.join("\n") + "\n";
}

function eta(seconds: number | null): string {
  if (seconds === null) return "unknown";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
