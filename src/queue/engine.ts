// The ingest queue on pg-boss (see docs/scaling.md for why pg-boss): its tables live in the same
// PostgreSQL database as the store, in a schema of their own next to the store's, and every pg-boss
// statement runs on the store's connection pool, so that a text and its job are written in one
// transaction, and a failed job together with its reason.
import PgBoss from "pg-boss";
import { AnnalistError } from "../errors.ts";
import type { Queryable, Store, StoreOptions } from "../store/index.ts";

/** The queue's name in pg-boss: one job per document to analyse and store. */
export const QUEUE = "ingest";

/** How many times a job whose worker vanished (killed, out of memory) is handed out again before it is marked failed. */
export const RETRIES = 3;

/** Advisory lock id held while the queue's tables are set up (the store's migrations use 7_243_101). */
const SETUP_LOCK = 7_243_102;

/** Queued jobs are kept this long before the engine would drop them unrun (pg-boss's default is 14 days). */
const KEEP_QUEUED_MINUTES = 366 * 24 * 60;

export interface Queue {
  boss: PgBoss;
  /** The schema of the queue's tables (pg-boss's job, archive, queue…). */
  schema: string;
  /** pg-boss statements on the given connection (a transaction of the store). */
  on(tx: Pick<Queryable, "query">): PgBoss.Db;
  close(): Promise<void>;
}

export interface QueueOptions {
  /** Workers run the engine's maintenance: giving out again the jobs of vanished workers, archiving finished jobs. */
  maintain?: boolean;
  /** How often the maintenance runs (seconds); a vanished worker's job is given out again within its timeout plus this. */
  checkIntervalSeconds?: number;
  /** Called with errors of the engine's background work (maintenance while the database is away). */
  onError?: (error: Error) => void;
}

const NEEDS_SERVER = "the ingest queue needs a PostgreSQL server that every worker can reach: give --database-url URL or set DATABASE_URL";

/** The store of the queue commands: the server of --database-url, else of DATABASE_URL. */
export function serverStoreOptions(databaseUrl: string | undefined, poolSize?: number): StoreOptions {
  const url = databaseUrl ?? (process.env.DATABASE_URL || undefined);
  if (!url) throw new AnnalistError(NEEDS_SERVER, "USAGE");
  return { url, poolSize };
}

export async function openQueue(store: Store, options: QueueOptions = {}): Promise<Queue> {
  if (store.kind !== "postgres") {
    throw new AnnalistError(NEEDS_SERVER, "USAGE");
  }
  const schema = await queueSchema(store);
  const on = (q: Pick<Queryable, "query">): PgBoss.Db => ({ executeSql: async (text, values) => ({ rows: await q.query(text, values) }) });
  // pg-boss sends its schema changes and maintenance as one string with its own BEGIN … COMMIT: run on a
  // connection of its own that is rolled back on failure, so no pooled connection is left in a failed transaction.
  const pooled: PgBoss.Db = {
    executeSql: async (text, values) => ({ rows: await (values === undefined ? store.transaction((tx) => tx.query(text)) : store.query(text, values)) }),
  };
  const boss = new PgBoss({
    db: pooled,
    schema,
    schedule: false,
    supervise: options.maintain ?? false,
    maintenanceIntervalSeconds: options.checkIntervalSeconds ?? 30,
    migrate: true,
  });
  boss.on("error", (e: Error) => options.onError?.(e));
  // pg-boss creates its schema on first start; workers starting together on a new database would race
  // (CREATE SCHEMA IF NOT EXISTS is not safe against itself), so one process at a time sets it up.
  await store.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [SETUP_LOCK]);
    await boss.start();
    if (!(await boss.getQueue(QUEUE))) {
      await boss.createQueue(QUEUE, { name: QUEUE, policy: "standard", retryLimit: RETRIES, retryDelay: 0, retentionMinutes: KEEP_QUEUED_MINUTES });
    }
  });
  return { boss, schema, on, close: () => boss.stop({ graceful: false, close: false }) };
}

/** The queue's schema: `annalist_queue`, or `<schema>_queue` beside a store kept in another schema than public. */
export async function queueSchema(store: Store): Promise<string> {
  const [{ schema }] = await store.query<{ schema: string }>("SELECT current_schema() AS schema");
  const name = !schema || schema === "public" ? "annalist_queue" : `${schema}_queue`;
  if (!/^[A-Za-z_]\w{0,49}$/.test(name)) throw new AnnalistError(`the store's schema "${schema}" gives no usable queue schema name (letters, digits, _; at most 44 characters)`, "USAGE");
  return name;
}

/** A job's timeout: how long a worker may hold it before it is presumed gone and the job is given to another. */
export function jobTimeoutSeconds(chars: number): number {
  // Five minutes, and a second for every 10,000 characters: a slow, loaded core analyses more than that.
  return Math.min(23 * 3600, 300 + Math.ceil(chars / 10_000));
}

/** What a job carries: the text by its hash (in the text store), the document's name and creation date. */
export interface JobData {
  text: string;
  name: string;
  dct: string | null;
}
