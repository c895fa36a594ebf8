import { test } from "node:test";
import assert from "node:assert/strict";
import { byId, tag } from "./tag.ts";

test("a range of years is an interval whose two ends are timexes of their own", () => {
  const r = tag("The Thirty Years' War (1618–48) ruined the Palatinate. Spain fought the Dutch from 1621 until 1648.");
  const range = r.byText("1618–48");
  assert.equal(range.value, "1618/1648");
  assert.deepEqual(range.parts?.map((id) => byId(r.timexes, id)?.text), ["1618", "48"]);
  assert.equal(r.byText("48").value, "1648");
  const span = r.byText("from 1621 until 1648");
  assert.equal(span.value, "1621/1648");
  assert.equal(byId(r.timexes, span.parts?.[1])?.value, "1648");
});

test("a bare day before a date takes its month and year: '6–7 January 1916', '12–13 November 1940'", () => {
  const r = tag("The army crossed the river on 6–7 January 1916. The storm of 12–13 November 1940 sank two ships.");
  assert.equal(r.byText("6–7 January 1916").value, "1916-01-06/1916-01-07");
  assert.equal(r.byText("6").value, "1916-01-06");
  assert.equal(r.byText("12–13 November 1940").value, "1940-11-12/1940-11-13");
  assert.equal(r.byText("12").value, "1940-11-12");
});

test("a bare day after a month and day takes the month, and the year written after it: 'March 5–9, 1918', 'May 4 and 5'", () => {
  const r = tag("Talks were held on March 5–9, 1918 at Bucharest. In 1865 the last armies gave up; surrendering on May 4 and 5 were the units in Alabama.");
  assert.equal(r.byText("March 5–9, 1918").value, "1918-03-05/1918-03-09");
  assert.equal(r.byText("March 5").value, "1918-03-05");
  assert.equal(r.byText("9, 1918").value, "1918-03-09");
  assert.equal(r.byText("May 4").value, "1865-05-04");
  assert.equal(r.byText("5").value, "1865-05-05");
  // a pair is two dates, not an interval
  assert.equal(r.timexes.filter((t) => t.text.includes("May 4 and 5")).length, 0);
});

test("the first of two joined dates takes the year of the second: 'April and June 1955', '31 May–1 June 1916', 'August–September 1950'", () => {
  const r = tag("Elections were held in 1954. In April and June 1955 the government moved against the sects. The fleets met on 31 May–1 June 1916. The perimeter held (August–September 1950) against every attack.");
  assert.equal(r.byText("April").value, "1955-04");
  assert.equal(r.byText("31 May–1 June 1916").value, "1916-05-31/1916-06-01");
  assert.equal(r.byText("31 May").value, "1916-05-31");
  assert.equal(r.byText("August–September 1950").value, "1950-08/1950-09");
  assert.equal(r.byText("August").value, "1950-08");
});

test("a range of months crossing the new year starts in the year before: 'December–January 1942'", () => {
  const r = tag("The winter offensive (December–January 1942) pushed the front back.");
  assert.equal(r.byText("December").value, "1941-12");
  assert.equal(r.byText("December–January 1942").value, "1941-12/1942-01");
});

test("a number after a date that counts something is not a day: 'on May 4 and 5 soldiers'", () => {
  const r = tag("The fort fell in 1863; on May 4 and 5 soldiers were wounded.");
  assert.equal(r.timexes.some((t) => t.text === "5"), false);
});

test("a range of months or days without a year runs forward: its start is in the year before when it would lie after its end", () => {
  const burma = tag("The army landed in January 1945. British forces advanced in Burma from October to March, then reached Rangoon by May 3.");
  assert.equal(burma.byText("from October to March").value, "1944-10/1945-03");
  assert.equal(burma.byText("May 3").value, "1945-05-03");
  const paris = tag("The siege ended in February 1871. The city had starved from 20 December to 3 January.");
  assert.equal(paris.byText("from 20 December to 3 January").value, "1870-12-20/1871-01-03");
  // a range in order keeps the reference's year
  const war = tag("The war began in 1812. Fighting went on from June to September.");
  assert.equal(war.byText("from June to September").value, "1812-06/1812-09");
});
