import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { action } from "../fail.ts";
import { readDocument } from "../../text/read.ts";
import { addServeOptions, launch, type ServeOptions } from "./serve.ts";

const essayPath = fileURLToPath(new URL("../../../examples/soviet-japanese-relations.txt", import.meta.url));

// `npm start`: ingests the bundled essay (idempotent) and serves the explorer on it.
export function register(program: Command): void {
  addServeOptions(program.command("start", { hidden: true }).description("ingest the bundled essay and serve the explorer (what `npm start` runs)")).action(
    action(async (opts: ServeOptions) => {
      let summary = "";
      const running = await launch(opts, async (store) => {
        const stored = await store.ingest("soviet-japanese-relations.txt", readDocument(essayPath));
        const x = await store.getExtraction(stored.id);
        const counts = x
          ? `${x.sentences.length} sentences, ${x.citations.length} citations, ${x.timexes.length} time expressions, ${x.entities.length} entities, ${x.events.length} events, ${x.treaties.length} treaties`
          : "";
        summary = `${stored.created ? "stored" : "already stored"}: ${stored.name} (${stored.id}) — ${counts}`;
      });
      process.stdout.write(`${summary}\nannalist explorer: ${running.url}\nAPI: ${running.url}api/openapi.json\n`);
    }),
  );
}
