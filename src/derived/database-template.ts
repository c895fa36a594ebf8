// An empty knowledge base made once at build time (./make-database-template.ts): a PGlite data directory with
// the migrations applied. Creating one runs PostgreSQL's initdb in WebAssembly (about 10 CPU seconds); a new
// embedded database starts as a copy of this one instead (about 1 s), and the store's migrations then add
// whatever is newer.
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { derivedDirOf } from "./files.ts";

export const DATABASE_TEMPLATE = "pglite";

/** Makes `dir` a copy of the template when it does not exist yet or is empty and the build has a template. */
export function seedDatabaseDir(dir: string): void {
  const template = derivedDirOf(DATABASE_TEMPLATE);
  if (!template || (existsSync(dir) && readdirSync(dir).length > 0)) return;
  const tmp = `${dir}.${process.pid}.seed`;
  cpSync(join(template, "db"), tmp, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}
