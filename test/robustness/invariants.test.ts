import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/pipeline.ts";
import { hostileExtraction, hostileText } from "../export/support.ts";
import { problemsOf } from "./invariants.ts";

test("the invariant check passes a consistent extraction and names each broken span or reference", () => {
  assert.deepEqual(problemsOf(hostileExtraction(), hostileText), []);
  const x = hostileExtraction();
  x.entities[0].mentions[0] = { start: 3, end: 8, text: "Japan" };
  x.sentences[0] = { start: 5, end: 2 };
  x.events[0].source = ["e404"];
  x.events[1].citations = [7];
  x.timexes[0].end = hostileText.length + 1;
  const problems = problemsOf(x, hostileText).join("\n");
  assert.match(problems, /entity e1 mention 0: text "Japan" is not the slice/);
  assert.match(problems, /sentences\[0\]: span \[5, 2\)/);
  assert.match(problems, /event v1: entity e404 does not exist/);
  assert.match(problems, /event v2: citation index 7 out of range/);
  assert.match(problems, /timexes\[0\]: span/);
});

test("the pipeline's analysis of hostile markup, quotes and odd Unicode keeps the invariants", () => {
  assert.deepEqual(problemsOf(analyze(hostileText), hostileText), []);
});
