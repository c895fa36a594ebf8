// Setting up the queue beside a store: its schema's name, several processes at once on a new
// database, and a clear refusal on embedded PGlite (one process cannot share out work).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { AnnalistError } from "../../src/errors.ts";
import { openStore } from "../../src/store/index.ts";
import { jobTimeoutSeconds, openQueue, QUEUE } from "../../src/queue/engine.ts";
import { tempDir } from "../store/backends.ts";
import { freshSchema, needsServer, sql } from "./support.ts";

test("the queue refuses an embedded store, naming what it needs", async () => {
  const store = await openStore({ dir: join(tempDir(), "db") });
  try {
    await assert.rejects(openQueue(store), (e: unknown) => e instanceof AnnalistError && e.code === "USAGE" && /needs a PostgreSQL server .*--database-url/.test(e.message));
  } finally {
    await store.close();
  }
});

test("a job's timeout grows with its text: five minutes, a second per 10,000 characters, at most 23 hours", () => {
  assert.equal(jobTimeoutSeconds(2_000), 301);
  assert.equal(jobTimeoutSeconds(20_000_000), 2_300);
  assert.equal(jobTimeoutSeconds(5_000_000_000), 23 * 3600);
});

test("workers starting together on a new database set the queue up once, beside the store's schema", { skip: needsServer, timeout: 60_000 }, async () => {
  const { url, schema, drop } = await freshSchema();
  try {
    const opened = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const store = await openStore({ url });
        const queue = await openQueue(store);
        const name = queue.schema;
        await queue.close();
        await store.close();
        return name;
      }),
    );
    assert.deepEqual(opened, Array(4).fill(`${schema}_queue`));
    const queues = await sql(url, `SELECT name FROM "${schema}_queue".queue`);
    assert.deepEqual(queues.map((q) => q.name), [QUEUE]);
  } finally {
    await drop();
  }
});
