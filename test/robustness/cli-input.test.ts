import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Extraction } from "../../src/schema.ts";
import { annalist, tempDir } from "./cli.ts";
import { problemsOf } from "./invariants.ts";

const dir = tempDir();
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A clear message: "annalist: FILE…: why", no stack trace, no internal error. */
function assertClearError(run: { code: number | null; stderr: string }, path: string, why: RegExp): void {
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /^annalist: /);
  assert.ok(run.stderr.includes(path), `the message names the file: ${run.stderr}`);
  assert.match(run.stderr, why);
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
}

test("rejects invalid UTF-8, binary, empty, missing and directory inputs with a message naming the file", async () => {
  const cases: [string, RegExp][] = [
    [file("latin1.txt", new Uint8Array([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" au lait.\n")])), /not valid UTF-8/],
    [file("image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])), /binary/],
    [file("empty.txt", ""), /empty/],
    [file("blank.txt", " \n\t\n"), /white space/],
    [join(dir, "missing.txt"), /no such file/],
  ];
  const folder = join(dir, "folder");
  mkdirSync(folder);
  cases.push([folder, /directory/]);
  const runs = await Promise.all(cases.map(([path]) => annalist(["extract", path])));
  runs.forEach((run, i) => {
    assertClearError(run, cases[i][0], cases[i][1]);
    assert.equal(readFileSync(run.output, "utf8"), "", "nothing half-written on stdout");
  });
});

async function extractOk(path: string, text: string): Promise<Extraction> {
  const run = await annalist(["extract", path]);
  assert.equal(run.code, 0, run.stderr);
  const x = Extraction.parse(JSON.parse(readFileSync(run.output, "utf8")));
  assert.deepEqual(problemsOf(x, text), []);
  return x;
}

test("extracts text with a citation that never closes its parenthesis, and one by an unknown author", async () => {
  const text = [
    "Japan signed the treaty in 1941 (Jones, pg. 178 and nothing ever closes this parenthesis",
    "so the sentence runs on. Later the army withdrew (Nobody, pg. 5).",
    "",
    "Works Cited",
    "",
    "Jones, F. C. Japan's New Order in East Asia. London: Oxford UP, 1954. Print.",
    "",
  ].join("\n");
  const x = await extractOk(file("unclosed.txt", text), text);
  assert.ok(!x.citations.some((c) => c.text.startsWith("(Jones") && !c.text.endsWith(")")), "an unclosed parenthesis is no citation");
  const nobody = x.citations.find((c) => c.text === "(Nobody, pg. 5)");
  assert.ok(nobody, "the closed citation after the unclosed one is found");
  assert.ok(nobody.refs.every((r) => r.bib === null));
  assert.ok((x.warnings ?? []).some((w) => w.message.includes("Nobody")), "the unknown author is reported as a warning");
});

test("extracts a 1 MB single line without spaces", async () => {
  const text = "Abc.Def,ghi-(jkl)1931;".repeat(Math.ceil(2 ** 20 / 22)).slice(0, 2 ** 20);
  await extractOk(file("one-line.txt", text), text);
});
