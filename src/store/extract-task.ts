// The work one worker thread does for the batch ingest: text in, the contract's extraction out.
import { analyze } from "../pipeline.ts";
import type { Extraction } from "../schema.ts";

export interface AnalyzeTask {
  name: string;
  text: string;
  dct: string | null;
}

export function analyzeTask(task: AnalyzeTask): Extraction {
  return analyze(task.text, { name: task.name, dct: task.dct });
}
