import { test } from "node:test";
import assert from "node:assert/strict";
import { tag } from "./tag.ts";

const narrative = [
  "The Russo-Japanese War began in February 1904 with a surprise attack on Port Arthur.",
  "In March the Japanese landed in Korea, and on August 10 the Russian squadron tried to break out.",
  "The previous year, in 1903, talks over Manchuria had failed. The siege lasted until January 1905, and on 27 May 1905 the Baltic Fleet was destroyed at Tsushima.",
  "The Treaty of Portsmouth was signed on September 5, 1905. Today the battlefield at Port Arthur is a museum.",
].join(" ");

test("a narrative with a document date anchors on its own reference time, not on the date", () => {
  const r = tag(narrative, { dct: "2009-12-19" });
  assert.equal(r.genre, "narrative");
  assert.equal(r.byText("March").value, "1904-03");
  assert.equal(r.byText("August 10").value, "1904-08-10");
  // what is said from the writer's present counts from the document date
  assert.equal(r.byText("Today").value, "2009-12-19");
});

test("news is anchored on its document date; the genre can be set", () => {
  const news = tag("The minister said Tuesday that talks would resume in March. Last week the envoys met in Geneva.", { dct: "2024-01-18" });
  assert.equal(news.genre, "news");
  assert.equal(news.byText("March").value, "2024-03");
  const forced = tag(narrative, { dct: "2009-12-19", genre: "news" });
  assert.equal(forced.genre, "news");
  assert.equal(forced.byText("March").value, "2009-03");
});

test("without a document date every text is a narrative", () => {
  assert.equal(tag("Yesterday the minister resigned.").genre, "narrative");
});

test("'until this week' is still the writer's own week when the genre is decided", () => {
  const r = tag("Until this week, the family had kept silent. The uncle fled in 1966, his brother in 1979, a cousin in 1983; others came in 1984 and 1990. Last Tuesday he spoke to reporters, and yesterday he met the mayor.", { dct: "2000-02-24" });
  assert.equal(r.genre, "news");
  assert.equal(r.byText("this week").value, "2000-02-21/2000-02-27");
});
