// A queue worker for the tests whose analysis throws on any text holding the poison marker, and runs
// the real pipeline on every other: the stand-in for a document that breaks the analysis. The hook
// lives here, in the tests; `annalist worker` has none.
import { pathToFileURL } from "node:url";
import { openStore } from "../../src/store/index.ts";
import { openQueue } from "../../src/queue/engine.ts";
import { analysisThreads, runWorker } from "../../src/queue/worker.ts";

export const POISON = "[poison marker of the queue tests]";

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const store = await openStore({ url: process.env.DATABASE_URL, poolSize: 3 });
  const queue = await openQueue(store, { maintain: true, checkIntervalSeconds: 1 });
  const threads = analysisThreads(1);
  const summary = await runWorker(store, queue, {
    untilEmpty: true,
    analyze: (task) => (task.text.includes(POISON) ? Promise.reject(new Error("the text holds the poison marker")) : threads.analyze(task)),
  });
  await threads.close();
  await queue.close();
  await store.close();
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}
