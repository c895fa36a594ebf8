// src/dates bundled and minified as the explorer's bundle and the compiled command bundle it: the edtf
// package's class names (its `type`) change there, so what the module answers must not depend on them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const entry = `
import { dayInterval, addDuration } from ${JSON.stringify(fileURLToPath(new URL("../../src/dates/index.ts", import.meta.url)))};
export const answers = ["1939-22", "1939-24", "1941-04-13/1946-04-13", "1941/..", "194X", "-0044-03-15", "1945-08~", "PRESENT_REF", "P2XY"].map((v) => [v, dayInterval(v)]);
export const later = [addDuration("1940-02-29", "P1Y"), addDuration("1941-01-31", "P1M")];
`;

for (const platform of ["browser", "node"] as const) {
  test(`bundled for ${platform} and minified, seasons, intervals, decades and BCE days keep their spans`, async () => {
    const out = await build({ stdin: { contents: entry, loader: "ts", resolveDir: process.cwd() }, bundle: true, minify: true, format: "esm", platform, write: false, logLevel: "error" });
    const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
    assert.deepEqual(Object.fromEntries(mod.answers.map(([v, i]: [string, { earliest: string | null; latest: string | null } | null]) => [v, i && [i.earliest, i.latest]])), {
      "1939-22": ["1939-06-01", "1939-08-31"],
      "1939-24": ["1939-12-01", "1940-02-29"],
      "1941-04-13/1946-04-13": ["1941-04-13", "1946-04-13"],
      "1941/..": ["1941-01-01", null],
      "194X": ["1940-01-01", "1949-12-31"],
      "-0044-03-15": ["-0044-03-15", "-0044-03-15"],
      "1945-08~": ["1945-08-01", "1945-08-31"],
      PRESENT_REF: null,
      P2XY: null,
    });
    assert.deepEqual(mod.later, ["1941-02-28", "1941-02-28"]);
  });
}
