// The explorer's queue panel in a real browser (Debian's chromium through playwright-core): it shows
// the counts while a run goes, then the finished run with the failed document and its error; and it
// stays hidden on a store without the queue.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ensureWebBundle } from "../../src/api/build-web.ts";
import { openMemoryStore } from "../../src/api/memory-store.ts";
import { startServer } from "../../src/api/server.ts";
import type { KnowledgeStore } from "../../src/api/store.ts";
import { analyze } from "../../src/pipeline.ts";
import { openStore } from "../../src/store/index.ts";
import { openQueue } from "../../src/queue/engine.ts";
import { enqueueFiles } from "../../src/queue/enqueue.ts";
import { runWorker } from "../../src/queue/worker.ts";
import { launchBrowser } from "../web/browser.ts";
import { POISON } from "./poison-worker.ts";
import { corpus, freshSchema, needsServer, serverUrl } from "./support.ts";

const N = 12;

test("the queue panel shows a run's counts while it goes, then the finished run and the failed document with its error", { skip: needsServer, timeout: 240_000 }, async () => {
  await ensureWebBundle();
  const { schema, drop } = await freshSchema();
  const store = await openStore({ url: serverUrl, schema });
  const queue = await openQueue(store);
  const memory = await startServer(openMemoryStore(), { port: 0 });
  const server = await startServer(store as unknown as KnowledgeStore, { port: 0 });
  const browser = await launchBrowser();
  let run: ReturnType<typeof runWorker> | undefined;
  try {
    const { dir } = corpus(N);
    writeFileSync(join(dir, "poison.txt"), `A note on the Treaty of Portsmouth.\n${POISON}\n`);
    await enqueueFiles(store, queue, [dir]);

    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    const asked = page.waitForResponse((r) => r.url().endsWith("/api/queue"), { timeout: 30_000 });
    await page.goto(memory.url);
    await asked;
    await sleep(300);
    assert.equal(await page.$eval("#queue-panel", (e) => (e as HTMLElement).hidden), true, "hidden on a store without the queue");

    await page.goto(server.url);
    await page.waitForSelector("#queue-panel:not([hidden])", { timeout: 30_000 });
    const counts = () =>
      page.$eval("#queue-panel", (p) => ({
        state: (p as HTMLElement).dataset.state,
        ...Object.fromEntries(["queued", "running", "done", "failed"].map((k) => [k, Number(p.querySelector(`.queue-${k}`)?.getAttribute("data-count"))])),
      })) as Promise<{ state: string; queued: number; running: number; done: number; failed: number }>;
    assert.deepEqual(await counts(), { state: "running", queued: N + 1, running: 0, done: 0, failed: 0 });
    assert.match(await page.$eval("#queue-panel", (p) => p.textContent ?? ""), /Ingesting/);

    // A slow analysis (a quarter second a document), so that the panel is seen in the middle of the run.
    run = runWorker(store, queue, {
      untilEmpty: true,
      idleMs: 100,
      analyze: async (t) => {
        await sleep(250);
        if (t.text.includes(POISON)) throw new Error("the text holds the poison marker");
        return analyze(t.text, { name: t.name, dct: t.dct });
      },
    });
    let midway = await counts();
    for (const until = Date.now() + 60_000; !(midway.done > 0 && midway.queued + midway.running > 0); midway = await counts()) {
      assert.ok(Date.now() < until, `the panel showed the run midway: ${JSON.stringify(midway)}`);
      await sleep(100);
    }
    assert.equal(midway.state, "running");
    assert.ok(midway.done + midway.failed < N + 1);
    const progress = await page.$eval("#queue-panel progress", (p) => [(p as HTMLProgressElement).value, (p as HTMLProgressElement).max]);
    assert.deepEqual(progress, [midway.done + midway.failed, N + 1]);

    const summary = await run!;
    assert.equal(summary.stored, N);
    await page.waitForSelector('#queue-panel[data-state="idle"]', { timeout: 30_000 });
    assert.deepEqual(await counts(), { state: "idle", queued: 0, running: 0, done: N, failed: 1 });
    await page.click("#queue-panel details summary");
    const failure = await page.$eval("#queue-panel details li", (li) => li.textContent ?? "");
    assert.match(failure, /poison\.txt: the analysis failed: the text holds the poison marker/);
    assert.deepEqual(errors, []);
  } finally {
    await run?.catch(() => {});
    await browser.close();
    await server.close();
    await memory.close();
    await queue.close();
    await store.close();
    await drop();
  }
});
