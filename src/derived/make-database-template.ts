// Build step: the empty knowledge base that new embedded databases are copied from (./database-template.ts).
import { join } from "node:path";
import { openPglite } from "../store/db.ts";
import { migrate } from "../store/migrate.ts";
import { DATABASE_TEMPLATE } from "./database-template.ts";
import { makeDerived } from "./files.ts";

export function writeDatabaseTemplate(version: string): Promise<void> {
  return makeDerived(DATABASE_TEMPLATE, version, async (dir) => {
    const db = await openPglite(join(dir, "db"));
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
  });
}
