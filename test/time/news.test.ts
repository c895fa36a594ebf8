import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { tag } from "./tag.ts";

// 2024-03-14 was a Thursday.
const news = [
  "GENEVA - Officials said yesterday that the talks would resume next month.",
  "Last Tuesday the minister met his counterpart, and on Friday he will travel to Geneva.",
  "Last year exports fell by a third; two years ago the old treaty expired.",
  "This week the delegations exchanged drafts, and tomorrow they meet again. Next March a summit is planned; last winter one was cancelled.",
].join("\n");

test("resolves 'yesterday', 'tomorrow', 'next month' and 'last year' against the document date", () => {
  const r = tag(news, { dct: "2024-03-14" });
  assert.equal(r.byText("yesterday").value, "2024-03-13");
  assert.equal(r.byText("tomorrow").value, "2024-03-15");
  assert.equal(r.byText("next month").value, "2024-04");
  assert.equal(r.byText("Last year").value, "2023");
  assert.equal(r.byText("two years ago").value, "2022");
  for (const t of ["yesterday", "next month", "Last year"]) assert.equal(r.byText(t).anchor, "t0");
});

test("resolves weekdays by direction and tense: 'last Tuesday' backward, 'on Friday he will' forward", () => {
  const r = tag(news, { dct: "2024-03-14" });
  assert.equal(r.byText("Last Tuesday").value, "2024-03-12");
  assert.equal(r.byText("Friday").value, "2024-03-15");
  const past = tag("On Monday the minister resigned.", { dct: "2024-03-14" });
  assert.equal(past.byText("Monday").value, "2024-03-11");
});

test("writes 'this week' as the interval of its days and names months and seasons next to the document date", () => {
  const r = tag(news, { dct: "2024-03-14" });
  assert.equal(r.byText("This week").value, "2024-03-11/2024-03-17");
  assert.equal(r.byText("Next March").value, "2025-03");
  assert.equal(r.byText("last winter").value, "2023-24");
});

test("leaves document-relative expressions unresolved when there is no document date", () => {
  const r = tag(news);
  for (const t of ["yesterday", "next month", "Last year", "two years ago", "Last Tuesday", "This week"]) {
    assert.equal(r.byText(t).value, null, t);
  }
});

test("starts the narrative time at the document date, so a bare month-day takes its year", () => {
  const r = tag("The minister said the vote would be held on May 5. The day after, results are due.", { dct: "2024-03-14" });
  assert.equal(r.byText("May 5").value, "2024-05-05");
  assert.equal(r.byText("The day after").value, "2024-05-06");
  assert.equal(r.sentenceTimes[0], "2024-05-05");
});

test("rejects a document date that is not a calendar date", () => {
  assert.throws(() => tag("Yesterday it rained.", { dct: "2024-02-30" }), /not a calendar date/);
});

test("keeps the possessive out of the span and reads the part of the day as its day", () => {
  const r = tag("Monday's vote was postponed; this morning the minister resigned, and last night's debate ran late. Yesterday's talks failed.", { dct: "2024-03-14" });
  assert.equal(r.byText("Monday").value, "2024-03-11");
  assert.equal(r.byText("this morning").value, "2024-03-14");
  assert.equal(r.byText("last night").value, "2024-03-13");
  assert.equal(r.byText("Yesterday").value, "2024-03-13");
});

test("resolves a news report's weekdays, deadlines and month-days against its date, not against a past year it mentions", () => {
  const text = readFileSync(new URL("./texts/senate-news.txt", import.meta.url), "utf8");
  const r = tag(text, { dct: "2024-03-14" });
  const expected: [string, string][] = [
    ["Wednesday", "2024-03-13"],
    ["the end of the month", "2024-03"],
    ["next week", "2024-03-18/2024-03-24"],
    ["Friday", "2024-03-15"],
    ["January 15", "2025-01-15"],
    ["Last month", "2024-02"],
    ["Two weeks ago", "2024-02-29"],
    ["the previous week", "2024-02-19/2024-02-25"],
    ["10:30 a.m. on March 21", "2024-03-21T10:30"],
  ];
  for (const [span, value] of expected) assert.equal(r.byText(span).value, value, span);
  assert.equal(r.byText("quarterly").type, "SET");
  assert.ok(!r.timexes.some((t) => t.text.includes("52") || t.text.includes("3,500")));
});

test("a bare weekday takes the side of the document date its nearest tense cue points to", () => {
  // 2000-04-05 was a Wednesday
  const dct = { dct: "2000-04-05" };
  assert.equal(tag("The father will travel to Washington on Thursday, officials said.", dct).byText("Thursday").value, "2000-04-06");
  assert.equal(tag("The team planned to leave Nairobi on Thursday for Dar es Salaam.", dct).byText("Thursday").value, "2000-04-06");
  assert.equal(tag("Castro said Monday that the boy must return.", dct).byText("Monday").value, "2000-04-03");
  assert.equal(tag("Until Tuesday, the relatives had not signed the paper.", dct).byText("Tuesday").value, "2000-04-04");
  assert.equal(tag("Protesters were planning to march around the airport on Saturday.", dct).byText("Saturday").value, "2000-04-08");
});

test("a month without a year in news: last year's when spoken of the past or far ahead, next year's when spoken of the future", () => {
  assert.equal(tag("The boy was found off the coast of Florida in late November.", { dct: "2000-01-06" }).byText("late November").value, "1999-11");
  assert.equal(tag("Rescued on Nov. 25 by fishermen, he was taken to Miami.", { dct: "2000-01-07" }).byText("Nov. 25").value, "1999-11-25");
  assert.equal(tag("The car was left at the airport in December, investigators said.", { dct: "1999-05-06" }).byText("December").value, "1998-12");
  assert.equal(tag("The three countries are expected to join in April.", { dct: "1998-12-05" }).byText("April").value, "1999-04");
  // near the document date and without a tense cue, this year's
  assert.equal(tag("The appeal is heard in May in Atlanta.", { dct: "2000-03-29" }).byText("May").value, "2000-05");
  assert.equal(tag("The deadline to repatriate the child by Jan. 14 passed quietly.", { dct: "2000-01-15" }).byText("Jan. 14").value, "2000-01-14");
});

test("an abbreviated month with its period is a month before a number that looks like a count", () => {
  const r = tag("The Aug. 7 bombings killed 257 people; the attacks on Aug. 7 killed many. Ministers of Poland and Jan Kavan of the Czech Republic signed.", { dct: "1998-08-18" });
  assert.equal(r.byText("Aug. 7").value, "1998-08-07");
  assert.equal(r.byText("Aug. 7", 1).value, "1998-08-07");
  assert.equal(r.timexes.some((t) => t.text === "Jan"), false);
});

// 2000-04-03 was a Monday.
test("joins a clock time, its time zone and its weekday into one time: '9 a.m. EST Tuesday', '4 a.m. Thursday', '10 p.m. on Sunday'", () => {
  const strike = tag("The union has given management until 9 a.m. EST Tuesday to answer. The strike began at 10 p.m. on Sunday.", { dct: "2000-04-03" });
  assert.equal(strike.byText("9 a.m. EST Tuesday").value, "2000-04-04T09:00");
  assert.equal(strike.byText("9 a.m. EST Tuesday").type, "TIME");
  assert.equal(strike.byText("10 p.m. on Sunday").value, "2000-04-02T22:00");
  const flight = tag("The envoy will leave Havana at 4 a.m. Thursday, his office said.", { dct: "2000-04-03" });
  assert.equal(flight.byText("4 a.m. Thursday").value, "2000-04-06T04:00");
});

test("reads a deadline after a verb of putting off, and 'as soon as'/'as early as' a weekday, as ahead", () => {
  const dct = { dct: "2000-04-03" };
  assert.equal(tag("The court postponed until Tuesday morning any ruling on the appeal.", dct).byText("Tuesday morning").value, "2000-04-04");
  assert.equal(tag("The ministry extended its deadline until Friday.", dct).byText("Friday").value, "2000-04-07");
  assert.equal(tag("The delegation could arrive in Geneva as early as Wednesday, diplomats said.", dct).byText("Wednesday").value, "2000-04-05");
  assert.equal(tag("Talks might resume as soon as Thursday.", dct).byText("Thursday").value, "2000-04-06");
  // in the past tense, a bound that is no deferral stays behind
  assert.equal(tag("The suspect was seen as early as Sunday.", dct).byText("Sunday").value, "2000-04-02");
  assert.equal(tag("Until Thursday, they had not signed.", dct).byText("Thursday").value, "2000-03-30");
});

test("a past verb before 'to' tells the past unless it wants ahead: 'shot to death on Oct. 23' is last year's, 'hoped to finish by Friday' is ahead", () => {
  const dct = { dct: "1999-05-05" };
  assert.equal(tag("The doctor was shot to death on Oct. 23 in his kitchen.", dct).byText("Oct. 23").value, "1998-10-23");
  assert.equal(tag("The envoy went to see the minister on Monday.", dct).byText("Monday").value, "1999-05-03");
  assert.equal(tag("The minister hoped to finish the talks by Friday.", dct).byText("Friday").value, "1999-05-07");
  assert.equal(tag("The delegation was to travel to Rome on Friday.", dct).byText("Friday").value, "1999-05-07");
});

// 2000-04-03 was a Monday, 1999-10-24 a Sunday.
test("reads weekends as their Saturday and Sunday, with TIMEX3's week-end value: 'over the weekend', 'last weekend', 'this weekend'", () => {
  const lab = tag("Evidence from the bombing arrived over the weekend at the FBI laboratory.", { dct: "2000-04-03" });
  assert.equal(lab.byText("the weekend").value, "2000-04-01/2000-04-02");
  assert.equal(lab.byText("the weekend").timex3, "2000-W13-WE");
  const talks = tag("Last weekend the talks failed, and this weekend the delegations will try again.", { dct: "2000-04-03" });
  assert.equal(talks.byText("Last weekend").value, "2000-04-01/2000-04-02");
  assert.equal(talks.byText("this weekend").value, "2000-04-08/2000-04-09");
  const visit = tag("The envoy will visit the camps over the weekend, his office said.", { dct: "2000-04-03" });
  assert.equal(visit.byText("the weekend").value, "2000-04-08/2000-04-09");
  // written on a Sunday, "the weekend" is the one under way
  const sunday = tag("Protesters gathered over the weekend outside the ministry.", { dct: "1999-10-24" });
  assert.equal(sunday.byText("the weekend").value, "1999-10-23/1999-10-24");
  // a narrative's "that weekend" is the weekend of its own week
  const commune = tag("On Friday, 3 March 1871, the city rose. That weekend barricades went up.");
  assert.equal(commune.byText("That weekend").value, "1871-03-04/1871-03-05");
  assert.equal(tag("He spent a weekend in Paris.", { dct: "2000-04-03" }).timexes.length, 0);
});

test("writes a week named as one with its ISO week as TIMEX3 value, and a range of dates that happens to span a week without one", () => {
  const r = tag("This week the delegations exchanged drafts; last week they had met in Geneva.", { dct: "2000-04-03" });
  assert.equal(r.byText("This week").timex3, "2000-W14");
  assert.equal(r.byText("last week").timex3, "2000-W13");
  const range = tag("The conference sat from 3 to 9 April 2000.");
  assert.equal(range.timexes.find((t) => t.value === "2000-04-03/2000-04-09")?.timex3, undefined);
});

// 2000-01-07 was a Friday.
test("a tense cue after the date counts only within its clause: 'planned a rally on Saturday and were planning to drive …' is ahead", () => {
  const dct = { dct: "2000-01-07" };
  assert.equal(tag("Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive around the airport.", dct).byText("Saturday").value, "2000-01-08");
  assert.equal(tag("The ministers scheduled talks on Tuesday but were unsure of the outcome.", dct).byText("Tuesday").value, "2000-01-11");
  assert.equal(tag("The unions planned a strike on Monday; police had warned against it.", dct).byText("Monday").value, "2000-01-10");
  // within the clause the cue still counts
  assert.equal(tag("On Tuesday the minister resigned and left.", dct).byText("Tuesday").value, "2000-01-04");
});

test("'plan to', 'intend to' before a date speak of what lies ahead; the noun 'plan' does not", () => {
  const dct = { dct: "2000-03-29" };
  assert.equal(tag("Officials said they did not plan to remove the boy on Thursday morning.", dct).byText("Thursday morning").value, "2000-03-30");
  assert.equal(tag("The rebels intend to attack the garrison on Friday, a spokesman said.", dct).byText("Friday").value, "2000-03-31");
  assert.equal(tag("The company plans to open the plant on Monday.", dct).byText("Monday").value, "2000-04-03");
  assert.equal(tag("The peace plan announced on Monday was rejected.", dct).byText("Monday").value, "2000-03-27");
});

test("in news a clock time after a date coarser than a day is on the document's day", () => {
  const court = tag("A man was arrested in connection with last year's embassy blasts. He was to appear before a judge at midday, prosecutors said.", { dct: "1999-10-08" });
  assert.equal(court.byText("midday").value, "1999-10-08T12:00");
  const vote = tag("Parliament met in March. The vote was called for 4 p.m., the speaker said.", { dct: "2000-03-29" });
  assert.equal(vote.byText("4 p.m.").value, "2000-03-29T16:00");
  // in a narrative it still has no day to take
  assert.equal(tag("In 1912 the ship sailed. At 11:40 p.m. it struck an iceberg.").byText("11:40 p.m.").value, null);
});
