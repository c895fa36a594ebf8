// Small helpers for benchmarks: repeat a function until enough time has passed, sample peak memory.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const essayPath = fileURLToPath(new URL("../examples/soviet-japanese-relations.txt", import.meta.url));
export const essay = readFileSync(essayPath, "utf8");

/** The essay repeated (paragraph-joined) until the text reaches `bytes` characters. */
export function corpusOf(bytes: number, unit = essay): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(unit);
    size += unit.length + 2;
  }
  return parts.join("\n\n");
}

export interface Timing {
  msPerRun: number;
  runs: number;
  charsPerSec: number;
  peakRssMB: number;
}

/** Runs fn at least `minRuns` times and for at least `minMs`; reports mean time and peak RSS. */
export function time(chars: number, fn: () => unknown, minRuns = 3, minMs = 1000): Timing {
  fn(); // warm-up
  let peak = process.memoryUsage().rss;
  let runs = 0;
  const t0 = performance.now();
  while (runs < minRuns || performance.now() - t0 < minMs) {
    fn();
    runs++;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ms = (performance.now() - t0) / runs;
  return { msPerRun: ms, runs, charsPerSec: (chars / ms) * 1000, peakRssMB: Math.round(peak / 2 ** 20) };
}
