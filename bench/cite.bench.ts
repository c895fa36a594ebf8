// Structure + citation layers: chars/s of segment() and citeLayer() on the essay and on a 10 MB
// concatenation of it (each copy keeps its Works Cited, so the last one is the bibliography).
import type { BenchRow } from "./run.ts";
import { corpusOf, essay, time } from "./measure.ts";
import { segment } from "../src/text/index.ts";
import { citeLayer } from "../src/cite/index.ts";

function run(text: string) {
  const doc = { name: "bench", text, dct: null };
  const structure = segment(doc);
  return citeLayer(doc, structure);
}

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const corpus = corpusOf(10 * 1024 * 1024);
  for (const [name, text, minRuns] of [["essay", essay, 20], ["10 MB corpus", corpus, 2]] as const) {
    const doc = { name, text, dct: null };
    const seg = time(text.length, () => segment(doc), minRuns, 1000);
    const structure = segment(doc);
    const cite = time(text.length, () => citeLayer(doc, structure), minRuns, 1000);
    const both = time(text.length, () => run(text), minRuns, 1000);
    const citations = run(text).citations.length;
    rows.push(
      { bench: "cite", case: `${name}: segment`, chars: text.length, "chars/s": Math.round(seg.charsPerSec), ms: seg.msPerRun, "peak MB": seg.peakRssMB },
      { bench: "cite", case: `${name}: citeLayer`, chars: text.length, "chars/s": Math.round(cite.charsPerSec), ms: cite.msPerRun, "peak MB": cite.peakRssMB, citations },
      { bench: "cite", case: `${name}: segment+cite`, chars: text.length, "chars/s": Math.round(both.charsPerSec), ms: both.msPerRun, "peak MB": both.peakRssMB, citations },
    );
  }
  return rows;
}
