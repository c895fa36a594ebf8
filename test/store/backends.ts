// The back ends every store test runs on: embedded PGlite always, a PostgreSQL server when
// ANNALIST_TEST_DATABASE_URL is set (in a fresh schema that is dropped afterwards).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type Store } from "../../src/store/index.ts";

export interface Backend {
  name: string;
  open(): Promise<{ store: Store; cleanup(): Promise<void> }>;
}

export function tempDir(prefix = "annalist-store-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

const pglite: Backend = {
  name: "PGlite",
  async open() {
    const dir = tempDir();
    const store = await openStore({ dir: join(dir, "db") });
    return {
      store,
      async cleanup() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const serverUrl = process.env.ANNALIST_TEST_DATABASE_URL;
let schemas = 0;
const server: Backend = {
  name: "PostgreSQL",
  async open() {
    const schema = `annalist_test_${process.pid}_${Date.now()}_${schemas++}`;
    const store = await openStore({ url: serverUrl, schema });
    return {
      store,
      async cleanup() {
        await store.close();
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    };
  },
};

export const backends: Backend[] = serverUrl ? [pglite, server] : [pglite];
