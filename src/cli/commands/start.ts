import type { Command } from "commander";
import { AnnalistError } from "../../errors.ts";
import { action } from "../fail.ts";

// STUB: `npm start` — ingests the bundled essay and serves the explorer. To be built.
export function register(program: Command): void {
  program
    .command("start", { hidden: true })
    .description("ingest the bundled essay and serve the explorer (what `npm start` runs)")
    .action(
      action(() => {
        throw new AnnalistError("'start' is not built yet", "NOT_YET");
      }),
    );
}
