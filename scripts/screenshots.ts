// Screenshots of each view of the explorer into docs/screenshots/*.png (embedded in the README).
// Usage: node --import tsx scripts/screenshots.ts [--url http://127.0.0.1:8787/]
// Without --url it ingests the bundled essay into an in-memory store and serves it on a free port.
import { readFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../test/web/browser.ts";
import { openMemoryStore } from "../src/api/memory-store.ts";
import { startServer } from "../src/api/server.ts";
import { ensureWebBundle } from "../src/api/build-web.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = `${root}docs/screenshots/`;
mkdirSync(out, { recursive: true });

const urlArg = process.argv.indexOf("--url");
let base = urlArg > 0 ? process.argv[urlArg + 1] : "";
let stop = async () => {};
if (!base) {
  await ensureWebBundle(console.error);
  const store = openMemoryStore();
  await store.ingest("soviet-japanese-relations.txt", readFileSync(`${root}examples/soviet-japanese-relations.txt`, "utf8"));
  const server = await startServer(store, { port: 0 });
  base = server.url;
  stop = server.close;
}

const shots: { file: string; hash: string; ready: string; before?: string }[] = [
  { file: "timeline.png", hash: "view=timeline", ready: "#timeline .vis-item" },
  { file: "map.png", hash: "view=map", ready: "#map .pin.with-events", before: "#map .pin.with-events" },
  { file: "network.png", hash: "view=network&at=1941-06", ready: "#relations tr[data-kind]" },
  { file: "reader.png", hash: "view=reader&s=8", ready: "#reader .cite", before: "#reader .cite" },
  { file: "whatif.png", hash: "view=whatif&attacker=Germany&target=USSR&date=1941-06-22", ready: "#whatif-result table, #whatif-result .empty, #whatif-result .error" },
];

const { context, close } = await launchBrowser();
try {
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  for (const shot of shots) {
    await page.goto(`${base}#${shot.hash}`);
    await page.waitForSelector(shot.ready, { timeout: 15000 }).catch(() => console.error(`${shot.file}: ${shot.ready} did not appear`));
    if (shot.before) await page.locator(shot.before).first().click().catch(() => {});
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${out}${shot.file}` });
    console.log(`written docs/screenshots/${shot.file}`);
  }
} finally {
  await close();
  await stop();
}
