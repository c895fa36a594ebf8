// Worker side of the pipeline property test: runs one property and reports ok or the failure.
import { parentPort, workerData } from "node:worker_threads";
import { checkPipeline, type PropertyName } from "./pipeline-properties.ts";

const { name, seed } = workerData as { name: PropertyName; seed?: number };
try {
  checkPipeline(name, seed);
  parentPort!.postMessage({ ok: true });
} catch (e) {
  parentPort!.postMessage({ ok: false, message: (e as Error).message });
}
