import type { Command } from "commander";
import { action } from "../fail.ts";
import { GENRES, parseDct, parseGenre, readInput } from "../input.ts";
import { FORMATS, isFormat } from "../../export/formats.ts";
import { AnnalistError } from "../../errors.ts";

export function register(program: Command): void {
  program
    .command("extract")
    .description("analyse one text file (- reads stdin) and print the result on stdout")
    .argument("<file>", "text file, or - for standard input")
    .option("-f, --format <format>", `output format: ${FORMATS.join(", ")}`, "json")
    .option("--dct <date>", "document creation date YYYY-MM-DD (anchor for 'yesterday', 'last year' in news-like text)")
    .option("--genre <genre>", `${GENRES.join(" or ")}: anchor dates on the document date (news) or on the text's own chronology (narrative); decided from the text when absent`)
    .action(
      action(async (file: string, opts: { format: string; dct?: string; genre?: string }) => {
        if (!isFormat(opts.format)) throw new AnnalistError(`unknown format "${opts.format}"; choose one of ${FORMATS.join(", ")}`, "USAGE");
        const dct = parseDct(opts.dct);
        const genre = parseGenre(opts.genre);
        const { name, text } = await readInput(file);
        // Loaded here, not at the top: `annalist --help` and usage errors answer without loading the pipeline.
        const { extractionOf, MAX_CACHED_CHARS } = await import("../../extraction-cache.ts");
        if (opts.format === "json" && text.length > MAX_CACHED_CHARS) {
          // Too long to cache, long enough to be analysed in sections: streamed, never held whole in memory.
          const { writeSectionedJson } = await import("../sectioned-json.ts");
          await writeSectionedJson(process.stdout, text, { name, dct, genre });
          return;
        }
        const result = await extractionOf(text, { name, dct, genre });
        if (opts.format === "json") {
          const { writeJson } = await import("../json-stream.ts");
          await writeJson(process.stdout, result);
        } else {
          const { exportAs } = await import("../../export/index.ts");
          process.stdout.write(exportAs(opts.format, result) + "\n");
        }
      }),
    );
}
