// The test reporter of `npm test`: one line per test file with its time, each failure in full, the skipped
// tests with their reasons, and last a one-line summary.
// node --test --test-reporter=./scripts/test-reporter.mjs …
import { relative } from "node:path";
import { inspect } from "node:util";

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const where = (file) => (file ? relative(process.cwd(), file) : "");

export default async function* report(source) {
  const skipped = [];
  const summary = {};
  // What each file wrote on stderr, shown when the file itself fails (an error while loading it).
  const stderr = new Map();
  for await (const event of source) {
    const data = event.data ?? {};
    const file = where(data.file);
    switch (event.type) {
      case "test:pass":
        if (data.skip !== undefined && data.skip !== false) skipped.push(`${file}: ${data.name}${typeof data.skip === "string" ? ` (${data.skip})` : ""}`);
        break;
      case "test:stderr":
        stderr.set(file, ((stderr.get(file) ?? "") + data.message).slice(-20_000));
        break;
      case "test:fail": {
        if (data.details?.type === "suite") break;
        const error = data.details?.error;
        const shown = data.name === data.file && stderr.has(file) ? stderr.get(file).trimEnd() : inspect(error?.cause ?? error, { depth: 4 });
        yield `✗ ${file}: ${data.name === data.file ? "the file failed" : data.name}\n  ${shown.split("\n").slice(0, 40).join("\n  ")}\n`;
        break;
      }
      case "test:complete":
        // The end of a file: node runs each file in a process of its own and reports it as a test named by its
        // path, before it replays the events of the file's tests.
        if (data.nesting === 0 && data.name === data.file) yield `  ${file}  ${seconds(data.details?.duration_ms ?? 0)}\n`;
        break;
      case "test:diagnostic": {
        const m = /^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ([\d.]+)$/.exec(data.message);
        if (m && data.nesting === 0 && !data.file) summary[m[1]] = Number(m[2]);
        else yield `  ${file ? `${file}: ` : ""}${data.message}\n`;
        break;
      }
      default:
        break;
    }
  }
  if (skipped.length) yield `skipped:\n${skipped.map((s) => `  ${s}\n`).join("")}`;
  const failed = (summary.fail ?? 0) + (summary.cancelled ?? 0);
  yield `${failed ? "FAIL" : "ok"}: tests ${summary.tests ?? 0}, pass ${summary.pass ?? 0}, fail ${failed}, skipped ${summary.skipped ?? 0}, duration ${seconds(summary.duration_ms ?? 0)}\n`;
}
