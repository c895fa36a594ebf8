import { test } from "node:test";
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { jsonPieces, writeJson } from "../../src/cli/json-stream.ts";
import { essayExtraction } from "../helpers.ts";

const MB = 2 ** 20;

async function written(value: object, highWaterMark = 16 * 1024): Promise<string> {
  const out = new PassThrough({ highWaterMark });
  const chunks: string[] = [];
  out.setEncoding("utf8").on("data", (c: string) => chunks.push(c));
  await writeJson(out, value);
  out.end();
  return chunks.join("");
}

test("writes the essay's extraction byte for byte as JSON.stringify does", async () => {
  const extraction = essayExtraction();
  assert.equal(await written(extraction), JSON.stringify(extraction) + "\n");
});

test("gives the same JSON as JSON.stringify for any plain object, undefined fields and array holes included", () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))))), (value) => {
      assert.equal([...jsonPieces(value)].join(""), JSON.stringify(value));
    }),
  );
});

test("cuts a long text into slices without splitting a surrogate pair or an escape", async () => {
  for (const shift of [-2, -1, 0, 1]) {
    const text = "a".repeat(MB + shift) + "😀\"\n\\é" + "\ud800".repeat(3) + "b".repeat(MB);
    const value = { text, spans: [{ start: 0, end: 1 }], empty: [], none: null };
    assert.equal(await written(value), JSON.stringify(value) + "\n");
  }
});

test("waits for a slow reader instead of buffering the whole output", async () => {
  const value = { items: Array.from({ length: 200_000 }, (_, i) => ({ start: i, end: i + 1, text: "word" })) };
  const out = new PassThrough({ highWaterMark: 1024 });
  let peak = 0;
  const chunks: string[] = [];
  out.setEncoding("utf8");
  const reading = (async () => {
    for await (const c of out) {
      peak = Math.max(peak, out.readableLength + out.writableLength);
      chunks.push(c as string);
      await new Promise((r) => setImmediate(r));
    }
  })();
  await writeJson(out, value);
  out.end();
  await reading;
  assert.equal(chunks.join(""), JSON.stringify(value) + "\n");
  assert.ok(peak <= 2 * MB + 1024, `buffered ${peak} characters`);
});
