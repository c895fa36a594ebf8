// Screenshots of each view of the explorer into docs/screenshots/*.png (embedded in the README).
// Usage: node --import tsx scripts/screenshots.ts [--url http://127.0.0.1:8787/]
// Without --url it ingests the bundled essay into an in-memory store and serves it on a free port.
import { readFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
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

const shots: { file: string; hash: string; ready: string; before?: (page: Page) => Promise<void> }[] = [
  {
    file: "timeline.png",
    hash: "view=timeline",
    ready: "#timeline .vis-item",
    before: async (page) => {
      // Click the visible part of the item: a plain click would scroll the timeline's clipped panel.
      const item = await page.locator(".vis-item", { has: page.locator(".tl-treaty", { hasText: /neutrality/i }) }).first().boundingBox();
      const panel = await page.locator("#timeline .vis-center").boundingBox();
      if (!item || !panel) return;
      const left = Math.max(item.x, panel.x) + 4;
      const right = Math.min(item.x + item.width, panel.x + panel.width) - 4;
      await page.mouse.click((left + right) / 2, item.y + item.height / 2);
    },
  },
  {
    file: "map.png",
    hash: "view=map",
    ready: "#map .pin.with-events",
    before: async (page) => {
      const busiest = await page.$$eval("#map .pin.with-events", (pins) =>
        pins.map((p) => ({ place: p.getAttribute("data-place") ?? "", events: Number(p.getAttribute("data-events")) })).sort((a, b) => b.events - a.events)[0]?.place,
      );
      const marker = page.locator("#map .leaflet-marker-icon").filter({ has: page.locator(`.pin[data-place="${busiest}"]`) });
      await marker.focus();
      await marker.press("Enter");
    },
  },
  { file: "network.png", hash: "view=network&at=1941-06", ready: "#relations tr[data-kind]", before: (page) => page.locator('#relations tr[data-kind="treaty"]', { hasText: /neutrality/i }).first().click() },
  {
    file: "reader.png",
    hash: "view=reader&s=4",
    ready: "#reader .cite",
    before: async (page) => {
      await page.locator("#reader .s.focus .cite, #reader .cite").first().click();
      await page.locator("#reader .s.focus .ev, #reader .ev").first().hover();
    },
  },
  { file: "whatif.png", hash: "view=whatif&attacker=Germany&target=USSR&date=1941-06-22", ready: "#whatif-result table, #whatif-result .empty, #whatif-result .error" },
];

const { context, close } = await launchBrowser();
try {
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  for (const shot of shots) {
    await page.goto(`${base}#${shot.hash}`);
    await page.waitForSelector(shot.ready, { timeout: 15000 }).catch(() => console.error(`${shot.file}: ${shot.ready} did not appear`));
    if (shot.before) await shot.before(page).catch((e) => console.error(`${shot.file}: ${(e as Error).message}`));
    if (shot.file !== "reader.png") await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${out}${shot.file}` });
    console.log(`written docs/screenshots/${shot.file}`);
  }
} finally {
  await close();
  await stop();
}
