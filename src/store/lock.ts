// An embedded database directory belongs to one process at a time (PGlite is single-user):
// a lock file next to it names the holder; a lock left by a dead process is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { AnnalistError } from "../errors.ts";

export function lockDirectory(dir: string): () => void {
  const path = `${resolve(dir)}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: "wx" });
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (holder && alive(holder)) {
        const who = holder === process.pid ? "this process (it is already open)" : `process ${holder} (an 'annalist serve' or 'ingest'?)`;
        throw new AnnalistError(
          `the database ${dir} is in use by ${who}; close it first, or use a PostgreSQL server with --database-url`,
          "DB_LOCKED",
          { file: dir },
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new AnnalistError(`cannot lock the database ${dir}`, "DB_LOCKED", { file: dir });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
