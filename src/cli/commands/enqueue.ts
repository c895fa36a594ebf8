import type { Command } from "commander";
import { action } from "../fail.ts";
import { parseDct } from "../input.ts";
import { AnnalistError } from "../../errors.ts";
import type { EnqueueEvent } from "../../queue/enqueue.ts";

interface Options {
  databaseUrl?: string;
  dct?: string;
  timeout?: string;
  verbose?: boolean;
}

export function register(program: Command): void {
  program
    .command("enqueue")
    .description("queue text files (or every file under directories) for `annalist worker` on any machine: each text is kept once in the database, one job per document")
    .argument("<paths...>", "text files and directories")
    .option("--database-url <url>", "PostgreSQL server (default: DATABASE_URL)")
    .option("--dct <date>", "document creation date YYYY-MM-DD for every file")
    .option("--timeout <seconds>", "how long a worker may hold a job before it is presumed gone and another takes it (default: 5 minutes and 1 s per 10,000 characters)")
    .option("-v, --verbose", "print one line per file")
    .action(
      action(async (paths: string[], opts: Options) => {
        const dct = parseDct(opts.dct);
        const timeoutSeconds = opts.timeout === undefined ? undefined : Number(opts.timeout);
        if (timeoutSeconds !== undefined && (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 23 * 3600)) {
          throw new AnnalistError(`--timeout must be a whole number of seconds from 1 to 82800, got "${opts.timeout}"`, "USAGE");
        }
        // Loaded here, not at the top: `annalist --help` loads no store or queue.
        const [{ default: cliProgress }, { openStore }, { listInputs }, { openQueue, serverStoreOptions }, { enqueueFiles }] = await Promise.all([
          import("cli-progress"),
          import("../../store/index.ts"),
          import("../../store/batch.ts"),
          import("../../queue/engine.ts"),
          import("../../queue/enqueue.ts"),
        ]);
        const store = await openStore(serverStoreOptions(opts.databaseUrl));
        const bar = process.stderr.isTTY && !opts.verbose
          ? new cliProgress.SingleBar({ format: "enqueue [{bar}] {value}/{total} files | {queued} queued, {skipped} skipped, {failed} failed", stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
          : null;
        const tally = { queued: 0, skipped: 0, failed: 0 };
        try {
          const queue = await openQueue(store);
          try {
            bar?.start(((l) => l.files.length + l.missing.length)(listInputs(paths)), 0, tally);
            const summary = await enqueueFiles(store, queue, paths, {
              dct,
              timeoutSeconds,
              onProgress: (event) => {
                tally[event.kind]++;
                if (event.kind === "failed" && !bar) process.stderr.write(`annalist: ${event.file}: ${event.message}\n`);
                if (opts.verbose) process.stdout.write(describe(event) + "\n");
                bar?.increment(1, tally);
              },
            });
            bar?.stop();
            if (bar) for (const f of summary.failed) process.stderr.write(`annalist: ${f.file}: ${f.message}\n`);
            const parts = [`queued ${summary.queued} document${summary.queued === 1 ? "" : "s"} in ${store.location}`];
            if (summary.skipped) parts.push(`${summary.skipped} skipped (already stored or queued)`);
            if (summary.failed.length) parts.push(`${summary.failed.length} failed`);
            process.stdout.write(`${parts.join(", ")} (${(summary.ms / 1000).toFixed(1)} s); \`annalist worker\` stores them, \`annalist queue\` shows the progress\n`);
            if (summary.failed.length) process.exitCode = 1;
          } finally {
            bar?.stop();
            await queue.close();
          }
        } finally {
          await store.close();
        }
      }),
    );
}

function describe(e: EnqueueEvent): string {
  if (e.kind === "queued") return `queued ${e.file} (${e.chars} characters) as job ${e.job}`;
  if (e.kind === "skipped") return `skipped ${e.file}: ${e.why}`;
  return `failed ${e.file}: ${e.message}`;
}
