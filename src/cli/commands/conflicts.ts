import type { Command } from "commander";
import { AnnalistError } from "../../errors.ts";
import { action } from "../fail.ts";

// STUB: to be built.
export function register(program: Command): void {
  program
    .command("conflicts")
    .description("conflicts (not built yet)")
    .allowUnknownOption(true)
    .action(
      action(() => {
        throw new AnnalistError("'conflicts' is not built yet", "NOT_YET");
      }),
    );
}
