// The web explorer in a real browser (Debian's chromium through playwright-core): each view shows
// the essay's data as the real pipeline extracts it, and hostile text stays text.
// ANNALIST_TEST_URL runs the tests against a server that is already running (with the essay stored).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { openMemoryStore } from "../../src/api/memory-store.ts";
import { startServer } from "../../src/api/server.ts";
import { ensureWebBundle } from "../../src/api/build-web.ts";
import { essay } from "../helpers.ts";
import { FORMATS } from "../../src/export/formats.ts";

let base = process.env.ANNALIST_TEST_URL ?? "";
let essayId = "";
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const cleanups: (() => Promise<void>)[] = [];

before(async () => {
  if (!base) {
    await ensureWebBundle();
    const store = openMemoryStore();
    await store.ingest("soviet-japanese-relations.txt", essay);
    const server = await startServer(store, { port: 0 });
    base = server.url;
    cleanups.push(server.close);
  }
  const docs = (await (await fetch(`${base}api/documents`)).json()) as { id: string; name: string }[];
  essayId = docs.find((d) => d.name === "soviet-japanese-relations.txt")!.id;
  const browser = await launchBrowser();
  context = browser.context;
  cleanups.push(browser.close);
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("dialog", (d) => {
    pageErrors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
});

after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function open(hash: string, ready: string): Promise<void> {
  await page.goto(`${base}#doc=${essayId}&${hash}`);
  await page.waitForSelector(ready, { timeout: 15_000, state: "attached" });
}

test("the timeline holds an item for the Neutrality Treaty signed on 1941-04-13", async () => {
  await open("view=timeline", "#timeline .tl-event");
  const treaties = await page.$$eval(".tl-treaty", (els) => els.map((e) => ({ name: e.textContent ?? "", signed: e.getAttribute("data-signed") })));
  assert.ok(treaties.some((t) => /neutrality/i.test(t.name) && t.signed === "1941-04-13"), JSON.stringify(treaties));
  const events = await page.$$eval(".tl-event", (els) => els.length);
  assert.ok(events > 0, "events are on the timeline");
  const classes = await page.$$eval(".vis-item.vis-point:not(.treaty-renewal)", (els) => els.map((e) => e.className));
  assert.ok(classes.every((c) => /quad-(verbal|material)-(cooperation|conflict)|quad-other/.test(c)), "events are coloured by quad class");
  assert.deepEqual(pageErrors, []);
});

/** Opens the clusters that hold a place until its own marker shows, as a user would (Enter on a cluster zooms in). */
async function uncluster(place: string): Promise<void> {
  for (let i = 0; i < 8 && (await page.locator(`#map .pin[data-place="${place}"]`).count()) === 0; i++) {
    const cluster = page.locator("#map .leaflet-marker-icon", { has: page.locator(`.cluster[data-places*="${place}"]`) }).first();
    assert.equal(await cluster.count(), 1, `${place} is in a cluster when it has no marker of its own`);
    await cluster.focus();
    // Wait for the zoom the cluster asks for (markers are re-clustered on zoomend), not for a fixed time.
    const zoomed = page.evaluate(() => new Promise<void>((done) => {
      (window as any).annalistMap.once("zoomend", () => done());
      setTimeout(done, 2000);
    }));
    await cluster.press("Enter");
    await zoomed;
  }
}

/** Opens a marker's details from the keyboard (as a user would). */
async function openPlace(place: string): Promise<void> {
  await uncluster(place);
  const marker = page.locator(`#map .leaflet-marker-icon[title="${place}"]`);
  await marker.focus();
  await marker.press("Enter");
}

test("the map shows a marker at Vladivostok whose details in the side panel quote its sentence", async () => {
  await open("view=map", "#map .pin, #map .cluster");
  await uncluster("Vladivostok");
  const pin = page.locator('#map .pin[data-place="Vladivostok"]');
  assert.equal(await pin.count(), 1, "one Vladivostok marker");
  const where = await pin.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const map = (window as any).annalistMap;
    const origin = map.getContainer().getBoundingClientRect();
    const ll = map.containerPointToLatLng([box.left + box.width / 2 - origin.left, box.top + box.height / 2 - origin.top]);
    return [ll.lat, ll.lng];
  });
  assert.ok(Math.abs(where[0] - 43.1) < 1.5 && Math.abs(where[1] - 131.9) < 1.5, `marker at ${where}`);
  await openPlace("Vladivostok");
  const head = page.locator("#detail .place-head");
  await head.waitFor();
  assert.match((await head.textContent()) ?? "", /Vladivostok/);
  const quote = (await page.locator("#detail blockquote").first().textContent()) ?? "";
  assert.ok(quote.length > 20 && essay.replace(/\s+/g, " ").includes(quote), "the panel quotes a sentence of the essay");
  assert.deepEqual(pageErrors, []);
});

test("a marker with events fills the side panel with each event's headline, codes and sentence", async () => {
  await open("view=map", "#map .pin.with-events, #map .cluster");
  const places = (await page.locator("#map .cluster").first().getAttribute("data-places").catch(() => null))?.split("|") ?? [];
  const withEvents = await page.locator("#map .leaflet-marker-icon", { has: page.locator(".pin.with-events") }).first().getAttribute("title", { timeout: 500 }).catch(() => null);
  const title = withEvents ?? places[0];
  await openPlace(title!);
  const event = page.locator("#detail .fact.event").first();
  await event.waitFor();
  assert.match((await event.locator(".codes").textContent()) ?? "", /^[A-Z]+ · /);
  assert.doesNotMatch((await event.locator("h3").textContent()) ?? "", /^[A-Z]{4,} /, "the headline is words, not a code");
  const quote = (await event.locator("blockquote").textContent()) ?? "";
  assert.ok(quote.length > 20 && essay.replace(/\s+/g, " ").includes(quote), "the event's sentence from the essay");
});

test("the network at 1941-06 shows the Japan–USSR neutrality treaty edge, which 1940-06 does not", async () => {
  const neutralityRows = async () =>
    page.$$eval('#relations tr[data-kind="treaty"]', (rows) =>
      rows.map((r) => `${r.getAttribute("data-a")}|${r.getAttribute("data-b")}|${r.textContent}`).filter((t) => /neutrality/i.test(t) && /Japan/.test(t) && /Soviet|USSR/.test(t)),
    );
  await open("view=network&at=1941-06", "#relations caption");
  assert.equal((await neutralityRows()).length, 1, "one neutrality relation");
  const edges = await page.evaluate(() =>
    (window as any).annalistNetwork
      .edges('[kind = "treaty"]')
      .filter((e: any) => !e.hasClass("hidden"))
      .map((e: any) => `${e.source().data("label")}|${e.target().data("label")}|${e.data("label")}`),
  );
  assert.ok(edges.some((e: string) => /neutrality/i.test(e) && /Japan/.test(e) && /Soviet|USSR/.test(e)), JSON.stringify(edges));
  await open("view=network&at=1940-06", "#relations caption");
  assert.equal((await neutralityRows()).length, 0, "not yet signed in 1940");
  assert.deepEqual(pageErrors, []);
});

test("the reader highlights (Jones, pg. 178) and a click opens its bibliography entry and pages", async () => {
  await open("view=reader", "#reader .cite");
  const cite = page.locator("#reader .cite", { hasText: "(Jones, pg. 178)" }).first();
  assert.equal(await cite.textContent(), "(Jones, pg. 178)");
  await cite.click();
  const source = page.locator("#detail .source");
  await source.waitFor();
  assert.match((await source.locator("h3").textContent()) ?? "", /Japan's New Order in East Asia/);
  assert.match((await source.textContent()) ?? "", /pages 178/);
  await page.locator("#reader .ent", { hasText: "Japan" }).first().hover();
  assert.match((await page.locator("#tooltip").textContent()) ?? "", /Japan.*Wikidata Q\d+/);
  assert.deepEqual(pageErrors, []);
});

test("a fact in another view links back to its sentence in the reader", async () => {
  await open("view=map", "#map .pin, #map .cluster");
  await openPlace("Vladivostok");
  const link = page.locator("#detail .reader-link").first();
  const sentence = Number(await link.getAttribute("data-sentence"));
  await link.click();
  await page.waitForSelector("#reader .s.focus");
  const focused = await page.$$eval("#reader .s.focus", (els) => [...new Set(els.map((e) => e.getAttribute("data-s")))]);
  assert.deepEqual(focused, [String(sentence)]);
});

test("the what-if panel answers Germany → USSR on 1941-06-22 with Japan neutral", async () => {
  await open("view=whatif", "#whatif-form");
  const valueOf = (select: string, label: RegExp) =>
    page.$$eval(`${select} option`, (opts, src) => opts.find((o) => new RegExp(src).test(o.textContent ?? ""))?.getAttribute("value") ?? "", label.source);
  await page.selectOption("#whatif-attacker", await valueOf("#whatif-attacker", /^Germany|^Nazi Germany/));
  await page.selectOption("#whatif-target", await valueOf("#whatif-target", /^Soviet Union|^USSR/));
  await page.fill("#whatif-date", "1941-06-22");
  await page.click("#whatif-form button[type=submit]");
  await page.waitForSelector("#whatif-result table.obligations, #whatif-result .empty, #whatif-result .error", { state: "attached" });
  const error = page.locator("#whatif-result .error");
  if ((await error.count()) > 0) assert.fail(`the panel shows an error: ${await error.textContent()}`);
  const rows = await page.$$eval("#whatif-result tr[data-party]", (trs) => trs.map((r) => `${r.getAttribute("data-party")}:${r.getAttribute("data-duty")}`));
  assert.ok(rows.includes("Japan:neutral"), JSON.stringify(rows));
  assert.match(page.url(), /attacker=.*date=1941-06-22/, "the scenario is in the URL");
  assert.ok((await page.locator("#whatif-result .evidence a").count()) > 0, "evidence links into the reader");
});

test("filters are shared through the URL: a reloaded link keeps the actor and the count", async () => {
  await open("view=timeline", "#filter-actor option");
  const japan = await page.$$eval("#filter-actor option", (opts) => opts.find((o) => o.textContent === "Japan")?.getAttribute("value") ?? "");
  assert.ok(japan, "Japan is an actor");
  await page.selectOption("#filter-actor", japan);
  await page.waitForFunction(() => location.hash.includes("actor="));
  const count = await page.locator("#filters .count").textContent();
  const url = page.url();
  await page.goto("about:blank");
  await page.goto(url);
  await page.waitForSelector("#filters .count");
  assert.equal(await page.locator("#filters .count").textContent(), count);
  assert.equal(await page.locator("#filter-actor").inputValue(), japan);
  await page.click('#tabs a[data-view="map"]');
  await page.waitForSelector("#map, #view .empty");
  assert.match(page.url(), /actor=/, "the filter follows to another view");
});

test("a hostile document shows markup as text in every view and runs nothing", async () => {
  const hostile = [
    "On 3 May 1921 Japan and China signed the Treaty of <img src=x onerror=\"window.__pwned='treaty'\"> at Peking (Smith, pg. 4).",
    "General <script>window.__pwned='script'</script> Tanaka of Japan attacked Vladivostok on 5 June 1922 (Smith, pg. 5).",
    "<svg onload=\"window.__pwned='svg'\"></svg> Russia protested to Japan in July 1922.",
    "Works Cited:",
    "Smith, John <img src=x onerror=\"window.__pwned='author'\">. Essays on <script>window.__pwned='title'</script> War. London: Press, 1990. Print.",
  ].join("\n");
  await page.goto(`${base}#view=reader`);
  await page.waitForSelector("#upload");
  await page.setInputFiles("#upload", { name: "<img src=x onerror=\"window.__pwned='name'\">.txt", mimeType: "text/plain", buffer: Buffer.from(hostile) });
  await page.waitForFunction(() => document.querySelector("#reader")?.textContent?.includes("Tanaka"));
  for (const view of ["reader", "timeline", "map", "network", "whatif", "conflicts"]) {
    await page.click(`#tabs a[data-view="${view}"]`);
    await page.waitForFunction((v) => document.body.dataset.ready === v, view);
    const item = page.locator("#view .vis-item, #view .pin, #view .cite, #view .ent").first();
    if (await item.count()) await item.hover({ timeout: 1000 }).catch(() => {});
  }
  await page.click('#tabs a[data-view="reader"]');
  await page.waitForSelector("#reader");
  const text = (await page.locator("#reader").textContent()) ?? "";
  assert.equal(text, hostile, "the reader shows the text exactly, markup included");
  assert.equal(await page.locator("#reader script, #reader img, #reader svg, #reader b, #detail img, #view img[src=x]").count(), 0, "no element came from the text");
  await page.locator("#reader .cite").first().click();
  await page.locator("#detail .source").waitFor();
  assert.match((await page.locator("#detail .source").textContent()) ?? "", /<img src=x onerror=/, "the bibliography entry shows its markup as text");
  const picker = (await page.locator("#doc").textContent()) ?? "";
  assert.ok(picker.includes("<img src=x"), "the file name shows as text");
  assert.equal(await page.evaluate(() => (window as any).__pwned), undefined, "nothing ran");
  assert.deepEqual(pageErrors, []);
});

test("the export menu offers every format the server exports, each a download of this document", async () => {
  await open("view=reader", "#reader");
  const links = await page.$$eval("a[data-format]", (els) => els.map((a) => [a.getAttribute("data-format"), a.getAttribute("href")]));
  assert.deepEqual([...new Set(links.map(([f]) => f))].sort(), [...FORMATS].sort());
  for (const [, href] of links) assert.match(href ?? "", new RegExp(`${essayId}/export/\\w+\\?download=1`));
});
