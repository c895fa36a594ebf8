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

/** The hand-checked dev gold, read from ../shared when it is there (it is in development and CI). */
export const goldPath = `${root}../shared/gold/seed-dev.json`;
export const gold: any = existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, "utf8")) : null;
