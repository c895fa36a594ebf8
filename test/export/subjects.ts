// The extractions every export test runs on: the essay as analysed today, the hand-built hostile
// extraction (exercises every path whatever the layers find), and the hostile text as analysed today.
import { analyze } from "../../src/pipeline.ts";
import type { Extraction } from "../../src/schema.ts";
import { essayExtraction } from "../helpers.ts";
import { hostileExtraction, hostileText } from "./support.ts";

export function subjects(): [string, Extraction][] {
  return [
    ["the essay", essayExtraction()],
    ["the hostile fixture", hostileExtraction()],
    ["the hostile text analysed", analyze(hostileText, { name: "hostile.txt" })],
  ];
}
