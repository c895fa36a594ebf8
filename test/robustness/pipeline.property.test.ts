import { test } from "node:test";
import assert from "node:assert/strict";
import { Worker } from "node:worker_threads";
import { PROPERTIES, type PropertyName } from "./pipeline-properties.ts";

// A hang cannot be interrupted inside synchronous code, so each property runs in a worker that is
// terminated past this cut-off (generous: it catches hangs, it is not a performance budget).
const HANG_CUTOFF_MS = 240_000;

function inWorker(name: PropertyName): Promise<{ ok: boolean; message?: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./pipeline-worker.mjs", import.meta.url), { workerData: { name } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, message: `no answer within ${HANG_CUTOFF_MS / 1000} s: the pipeline hangs on some ${name}` });
    }, HANG_CUTOFF_MS);
    worker.once("message", (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

for (const name of Object.keys(PROPERTIES) as PropertyName[]) {
  test(`the whole pipeline keeps every span inside the text and the contract on ${name}`, async () => {
    const result = await inWorker(name);
    assert.ok(result.ok, result.message);
  });
}
