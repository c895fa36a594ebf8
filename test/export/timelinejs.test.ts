import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDay } from "../../src/dates/index.ts";
import { exportAs } from "../../src/export/index.ts";
import { datedSpan } from "../../src/query.ts";
import { toTimeline } from "../../src/export/timelinejs.ts";
import { hostileExtraction } from "./support.ts";
import { subjects } from "./subjects.ts";

test("makes one TimelineJS slide per dated event and signed treaty, with the date's calendar parts", () => {
  for (const [name, x] of subjects()) {
    const t = JSON.parse(exportAs("timelinejs", x));
    assert.equal(typeof t.title.text.headline, "string");
    const dated = [...x.events.filter((e) => e.date && /^-?\d/.test(e.date)).map((e) => [e.id, e.date]), ...x.treaties.filter((tr) => tr.signed && /^-?\d/.test(tr.signed)).map((tr) => [tr.id, tr.signed])];
    assert.deepEqual(t.events.map((s: any) => [s.unique_id, s.start_date.display_date]), dated, name);
    for (const slide of t.events) {
      // The slide starts on the first day the value allows, as precise as that start is.
      const { year: y, month: m, day: d } = parseDay(datedSpan(slide.start_date.display_date)!.earliest)!;
      assert.equal(slide.start_date.year, y);
      if (slide.start_date.month !== undefined) assert.equal(slide.start_date.month, m);
      if (slide.start_date.day !== undefined) assert.equal(slide.start_date.day, d);
      assert.equal(typeof slide.text.headline, "string");
      assert.equal(typeof slide.group, "string");
    }
  }
});

test("escapes document text for TimelineJS's HTML rendering and groups by event type", () => {
  const x = hostileExtraction();
  x.events[0].trigger.text = "<script>alert(1)</script>";
  const t = toTimeline(x);
  const all = JSON.stringify(t);
  assert.ok(!all.includes("<script"), "no live markup");
  assert.ok(t.events[0].text.headline.includes("&lt;script&gt;"));
  assert.deepEqual(t.events.map((s) => s.group), ["ASSAULT", "AGREE", "CONSULT", "Treaty"]);
  assert.deepEqual(t.events[0].start_date, { year: 1931, month: 9, day: 18, display_date: "1931-09-18" });
  assert.deepEqual(t.events[2].start_date, { year: 1941, month: 4, display_date: "1941-04~/1941-06" });
  assert.deepEqual(t.events[2].end_date, { year: 1941, month: 6 });
  assert.match(t.events[0].text.text, /Jones, pg\. 178/);
});

test("slides take seasons, decades and intervals at the precision of their first days; values that are no date get no slide", () => {
  const x = hostileExtraction();
  x.events[0].date = "1939-22"; // summer 1939: its year only (June to August)
  x.events[1].date = "194X";
  x.events[2].date = "PRESENT_REF";
  x.events[3].date = "1941-06-2X/1941-07-03";
  const t = toTimeline(x);
  assert.deepEqual(t.events.map((s) => s.unique_id), ["v1", "v2", "v4", "t1"]);
  assert.deepEqual(t.events[0].start_date, { year: 1939, display_date: "1939-22" });
  assert.deepEqual(t.events[1].start_date, { year: 1940, display_date: "194X" });
  assert.deepEqual(t.events[2].start_date, { year: 1941, month: 6, display_date: "1941-06-2X/1941-07-03" });
  assert.deepEqual(t.events[2].end_date, { year: 1941, month: 7, day: 3 });
});

test("a treaty's life adds its duration to the signing day, the day kept within the month it lands in", () => {
  const x = hostileExtraction();
  const cases: [string, string, object][] = [
    ["1941-04-13", "P5Y", { year: 1946, month: 4, day: 13 }],
    ["1940-01-31", "P1M", { year: 1940, month: 2, day: 29 }],
    ["1941-01-31", "P1M", { year: 1941, month: 2, day: 28 }],
    ["1940-08-31", "P18M", { year: 1942, month: 2, day: 28 }],
    ["1940-02-29", "P1Y", { year: 1941, month: 2, day: 28 }],
  ];
  for (const [signed, duration, end] of cases) {
    x.treaties[0] = { ...x.treaties[0], signed, duration, ends: null };
    const slide = toTimeline(x).events.find((s) => s.unique_id === "t1")!;
    const { display_date: _, ...endParts } = slide.end_date!;
    assert.deepEqual(endParts, end, `${signed} + ${duration}`);
  }
  x.treaties[0] = { ...x.treaties[0], signed: "1941-04-13", duration: "PXY", ends: null };
  assert.equal(toTimeline(x).events.find((s) => s.unique_id === "t1")!.end_date, undefined, "a duration with unknown digits sets no end");
});
