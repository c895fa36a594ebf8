// A reader that stops early (`annalist extract essay.txt | head`) closes the pipe: the command ends quietly, exit 0.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { essay, root } from "../helpers.ts";

// Output far larger than a pipe's buffer, so that writes are still pending when the reader leaves.
const longer = join(mkdtempSync(join(tmpdir(), "annalist-pipe-")), "essay-x8.txt");
writeFileSync(longer, Array(8).fill(essay).join("\n\n"));

function readFirstBytesThenClose(args: string[]): Promise<{ code: number | null; stderr: string; head: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "bin/annalist.js"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let head = "";
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdout.setEncoding("utf8").once("data", (d: string) => {
      head = d.slice(0, 20);
      child.stdout.destroy();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, head }));
  });
}

for (const args of [["extract", longer], ["extract", longer, "--format", "csv"], ["events", longer]]) {
  test(`annalist ${args.filter((a) => a !== longer).join(" ")} ends with exit 0 and no message when its reader goes away`, async () => {
    const run = await readFirstBytesThenClose(args);
    assert.ok(run.head.length > 0);
    assert.equal(run.stderr, "");
    assert.equal(run.code, 0);
  });
}
