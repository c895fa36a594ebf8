// The corrections loop in a real browser on the persistent store (embedded PGlite): a fix made in an
// event's card changes the view, is shown as corrected with the original kept, survives a restart of the
// server and a re-ingest of the text, and shows in the exports.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { startServer, type RunningServer } from "../../src/api/server.ts";
import { ensureWebBundle } from "../../src/api/build-web.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import type { Extraction } from "../../src/schema.ts";

const name = "peace-of-westphalia-1648.txt";
const text = readFileSync(new URL("./texts/peace-of-westphalia-1648.txt", import.meta.url), "utf8");
const dir = mkdtempSync(join(tmpdir(), "annalist-corrections-"));
let store: Store;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let closeBrowser = async () => {};
let id = "";
const pageErrors: string[] = [];

async function start(): Promise<void> {
  store = await openStore({ dir: join(dir, "db") });
  server = await startServer(store, { port: 0 });
}

async function stop(): Promise<void> {
  await server.close();
  await store.close();
}

before(async () => {
  await ensureWebBundle();
  await start();
  id = (await store.ingest(name, text)).id;
  const browser = await launchBrowser();
  context = browser.context;
  closeBrowser = browser.close;
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
});

after(async () => {
  await closeBrowser();
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

const extraction = async (): Promise<Extraction> => (await (await fetch(`${server.url}api/documents/${id}`)).json()).extraction;
const exported = async (format: string) => (await fetch(`${server.url}api/documents/${id}/export/${format}`)).text();

/** The event the test corrects: the first one with a source and a date (an invasion, a signing…). */
let target = "";
let original = { type: "", date: "" };

test("a correction made in an event's card is stored with its author and changes the timeline", async () => {
  const x = await extraction();
  const v = x.events.find((e) => e.source.length > 0 && e.date && e.type !== "REJECT")!;
  assert.ok(v, "an event to correct");
  target = v.id;
  original = { type: v.type, date: v.date! };
  await page.goto(`${server.url}#doc=${id}&view=timeline`);
  await page.waitForSelector(`.tl-event[data-event="${target}"]`);
  // Clicking the item selects it: the detail panel shows its card with "Correct…".
  await page.click(`.tl-event[data-event="${target}"]`);
  await page.click(`#detail [data-correct="event:${target}"]`);
  await page.waitForSelector("#correct-form");
  await page.selectOption("#correct-type", "REJECT");
  await page.fill("#correct-date", "1629-06");
  await page.fill("#correct-author", "A. Historian");
  await page.fill("#correct-note", "the text says June");
  await page.click('#correct-form button[type="submit"]');
  await page.waitForSelector(`#detail .fact.event.is-corrected[data-event="${target}"]`);
  const note = (await page.locator("#detail .corrected-note").textContent()) ?? "";
  assert.match(note, /A\. Historian/);
  assert.match(note, new RegExp(`type was ${original.type}`));
  assert.match(note, new RegExp(`date was ${original.date}`));
  await page.waitForSelector(`.tl-event[data-event="${target}"][data-date="1629-06"][data-type="REJECT"]`);
  assert.deepEqual(pageErrors, []);
});

test("the correction survives a restart of the server and a re-ingest of the text", async () => {
  await stop();
  await start();
  let v = (await extraction()).events.find((e) => e.id === target)!;
  assert.equal(v.type, "REJECT");
  assert.equal(v.date, "1629-06");
  await store.ingest(name, text, { replace: true });
  v = (await extraction()).events.find((e) => e.id === target)!;
  assert.equal(v.type, "REJECT", "kept after re-ingest");
  assert.equal(v.date, "1629-06");
  const marks = (v as unknown as { corrected: { author: string; was: Record<string, unknown> }[] }).corrected;
  assert.deepEqual(marks.map((c) => c.author), ["A. Historian", "A. Historian"]);
  assert.deepEqual(Object.assign({}, ...marks.map((c) => c.was)), original, "the original reading is kept");
  await page.goto(`${server.url}#doc=${id}&view=reader`);
  await page.click(`#reader .ev[data-event="${target}"]`);
  await page.waitForSelector(`#detail .fact.event.is-corrected[data-event="${target}"]`);
});

test("the corrected event shows in every export", async () => {
  const csv = (await exported("csv")).split("\r\n");
  const header = csv[0].split(",");
  const row = csv.find((r) => r.startsWith(`${target},`))!;
  assert.ok(row, "the event's CSV row");
  assert.equal(row.split(",")[header.indexOf("event_type")], "REJECT");
  assert.equal(row.split(",")[header.indexOf("date")], "1629-06");
  assert.match(row, /A\. Historian/, "the CSV says who corrected it");
  const jsonld = JSON.parse(await exported("jsonld"));
  const node = jsonld["@graph"].find((n: { identifier?: string; "@type": string }) => n.identifier === target && n["@type"] === "Event");
  assert.ok(node.keywords.includes("REJECT"));
  assert.equal(node.startDate, "1629-06");
  const timeline = JSON.parse(await exported("timelinejs"));
  const slide = timeline.events.find((s: { unique_id: string }) => s.unique_id === target);
  assert.equal(slide.group, "REJECT");
  assert.deepEqual([slide.start_date.year, slide.start_date.month], [1629, 6]);
  const geojson = JSON.parse(await exported("geojson"));
  for (const f of geojson.features.filter((f: { properties: { event?: string } }) => f.properties.event === target)) assert.equal(f.properties.type, "REJECT");
  const gexf = await exported("gexf");
  if ((await extraction()).events.find((e) => e.id === target)!.target.length) assert.match(gexf, new RegExp(`id="${target}:[^"]*"[^>]*>[\\s\\S]*?value="REJECT"`));
});

test("an entity's Wikidata link corrected in the reader shows in the JSON-LD IRIs", async () => {
  const x = await extraction();
  const unlinked = x.entities.find((e) => !e.wikidata && (e.kind === "state" || e.kind === "place"))!;
  assert.ok(unlinked, "an entity without a link");
  await page.goto(`${server.url}#doc=${id}&view=reader`);
  await page.locator(`#reader .ent[data-entity="${unlinked.id}"]`).first().click();
  await page.click(`#detail [data-correct="entity:${unlinked.id}"]`);
  await page.fill("#correct-wikidata", "Q170072");
  await page.fill("#correct-author", "A. Historian");
  await page.click('#correct-form button[type="submit"]');
  await page.waitForSelector(`#detail .fact.entity.is-corrected[data-entity="${unlinked.id}"], #correct-status.error`);
  if (await page.locator("#correct-status.error").count()) assert.fail(`not saved: ${await page.locator("#correct-status").textContent()}`);
  const jsonld = JSON.parse(await exported("jsonld"));
  const node = jsonld["@graph"].find((n: { identifier?: string }) => n.identifier === unlinked.id);
  assert.equal(node.sameAs, "http://www.wikidata.org/entity/Q170072");
  const treaty = x.treaties.find((t) => t.signed)!;
  const res = await fetch(`${server.url}api/corrections`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ document: id, target: "treaty", id: treaty.id, field: "ends", value: "1635-05", author: "B. Reviewer" }) });
  assert.equal(res.status, 201);
  const t = JSON.parse(await exported("timelinejs")).events.find((s: { unique_id: string }) => s.unique_id === treaty.id);
  assert.deepEqual([t.end_date.year, t.end_date.month], [1635, 5], "the treaty's corrected end is its TimelineJS end_date");
});
