import type { Command } from "commander";
import { action } from "../fail.ts";
import { AnnalistError } from "../../errors.ts";
import type { RunningServer } from "../../api/server.ts";
import type { KnowledgeStore } from "../../api/store.ts";

export interface ServeOptions {
  port: string;
  host: string;
  db?: string;
  databaseUrl?: string;
  memory?: boolean;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) throw new AnnalistError(`--port must be a number 0–65535, got "${value}"`, "USAGE");
  return port;
}

export function addServeOptions(command: Command): Command {
  return command
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", "8787")
    .option("--host <host>", "interface to bind (127.0.0.1 keeps the server private to this machine)", "127.0.0.1")
    .option("--db <dir>", "embedded store directory (default ./annalist-data)")
    .option("--database-url <url>", "PostgreSQL server (default: $DATABASE_URL)")
    .option("--memory", "keep the knowledge base in memory only");
}

/** Opens the store, builds the web bundle if needed and starts listening; shared by serve and start. */
export async function launch(opts: ServeOptions, before?: (store: KnowledgeStore) => Promise<void>): Promise<RunningServer> {
  const port = parsePort(opts.port);
  const [{ openKnowledgeStore }, { ensureWebBundle }, { startServer }] = await Promise.all([
    import("../../api/open-store.ts"),
    import("../../api/build-web.ts"),
    import("../../api/server.ts"),
  ]);
  const { store, kind } = await openKnowledgeStore({ dir: opts.db, url: opts.databaseUrl ?? process.env.DATABASE_URL, memory: opts.memory });
  if (kind === "memory") process.stderr.write("annalist: the knowledge base is kept in memory (nothing is saved)\n");
  await before?.(store);
  await ensureWebBundle((line) => process.stderr.write(`annalist: ${line}\n`));
  let running: RunningServer;
  try {
    running = await startServer(store, { port, host: opts.host });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new AnnalistError(`port ${port} is in use; choose another with --port`, "USAGE");
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new AnnalistError(`cannot bind to host ${opts.host}`, "USAGE");
    throw e;
  }
  const stop = async () => {
    await running.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return running;
}

export function register(program: Command): void {
  addServeOptions(program.command("serve").description("serve the HTTP API under /api/… and the web explorer at /")).action(
    action(async (opts: ServeOptions) => {
      const running = await launch(opts);
      process.stdout.write(`annalist explorer: ${running.url}\nAPI: ${running.url}api/openapi.json\n`);
    }),
  );
}
