// How fast the explorer's first screen paints: first contentful paint and the time until the first view is
// drawn, in Debian's headless chromium on loopback, over several fresh page loads (a measurement, not a test).
// Usage: node --import tsx scripts/paint-time.ts [--runs 5]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../test/web/browser.ts";
import { openMemoryStore } from "../src/api/memory-store.ts";
import { startServer } from "../src/api/server.ts";
import { ensureWebBundle } from "../src/api/build-web.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
await ensureWebBundle(console.error);
const store = openMemoryStore();
const { id } = await store.ingest("soviet-japanese-relations.txt", readFileSync(`${root}examples/soviet-japanese-relations.txt`, "utf8"));
const server = await startServer(store, { port: 0 });
const { context, close } = await launchBrowser();
const rows: { view: string; paint: number; ready: number }[] = [];
try {
  for (const view of ["timeline", "map", "network", "reader"]) {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(`${server.url}#doc=${id}&view=${view}`);
      await page.waitForFunction((v) => document.body.dataset.ready === v, view, { timeout: 30_000 });
      const [paint, ready] = await page.evaluate(() => [performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN, performance.getEntriesByName("view drawn").at(-1)!.startTime]);
      rows.push({ view, paint, ready });
      await page.close();
    }
  }
} finally {
  await close();
  await server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("view      first paint (median, max)   view drawn (median, max)");
for (const view of [...new Set(rows.map((r) => r.view))]) {
  const mine = rows.filter((r) => r.view === view);
  const p = mine.map((r) => r.paint);
  const d = mine.map((r) => r.ready);
  console.log(`${view.padEnd(9)} ${String(Math.round(median(p))).padStart(6)} ms ${String(Math.round(Math.max(...p))).padStart(6)} ms        ${String(Math.round(median(d))).padStart(6)} ms ${String(Math.round(Math.max(...d))).padStart(6)} ms`);
}
