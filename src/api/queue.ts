// GET /api/queue: the ingest queue's progress, the same JSON as `annalist queue --format json`.
// Read from the database on every request, so that any instance of the API answers the same.
import { QueueStatus } from "../schema.ts";
import { queueStatus } from "../queue/status.ts";
import type { Router } from "./route.ts";
import type { KnowledgeStore } from "./store.ts";

export function queueRoutes(router: Router, store: KnowledgeStore): void {
  router.route(
    {
      method: "get",
      path: "/api/queue",
      summary: "The ingest queue's progress: queued, running, done and failed documents, rate, ETA and the failed documents with their errors",
      tag: "queue",
      response: { status: 200, description: "the queue's status (available: false when the store is no PostgreSQL server)", schema: QueueStatus },
    },
    async ({ c }) => {
      c.header("cache-control", "no-store");
      return c.json(await queueStatus(store));
    },
  );
}
