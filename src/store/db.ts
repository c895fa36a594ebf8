// One small query interface over both back ends: embedded PGlite (a directory) and a PostgreSQL server (pg).
// Every store query is plain SQL with $n parameters that both run unchanged.
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { seedDatabaseDir } from "../derived/database-template.ts";

export interface Queryable {
  query<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several ;-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openPglite(dir: string): Promise<Db> {
  // A new directory starts as a copy of the empty database made at build time (initdb takes seconds).
  seedDatabaseDir(dir);
  const db = await PGlite.create(dir);
  const wrap = (q: { query: PGlite["query"]; exec: PGlite["exec"] }): Queryable => ({
    query: async (sql, params) => (await q.query(sql, params)).rows as any[],
    exec: async (sql) => void (await q.exec(sql)),
  });
  return {
    kind: "pglite",
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx as any))),
    close: () => db.close(),
  };
}

/** A pool on a PostgreSQL server; `schema` (created when missing) becomes the search path of every connection. */
export async function openPostgres(url: string, schema?: string, poolSize = 4): Promise<Db> {
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  pool.on("error", () => {}); // an idle client that drops is replaced on the next query
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    query: async (sql, params) => (await c.query(sql, params as any[])).rows,
    exec: async (sql) => void (await c.query(sql)),
  });
  return {
    kind: "postgres",
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      // A connection lost between two statements is reported as an event (the next statement fails with it).
      const lost = (e: Error) => (broken = e);
      client.on("error", lost);
      try {
        await client.query("BEGIN");
        const result = await fn(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (e) {
        // A connection that cannot even roll back (the server went away) is closed, not reused.
        await client.query("ROLLBACK").catch(() => (broken = e as Error));
        throw e;
      } finally {
        client.off("error", lost);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
