import type { Command } from "commander";
import { AnnalistError } from "../../errors.ts";
import { action } from "../fail.ts";
import { parseDct, readInput } from "../input.ts";

export function register(program: Command): void {
  program
    .command("events")
    .description("the events of a text as a chronology: date, PLOVER type/CAMEO code, source → target, place, modality, trigger, citation")
    .argument("<file>", "text file, or - for standard input")
    .option("-f, --format <format>", "output format: table or json", "table")
    .option("--order <order>", "row order: date (a chronology) or text", "date")
    .option("--dct <date>", "document creation date YYYY-MM-DD (anchor for relative dates in news-like text)")
    .action(
      action(async (file: string, opts: { format: string; order: string; dct?: string }) => {
        if (opts.format !== "table" && opts.format !== "json") throw new AnnalistError(`unknown format "${opts.format}"; choose table or json`, "USAGE");
        if (opts.order !== "date" && opts.order !== "text") throw new AnnalistError(`unknown order "${opts.order}"; choose date or text`, "USAGE");
        const dct = parseDct(opts.dct);
        const { name, text } = await readInput(file);
        const { extractionOf } = await import("../../extraction-cache.ts");
        const ex = await extractionOf(text, { name, dct });
        const { eventTable } = await import("../../events/table.ts");
        const out = opts.format === "json" ? JSON.stringify({ events: ex.events, quantities: ex.quantities }, null, 2) : eventTable(ex, opts.order);
        process.stdout.write(out + "\n");
      }),
    );
}
