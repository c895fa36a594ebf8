import type { Command } from "commander";
import { AnnalistError } from "../../errors.ts";
import { action } from "../fail.ts";

// STUB: to be built.
export function register(program: Command): void {
  program
    .command("correct")
    .description("correct (not built yet)")
    .allowUnknownOption(true)
    .action(
      action(() => {
        throw new AnnalistError("'correct' is not built yet", "NOT_YET");
      }),
    );
}
