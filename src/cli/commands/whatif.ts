import type { Command } from "commander";
import { isDay } from "../../dates/calendar.ts";
import { AnnalistError } from "../../errors.ts";
import { action } from "../fail.ts";
import { parseDct } from "../input.ts";
import { whatifText } from "../../reason/explain.ts";

interface Options {
  attacker?: string;
  target?: string;
  date?: string;
  unprovoked?: boolean;
  format: string;
  db?: string;
  databaseUrl?: string;
  document?: string;
  dct?: string;
}

export function register(program: Command): void {
  program
    .command("whatif")
    .description("treaty obligations, breaches and treaties not in force for an attack, with the clauses and citations behind them")
    .argument("[file]", "text file to analyse (- reads stdin); or use --db / --database-url")
    .requiredOption("--attacker <actor>", "attacking state: Wikidata id (Q15180) or name/alias (Soviet Union, USSR, Moscow)")
    .requiredOption("--target <actor>", "attacked state: Wikidata id or name/alias")
    .requiredOption("--date <date>", "date of the attack, YYYY-MM-DD")
    .option("--unprovoked", "the attack is unprovoked")
    .option("-f, --format <format>", "output format: json or text", "json")
    .option("--db <dir>", "reason over the documents stored in this embedded database directory")
    .option("--database-url <url>", "reason over the documents stored in this PostgreSQL database")
    .option("--document <id>", "with --db: only this stored document (id or name)")
    .option("--dct <date>", "document creation date YYYY-MM-DD when analysing FILE")
    .action(
      action(async (file: string | undefined, opts: Options) => {
        if (opts.format !== "json" && opts.format !== "text") throw new AnnalistError(`unknown format "${opts.format}"; choose json or text`, "USAGE");
        if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date ?? "") || !isDay(opts.date!)) {
          throw new AnnalistError(`--date must be a date YYYY-MM-DD, got "${opts.date}"`, "USAGE");
        }
        const [{ loadExtractions }, { whatifMany }] = await Promise.all([import("../../reason/sources.ts"), import("../../reason/many.ts")]);
        const docs = await loadExtractions({ file, db: opts.db, databaseUrl: opts.databaseUrl, document: opts.document, dct: parseDct(opts.dct) });
        const answer = whatifMany(docs, { attacker: opts.attacker!, target: opts.target!, date: opts.date!, unprovoked: opts.unprovoked });
        process.stdout.write((opts.format === "text" ? whatifText(answer) : JSON.stringify(answer, null, 2)) + "\n");
      }),
    );
}
