// Runs the annalist command as a user would, capturing exit code, stderr, output and peak memory.
import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "../helpers.ts";

export const bin = join(root, "bin/annalist.js");
const rssReporter = join(root, "test/robustness/report-rss.cjs");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "annalist-robust-"));
}

export interface Run {
  code: number | null;
  stderr: string;
  /** Where stdout went. */
  output: string;
  peakRssMB: number;
  /** Killed after the cut-off: the command did not finish. */
  killed: boolean;
  seconds: number;
}

/**
 * `annalist ARGS…` with stdout written to a file (large outputs stay out of memory). Past `cutoffMs` the
 * process is killed and the run reported as killed: a hang detector, not a performance budget.
 */
export function annalist(args: string[], dir = tempDir(), cutoffMs = 600_000): Promise<Run> {
  const output = join(dir, "stdout");
  const rss = join(dir, "rss");
  const out = openSync(output, "w");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", rssReporter, bin, ...args], {
      stdio: ["ignore", out, "pipe"],
      env: { ...process.env, ANNALIST_RSS_REPORT: rss },
    });
    const t0 = performance.now();
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, cutoffMs);
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      closeSync(out);
      let peakRssMB = NaN;
      try {
        peakRssMB = Math.round(Number(readFileSync(rss, "utf8")) / 1024);
      } catch {
        // the process died before its exit handler ran
      }
      resolve({ code, stderr, output, peakRssMB, killed, seconds: (performance.now() - t0) / 1000 });
    });
  });
}
