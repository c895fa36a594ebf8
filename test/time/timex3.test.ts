import { test } from "node:test";
import assert from "node:assert/strict";
import { tag } from "./tag.ts";
import { isoWeek, toTimex3 } from "../../src/time/timex3.ts";

test("writes the TIMEX3 value beside the EDTF value: seasons, decades, centuries, years BC, approximations", () => {
  const r = tag("In the summer of 1939 fighting broke out; the 1930s ended badly, as had the 19th century. About 1880 the alliance formed. Xerxes crossed in 480 BC.");
  assert.equal(r.byText("the summer of 1939").timex3, "1939-SU");
  assert.equal(r.byText("the summer of 1939").value, "1939-22");
  assert.equal(r.byText("the 1930s").timex3, "193");
  assert.equal(r.byText("the 19th century").timex3, "18");
  assert.equal(r.byText("About 1880").timex3, "1880");
  assert.equal(r.byText("480 BC").value, "-0479");
  assert.equal(r.byText("480 BC").timex3, "BC0480");
});

test("an interval has no TIMEX3 value of its own; its ends have theirs", () => {
  const r = tag("The Crimean War (1853–56) changed Europe.");
  assert.equal(r.byText("1853–56").timex3, undefined);
  assert.equal(r.byText("56").timex3, "1856");
});

test("TIMEX3 halves, quarters and weeks", () => {
  assert.equal(toTimex3("2008-41"), "2008-H2");
  assert.equal(toTimex3("1999-33"), "1999-Q1");
  assert.equal(isoWeek({ y: 2000, m: 2, d: 14 }), "2000-W07");
  assert.equal(isoWeek({ y: 2000, m: 1, d: 2 }), "1999-W52");
  assert.equal(isoWeek({ y: 1998, m: 12, d: 31 }), "1998-W53");
});

test("a part of the day stays out of the EDTF value and goes into the TIMEX3 value: 'the night of 20 June 1791', 'that afternoon', 'Wednesday night'", () => {
  const r = tag("On the night of 20 June 1791 the royal family fled. On 14 July 1789 the crowd gathered, and the prison fell that afternoon. Early in the morning of 29 April 1975 the evacuation began.");
  const night = r.byText("the night of 20 June 1791");
  assert.equal(night.value, "1791-06-20");
  assert.equal(night.timex3, "1791-06-20TNI");
  assert.equal(r.byText("that afternoon").timex3, "1789-07-14TAF");
  const early = r.byText("Early in the morning of 29 April 1975");
  assert.equal(early.timex3, "1975-04-29TMO");
  assert.equal(early.mod, "EARLY");
  const news = tag("Police arrived Wednesday night and left yesterday morning; tonight they return.", { dct: "2000-01-07" });
  assert.equal(news.byText("Wednesday night").timex3, "2000-01-05TNI");
  assert.equal(news.byText("yesterday morning").timex3, "2000-01-06TMO");
  assert.equal(news.byText("tonight").timex3, "2000-01-07TNI");
});

test("a month takes the year named after it: 'July of that year', 'January 24 of the same year', 'June 20 of 1792'", () => {
  const r = tag("Marat was killed in 1793; in July of that year the Terror began. The king died on January 24 of the same year. On June 20 of 1792 a crowd invaded the palace. In March of the following year Danton fell.");
  assert.equal(r.byText("July of that year").value, "1793-07");
  assert.equal(r.byText("January 24 of the same year").value, "1793-01-24");
  assert.equal(r.byText("June 20 of 1792").value, "1792-06-20");
  assert.equal(r.byText("March of the following year").value, "1793-03");
});

test("a part of the day alone ('at night', 'night attacks', 'daytime') has no EDTF value and TimeML's generic TIMEX3 value", () => {
  const r = tag("The convoys moved only at night. The army excelled at night fighting, and daytime traffic stopped. The Night Witches flew.");
  const night = r.byText("night");
  assert.equal(night.value, null);
  assert.equal(night.timex3, "XXXX-XX-XXTNI");
  assert.equal(r.byText("daytime").timex3, "XXXX-XX-XXTDT");
  assert.equal(r.timexes.some((t) => t.text === "Night"), false);
});
