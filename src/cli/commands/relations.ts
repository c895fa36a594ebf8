import type { Command } from "commander";
import { AnnalistError } from "../../errors.ts";
import { action } from "../fail.ts";
import { parseDct } from "../input.ts";
import { relationsText } from "../../reason/explain.ts";

interface Options {
  format: string;
  db?: string;
  databaseUrl?: string;
  document?: string;
  dct?: string;
}

export function register(program: Command): void {
  program
    .command("relations")
    .description("the treaties binding two states over time: signed, in force from/to, clause kinds")
    .argument("<a>", "first state: Wikidata id (Q17) or name/alias")
    .argument("<b>", "second state: Wikidata id (Q15180) or name/alias")
    .argument("[file]", "text file to analyse (- reads stdin); or use --db / --database-url")
    .option("-f, --format <format>", "output format: json or text", "text")
    .option("--db <dir>", "read the documents stored in this embedded database directory")
    .option("--database-url <url>", "read the documents stored in this PostgreSQL database")
    .option("--document <id>", "with --db: only this stored document (id or name)")
    .option("--dct <date>", "document creation date YYYY-MM-DD when analysing FILE")
    .action(
      action(async (a: string, b: string, file: string | undefined, opts: Options) => {
        if (opts.format !== "json" && opts.format !== "text") throw new AnnalistError(`unknown format "${opts.format}"; choose json or text`, "USAGE");
        const [{ loadExtractions }, { relationsMany }] = await Promise.all([import("../../reason/sources.ts"), import("../../reason/many.ts")]);
        const docs = await loadExtractions({ file, db: opts.db, databaseUrl: opts.databaseUrl, document: opts.document, dct: parseDct(opts.dct) });
        const result = relationsMany(docs, a, b);
        process.stdout.write((opts.format === "text" ? relationsText(result) : JSON.stringify(result, null, 2)) + "\n");
      }),
    );
}
