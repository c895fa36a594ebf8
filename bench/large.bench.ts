// `annalist extract` on single large documents (the essay repeated): throughput and peak memory of the
// whole command, each size in its own process. CPU seconds per MB show whether the time grows linearly with the
// size even on a busy machine. Sizes in MB from ANNALIST_BENCH_SIZES (default "1");
// the full set is ANNALIST_BENCH_SIZES=1,10,20,50 (long: minutes per size).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchRow } from "./run.ts";
import { corpusOf } from "./measure.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

function extract(file: string, rssFile: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", join(root, "bench/peak-rss.cjs"), join(root, "bin/annalist.js"), "extract", file], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ANNALIST_RSS_REPORT: rssFile },
    });
    child.on("error", reject);
    child.on("close", resolve);
  });
}

export default async function large(): Promise<BenchRow[]> {
  const sizes = (process.env.ANNALIST_BENCH_SIZES ?? "1").split(",").map(Number).filter((n) => n > 0);
  const dir = mkdtempSync(join(tmpdir(), "annalist-bench-"));
  const rows: BenchRow[] = [];
  try {
    for (const mb of sizes) {
      const text = corpusOf(mb * 2 ** 20);
      const file = join(dir, `${mb}mb.txt`);
      const rssFile = join(dir, `${mb}mb.rss`);
      writeFileSync(file, text);
      process.stderr.write(`  extract ${mb} MB…\n`);
      const t0 = performance.now();
      const code = await extract(file, rssFile);
      const seconds = (performance.now() - t0) / 1000;
      const [rssKiB, cpuMicros] = readFileSync(rssFile, "utf8").split(" ").map(Number);
      const cpuSecondsPerMB = Number((cpuMicros / 1e6 / mb).toFixed(3));
      rows.push({ bench: "large", case: `extract ${mb} MB (CLI, json)`, chars: text.length, seconds, charsPerSec: Math.round(text.length / seconds), cpuSecondsPerMB, peakRssMB: Math.round(rssKiB / 1024), exit: String(code) });
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
