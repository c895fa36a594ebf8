// A worker thread that analyses documents. It runs the compiled bundle in dist/ when that is a build of the
// current sources (as bin/annalist.js does), and the TypeScript sources through tsx otherwise.
import { staleReason } from "../../scripts/build-state.mjs";

let task;
if (!process.env.ANNALIST_FROM_SOURCE && staleReason() === null) {
  task = await import("../../dist/extract-task.mjs");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  task = await import("./extract-task.ts");
}

export default task.analyzeTask;
