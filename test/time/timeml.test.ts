import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DOMParser } from "@xmldom/xmldom";
import { analyze } from "../../src/pipeline.ts";
import { exportAs } from "../../src/export/index.ts";
import { root } from "../helpers.ts";

const run = promisify(execFile);

const news = [
  "WASHINGTON (AP) _ The Senate voted Tuesday to extend the program for six months, officials said.",
  "The measure, first passed in 1998 & renewed in 2001, expires at the end of the month; hearings ran from 1999 to 2000.",
  "Now the <committee> meets again.\r\nOn March 21 it votes.",
].join("\n");

function parse(xml: string) {
  const errors: string[] = [];
  const fail = (msg: string) => void errors.push(msg);
  const doc = new DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(xml, "text/xml");
  assert.deepEqual(errors, []);
  return doc;
}

test("the TimeML export parses as XML and its <TEXT> is the text, unchanged, between the TIMEX3 tags", () => {
  const x = analyze(news, { dct: "2003-04-15" });
  const doc = parse(exportAs("timeml", x));
  const text = doc.getElementsByTagName("TEXT")[0];
  assert.equal(text.textContent, news);
  const timexes = [...Array.from(text.getElementsByTagName("TIMEX3"))];
  assert.ok(timexes.length >= 6);
  const byText = new Map(timexes.map((t) => [t.textContent, t]));
  assert.equal(byText.get("Tuesday")?.getAttribute("value"), "2003-04-15");
  assert.equal(byText.get("six months")?.getAttribute("type"), "DURATION");
  assert.equal(byText.get("Now")?.getAttribute("value"), "PRESENT_REF");
  // a range is written as its two ends
  assert.equal(byText.get("1999")?.getAttribute("value"), "1999");
  assert.equal(byText.get("2000")?.getAttribute("value"), "2000");
  assert.equal(timexes.some((t) => t.textContent?.includes("from 1999")), false);
});

test("the TimeML export has the document date in <DCT>, unique tids, and every anchorTimeID names one of them", () => {
  const x = analyze(news, { dct: "2003-04-15" });
  const doc = parse(exportAs("timeml", x));
  const dct = doc.getElementsByTagName("DCT")[0].getElementsByTagName("TIMEX3")[0];
  assert.equal(dct.getAttribute("value"), "2003-04-15");
  assert.equal(dct.getAttribute("functionInDocument"), "CREATION_TIME");
  const all = Array.from(doc.getElementsByTagName("TIMEX3"));
  const tids = all.map((t) => t.getAttribute("tid"));
  assert.equal(new Set(tids).size, tids.length);
  for (const t of all) {
    const anchor = t.getAttribute("anchorTimeID");
    if (anchor) assert.ok(tids.includes(anchor), `${t.textContent} anchors on ${anchor}`);
    assert.ok(t.getAttribute("value") !== null && t.getAttribute("type"));
  }
});

test("writes TIMEX3 values where they differ from EDTF: seasons, years BC, parts of the day", () => {
  const history = "In the summer of 1939 fighting broke out. Xerxes crossed in 480 BC. On the night of 20 June 1791 the king fled.";
  const doc = parse(exportAs("timeml", analyze(history)));
  const values = Object.fromEntries(Array.from(doc.getElementsByTagName("TIMEX3")).map((t) => [t.textContent, t.getAttribute("value")]));
  assert.equal(values["the summer of 1939"], "1939-SU");
  assert.equal(values["480 BC"], "BC0480");
  assert.equal(values["the night of 20 June 1791"], "1791-06-20TNI");
  assert.equal(doc.getElementsByTagName("DCT").length, 0);
});

test("`annalist extract FILE --format timeml` prints the essay as TimeML whose text is the file's", async () => {
  const file = join(root, "examples/soviet-japanese-relations.txt");
  const { stdout } = await run(process.execPath, [join(root, "bin/annalist.js"), "extract", file, "--format", "timeml"], { maxBuffer: 64 << 20 });
  const doc = parse(stdout);
  assert.equal(doc.getElementsByTagName("TEXT")[0].textContent, readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  assert.ok(doc.getElementsByTagName("TIMEX3").length > 56);
  const dir = mkdtempSync(join(tmpdir(), "annalist-timeml-"));
  writeFileSync(join(dir, "news.txt"), news);
  const dated = await run(process.execPath, [join(root, "bin/annalist.js"), "extract", join(dir, "news.txt"), "--format", "timeml", "--dct", "2003-04-15", "--genre", "news"]);
  assert.equal(parse(dated.stdout).getElementsByTagName("TEXT")[0].textContent, news);
});
