// Runs the pipeline properties; imported by the worker that the test watches for hangs.
import fc from "fast-check";
import { analyze } from "../../src/pipeline.ts";
import { problemsOf } from "./invariants.ts";
import { anyText, longRun, proseLike, sentenceLike } from "./arbitraries.ts";

export const PROPERTIES = {
  "any Unicode text": { arbitrary: anyText, runs: 150 },
  "prose-like text": { arbitrary: proseLike, runs: 150 },
  "sentence-like text": { arbitrary: sentenceLike, runs: 150 },
  "long runs of one piece": { arbitrary: longRun, runs: 40 },
} as const;

export type PropertyName = keyof typeof PROPERTIES;

/** Throws (with fast-check's shrunk counterexample) when analyze() crashes or breaks an invariant. */
export function checkPipeline(name: PropertyName, seed?: number): void {
  const { arbitrary, runs } = PROPERTIES[name];
  fc.assert(
    fc.property(arbitrary, (text) => {
      const problems = problemsOf(analyze(text, { name: "generated.txt" }), text);
      if (problems.length > 0) throw new Error(problems.slice(0, 5).join("\n"));
    }),
    { numRuns: runs, seed, endOnFailure: false },
  );
}
