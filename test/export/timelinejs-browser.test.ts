// The TimelineJS export as TimelineJS3 itself reads it (the library from npm, in Debian's chromium, loading the
// exported file by URL as a user's page does): every slide and era drawn, each date where the EDTF value it
// came from says, headlines shown as the document's text. A broken export must make these checks fail.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { formatDay } from "../../src/dates/index.ts";
import { exportAs } from "../../src/export/index.ts";
import { datedSpan } from "../../src/query.ts";
import type { Timeline } from "../../src/export/timelinejs.ts";
import { launchBrowser } from "../web/browser.ts";
import { hostileExtraction } from "./support.ts";
import { subjects } from "./subjects.ts";

const TIMELINEJS = join(dirname(createRequire(import.meta.url).resolve("@knight-lab/timelinejs/package.json")), "dist");
const ORIGIN = "http://annalist.test/";
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="tl/css/timeline.css">
<script src="tl/js/timeline.js"></script></head><body></body></html>`;
const TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".woff": "font/woff" };

interface Drawn {
  errors: string[];
  message: string;
  slides: { id: string; headline: string; start: number[]; end: number[] | null }[];
  eras: number;
  markers: number;
  slideElements: number;
  eraElements: number;
}

let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;
const files = new Map<string, string>();
const outside: string[] = [];
const pageErrors: string[] = [];

// One page loads TimelineJS once; each file is drawn by a new Timeline in a new container.
before(async () => {
  ({ context, close } = await launchBrowser({ width: 1280, height: 720 }));
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // tsx names the functions it compiles with a helper the page lacks.
  await page.addInitScript({ content: "window.__name = (f) => f;" });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (!url.startsWith(ORIGIN)) {
      outside.push(url);
      return route.abort();
    }
    const path = new URL(url).pathname;
    if (path === "/") return route.fulfill({ body: PAGE, contentType: "text/html" });
    if (files.has(path)) return route.fulfill({ body: files.get(path)!, contentType: "application/json" });
    const local = normalize(join(TIMELINEJS, decodeURIComponent(path.replace(/^\/tl\//, "/"))));
    if (!path.startsWith("/tl/") || !local.startsWith(TIMELINEJS)) return route.fulfill({ status: 404, body: "" });
    try {
      return route.fulfill({ body: readFileSync(local), contentType: TYPES[local.slice(local.lastIndexOf("."))] ?? "application/octet-stream" });
    } catch {
      return route.fulfill({ status: 404, body: "" });
    }
  });
  await page.goto(ORIGIN);
});
after(async () => close?.());

/** Loads an exported file in TimelineJS3 as a page would (`new TL.Timeline(el, url)`) and reads what it drew. */
async function draw(file: string): Promise<Drawn & { outside: string[]; pageErrors: string[] }> {
  const n = files.size + 1;
  files.set(`/timeline-${n}.json`, file);
  const [outsideBefore, errorsBefore] = [outside.length, pageErrors.length];
  await page.evaluate((n) => {
    document.body.replaceChildren(Object.assign(document.createElement("div"), { id: `timeline-${n}`, style: "width:1200px;height:650px" }));
    (window as any).tl = new (window as any).TL.Timeline(`timeline-${n}`, `timeline-${n}.json`, { script_path: `${location.origin}/tl/js/` });
  }, n);
  // Drawn, or refused with a message: TimelineJS fires no event when a file is invalid.
  await page.waitForFunction(() => {
    const tl = (window as any).tl;
    return tl?.ready || (tl?.config && !tl.config.isValid());
  }, undefined, { timeout: 30_000 });
  const drawn: Drawn = await page.evaluate(() => {
    const tl = (window as any).tl;
    const ymd = (d: any) => (d ? [d.data.date_obj.getFullYear(), d.data.date_obj.getMonth() + 1, d.data.date_obj.getDate()] : null);
    const count = (selector: string) => document.querySelectorAll(selector).length;
    return {
      errors: tl.config.messages.errors.map((e: any) => (typeof e === "string" ? e : `${e.message_key ?? e.message}${e.detail ? ` [${e.detail}]` : ""}`)),
      message: tl.ready ? "" : (document.querySelector(".tl-message-full")?.textContent ?? ""),
      slides: tl.config.events.map((e: any) => ({ id: e.unique_id, headline: e.text?.headline ?? "", start: ymd(e.start_date), end: ymd(e.end_date) })),
      eras: tl.config.eras.length,
      markers: count(".tl-timemarker"),
      slideElements: count(".tl-slide"),
      eraElements: count(".tl-timeera"),
    };
  });
  return { ...drawn, outside: outside.slice(outsideBefore), pageErrors: pageErrors.slice(errorsBefore) };
}

const day = ([year, month, d]: number[]) => formatDay({ year, month, day: d });

/** What is wrong with the way TimelineJS drew an export, against the export itself: empty when nothing is. */
function problems(exported: Timeline, drawn: Awaited<ReturnType<typeof draw>>): string[] {
  const out: string[] = [...drawn.errors.map((e) => `TimelineJS: ${e}`), ...drawn.pageErrors.map((e) => `page error: ${e}`)];
  if (drawn.message) out.push(`not drawn: ${drawn.message}`);
  if (out.length) return out;
  if (drawn.slides.length !== exported.events.length) out.push(`${exported.events.length} slides exported, ${drawn.slides.length} read`);
  if (drawn.markers !== exported.events.length) out.push(`${exported.events.length} slides exported, ${drawn.markers} markers drawn`);
  if (drawn.slideElements !== exported.events.length + 1) out.push(`${exported.events.length} slides and a title exported, ${drawn.slideElements} drawn`);
  if (drawn.eras !== exported.eras.length || drawn.eraElements !== exported.eras.length) out.push(`${exported.eras.length} eras exported, ${drawn.eras} read, ${drawn.eraElements} drawn`);
  const byId = new Map(drawn.slides.map((s) => [s.id, s]));
  for (const slide of exported.events) {
    const shown = byId.get(slide.unique_id!);
    if (!shown) {
      out.push(`${slide.unique_id}: not read`);
      continue;
    }
    // The day TimelineJS puts a slide on must be one the exported EDTF value allows.
    const span = datedSpan(slide.start_date!.display_date);
    const start = day(shown.start);
    if (!span || start < span.earliest || start > span.latest) out.push(`${slide.unique_id}: ${slide.start_date!.display_date} drawn on ${start}`);
    if (shown.end && day(shown.end) < start) out.push(`${slide.unique_id}: ends ${day(shown.end)}, before its start ${start}`);
    if (slide.end_date && !shown.end) out.push(`${slide.unique_id}: end ${JSON.stringify(slide.end_date)} not read`);
  }
  return out;
}

test("TimelineJS3 draws every slide and era of the exports, each on a day its EDTF value allows", async () => {
  for (const [name, x] of subjects()) {
    const file = exportAs("timelinejs", x);
    const exported = JSON.parse(file) as Timeline;
    assert.ok(exported.events.length > 0, `${name}: slides to draw`);
    const drawn = await draw(file);
    assert.deepEqual(problems(exported, drawn), [], name);
    // TimelineJS's default font is a web font; nothing else may be fetched (no analytics, no media look-ups).
    assert.deepEqual(drawn.outside.filter((url) => !/\.(?:ttf|woff2?)$/.test(url)), [], `${name}: nothing but fonts fetched from outside`);
  }
});

test("TimelineJS3 shows document text in headlines as text, not as markup", async () => {
  const x = hostileExtraction();
  x.events[0].trigger.text = "<img src=x onerror=alert(1)> & <b>bold</b>";
  const drawn = await draw(exportAs("timelinejs", x));
  assert.deepEqual(drawn.pageErrors, []);
  // What TimelineJS would display: the headline as HTML, read back as text.
  const shown = await page.evaluate((html) => {
    const el = document.createElement("div");
    el.innerHTML = html;
    return el.textContent;
  }, drawn.slides.find((s) => s.id === "v1")!.headline);
  assert.equal(shown, "Japan <img src=x onerror=alert(1)> & <b>bold</b> China");
});

test("a broken export fails these checks: a season for a month, a slide without a start, a date as text, a cut file", async () => {
  const x = hostileExtraction();
  const file = exportAs("timelinejs", x);
  const broken = (change: (t: Timeline) => void) => {
    const t = JSON.parse(file) as Timeline;
    change(t);
    return t;
  };
  const cases: [string, Timeline | string, RegExp][] = [
    ["a season code as the month", broken((t) => ((t.events[0].start_date as any).month = 22)), /v1: 1931-09-18 drawn on 1931-11-18/],
    ["a slide without a start", broken((t) => delete t.events[1].start_date), /slides exported, 3 read/],
    ["a date as text", broken((t) => ((t.events[0].start_date as any).year = "1931-09-18")), /TimelineJS: invalid_date_err/],
    ["an end before the start", broken((t) => (t.events[2].end_date = { year: 1940, month: 1 })), /ends 1940-01-01, before its start 1941-04-01/],
    ["a cut file", file.slice(0, 200), /TimelineJS: invalid_url_err/],
  ];
  for (const [what, t, expected] of cases) {
    const exported = typeof t === "string" ? (JSON.parse(file) as Timeline) : t;
    const found = problems(exported, await draw(typeof t === "string" ? t : JSON.stringify(t)));
    assert.match(found.join("\n"), expected, `${what}: ${found.join("; ")}`);
  }
});
