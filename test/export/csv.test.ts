import { test } from "node:test";
import assert from "node:assert/strict";
import { toCsv, CSV_COLUMNS, csvField } from "../../src/export/csv.ts";
import { hostileExtraction, readCsv } from "./support.ts";
import { subjects } from "./subjects.ts";

test("writes one CSV row per event under the ICEWS-style header, each row matching its event", () => {
  for (const [name, x] of subjects()) {
    const rows = readCsv(toCsv(x));
    assert.deepEqual(rows[0], [...CSV_COLUMNS], name);
    assert.equal(rows.length, x.events.length + 1, `${name}: rows`);
    const entity = new Map(x.entities.map((e) => [e.id, e]));
    x.events.forEach((ev, i) => {
      const row = Object.fromEntries(CSV_COLUMNS.map((c, k) => [c, rows[i + 1][k]]));
      assert.equal(row.event_id, ev.id);
      assert.equal(row.event_type, ev.type);
      assert.equal(row.cameo, ev.cameo ?? "");
      assert.equal(row.date, ev.date ?? "");
      assert.equal(row.modality, ev.modality);
      assert.equal(row.source, ev.source.map((id) => entity.get(id)?.label ?? id).join("; "));
      assert.equal(row.target_qid, ev.target.map((id) => entity.get(id)?.wikidata ?? "").join("; "));
      assert.equal(row.trigger, ev.trigger.text);
      assert.equal(x.text.slice(Number(row.trigger_start), Number(row.trigger_end)), ev.trigger.text);
      const sentence = x.sentences[ev.sentence];
      assert.equal(row.sentence, x.text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").trim());
      assert.equal(Number(row.sentence_start), sentence.start);
      const coords = ev.place ? entity.get(ev.place)?.coords : undefined;
      if (coords && Math.abs(coords[0]) <= 90 && Math.abs(coords[1]) <= 180) assert.deepEqual([Number(row.lat), Number(row.lon)], coords);
      else assert.deepEqual([row.lat, row.lon], ["", ""]);
    });
  }
});

test("cites an event's sources as 'Author, pg. N' and joins several actors with semicolons", () => {
  const x = hostileExtraction();
  const rows = readCsv(toCsv(x));
  const col = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);
  assert.equal(rows[1][col("citation")], "Jones, pg. 178");
  assert.equal(rows[2][col("source")], "Soviet Union; Japan");
  assert.equal(rows[2][col("source_qid")], "Q15180; Q17");
  assert.equal(rows[4][col("citation")], "Jones, pg. 178; March, pg. 216");
  assert.equal(rows[1][col("place")], "Mukden");
  assert.deepEqual([rows[1][col("lat")], rows[1][col("lon")]], ["41.8", "123.43"]);
});

test("quotes fields with commas, quotes and line breaks as RFC 4180 says, and only those", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField('say "no", twice'), '"say ""no"", twice"');
  assert.equal(csvField("two\r\nlines"), '"two\r\nlines"');
  assert.equal(csvField(null), "");
  assert.equal(csvField(0), "0");
  const x = hostileExtraction();
  x.entities[0].label = 'Japan, "the Empire"\nof Japan';
  const rows = readCsv(toCsv(x));
  assert.equal(rows[1][CSV_COLUMNS.indexOf("source")], 'Japan, "the Empire"\nof Japan');
  assert.ok(rows.every((r) => r.length === CSV_COLUMNS.length));
});

test("CSV with the BOM option starts with U+FEFF, so Excel reads accented names as UTF-8; without it, no BOM", async () => {
  const { exportAs } = await import("../../src/export/index.ts");
  const x = hostileExtraction();
  const plain = exportAs("csv", x);
  const excel = exportAs("csv", x, { bom: true });
  assert.notEqual(plain.charCodeAt(0), 0xfeff);
  assert.equal(excel.charCodeAt(0), 0xfeff);
  assert.equal(excel.slice(1), plain);
  const bytes = new TextEncoder().encode(excel);
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(readCsv(plain).length > 1);
});
