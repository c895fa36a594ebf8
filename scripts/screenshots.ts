// Screenshots of each view of the explorer into docs/screenshots/*.png (embedded in the README): on the
// bundled essay (timeline.png, …) and on a text of another period (timeline-1648.png, …).
// Usage: node --import tsx scripts/screenshots.ts [--url http://127.0.0.1:8787/]
// Without --url it ingests the essay and the 1648 text of the browser tests into an in-memory store and
// serves them on a free port.
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
let other = "";
if (!base) {
  await ensureWebBundle(console.error);
  const store = openMemoryStore();
  await store.ingest("soviet-japanese-relations.txt", readFileSync(`${root}examples/soviet-japanese-relations.txt`, "utf8"));
  other = (await store.ingest("peace-of-westphalia-1648.txt", readFileSync(`${root}test/web/texts/peace-of-westphalia-1648.txt`, "utf8"))).id;
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
    ready: "#map .pin, #map .cluster",
    before: async (page) => {
      const busiest = await page.$$eval("#map .pin.with-events", (pins) =>
        pins.map((p) => ({ place: p.getAttribute("data-place") ?? "", events: Number(p.getAttribute("data-events")) })).sort((a, b) => b.events - a.events)[0]?.place,
      );
      const marker = page.locator("#map .leaflet-marker-icon").filter({ has: page.locator(`.pin[data-place="${busiest}"]`) });
      if ((await marker.count()) === 0) {
        const cluster = page.locator("#map .leaflet-marker-icon").filter({ has: page.locator(".cluster") }).first();
        await cluster.focus();
        await cluster.press("Enter");
        return;
      }
      await marker.focus();
      await marker.press("Enter");
    },
  },
  { file: "network.png", hash: "view=network&at=1941-06", ready: "#relations tr[data-kind]", before: (page) => page.locator('#relations tr[data-kind="treaty"]', { hasText: /neutrality/i }).first().click() },
  { file: "conflicts.png", hash: "view=conflicts", ready: "#conflicts .conflict, #conflicts .empty-view" },
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

/** The same views on the 1648 text: another period, another kind of prose. */
const otherShots: typeof shots = other
  ? [
      { file: "timeline-1648.png", hash: `doc=${other}&view=timeline`, ready: "#timeline .tl-event", before: (page) => page.locator(".tl-event").first().click() },
      { file: "map-1648.png", hash: `doc=${other}&view=map`, ready: "#map .pin, #map .cluster", before: async (page) => { const m = page.locator("#map .leaflet-marker-icon").first(); await m.focus(); await m.press("Enter"); } },
      { file: "network-1648.png", hash: `doc=${other}&view=network&at=1631-06`, ready: "#relations tr[data-kind], #view .empty-view", before: (page) => page.locator("#relations tr[data-kind]").first().click() },
      { file: "reader-1648.png", hash: `doc=${other}&view=reader&s=3`, ready: "#reader .cite", before: async (page) => { await page.locator("#reader .s.focus .cite, #reader .cite").first().click(); await page.locator("#reader .s.focus .ev, #reader .ev").first().hover(); } },
      { file: "whatif-1648.png", hash: `doc=${other}&view=whatif&attacker=Spain&target=France&date=1632-01-01`, ready: "#whatif-result table, #whatif-result .empty, #whatif-result .error" },
    ]
  : [];
shots.push(...otherShots);

const { context, close } = await launchBrowser();
try {
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  for (const shot of shots) {
    await page.goto(`${base}#${shot.hash}`);
    await page.waitForSelector(shot.ready, { timeout: 15000 }).catch(() => console.error(`${shot.file}: ${shot.ready} did not appear`));
    if (shot.before) await shot.before(page).catch((e) => console.error(`${shot.file}: ${(e as Error).message}`));
    if (!shot.file.startsWith("reader")) await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${out}${shot.file}` });
    console.log(`written docs/screenshots/${shot.file}`);
  }
} finally {
  await close();
  await stop();
}
