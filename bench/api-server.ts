// The server the API load test runs against, in its own process: `node --import tsx bench/api-server.ts memory|pglite DIR`.
import { readFileSync } from "node:fs";
import { openMemoryStore } from "../src/api/memory-store.ts";
import { openKnowledgeStore } from "../src/api/open-store.ts";
import { startServer } from "../src/api/server.ts";
import { essayPath } from "./measure.ts";

const [kind, dir] = process.argv.slice(2);
const store = kind === "pglite" ? (await openKnowledgeStore({ dir })).store : openMemoryStore();
const doc = await store.ingest("soviet-japanese-relations.txt", readFileSync(essayPath, "utf8"));
const server = await startServer(store, { port: 0, web: false });
process.send?.({ url: server.url, document: doc.id });
process.on("disconnect", async () => {
  await server.close();
  await store.close();
  process.exit(0);
});
