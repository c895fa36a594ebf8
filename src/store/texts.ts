// The content-addressed text store of the ingest queue (table `texts`): a queued text is kept once,
// under the SHA-256 of its UTF-8 bytes, until the transaction that stores its document removes it.
import type { Queryable } from "./db.ts";

/** Anything that runs a statement: the store, or one of its transactions. */
type Sql = Pick<Queryable, "query">;
import { documentId, sha256 } from "./rows.ts";

/** Where a text stands: stored as a document, waiting in the text store (with its latest job), or unknown. */
export interface TextState {
  sha256: string;
  /** The id of the stored document with this text, or null. */
  document: string | null;
  /** Whether the text store holds it, and the job that last referenced it. */
  queued: boolean;
  job: string | null;
}

export async function textState(q: Sql, text: string): Promise<TextState> {
  const hash = sha256(text);
  const [row] = await q.query<{ document: string | null; queued: boolean; job: string | null }>(
    `SELECT (SELECT id FROM documents WHERE id = $2) AS document, EXISTS (SELECT 1 FROM texts WHERE sha256 = $1) AS queued,
            (SELECT job FROM texts WHERE sha256 = $1) AS job`,
    [hash, documentId(hash)],
  );
  return { sha256: hash, document: row.document, queued: row.queued, job: row.job };
}

/** Keeps a text (once) and records the job that references it; returns its hash. */
export async function putText(q: Sql, text: string, job: string): Promise<string> {
  const hash = sha256(text);
  await q.query("INSERT INTO texts (sha256, text, job) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO UPDATE SET job = EXCLUDED.job", [hash, text, job]);
  return hash;
}

export async function getText(q: Sql, hash: string): Promise<string | null> {
  const [row] = await q.query<{ text: string }>("SELECT text FROM texts WHERE sha256 = $1", [hash]);
  return row?.text ?? null;
}

export async function dropText(q: Sql, hash: string): Promise<void> {
  await q.query("DELETE FROM texts WHERE sha256 = $1", [hash]);
}
