import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { analyze } from "../../src/pipeline.ts";
import { extractInSections } from "../../src/sections/index.ts";
import { sectionStarts } from "../../src/text/sections.ts";
import { writeSectionedJson } from "../../src/cli/sectioned-json.ts";
import { snapshotLines } from "../../scripts/snapshot.ts";
import { essay, root } from "../helpers.ts";

const devText = (name: string) => readFileSync(`${root}test/fixtures/corpus/dev/${name}.txt`, "utf8");

test("cuts a long text where a paragraph's line begins, about evenly", () => {
  for (const [text, size] of [[essay, 6000], [devText("balkan-wars"), 3000]] as const) {
    const starts = sectionStarts(text, text.length, size);
    const count = Math.ceil(text.length / size);
    assert.ok(starts.length >= count - 2 && starts.length <= count - 1, `${starts.length} cuts for ${count} sections`);
    starts.forEach((at, i) => {
      assert.ok(at > (starts[i - 1] ?? 0) && at < text.length);
      assert.equal(text[at - 1], "\n", `cut ${i} is at the start of a line`);
      assert.doesNotMatch(text[at], /\s/, `cut ${i} is where a line's text begins`);
    });
  }
});

test("a text analysed in sections keeps every paragraph, sentence and citation, and nearly every timex and event", () => {
  for (const [text, size] of [[essay, 6000], [devText("balkan-wars"), 3000], [devText("treaty-of-versailles"), 4000]] as const) {
    const whole = analyze(text);
    const cut = extractInSections(text, {}, size);
    assert.deepEqual(cut.paragraphs, whole.paragraphs);
    assert.deepEqual(cut.sentences, whole.sentences);
    assert.deepEqual(cut.citations, whole.citations);
    assert.deepEqual(cut.bibliography, whole.bibliography);
    for (const layer of ["timexes", "events"]) {
      const lines = (x: typeof whole) => snapshotLines(x).filter((l) => l.startsWith(`${layer}\t`));
      const kept = new Set(lines(cut));
      const same = lines(whole).filter((l) => kept.has(l)).length;
      assert.ok(same >= 0.95 * lines(whole).length, `${layer}: ${same} of ${lines(whole).length} as in the whole text`);
    }
  }
});

test("a section starts from the narrative time the section before ended on", () => {
  const filler = (n: number) => Array(n).fill("The ministers met again, and the talks went on. Nobody expected an end to them soon.").join("\n\n");
  const text = [`The crisis began in the spring of 1904.`, filler(30), `In February the fleet attacked the harbour at night.`, filler(20)].join("\n\n");
  const size = Math.ceil(text.length / 2);
  const [cut] = sectionStarts(text, text.length, size);
  assert.ok(cut > text.indexOf("1904") && cut < text.indexOf("In February"), "the cut falls between the year and the month");
  const value = (x: ReturnType<typeof analyze>, words: string) => x.timexes.find((t) => t.text === words)?.value;
  assert.equal(value(analyze(text), "February"), "1904-02");
  assert.equal(value(extractInSections(text, {}, size), "February"), "1904-02");
});

test("the streamed JSON of a text in sections is JSON.stringify of its extraction", async () => {
  for (const [text, size] of [[essay, 6000], [devText("balkan-wars") + "\n\nLes négociations 😀 reprirent.", 3000]] as const) {
    const out = new PassThrough({ highWaterMark: 4096 });
    const chunks: string[] = [];
    out.setEncoding("utf8").on("data", (c: string) => chunks.push(c));
    await writeSectionedJson(out, text, { dct: "2020-01-01" }, "\n", size);
    out.end();
    assert.equal(chunks.join(""), JSON.stringify(extractInSections(text, { dct: "2020-01-01" }, size)) + "\n");
  }
});
