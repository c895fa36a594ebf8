import test from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATABASE_TEMPLATE, seedDatabaseDir } from "../../src/derived/database-template.ts";
import { derivedDirOf } from "../../src/derived/files.ts";
import { openStore } from "../../src/store/index.ts";
import { migrations } from "../../src/store/migrate.ts";
import { inCI } from "../helpers.ts";

const template = derivedDirOf(DATABASE_TEMPLATE);
// npm test builds dist/ first; a file run by hand after an edit may find none (CI must).
const skip = !template && !inCI && "no build of the current sources (npm run build)";

test("a new embedded database is a copy of the build's template, with every migration and no documents", { skip }, async () => {
  assert.ok(template, "the build has a database template");
  const dir = mkdtempSync(join(tmpdir(), "annalist-template-"));
  try {
    const db = join(dir, "db");
    seedDatabaseDir(db);
    assert.ok(existsSync(join(db, "PG_VERSION")), "the directory is a PostgreSQL data directory");
    const store = await openStore({ dir: db });
    try {
      const applied = await store.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
      assert.deepEqual(applied.map((r) => r.version), migrations().map((m) => m.version));
      assert.deepEqual(await store.listDocuments(), []);
      const stored = await store.ingest("note.txt", "On April 13, 1941 Japan and the Soviet Union signed a neutrality pact.\n");
      assert.equal(stored.created, true);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a directory that holds anything is never replaced by the template", { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), "annalist-template-"));
  try {
    const db = join(dir, "db");
    mkdirSync(db);
    writeFileSync(join(db, "notes.txt"), "mine");
    seedDatabaseDir(db);
    assert.deepEqual(readdirSync(db), ["notes.txt"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
