import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { exportAs } from "../../src/export/index.ts";
import { subjects } from "./subjects.ts";
import { hostileExtraction } from "./support.ts";

// citation-js ships no type declarations; load it untyped
const require = createRequire(import.meta.url);
const { Cite } = require("@citation-js/core") as { Cite: new (data: unknown) => { data: unknown[]; format(kind: string, options: object): string } };
require("@citation-js/plugin-csl");

test("exports the bibliography as CSL-JSON that citation-js loads and formats, without standoff spans", () => {
  for (const [name, x] of subjects()) {
    const items = JSON.parse(exportAs("csl", x));
    assert.equal(items.length, x.bibliography.length, name);
    for (const item of items) {
      assert.equal(item.start, undefined);
      assert.equal(item.end, undefined);
      assert.equal(typeof item.id, "string");
    }
    const cite = new Cite(items);
    assert.equal(cite.data.length, items.length);
    // citeproc typesets quotes and apostrophes, so compare with straight ones
    const straight = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    const bibliography = straight(cite.format("bibliography", { format: "text", template: "apa" }));
    for (const b of x.bibliography) {
      if (b.title) assert.ok(bibliography.includes(straight(b.title).slice(0, 20)), `${name}: ${b.title} formatted`);
      for (const a of b.author ?? []) if (a.family) assert.ok(bibliography.includes(a.family), `${name}: ${a.family}`);
    }
  }
});

test("writes CSL item types outside the CSL vocabulary as 'document' and keeps every CSL field", () => {
  const x = hostileExtraction();
  (x.bibliography[1] as { type: string }).type = "misc";
  const items = JSON.parse(exportAs("csl", x));
  assert.deepEqual(items.map((i: { type: string }) => i.type), ["book", "document"]);
  assert.deepEqual(items[0], { id: "jones1954", type: "book", title: "Japan's New Order in East Asia", author: [{ family: "Jones", given: "F. C." }], issued: { "date-parts": [[1954]] }, publisher: "Oxford UP", "publisher-place": "London" });
  assert.equal(new Cite(items).data.length, 2);
});

test("formats Works Cited entries read as 'Print.' without a '[Print]' in the reference", () => {
  for (const [name, x] of [...subjects(), ["hostile", hostileExtraction()] as const]) {
    const items = JSON.parse(exportAs("csl", x));
    for (const style of ["apa", "harvard1", "vancouver"]) {
      const text = new Cite(items).format("bibliography", { format: "text", template: style });
      assert.ok(!/\[(Print|Web)\]/i.test(text), `${name} (${style}): ${text}`);
    }
  }
  assert.ok(hostileExtraction().bibliography.some((b) => b.medium === "Print"), "the fixture has a medium to leave out");
});
