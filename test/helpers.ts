// Shared test fixtures: the bundled essay, its analysis (computed once per process) and the dev gold.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/pipeline.ts";
import type { Extraction } from "../src/schema.ts";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const essayPath = `${root}examples/soviet-japanese-relations.txt`;
export const essay = readFileSync(essayPath, "utf8");

let cached: Extraction | undefined;
export function essayExtraction(): Extraction {
  cached ??= analyze(essay, { name: essayPath });
  return cached;
}

/** Whether the tests run in CI (CI=1, set by .ci/run), where what development may lack must be there. */
export const inCI = Boolean(process.env.CI) && process.env.CI !== "0" && process.env.CI !== "false";

/**
 * The hand-checked dev gold, read from ../shared. Outside CI its tests are skipped when it is missing; in CI a
 * missing gold fails every test file that reads it, so that a broken checkout cannot pass by skipping.
 */
export const goldPath = `${root}../shared/gold/seed-dev.json`;
export const gold: any = existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, "utf8")) : missingGold();

function missingGold(): null {
  if (inCI) throw new Error(`the dev gold ${goldPath} is missing (CI is set: tests that read it must run)`);
  return null;
}
