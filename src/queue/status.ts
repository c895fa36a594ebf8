// The ingest queue's progress, read from the engine's tables (jobs in hand and archived ones): what
// `annalist queue`, GET /api/queue and the explorer's panel show.
import type { QueueStatus } from "../schema.ts";
import type { Store } from "../store/index.ts";
import { QUEUE, queueSchema } from "./engine.ts";

/** Jobs finished within this window make the rate. */
const RATE_WINDOW = "5 minutes";
const TIMEOUT_MESSAGE = "job failed by timeout in active state";

export function emptyStatus(available: boolean): QueueStatus {
  return { available, queued: 0, running: 0, done: 0, duplicates: 0, failed: 0, rate: 0, etaSeconds: null, failures: [], checkedAt: new Date().toISOString() };
}

/** The status of the queue beside this store; `available: false` for a store that is no PostgreSQL server. */
export async function queueStatus(store: unknown): Promise<QueueStatus> {
  const s = store as Partial<Store>;
  if (s?.kind !== "postgres" || typeof s.query !== "function") return emptyStatus(false);
  const db = store as Store;
  const schema = await queueSchema(db);
  const [{ exists }] = await db.query<{ exists: boolean }>("SELECT to_regclass($1) IS NOT NULL AS exists", [`${schema}.archive`]);
  if (!exists) return emptyStatus(true);
  const jobs = `(SELECT state::text, started_on, completed_on, output, data, retry_count FROM ${schema}.job WHERE name = $1
                 UNION ALL SELECT state::text, started_on, completed_on, output, data, retry_count FROM ${schema}.archive WHERE name = $1) AS jobs`;
  const finishedRecently = `state IN ('completed', 'failed') AND completed_on > now() - interval '${RATE_WINDOW}'`;
  const [counts] = await db.query<Record<string, number>>(
    `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
            count(*) FILTER (WHERE state = 'active')::int AS running,
            count(*) FILTER (WHERE state = 'completed')::int AS done,
            count(*) FILTER (WHERE state = 'completed' AND output->>'created' = 'false')::int AS duplicates,
            count(*) FILTER (WHERE state = 'failed')::int AS failed,
            count(*) FILTER (WHERE ${finishedRecently})::int AS recent,
            -- from the first of those jobs' start (within the window) to now, or to the last finish when nothing is left
            COALESCE(extract(epoch FROM
              CASE WHEN count(*) FILTER (WHERE state IN ('created', 'retry', 'active')) > 0 THEN now() ELSE max(completed_on) FILTER (WHERE ${finishedRecently}) END
              - greatest(now() - interval '${RATE_WINDOW}', min(started_on) FILTER (WHERE ${finishedRecently}))), 0)::float8 AS span
       FROM ${jobs}`,
    [QUEUE],
  );
  const failures = await db.query<{ name: string; error: string | null; retry_count: number; completed_on: Date | null }>(
    `SELECT data->>'name' AS name, COALESCE(output->>'message', output->'value'->>'message') AS error, retry_count, completed_on
       FROM ${jobs} WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT 100`,
    [QUEUE],
  );
  const rate = counts.recent > 0 ? counts.recent / Math.max(counts.span, 1) : 0;
  const left = counts.queued + counts.running;
  return {
    available: true,
    queued: counts.queued,
    running: counts.running,
    done: counts.done,
    duplicates: counts.duplicates,
    failed: counts.failed,
    rate,
    etaSeconds: left === 0 ? 0 : rate > 0 ? left / rate : null,
    failures: failures.map((f) => ({
      name: f.name ?? "(unnamed)",
      error: f.error === TIMEOUT_MESSAGE || f.error === null
        ? "no worker finished it within its timeout: its workers were killed or stopped, or the analysis needs a longer --timeout"
        : f.error,
      attempts: f.retry_count + 1,
      at: f.completed_on ? new Date(f.completed_on).toISOString() : null,
    })),
    checkedAt: new Date().toISOString(),
  };
}
