// CPU seconds per MB of each pipeline stage on the essay repeated to MB megabytes (default 3), after a warm-up
// run on the essay. CPU time (user + system) rather than wall time, so that a busy machine matters less.
// Usage: MB=3 node --import tsx scripts/stage-times.ts
import { analyzeLayers } from "../src/pipeline.ts";
import { corpusOf, essay } from "../bench/measure.ts";

const MB = 2 ** 20;
const size = Number(process.env.MB ?? 3);

function run(text: string): Record<string, number> {
  const cpu: Record<string, number> = {};
  let last = process.cpuUsage();
  analyzeLayers(text, { name: "bench" }, (stage) => {
    const now = process.cpuUsage();
    cpu[stage] = (now.user - last.user + now.system - last.system) / 1e6;
    last = now;
  });
  return cpu;
}

run(essay);
const text = corpusOf(size * MB);
const cpu = run(text);
const total = Object.values(cpu).reduce((a, b) => a + b, 0);
const mb = text.length / MB;
for (const [stage, s] of Object.entries(cpu)) console.log(`${stage.padEnd(10)} ${(s / mb).toFixed(3)} s/MB`);
console.log(`${"total".padEnd(10)} ${(total / mb).toFixed(3)} s/MB → ${(mb / total).toFixed(2)} MB/s per core (${mb.toFixed(1)} MB)`);
