import { test } from "node:test";
import assert from "node:assert/strict";
import { tag } from "./tag.ts";

test("'now', 'currently' and 'the current …' are the time of writing (PRESENT_REF)", () => {
  const r = tag("The fortress of Sevastopol, now a museum, fell in 1855. The current border dates from 1945, and the town is currently Ukrainian.");
  assert.equal(r.byText("now").value, "PRESENT_REF");
  assert.equal(r.byText("current").value, "PRESENT_REF");
  assert.equal(r.byText("currently").value, "PRESENT_REF");
  const news = tag("The embassy is now operating out of a hotel, officials said Tuesday.", { dct: "1998-09-07" });
  assert.equal(news.byText("now").value, "PRESENT_REF");
});

test("'the present day', 'present-day', 'these days' and 'today' in a narrative are PRESENT_REF", () => {
  const r = tag("The Ottomans held present-day Bulgaria until 1878. In the present day the site is a park, and these days few visitors come. The bridge still stands today.");
  assert.equal(r.byText("present-day").value, "PRESENT_REF");
  assert.equal(r.byText("the present day").value, "PRESENT_REF");
  assert.equal(r.byText("these days").value, "PRESENT_REF");
  assert.equal(r.byText("today").value, "PRESENT_REF");
  // with a document date "today" is that date
  assert.equal(tag("The talks resume today.", { dct: "2000-04-05" }).byText("today").value, "2000-04-05");
});

test("'recently' and 'the past' are PAST_REF; 'the future' and 'future …' are FUTURE_REF", () => {
  const r = tag("Historians have recently questioned the figures. In the past the border was disputed; in the future it may be again, and future governments will decide.");
  assert.equal(r.byText("recently").value, "PAST_REF");
  assert.equal(r.byText("the past").value, "PAST_REF");
  assert.equal(r.byText("the future").value, "FUTURE_REF");
  assert.equal(r.byText("future").value, "FUTURE_REF");
});

test("reference values do not move the narrative time nor date the sentence", () => {
  const r = tag("The treaty was signed in May 1905. It is now kept in Tokyo. On 5 September the war ended.");
  assert.equal(r.byText("5 September").value, "1905-09-05");
  assert.equal(r.sentenceTimes[1], "1905-05");
});

test("'the present government' and 'against the current' are not time expressions", () => {
  const r = tag("The present government rowed against the current for years.");
  assert.deepEqual(r.timexes.map((t) => t.text).filter((t) => t !== "years"), []);
});

test("a shift of unknown amount is some time after or before: 'a few months later' FUTURE_REF, 'weeks earlier' PAST_REF", () => {
  const malta = tag("In 1941 Malta was besieged. A few months later the Allies attacked. Weeks earlier, the fleet had sailed.");
  assert.equal(malta.byText("A few months later").value, "FUTURE_REF");
  assert.equal(malta.byText("Weeks earlier").value, "PAST_REF");
  const punic = tag("Rome took Sardinia in 238 BC, and several years later Carthage rebuilt its army.");
  assert.equal(punic.byText("several years later").value, "FUTURE_REF");
  // it does not move the narrative time: the next month is still read from 1941
  const r = tag("In March 1941 Malta was besieged. A few months later the Allies attacked. In April the fleet sailed.");
  assert.equal(r.byText("April").value, "1941-04");
});

test("'that same day' or 'the same month' after a coarser date is a day or month of it, unspecified in EDTF", () => {
  const news = tag("The doctor was gunned down last October. His name on the Web site was crossed out that same day.", { dct: "1999-02-06" });
  assert.equal(news.byText("that same day").value, "1998-10-XX");
  const talks = tag("In 1971 the talks stalled. That same month the army moved. On the same day, the envoy left.");
  assert.equal(talks.byText("That same month").value, "1971-XX");
  assert.equal(talks.byText("the same day").value, "1971-XX-XX");
  // a full date still gives its day
  assert.equal(tag("The fort fell on 3 May 1915. That same day the fleet sailed.").byText("That same day").value, "1915-05-03");
});
