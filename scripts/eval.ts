// `npm run eval [-- --gold FILE --doc FILE]`: scores annalist against a gold file in the format of
// ../shared/gold/seed-dev.json. Each area is one module in scripts/eval/ exporting
// `default (ctx) => {area, lines: string[], figures}`; areas are listed in the order they run.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyze } from "../src/pipeline.ts";
import type { Extraction } from "../src/schema.ts";

export interface EvalContext {
  gold: any;
  text: string;
  docPath: string;
  extraction: Extraction;
}
export interface EvalReport {
  area: string;
  lines: string[];
  figures: Record<string, number | string | null>;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const goldPath = arg("gold", `${root}../shared/gold/seed-dev.json`);
const docPath = arg("doc", `${root}examples/soviet-japanese-relations.txt`);
if (!existsSync(goldPath)) {
  console.error(`annalist eval: no gold file at ${goldPath} (give one with --gold)`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, "utf8"));
const text = readFileSync(docPath, "utf8").replace(/^\uFEFF/, "");
const extraction = analyze(text, { name: docPath, dct: arg("dct", "") || null });
const ctx: EvalContext = { gold, text, docPath, extraction };

const dir = `${root}scripts/eval/`;
const reports: EvalReport[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
  const mod = await import(pathToFileURL(dir + file).href);
  const report: EvalReport = await mod.default(ctx);
  reports.push(report);
  console.log(`== ${report.area}`);
  for (const l of report.lines) console.log(`  ${l}`);
}
console.log(JSON.stringify(Object.fromEntries(reports.map((r) => [r.area, r.figures]))));
