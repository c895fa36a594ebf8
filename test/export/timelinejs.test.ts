import { test } from "node:test";
import assert from "node:assert/strict";
import { exportAs } from "../../src/export/index.ts";
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
      const [y, m, d] = slide.start_date.display_date.replace(/[~?%]/g, "").split("/")[0].split("-").map(Number);
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
