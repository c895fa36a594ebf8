import type { Command } from "commander";
import { action } from "../fail.ts";
import { AnnalistError } from "../../errors.ts";
import type { Correction } from "../../store/index.ts";
import { CORRECTABLE, isCorrectableLayer } from "../../store/correctable.ts";

interface Options {
  document: string;
  layer?: string;
  id?: string;
  span?: string;
  set: string[];
  author?: string;
  note?: string;
  list?: boolean;
  format: string;
  db?: string;
  databaseUrl?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function register(program: Command): void {
  program
    .command("correct")
    .description("store a correction of an entity link, an event, a timex or a treaty; it is applied whenever the document is read, also after re-ingest")
    .requiredOption("--document <id>", "document id (or a unique prefix, or its name)")
    .option("--layer <layer>", `what to correct: ${Object.keys(CORRECTABLE).join(", ")}`)
    .option("--id <id>", "the item's id (e3, v12, t2; a timex without id by its index)")
    .option("--span <start:end>", "the item's span instead of its id (a timex, an event trigger)")
    .option("--set <field=value>", "a field to change, repeatable (e.g. type=ASSAULT, source=Q17,Q15180, date=1945-08-14, wikidata=Q17)", collect, [])
    .option("--author <name>", "who makes the correction")
    .option("--note <text>", "why")
    .option("--list", "list the document's corrections instead")
    .option("-f, --format <format>", "text or json", "text")
    .option("--db <dir>", "embedded database directory (default ./annalist-data)")
    .option("--database-url <url>", "PostgreSQL server (default: DATABASE_URL when set)")
    .addHelpText("after", `\nCorrectable fields:\n${Object.entries(CORRECTABLE).map(([l, f]) => `  ${l}: ${f.join(", ")}`).join("\n")}`)
    .action(
      action(async (opts: Options) => {
        if (opts.format !== "text" && opts.format !== "json") throw new AnnalistError(`unknown format "${opts.format}"; choose text or json`, "USAGE");
        const { openStore, storeOptionsOf } = await import("../../store/index.ts");
        const store = await openStore(storeOptionsOf(opts));
        try {
          if (opts.list) {
            const list = await store.corrections(opts.document);
            process.stdout.write(opts.format === "json" ? JSON.stringify(list, null, 2) + "\n" : list.map(describe).join("\n") + (list.length ? "\n" : "no corrections\n"));
            return;
          }
          const layer = opts.layer ?? "";
          if (!isCorrectableLayer(layer)) throw new AnnalistError(`--layer must be one of ${Object.keys(CORRECTABLE).join(", ")}`, "USAGE");
          if (!opts.id && !opts.span) throw new AnnalistError("give the item to correct with --id or --span", "USAGE");
          if (!opts.author?.trim()) throw new AnnalistError("give --author: corrections are signed", "USAGE");
          if (opts.set.length === 0) throw new AnnalistError("give at least one --set field=value", "USAGE");
          const span = opts.span ? parseSpan(opts.span) : null;
          const change = Object.fromEntries(opts.set.map(parseAssignment));
          const correction = await store.addCorrection({
            document: opts.document,
            target: { layer, id: opts.id ?? null, start: span?.start ?? null, end: span?.end ?? null },
            change,
            author: opts.author,
            note: opts.note ?? null,
          });
          process.stdout.write(opts.format === "json" ? JSON.stringify(correction, null, 2) + "\n" : `stored ${describe(correction)}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}

function parseAssignment(text: string): [string, string] {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new AnnalistError(`--set expects field=value, got "${text}"`, "USAGE");
  return [text.slice(0, eq).trim(), text.slice(eq + 1).trim()];
}

function parseSpan(text: string): { start: number; end: number } {
  const m = /^(\d+):(\d+)$/.exec(text);
  if (!m || Number(m[1]) >= Number(m[2])) throw new AnnalistError(`--span expects START:END offsets, got "${text}"`, "USAGE");
  return { start: Number(m[1]), end: Number(m[2]) };
}

function describe(c: Correction): string {
  const what = c.target.id ?? `${c.target.start}:${c.target.end}`;
  const fields = Object.entries(c.change).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : String(v)}`).join(" ");
  return `correction ${c.id.slice(0, 8)} of ${c.target.layer} ${what} in ${c.document}: ${fields} by ${c.author} at ${c.createdAt}${c.note ? ` (${c.note})` : ""}`;
}
