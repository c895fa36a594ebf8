// The build step that writes the precomputed files into dist/derived (run from the bundle by scripts/build.mjs).
import { mkdirSync } from "node:fs";
import { derivedDir } from "./files.ts";
import { writeWinkCore } from "./wink-model.ts";

export function writeDerivedFiles(version: string): void {
  mkdirSync(derivedDir, { recursive: true });
  writeWinkCore(version);
}
