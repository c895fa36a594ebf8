// Time layer vs chrono-node on the same text, in the same run: the essay and a ~10 MB concatenation.
// Rows: the time layer over the shared tokens (as the pipeline runs it), the same with its own
// tokenising (closest to chrono.parse over raw text), and chrono.parse itself. chrono is run once on
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

/** One timed run, for what is too slow to repeat. */
function once(chars: number, fn: () => unknown): Timing & { result: unknown } {
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  return { msPerRun: ms, runs: 1, charsPerSec: (chars / ms) * 1000, peakRssMB: Math.round(process.memoryUsage().rss / 2 ** 20), result };
}

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const corpus = corpusOf(10 * 1024 * 1024);
  for (const [name, text] of [["essay", essay], ["10 MB corpus", corpus]] as const) {
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
