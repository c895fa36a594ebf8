// A worker thread that analyses documents: it loads the TypeScript pipeline through tsx (no build step).
import { register } from "tsx/esm/api";

register();
const { analyzeTask } = await import("./extract-task.ts");

export default analyzeTask;
