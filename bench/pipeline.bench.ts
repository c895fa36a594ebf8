// The whole pipeline (structure, citations, time, entities, events, treaties) in one process on the essay
// and on a 10 MB concatenation of it: chars/s, MB/s on one core, time per stage, peak RSS.
// Each case runs in its own child process (this file, started with ANNALIST_PIPELINE_CASE) so that the
// peak RSS is that case's own. The target is ≥ 1 MB/s per core on prose.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchRow } from "./run.ts";
import { corpusOf, essay } from "./measure.ts";

const self = fileURLToPath(import.meta.url);
const MB = 2 ** 20;

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
  const { segment } = await import("../src/text/index.ts");
  const { citeLayer } = await import("../src/cite/index.ts");
  const { timeLayer } = await import("../src/time/index.ts");
  const { entityLayer } = await import("../src/entities/index.ts");
  const { eventLayer } = await import("../src/events/index.ts");
  const { treatyLayer } = await import("../src/treaties/index.ts");
  const text = name === "essay" ? essay : corpusOf(10 * MB);
  const stages: Record<string, number> = { structure: 0, cite: 0, time: 0, entities: 0, events: 0, treaties: 0 };
  const once = () => {
    const doc = { name, text, dct: null };
    let t = performance.now();
    const lap = (stage: string) => {
      const now = performance.now();
      stages[stage] += now - t;
      t = now;
    };
    const structure = segment(doc);
    lap("structure");
    const cites = citeLayer(doc, structure);
    const body = { bodyEnd: Math.min(cites.bibliographySection?.start ?? structure.contentEnd, structure.contentEnd) };
    lap("cite");
    const time = timeLayer(doc, { ...structure, ...cites, ...body });
    lap("time");
    const entities = entityLayer(doc, { ...structure, ...cites, ...body, ...time });
    lap("entities");
    const events = eventLayer(doc, { ...structure, ...cites, ...body, ...time, ...entities });
    lap("events");
    treatyLayer(doc, { ...structure, ...cites, ...body, ...time, ...entities, ...events });
    lap("treaties");
    return events.events.length;
  };
  let events = once(); // warm-up: loads models and lexicons
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
  for (const name of ["essay", "10 MB"]) {
    process.stderr.write(`  pipeline ${name}…\n`);
    const r = await child(name);
    const seconds = r.ms / 1000;
    const cpuSeconds = r.cpuMs / 1000;
    const stageShare = Object.entries(r.stages).map(([k, v]) => `${k} ${Math.round((v / r.ms) * 100)}%`).join(" ");
    rows.push({
      bench: "pipeline",
      case: `analyze ${name} (${(r.chars / MB).toFixed(2)} MB, ${r.runs} runs)`,
      charsPerSec: Math.round(r.chars / seconds),
      "MB/s (wall)": r.chars / MB / seconds,
      "MB/s/core (CPU)": r.chars / MB / cpuSeconds,
      msPerRun: r.ms,
      events: r.events,
      peakRssMB: r.peakRssMB,
      stages: stageShare,
    });
  }
  return rows;
}

if (process.env.ANNALIST_PIPELINE_CASE) {
  measure(process.env.ANNALIST_PIPELINE_CASE).then((r) => process.stdout.write(JSON.stringify(r)));
}
