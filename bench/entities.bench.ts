// Entity layer: gazetteer lookup cost with 1k, 10k and all ~138k GeoNames cities loaded into one
// token trie (lookups per second over every token of the essay should stay flat as the trie grows),
// trie build time and heap, and the whole entity layer on the essay and on a 1 MB concatenation.
import type { BenchRow } from "./run.ts";
import { corpusOf, essay, time } from "./measure.ts";
import { allCities, buildCityTrie } from "../src/entities/cities.ts";
import { gazetteer } from "../src/entities/gazetteer.ts";
import { entityLayer } from "../src/entities/index.ts";
import { foldKey, nameKeys } from "../src/entities/trie.ts";
import { citeLayer } from "../src/cite/index.ts";
import { segment } from "../src/text/index.ts";
import { timeLayer } from "../src/time/index.ts";
import { tokenize } from "../src/text/tokens.ts";

const heapMB = () => process.memoryUsage().heapUsed / 2 ** 20;

function layersOf(text: string) {
  const doc = { name: "bench", text, dct: null };
  const structure = segment(doc);
  const cites = citeLayer(doc, structure);
  const body = { bodyEnd: Math.min(cites.bibliographySection?.start ?? structure.contentEnd, structure.contentEnd) };
  const times = timeLayer(doc, { ...structure, ...cites, ...body });
  return { doc, layers: { ...structure, ...cites, ...body, ...times } };
}

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const essayKeys = tokenize(essay).map((t) => foldKey(t.text));
  const cities = allCities();
  // The most populous first, so each smaller trie is a prefix of the same list.
  const byPopulation = [...cities].sort((a, b) => b.population - a.population);
  // Query sets that cost the same in every trie: names all tries hold (hits), and strings none holds (misses).
  const hitKeys = byPopulation.slice(0, 1000).flatMap((c) => nameKeys(c.name));
  const hitStarts = byPopulation.slice(0, 1000).reduce<number[]>((acc, c) => [...acc, (acc.at(-1) ?? 0) + nameKeys(c.name).length], [0]).slice(0, -1);
  const missKeys = Array.from({ length: 2000 }, (_, i) => `zq${i.toString(36)}x`);
  const queries = [
    { name: "essay tokens", keys: essayKeys, starts: essayKeys.map((_, i) => i) },
    { name: "1k known names", keys: hitKeys, starts: hitStarts },
    { name: "2k unknown words", keys: missKeys, starts: missKeys.map((_, i) => i) },
  ];
  for (const size of [1_000, 10_000, byPopulation.length]) {
    const slice = byPopulation.slice(0, size);
    const before = heapMB();
    const t0 = performance.now();
    const trie = buildCityTrie(slice);
    const buildMs = performance.now() - t0;
    const heap = heapMB() - before;
    rows.push({ bench: "entities", case: `trie build, ${size} cities`, entries: trie.size, "build ms": Math.round(buildMs), "heap MB": Math.round(heap) });
    for (const q of queries) {
      let hits = 0;
      const lookup = time(q.starts.length, () => {
        hits = 0;
        for (const i of q.starts) if (trie.longest(q.keys, i)) hits++;
      }, 20, 700);
      rows.push({
        bench: "entities",
        case: `trie lookup, ${size} cities, ${q.name}`,
        entries: trie.size,
        "lookups/s": Math.round(lookup.charsPerSec),
        "ns/lookup": Math.round((lookup.msPerRun * 1e6) / q.starts.length),
        hits,
      });
    }
  }
  const g0 = performance.now();
  const gaz = gazetteer();
  rows.push({ bench: "entities", case: "curated gazetteer load", entries: gaz.trie.size, "build ms": Math.round(performance.now() - g0) });

  for (const [name, text, minRuns] of [["essay", essay, 10], ["1 MB corpus", corpusOf(1024 * 1024), 2]] as const) {
    const { doc, layers } = layersOf(text);
    const run = time(text.length, () => entityLayer(doc, layers), minRuns, 1000);
    rows.push({
      bench: "entities",
      case: `${name}: entityLayer`,
      chars: text.length,
      "chars/s": Math.round(run.charsPerSec),
      ms: run.msPerRun,
      "peak MB": run.peakRssMB,
      entities: entityLayer(doc, layers).entities.length,
    });
  }
  return rows;
}
