// The explorer on texts other than the essay (three Wikipedia articles of 1853–1945 and a 1648 text, see
// texts/SOURCES.md), in a real browser: for each, every view's range fits the data, headlines read as words,
// the map draws no band across the poles, and the one time control filters timeline, map and network.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { openMemoryStore } from "../../src/api/memory-store.ts";
import { startServer } from "../../src/api/server.ts";
import { ensureWebBundle } from "../../src/api/build-web.ts";
import type { Extraction } from "../../src/schema.ts";
import { parseDay } from "../../src/dates/index.ts";
import { datedSpan } from "../../src/query.ts";

// Dates of several kinds: a season, a decade, and a treaty whose term in months runs from the last day of a month.
const SEASONS_TEXT = [
  "In the summer of 1939 Japan attacked Mongolia at Khalkhin Gol.",
  "In the 1940s Japan invaded Indochina.",
  "The treaty between Japan and Thailand was signed on 31 January 1941 for a term of 18 months.",
].join(" ");
const TEXTS = ["peace-of-westphalia-1648", "balkan-wars", "convention-of-kanagawa", "kellogg-briand-pact"];
const textOf = (name: string) => readFileSync(new URL(`./texts/${name}.txt`, import.meta.url), "utf8");

let base = "";
let context: BrowserContext;
let page: Page;
const ids = new Map<string, string>();
const extractions = new Map<string, Extraction>();
const pageErrors: string[] = [];
const cleanups: (() => Promise<void>)[] = [];

before(async () => {
  await ensureWebBundle();
  const store = openMemoryStore();
  for (const name of TEXTS) {
    const { id } = await store.ingest(`${name}.txt`, textOf(name));
    ids.set(name, id);
    extractions.set(name, (await store.getExtraction(id))!);
  }
  ids.set("undated", (await store.ingest("undated.txt", "Japan and China held talks. The envoys of France met the Russian foreign minister.")).id);
  ids.set("seasons", (await store.ingest("seasons.txt", SEASONS_TEXT)).id);
  const server = await startServer(store, { port: 0 });
  base = server.url;
  cleanups.push(server.close);
  const browser = await launchBrowser();
  context = browser.context;
  cleanups.push(browser.close);
  page = await context.newPage();
  // tsx names the functions of this file with a helper that does not exist in the page's evaluate scope.
  await page.addInitScript({ content: "window.__name = (f) => f;" });
  page.on("pageerror", (e) => pageErrors.push(e.message));
});

after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function open(doc: string, hash: string): Promise<void> {
  await page.goto(`${base}#doc=${ids.get(doc)}&${hash}`);
  const view = /view=(\w+)/.exec(hash)![1];
  await page.waitForFunction((v) => document.body.dataset.ready === v, view, { timeout: 20_000 });
}

/** Years of the document's dated events and treaties, from the extraction the API serves. */
function dataYears(x: Extraction): number[] {
  const years: number[] = [];
  for (const d of [...x.events.map((v) => v.date), ...x.treaties.flatMap((t) => [t.signed, t.ends])]) {
    // The year of the first day the value allows, where the timeline puts it ("18XX": 1800).
    const first = datedSpan(d)?.earliest;
    if (first) years.push(parseDay(first)!.year);
  }
  return years;
}

/** Moves the shared time control with the keyboard and returns what each key left focused. */
async function slide(keys: string[]): Promise<string[]> {
  const focused: string[] = [];
  await page.focus("#at");
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(120);
    focused.push(await page.evaluate(() => document.activeElement?.id ?? ""));
  }
  return focused;
}

const count = (selector: string, attribute: string) => page.locator(selector).getAttribute(attribute).then(Number);

for (const name of TEXTS) {
  describe(name, () => {
    test("the timeline spans the document's own years, with readable headlines", async () => {
      const years = dataYears(extractions.get(name)!);
      assert.ok(years.length > 0, "the text has dated facts");
      await open(name, "view=timeline");
      await page.waitForSelector("#timeline .vis-item");
      const shown = await page.evaluate(() => (window as any).annalistTimeline.getWindow());
      const [from, to] = [new Date(shown.start).getUTCFullYear(), new Date(shown.end).getUTCFullYear()];
      const [lo, hi] = [Math.min(...years), Math.max(...years)];
      assert.ok(from <= lo && to >= hi, `window ${from}–${to} holds the data ${lo}–${hi}`);
      assert.ok(to - from <= (hi - lo) * 1.5 + 4, `window ${from}–${to} is not much wider than the data ${lo}–${hi}`);
      const headlines = await page.$$eval(".tl-event", (els) => els.map((e) => e.textContent ?? ""));
      assert.ok(headlines.length > 0, "events on the timeline");
      for (const h of headlines) {
        assert.doesNotMatch(h, /^[A-Z]{4,}\b|·/, `“${h}” is not a code`);
        assert.match(h, /^[\p{Lu}\d][^\n]* \p{Ll}/u, `“${h}” reads as a phrase`);
      }
      const axis = await page.locator(".vis-time-axis.vis-foreground").first().textContent();
      assert.match(axis ?? "", new RegExp(String(lo).slice(0, 3)), "the axis shows the data's years");
      assert.deepEqual(pageErrors, []);
    });

    test("the map shows no band across the poles", async () => {
      await open(name, "view=map");
      const located = extractions.get(name)!.entities.some((e) => e.coords);
      if (!located) {
        assert.ok(await page.locator("#view .empty-view").count(), "an empty map says why");
        return;
      }
      const polarRows = () =>
        page.evaluate(async () => {
          const map = (window as any).annalistMap;
          map.setView([20, 0], 1, { animate: false });
          await new Promise((r) => setTimeout(r, 400));
          const canvas = document.querySelector("#map .leaflet-overlay-pane canvas") as HTMLCanvasElement;
          const ctx = canvas.getContext("2d")!;
          const box = canvas.getBoundingClientRect();
          const origin = map.getContainer().getBoundingClientRect();
          const landShare = (lat: number) => {
            const west = map.latLngToContainerPoint([lat, -179.5]);
            const east = map.latLngToContainerPoint([lat, 179.5]);
            const scale = canvas.width / box.width;
            const y = Math.round((west.y + origin.top - box.top) * scale);
            const x0 = Math.max(0, Math.round((west.x + origin.left - box.left) * scale));
            const x1 = Math.min(canvas.width, Math.round((east.x + origin.left - box.left) * scale));
            const data = ctx.getImageData(x0, y, x1 - x0, 1).data;
            let land = 0;
            for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0) land++;
            return land / (x1 - x0);
          };
          return { basemap: document.getElementById("map")!.dataset.basemap, north: [84, 82, 80, 78].map(landShare), control: landShare(60) };
        });
      // Both basemaps: the coarse one of the first view, then the detailed one a closer zoom loads.
      const seen = new Set<string>();
      for (const zoomIn of [false, true]) {
        if (zoomIn) {
          await page.evaluate(() => void (window as any).annalistMap.setView([50, 10], 5, { animate: false }));
          await page.waitForSelector('#map[data-basemap="50m"]', { timeout: 10_000 });
        }
        const rows = await polarRows();
        seen.add(rows.basemap!);
        assert.ok(rows.control > 0.5, `the check sees land where there is land (${rows.basemap}, 60°N: ${rows.control})`);
        for (const share of rows.north) assert.ok(share < 0.5, `top rows of the ${rows.basemap} map are not a band of land: ${rows.north}`);
      }
      assert.ok(seen.has("50m"), `the detailed basemap was checked: ${[...seen]}`);
    });

    test("the time control filters the timeline, the map and the network, and keeps the keyboard focus", async () => {
      for (const [view, selector, attribute] of [["timeline", "#timeline", "data-shown"], ["map", "#map", "data-events"], ["network", "#network", "data-edges"]] as const) {
        await open(name, `view=${view}`);
        if ((await page.locator(selector).count()) === 0) {
          assert.ok(await page.locator("#view .empty-view").count(), `${view}: an empty view says why`);
          continue;
        }
        // Events accumulate over time; a treaty in force early may have lapsed by the end, so the network's
        // relations from events are what only grow.
        const grows = () => (view === "network" ? page.locator('#relations tr[data-kind="events"]').count() : count(selector, attribute));
        const all = await count(selector, attribute);
        const allGrowing = await grows();
        const focus = await slide(["Home", "ArrowRight", "ArrowRight"]);
        assert.deepEqual(focus, ["at", "at", "at"], `${view}: the slider keeps the focus`);
        const early = await grows();
        assert.match(page.url(), /at=-?\d{4}-\d{2}/, `${view}: the date is in the URL`);
        assert.ok(early <= allGrowing, `${view}: ${early} items at the start ≤ ${allGrowing} at the end`);
        if (view === "timeline") assert.ok(early < all, `timeline: moving to the start hides later items (${early} < ${all})`);
        await slide(["End"]);
        assert.equal(await count(selector, attribute), all, `${view}: the end shows everything again`);
      }
      assert.deepEqual(pageErrors, []);
    });
  });
}

test("the network resolves states by date: one node per state, and a 1648 relation is not drawn in 1640", async () => {
  await open("peace-of-westphalia-1648", "view=network");
  const labels = await page.evaluate(() => (window as any).annalistNetwork.nodes(":visible").map((n: any) => n.data("label")));
  assert.equal(new Set(labels).size, labels.length, `no state twice: ${labels}`);
  const kinds = await page.evaluate(() => new Set((window as any).annalistNetwork.nodes().map((n: any) => n.data("color"))).size);
  assert.ok(kinds >= 1);
  await open("peace-of-westphalia-1648", "view=network&at=1640-01");
  const rows = await page.$$eval("#relations tr[data-kind]", (trs) => trs.map((r) => r.textContent ?? ""));
  assert.ok(!rows.some((r) => /Dutch Republic/.test(r)), `the Peace of Münster (1648) is not a relation in 1640: ${rows}`);
});

test("a typed decade filters the timeline, and a typo is shown, not dropped", async () => {
  await open("balkan-wars", "view=timeline");
  await page.fill("#filter-from", "1910s");
  await page.press("#filter-from", "Enter");
  await page.waitForFunction(() => location.hash.includes("from=1910"));
  await page.waitForFunction(() => document.body.dataset.ready === "timeline");
  const dates = await page.$$eval(".tl-event", (els) => els.map((e) => e.getAttribute("data-date") ?? ""));
  assert.ok(dates.length > 0 && dates.every((d) => d >= "1910"), JSON.stringify(dates));
  await page.fill("#filter-to", "nineteen-twelve");
  await page.press("#filter-to", "Enter");
  assert.match((await page.locator("#filter-error").textContent()) ?? "", /not a date/);
  assert.doesNotMatch(page.url(), /to=/);
});

test("a season and a decade are drawn over their days, and a treaty's term in months ends on the day it reaches", async () => {
  await open("seasons", "view=timeline");
  const items = await page.evaluate(() =>
    (window as any).annalistTimeline.itemsData.get().map((i: any) => ({ id: i.id, start: new Date(i.start).toISOString().slice(0, 10), end: i.end && new Date(i.end).toISOString().slice(0, 10) })),
  );
  const dates = await page.$$eval(".tl-event", (els) => els.map((e) => [e.getAttribute("data-event"), e.getAttribute("data-date")]));
  const startOf = (date: string) => items.find((i: { id: string }) => i.id === `v:${dates.find(([, d]) => d === date)?.[0]}`)?.start;
  assert.equal(startOf("1939-22"), "1939-06-01", `summer 1939 starts in June: ${JSON.stringify(dates)}`);
  assert.equal(startOf("194X"), "1940-01-01", "the 1940s start in 1940");
  const treaty = items.find((i: { id: string }) => i.id.startsWith("t:"));
  assert.deepEqual(treaty && [treaty.start, treaty.end], ["1941-01-31", "1942-07-31"], "31 January 1941 + 18 months");
  assert.match((await page.locator(".tl-treaty .tl-sub").first().textContent()) ?? "", /runs 18 months, to 1942/);
  // A filter on July 1939 keeps the summer of 1939: the days overlap.
  await open("seasons", "view=timeline&from=1939-07&to=1939-07");
  assert.deepEqual(await page.$$eval(".tl-event", (els) => els.map((e) => e.getAttribute("data-date"))), ["1939-22"]);
  assert.deepEqual(pageErrors, []);
});

test("views of a document without dates say why they are empty and what would fill them", async () => {
  await open("undated", "view=timeline");
  assert.match((await page.locator("#view .empty-view").textContent()) ?? "", /No dated events in this document/);
  assert.match((await page.locator("#timebar").textContent()) ?? "", /No dated events or treaties/);
});
