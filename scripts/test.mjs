// Runs every test/**/*.test.ts on node's built-in test runner (Node 20's --test takes no globs).
// Extra arguments are passed through: `npm test -- test/cite` runs only the tests under test/cite.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

function collect(path) {
  if (statSync(path).isDirectory()) return readdirSync(path).sort().flatMap((name) => collect(join(path, name)));
  return path.endsWith(".test.ts") ? [path] : [];
}

const roots = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const flags = process.argv.slice(2).filter((a) => a.startsWith("-"));
const files = (roots.length ? roots : ["test"]).flatMap(collect);
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", ...flags, ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
