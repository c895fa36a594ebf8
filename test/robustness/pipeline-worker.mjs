// Loads TypeScript in the worker (module hooks of the main thread do not reach workers) and runs it.
import { register } from "tsx/esm/api";

register();
await import("./pipeline-worker.ts");
