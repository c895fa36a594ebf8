// What the queue tests share: a fresh schema on the test server (ANNALIST_TEST_DATABASE_URL), a
// corpus of small generated documents, worker processes whose output is followed line by line, and a
// private PostgreSQL server that a test may stop and start without disturbing anyone else's.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { root } from "../helpers.ts";
import { openStore } from "../../src/store/index.ts";
import { openQueue } from "../../src/queue/engine.ts";
import { enqueueFiles } from "../../src/queue/enqueue.ts";
import { generatedDocument } from "../store/corpus.ts";

export const serverUrl = process.env.ANNALIST_TEST_DATABASE_URL;
/** For node:test's `skip`: the queue needs a PostgreSQL server. */
export const needsServer = serverUrl ? false : "ANNALIST_TEST_DATABASE_URL is not set (the queue needs a PostgreSQL server)";

export const bin = join(root, "bin/annalist.js");

/** `annalist …` run to its end, without DATABASE_URL from the environment unless given. */
export function annalist(args: string[], env: Record<string, string | undefined> = {}) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: root, env: { ...process.env, DATABASE_URL: undefined, ...env } });
}

/** `annalist …` run to its end, asynchronously (several at once use both cores). */
export function annalistAsync(args: string[], env: Record<string, string | undefined> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, DATABASE_URL: undefined, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Enqueues every file under dir in this process (the command itself is tested in cli.test.ts). */
export async function enqueueDir(url: string, dir: string, timeoutSeconds?: number): Promise<number> {
  const store = await openStore({ url });
  try {
    const queue = await openQueue(store);
    try {
      return (await enqueueFiles(store, queue, [dir], { timeoutSeconds })).queued;
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
}

/** The URL of a schema of its own on a server (created now), and a way to drop it and its queue. */
export async function freshSchema(base = serverUrl!): Promise<{ url: string; schema: string; drop: () => Promise<void> }> {
  const schema = `annalist_q_${process.pid}_${Date.now().toString(36)}`;
  await sql(base, `CREATE SCHEMA "${schema}"`);
  const url = new URL(base);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    drop: async () => {
      await sql(base, `DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_queue" CASCADE`);
    },
  };
}

/** Runs statements on a server and returns the rows of the last one. */
export async function sql<T = Record<string, any>>(url: string, text: string, params?: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(text, params as any[]);
    return (Array.isArray(result) ? result.at(-1)!.rows : result.rows) as T[];
  } finally {
    await client.end();
  }
}

/** A directory of n small documents (one paragraph of the essay and its Works Cited each, all different). */
export function corpus(n: number): { dir: string; texts: string[] } {
  const dir = join(mkdtempSync(join(tmpdir(), "annalist-queue-")), "corpus");
  mkdirSync(dir);
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    texts.push(generatedDocument(i, 1));
    writeFileSync(join(dir, `doc-${String(i).padStart(3, "0")}.txt`), texts[i]);
  }
  return { dir, texts };
}

/** A child process whose stdout lines are kept and can be waited for. */
export class Child {
  readonly lines: string[] = [];
  stderr = "";
  readonly exited: Promise<number | null>;
  private waiters: { test: (line: string) => boolean; resolve: () => void }[] = [];

  constructor(readonly process: ChildProcess, onLine?: (line: string, child: Child) => void) {
    let buffer = "";
    process.stdout!.setEncoding("utf8");
    process.stdout!.on("data", (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) {
        this.lines.push(line);
        onLine?.(line, this);
        this.waiters = this.waiters.filter((w) => (w.test(line) ? (w.resolve(), false) : true));
      }
    });
    process.stderr!.setEncoding("utf8");
    process.stderr!.on("data", (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => process.once("exit", (code) => resolve(code)));
  }

  /** Resolves at the first line (from now or already seen) that passes the test. */
  waitFor(test: (line: string) => boolean): Promise<void> {
    if (this.lines.some(test)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  kill(signal: NodeJS.Signals = "SIGKILL"): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill(signal);
  }
}

/** `annalist worker -v --until-empty …` on the database at `url`. */
export function worker(url: string, args: string[] = [], onLine?: (line: string, child: Child) => void): Child {
  const child = spawn(process.execPath, [bin, "worker", "--until-empty", "--verbose", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Child(child, onLine);
}

/** Resolves with the value, or rejects after ms (the children are then killed by the caller's cleanup). */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms / 1000} s`)), ms))),
  ]);
}

/** What the jobs' state is in the queue beside the schema: count per state, and the finished jobs' output. */
export async function jobs(url: string, schema: string) {
  return sql<{ id: string; state: string; retry_count: number; output: any; name: string }>(
    url,
    `SELECT id, state::text, retry_count, output, data->>'name' AS name FROM "${schema}_queue".job WHERE name = 'ingest'
     UNION ALL SELECT id, state::text, retry_count, output, data->>'name' AS name FROM "${schema}_queue".archive WHERE name = 'ingest'`,
  );
}

/**
 * A PostgreSQL server of this test alone (initdb in a temporary directory, a free port on 127.0.0.1),
 * so that stopping and starting it disturbs no one else. Run as the postgres user when this is root.
 */
export async function privateServer(): Promise<{ url: string; stop: () => void; start: () => void; remove: () => void }> {
  const binDir = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), "annalist-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", join(binDir, cmd), ...args]] : [join(binDir, cmd), args];
    const r = spawnSync(file, argv, { encoding: "utf8", cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr || r.stdout || r.error}`);
  };
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
  const start = () => run("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, "bin/initdb"))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length) return join(base, versions[0], "bin");
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  if (which) return join(which, "..");
  throw new Error("no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql");
}

function postgresUser(): { uid: number; gid: number } {
  const r = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error("running as root, and there is no postgres user to run a server as");
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
