import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeText } from "../../src/text/read.ts";
import { AnnalistError } from "../../src/errors.ts";

test("strips a byte order mark and keeps line endings", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("One.\r\nTwo.")]);
  assert.equal(decodeText(bytes), "One.\r\nTwo.");
});

test("rejects empty, white-space-only, binary and invalid UTF-8 input naming the problem", () => {
  const cases: [Uint8Array, string, RegExp][] = [
    [new Uint8Array([]), "EMPTY", /empty/],
    [new TextEncoder().encode("  \n\t "), "EMPTY", /white space/],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), "BINARY", /NUL/],
    [new Uint8Array([0x61, 0x0a, 0x62, 0xc3, 0x28]), "ENCODING", /UTF-8.*byte offset 3/],
  ];
  for (const [bytes, code, message] of cases) {
    assert.throws(() => decodeText(bytes, "doc.txt"), (e: unknown) => {
      assert.ok(e instanceof AnnalistError);
      assert.equal(e.code, code);
      assert.match(e.describe(), message);
      assert.match(e.describe(), /^doc\.txt/);
      return true;
    });
  }
});

test("reports the line of an invalid UTF-8 byte", () => {
  const bytes = new Uint8Array([...new TextEncoder().encode("first line\nsecond "), 0xff]);
  assert.throws(() => decodeText(bytes, "x.txt"), (e: unknown) => e instanceof AnnalistError && /^x\.txt:2:8: /.test(e.describe()));
});
