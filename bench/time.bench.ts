// Time layer vs chrono-node on the same text, in the same run: the essay and a ~10 MB concatenation.
// Rows: the time layer over the shared tokens (as the pipeline runs it), the same with its own
// tokenising (closest to chrono.parse over raw text), and chrono.parse itself (wall time); on the essay
// also both alternately in CPU time, the steadier figure on a shared machine. chrono is run once on
// the 10 MB text (it was warmed up on the essay): its cost grows faster than the text.
import * as chrono from "chrono-node";
import type { BenchRow } from "./run.ts";
import { corpusOf, essay, time, type Timing } from "./measure.ts";
import { segment } from "../src/text/index.ts";
import { tokenize } from "../src/text/tokens.ts";
import { citeLayer } from "../src/cite/index.ts";
import { timeLayer } from "../src/time/index.ts";
import type { Doc } from "../src/layers.ts";

function layersOf(doc: Doc) {
  const structure = segment(doc);
  const cites = citeLayer(doc, structure);
  const bodyEnd = Math.min(cites.bibliographySection?.start ?? structure.contentEnd, structure.contentEnd);
  return { ...structure, ...cites, bodyEnd };
}

/**
 * Runs a and b alternately (a, b, a, b, …) so that both see the same machine load, and reports the
 * CPU time of each (process.cpuUsage), which a busy machine disturbs less than wall time.
 */
function alternate(chars: number, a: () => unknown, b: () => unknown, rounds: number): [Timing, Timing] {
  a();
  b();
  const spent = [0, 0];
  let peak = process.memoryUsage().rss;
  for (let r = 0; r < rounds; r++) {
    [a, b].forEach((fn, i) => {
      const c0 = process.cpuUsage();
      fn();
      const c = process.cpuUsage(c0);
      spent[i] += (c.user + c.system) / 1000;
    });
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return spent.map((ms) => ({ msPerRun: ms / rounds, runs: rounds, charsPerSec: (chars / (ms / rounds)) * 1000, peakRssMB: Math.round(peak / 2 ** 20) })) as [Timing, Timing];
}

/** One timed run, for what is too slow to repeat. */
function once(chars: number, fn: () => unknown): Timing & { result: unknown } {
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  return { msPerRun: ms, runs: 1, charsPerSec: (chars / ms) * 1000, peakRssMB: Math.round(process.memoryUsage().rss / 2 ** 20), result };
}

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // BENCH_CORPUS_MB makes the large case smaller for a quick run (default 10 MB)
  const megabytes = Number(process.env.BENCH_CORPUS_MB ?? 10);
  const corpus = corpusOf(megabytes * 1024 * 1024);
  for (const [name, text] of [["essay", essay], [`${megabytes} MB corpus`, corpus]] as const) {
    const big = text.length > 1e6;
    const doc: Doc = { name, text, dct: null };
    const layers = layersOf(doc);
    const found = timeLayer(doc, layers).timexes.length;
    const ours = time(text.length, () => timeLayer(doc, layers), big ? 3 : 50, 1000);
    const withTokens = time(text.length, () => timeLayer(doc, { ...layers, tokens: tokenize(text, 0, layers.contentEnd) }), big ? 3 : 50, 1000);
    let theirs: Timing;
    let chronoFound: number;
    if (big) {
      const run = once(text.length, () => chrono.parse(text));
      theirs = run;
      chronoFound = (run.result as unknown[]).length;
    } else {
      theirs = time(text.length, () => chrono.parse(text), 20, 1000);
      chronoFound = chrono.parse(text).length;
      const [cpuOurs, cpuTheirs] = alternate(text.length, () => timeLayer(doc, layers), () => chrono.parse(text), 200);
      rows.push({
        bench: "time",
        case: `${name}: time layer vs chrono, alternating, CPU time`,
        chars: text.length,
        "chars/s": Math.round(cpuOurs.charsPerSec),
        ms: cpuOurs.msPerRun,
        "chrono chars/s": Math.round(cpuTheirs.charsPerSec),
        "chrono ms": cpuTheirs.msPerRun,
        "× chrono": cpuOurs.charsPerSec / cpuTheirs.charsPerSec,
      });
    }
    const row = (label: string, t: Timing, timexes: number) => ({
      bench: "time",
      case: `${name}: ${label}`,
      chars: text.length,
      "chars/s": Math.round(t.charsPerSec),
      ms: t.msPerRun,
      "peak MB": t.peakRssMB,
      timexes,
      "× chrono": t.charsPerSec / theirs.charsPerSec,
    });
    rows.push(row("time layer", ours, found), row("tokenize + time layer", withTokens, found), row("chrono.parse", theirs, chronoFound));
  }
  return rows;
}
