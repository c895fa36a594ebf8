// Guards refactors that must not change results: `--save` writes the extraction of a few texts to
// .tmp/snapshot/, a later run without it compares and lists, per layer, how many items differ.
// Usage: node --import tsx scripts/snapshot.ts [--save]
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { analyze } from "../src/pipeline.ts";

const texts: Record<string, string> = {
  essay: readFileSync("examples/soviet-japanese-relations.txt", "utf8"),
  "essay x3": Array(3).fill(readFileSync("examples/soviet-japanese-relations.txt", "utf8")).join("\n\n"),
  "wrapped essay": readFileSync("test/cite/fixtures/wrapped-essay.txt", "utf8"),
  "crimean war": readFileSync("test/time/texts/crimean-war.txt", "utf8"),
  "senate news": readFileSync("test/time/texts/senate-news.txt", "utf8"),
};
const dir = ".tmp/snapshot";
const save = process.argv.includes("--save");
mkdirSync(dir, { recursive: true });
let differ = 0;
for (const [name, text] of Object.entries(texts)) {
  const { text: _t, ...out } = analyze(text, { name });
  const file = `${dir}/${name.replace(/\W+/g, "-")}.json`;
  if (save || !existsSync(file)) {
    writeFileSync(file, JSON.stringify(out));
    console.log(`saved ${name}`);
    continue;
  }
  const before = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(out)])) {
    const a = before[key];
    const b = (out as Record<string, unknown>)[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    differ++;
    if (Array.isArray(a) && Array.isArray(b)) {
      const sa = new Set(a.map((x) => JSON.stringify(x)));
      const sb = new Set(b.map((x) => JSON.stringify(x)));
      const gone = [...sa].filter((x) => !sb.has(x));
      const added = [...sb].filter((x) => !sa.has(x));
      console.log(`${name}: ${key}: ${a.length} → ${b.length} items; ${gone.length} gone, ${added.length} new`);
      for (const x of gone.slice(0, 3)) console.log(`  - ${x.slice(0, 300)}`);
      for (const x of added.slice(0, 3)) console.log(`  + ${x.slice(0, 300)}`);
    } else console.log(`${name}: ${key} differs`);
  }
}
console.log(differ ? `${differ} layer(s) differ` : "no differences");
process.exitCode = differ ? 1 : 0;
