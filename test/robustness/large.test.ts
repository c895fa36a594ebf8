// 20 MB and 50 MB single documents through `annalist extract`, as a user would run it. Slow by nature
// (minutes per document, more while a stage is super-linear), so they run when ANNALIST_LARGE=1:
// `ANNALIST_LARGE=1 npm test -- test/robustness/large.test.ts`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { closeSync, openSync, readSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corpusOf } from "../../bench/measure.ts";
import { annalist, tempDir } from "./cli.ts";

const skip = process.env.ANNALIST_LARGE === "1" ? false : "set ANNALIST_LARGE=1 to run the 20 MB and 50 MB documents";

/** Memory may grow with the document, within a fixed multiple of it (text, tokens, layers, JSON output). */
const maxRssMB = (mb: number) => 1024 + 200 * mb;
/** A document that takes longer than this per MB is taken to hang (a super-linear stage), not to be slow. */
const CUTOFF_MS_PER_MB = 60_000;

function head(path: string, bytes: number): string {
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(bytes);
  readSync(fd, buf, 0, bytes, 0);
  closeSync(fd);
  return buf.toString("utf8");
}

let failedAt: number | null = null;

for (const mb of [20, 50]) {
  test(`extracts a ${mb} MB single document through the CLI, exit 0, memory bounded`, { skip }, async (t) => {
    if (failedAt !== null) return t.skip(`the ${failedAt} MB document already failed`);
    const dir = tempDir();
    const file = join(dir, `${mb}mb.txt`);
    const text = corpusOf(mb * 2 ** 20);
    writeFileSync(file, text);
    failedAt = mb;
    const run = await annalist(["extract", file], dir, CUTOFF_MS_PER_MB * mb);
    t.diagnostic(`${mb} MB: ${run.seconds.toFixed(0)} s, peak RSS ${run.peakRssMB} MB`);
    assert.equal(run.killed, false, `extract of ${mb} MB did not finish within ${(CUTOFF_MS_PER_MB * mb) / 60_000} min: a stage is super-linear in document size`);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(head(run.output, 9), '{"text":"');
    assert.ok(statSync(run.output).size > text.length, "the output holds the text and its layers");
    assert.ok(run.peakRssMB <= maxRssMB(mb), `peak RSS ${run.peakRssMB} MB > ${maxRssMB(mb)} MB`);
    failedAt = null;
  });
}
