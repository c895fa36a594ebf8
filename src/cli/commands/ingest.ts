import type { Command } from "commander";
import { action } from "../fail.ts";
import { parseDct } from "../input.ts";
import { AnnalistError } from "../../errors.ts";
import type { BatchEvent, BatchSummary } from "../../store/batch.ts";

interface Options {
  db?: string;
  databaseUrl?: string;
  dct?: string;
  jobs?: string;
  replace?: boolean;
  verbose?: boolean;
}

export function register(program: Command): void {
  program
    .command("ingest")
    .description("analyse text files (or every file under directories) and store them in the knowledge base; stored texts are skipped")
    .argument("<paths...>", "text files and directories")
    .option("--db <dir>", "embedded database directory (default ./annalist-data)")
    .option("--database-url <url>", "PostgreSQL server (default: DATABASE_URL when set)")
    .option("--dct <date>", "document creation date YYYY-MM-DD for every file")
    .option("-j, --jobs <n>", "worker threads for the analysis (default: number of cores)")
    .option("--replace", "re-analyse documents that are already stored (their corrections are kept)")
    .option("-v, --verbose", "print one line per file")
    .action(
      action(async (paths: string[], opts: Options) => {
        const dct = parseDct(opts.dct);
        const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
        if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new AnnalistError(`--jobs must be a positive integer, got "${opts.jobs}"`, "USAGE");
        const [{ default: cliProgress }, { openStore, storeOptionsOf }, { ingestFiles, listInputs }] = await Promise.all([
          import("cli-progress"),
          import("../../store/index.ts"),
          import("../../store/batch.ts"),
        ]);
        const store = await openStore(storeOptionsOf(opts));
        let summary: BatchSummary;
        const bar = process.stderr.isTTY && !opts.verbose
          ? new cliProgress.SingleBar({ format: "ingest [{bar}] {value}/{total} files | {stored} stored, {skipped} skipped, {failed} failed | {eta_formatted} left", stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
          : null;
        const tally = { stored: 0, skipped: 0, failed: 0 };
        try {
          bar?.start(((l) => l.files.length + l.missing.length)(listInputs(paths)), 0, tally);
          summary = await ingestFiles(store, paths, {
            dct,
            jobs,
            replace: opts.replace,
            onProgress: (event) => {
              tally[event.kind]++;
              if (event.kind === "failed" && !bar) process.stderr.write(`annalist: ${event.file}: ${event.message}\n`);
              if (opts.verbose) process.stdout.write(describe(event) + "\n");
              bar?.increment(1, tally);
            },
          });
        } finally {
          bar?.stop();
          await store.close();
        }
        if (bar) for (const f of summary.failed) process.stderr.write(`annalist: ${f.file}: ${f.message}\n`);
        process.stdout.write(summaryLine(summary, store.location) + "\n");
        if (summary.failed.length) process.exitCode = 1;
      }),
    );
}

function describe(e: BatchEvent): string {
  if (e.kind === "stored") {
    const c = e.counts;
    return `stored ${e.file} as ${e.id}: ${c.citations} citations, ${c.timexes} timexes, ${c.entities} entities, ${c.events} events, ${c.treaties} treaties`;
  }
  if (e.kind === "skipped") return `skipped ${e.file}: ${e.why}`;
  return `failed ${e.file}: ${e.message}`;
}

function summaryLine(s: BatchSummary, where: string): string {
  const c = s.counts;
  const parts = [`stored ${s.stored} document${s.stored === 1 ? "" : "s"} in ${where}`];
  if (s.skipped) parts.push(`${s.skipped} skipped (already stored)`);
  if (s.failed.length) parts.push(`${s.failed.length} failed`);
  const seconds = s.ms / 1000;
  return `${parts.join(", ")}: ${c.citations} citations, ${c.timexes} timexes, ${c.entities} entities, ${c.events} events, ${c.treaties} treaties (${seconds.toFixed(1)} s, ${(s.stored / Math.max(seconds, 1e-3)).toFixed(1)} documents/s)`;
}
