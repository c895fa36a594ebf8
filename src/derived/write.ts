// The build step that writes the precomputed files into dist/derived (run from its bundle by scripts/build.mjs);
// files already there for this version are kept.
import { mkdirSync } from "node:fs";
import { derivedDir } from "./files.ts";
import { writeWinkCore } from "./wink-model.ts";
import { writeCityIndex } from "./city-index.ts";
import { allCities } from "../entities/cities.ts";

export function writeDerivedFiles(version: string): void {
  mkdirSync(derivedDir, { recursive: true });
  writeWinkCore(version);
  writeCityIndex(version, allCities);
}
