// The whole pipeline (structure, citations, time, entities, events, treaties) in one process on the essay
// and on a 10 MB concatenation of it: chars/s, MB/s on one core, time per stage, peak RSS. The 10 MB text is
// measured twice: as the first large document of a process (JIT still warming up, as for `annalist extract`) and
// as the second (as in a long-running `serve` or ingest worker).
// Each case runs in its own child process (this file, started with ANNALIST_PIPELINE_CASE) so that the
// peak RSS is that case's own. The target is ≥ 1 MB/s per core on prose.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchRow } from "./run.ts";
import { corpusOf, essay } from "./measure.ts";

const self = fileURLToPath(import.meta.url);
const MB = 2 ** 20;
const PEER = "peer: wink-nlp POS tagging alone, 10 MB";

interface CaseResult {
  chars: number;
  runs: number;
  ms: number;
  /** CPU time per run (user + system): the per-core cost, robust to a busy machine. */
  cpuMs: number;
  stages: Record<string, number>;
  events: number;
  peakRssMB: number;
}

async function measure(name: string): Promise<CaseResult> {
  const { analyzeLayers } = await import("../src/pipeline.ts");
  const text = name === "essay" ? essay : corpusOf(10 * MB);
  const warm = name === "10 MB, warm";
  const stages: Record<string, number> = { structure: 0, cite: 0, time: 0, entities: 0, events: 0, treaties: 0 };
  const once = (input = text) => {
    let t = performance.now();
    const { layers } = analyzeLayers(input, { name }, (stage) => {
      const now = performance.now();
      stages[stage] += now - t;
      t = now;
    });
    return layers.events.length;
  };
  let events = once(essay); // loads models and lexicons
  if (warm) events = once(); // the JIT has now seen a large document
  for (const k of Object.keys(stages)) stages[k] = 0;
  const minRuns = name === "essay" ? 20 : 1;
  let runs = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (runs < minRuns || (name === "essay" && performance.now() - t0 < 2000)) {
    events = once();
    runs++;
  }
  const ms = (performance.now() - t0) / runs;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  for (const k of Object.keys(stages)) stages[k] /= runs;
  return { chars: text.length, runs, ms, cpuMs, stages, events, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

/**
 * The peer in the same run: wink-nlp's own tokenising and POS tagging of the same 10 MB (the tagger the event
 * layer uses on part of the text), in paragraph-aligned pieces of about 64 K characters.
 */
async function measurePeer(): Promise<CaseResult> {
  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const nlp = winkNLP(model, ["pos"]);
  const text = corpusOf(10 * MB);
  const tag = (input: string) => {
    let tokens = 0;
    for (let at = 0; at < input.length; ) {
      const cut = input.indexOf("\n\n", at + 65536);
      const end = cut < 0 ? input.length : cut;
      tokens += (nlp.readDoc(input.slice(at, end)).tokens().out(nlp.its.pos) as string[]).length;
      at = end;
    }
    return tokens;
  };
  tag(essay);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const tokens = tag(text);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { chars: text.length, runs: 1, ms, cpuMs: (cpu.user + cpu.system) / 1000, stages: { tagging: ms }, events: tokens, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

function child(name: string): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--import", "tsx", self], { env: { ...process.env, ANNALIST_PIPELINE_CASE: name }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.on("error", reject);
    proc.on("close", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`pipeline bench ${name} exited ${code}`))));
  });
}

export default async function pipeline(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const name of ["essay", "10 MB", "10 MB, warm", PEER]) {
    process.stderr.write(`  pipeline ${name}…\n`);
    const r = await child(name);
    const seconds = r.ms / 1000;
    const cpuSeconds = r.cpuMs / 1000;
    const stageShare = Object.entries(r.stages).map(([k, v]) => `${k} ${Math.round((v / r.ms) * 100)}%`).join(" ");
    rows.push({
      bench: "pipeline",
      case: name === PEER ? `${PEER} (${(r.chars / MB).toFixed(2)} MB, ${r.events} tokens)` : `analyze ${name} (${(r.chars / MB).toFixed(2)} MB, ${r.runs} runs)`,
      charsPerSec: Math.round(r.chars / seconds),
      "MB/s (wall)": r.chars / MB / seconds,
      "MB/s/core (CPU)": r.chars / MB / cpuSeconds,
      msPerRun: r.ms,
      events: name === PEER ? "—" : r.events,
      peakRssMB: r.peakRssMB,
      stages: stageShare,
    });
  }
  return rows;
}

if (process.env.ANNALIST_PIPELINE_CASE) {
  const name = process.env.ANNALIST_PIPELINE_CASE;
  (name === PEER ? measurePeer() : measure(name)).then((r) => process.stdout.write(JSON.stringify(r)));
}
