import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { FORMATS } from "../../src/export/index.ts";
import { root } from "../helpers.ts";
import { assertWellFormedXml, hostileText } from "./support.ts";

const run = promisify(execFile);
const bin = join(root, "bin/annalist.js");

test("prints every export format from `annalist extract --format`, parsable by its reader", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "annalist-export-")), "hostile.txt");
  writeFileSync(file, hostileText);
  const outputs = await Promise.all(FORMATS.map((f) => run(process.execPath, [bin, "extract", file, "--format", f], { maxBuffer: 64 << 20 })));
  FORMATS.forEach((format, i) => {
    const out = outputs[i].stdout;
    if (["json", "geojson", "jsonld", "timelinejs", "csl"].includes(format)) assert.doesNotThrow(() => JSON.parse(out), format);
    if (["tei", "gexf"].includes(format)) assertWellFormedXml(out.trimEnd());
    if (format === "csv") assert.match(out, /^event_id,date,source,source_qid,event_type,cameo,/);
  });
});

test("rejects an unknown export format with exit code 2 and the list of formats", async () => {
  await assert.rejects(run(process.execPath, [bin, "extract", join(root, "examples/soviet-japanese-relations.txt"), "--format", "docx"]), (e: any) => {
    assert.equal(e.code, 2);
    assert.match(e.stderr, /unknown format "docx".*csv/);
    return true;
  });
});
