import type { Command } from "commander";
import { action } from "../fail.ts";
import { AnnalistError } from "../../errors.ts";
import type { Conflict } from "../../store/index.ts";

interface Options {
  format: string;
  db?: string;
  databaseUrl?: string;
}

export function register(program: Command): void {
  program
    .command("conflicts")
    .description("where stored documents disagree about the same event or treaty (dates, parties, numbers), with both sources")
    .option("-f, --format <format>", "text or json", "text")
    .option("--db <dir>", "embedded database directory (default ./annalist-data)")
    .option("--database-url <url>", "PostgreSQL server (default: DATABASE_URL when set)")
    .action(
      action(async (opts: Options) => {
        if (opts.format !== "text" && opts.format !== "json") throw new AnnalistError(`unknown format "${opts.format}"; choose text or json`, "USAGE");
        const { openStore, storeOptionsOf } = await import("../../store/index.ts");
        const store = await openStore(storeOptionsOf(opts));
        try {
          const conflicts = await store.conflicts();
          if (opts.format === "json") process.stdout.write(JSON.stringify(conflicts, null, 2) + "\n");
          else if (conflicts.length === 0) process.stdout.write(`no conflicts among the ${(await store.listDocuments()).length} stored documents\n`);
          else process.stdout.write(conflicts.map(describe).join("\n\n") + "\n");
        } finally {
          await store.close();
        }
      }),
    );
}

function describe(c: Conflict): string {
  const lines = [`${c.kind} ${c.subject}: the documents disagree on ${c.field}`];
  for (const v of c.values) {
    for (const e of v.evidence) {
      const quote = e.text.replace(/\s+/g, " ").trim();
      lines.push(`  ${v.value.padEnd(12)} ${e.documentName} (${e.item}, offset ${e.start}): "${quote.length > 160 ? quote.slice(0, 157) + "…" : quote}"`);
    }
  }
  return lines.join("\n");
}
