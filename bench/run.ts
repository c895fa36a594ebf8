// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line), prints one
// table and writes bench/results.json. A bench file exports `default async () => BenchRow[]`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface BenchRow {
  bench: string;
  case: string;
  /** Any figures: chars/s, MB/s, ms, peak RSS MB, ratio… */
  [figure: string]: string | number;
}

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const mod = await import(pathToFileURL(`${dir}${file}`).href);
  process.stderr.write(`bench ${file}…\n`);
  rows.push(...(await mod.default()));
}

const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
const cell = (v: unknown) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toPrecision(4)) : String(v ?? ""));
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join("  ");
console.log(line(columns));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of rows) console.log(line(columns.map((c) => cell(r[c]))));

// A run of some benches keeps the rows of the others from the previous results.
const ran = new Set(rows.map((r) => r.bench));
const previous: BenchRow[] = only.length && existsSync(`${dir}results.json`) ? JSON.parse(readFileSync(`${dir}results.json`, "utf8")).rows ?? [] : [];
const kept = previous.filter((r) => !ran.has(r.bench));
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? "", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
writeFileSync(`${dir}results.json`, JSON.stringify({ date: new Date().toISOString(), machine, rows: [...kept, ...rows] }, null, 2) + "\n");
console.log(`\nwritten bench/results.json (${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, node ${machine.node})`);
