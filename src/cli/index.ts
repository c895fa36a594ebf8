// The `annalist` command: one file per sub-command in ./commands, composed here.
import { Command } from "commander";
import { createRequire } from "node:module";
import { exitWith, isClosedPipe } from "./fail.ts";
import * as extract from "./commands/extract.ts";
import * as ingest from "./commands/ingest.ts";
import * as serve from "./commands/serve.ts";
import * as whatif from "./commands/whatif.ts";
import * as relations from "./commands/relations.ts";
import * as events from "./commands/events.ts";
import * as conflicts from "./commands/conflicts.ts";
import * as correct from "./commands/correct.ts";
import * as start from "./commands/start.ts";
import * as enqueue from "./commands/enqueue.ts";
import * as worker from "./commands/worker.ts";
import * as queue from "./commands/queue.ts";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

const program = new Command("annalist")
  .description("turns cited historical prose into a source-grounded knowledge base")
  .version(version)
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

for (const command of [extract, ingest, serve, whatif, relations, events, conflicts, correct, start, enqueue, worker, queue]) command.register(program);

process.stdout.on("error", (error) => (isClosedPipe(error) ? process.exit(0) : exitWith(error)));
program.parseAsync(process.argv).catch(exitWith);
