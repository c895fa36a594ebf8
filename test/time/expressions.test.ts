import { test } from "node:test";
import assert from "node:assert/strict";
import { tag } from "./tag.ts";

const value = (text: string, timex: string, options = {}) => tag(text, options).byText(timex);

test("reads full dates in month-day-year and day-month-year order, with or without commas", () => {
  assert.equal(value("Japan invaded Manchuria on September 18, 1931 at night.", "September 18, 1931").value, "1931-09-18");
  assert.equal(value("It began on 18 September 1931.", "18 September 1931").value, "1931-09-18");
  assert.equal(value("It began on Sept. 18th, 1931.", "Sept. 18th, 1931").value, "1931-09-18");
  assert.equal(value("It began on the 18th of September, 1931.", "the 18th of September, 1931").value, "1931-09-18");
  assert.equal(value("The record 1931-09-18 was kept.", "1931-09-18").value, "1931-09-18");
});

test("reads months with years and bare years, leaving the preposition out of the span", () => {
  assert.equal(value("In May, 1938 two loans were agreed.", "May, 1938").value, "1938-05");
  assert.equal(value("The companies were founded in December 1925.", "December 1925").value, "1925-12");
  assert.equal(value("In March of 1939 the auction was held.", "March of 1939").value, "1939-03");
  const y = value("By 1932, an agreement was reached.", "1932");
  assert.equal(y.value, "1932");
  assert.equal(y.type, "DATE");
});

test("reads seasons as EDTF season codes", () => {
  assert.equal(value("In the summer of 1939 a conflict broke out.", "the summer of 1939").value, "1939-22");
  assert.equal(value("Troops froze in winter 1941.", "winter 1941").value, "1941-24");
  assert.equal(value("By autumn of 1944 the front had moved.", "autumn of 1944").value, "1944-23");
  assert.equal(value("In Spring 1940 the offensive began.", "Spring 1940").value, "1940-21");
});

test("reads decades and centuries with qualifiers", () => {
  const r = tag("Tensions rose in the 1930s and 1940s, as in the early 20th century and the late nineteenth century; the 1800s were calmer.");
  assert.equal(r.byText("the 1930s").value, "193X");
  assert.equal(r.byText("1940s").value, "194X");
  const early = r.byText("the early 20th century");
  assert.equal(early.value, "19XX");
  assert.equal(early.mod, "EARLY");
  assert.equal(r.byText("the late nineteenth century").value, "18XX");
  assert.equal(r.byText("the 1800s").value, "18XX");
});

test("marks approximate and qualified dates", () => {
  const about = value("The army was to be ready by about 1940.", "about 1940");
  assert.equal(about.value, "1940~");
  assert.equal(about.mod, "APPROX");
  assert.equal(value("The church was built c. 1900.", "c. 1900").value, "1900~");
  const end = value("By the end of 1938 the offer was withdrawn.", "the end of 1938");
  assert.equal(end.value, "1938");
  assert.equal(end.mod, "END");
  assert.equal(value("Prices rose in mid-1938.", "mid-1938").mod, "MID");
  assert.equal(value("Fighting resumed in early July 1938.", "early July 1938").value, "1938-07");
});

test("reads intervals as EDTF intervals", () => {
  assert.equal(value("Ships sailed to Canton from 1937 until 1938, when it fell.", "from 1937 until 1938").value, "1937/1938");
  assert.equal(value("Loans were made between 1932 and 1934.", "between 1932 and 1934").value, "1932/1934");
  assert.equal(value("His study of the years 1937-45 is standard.", "1937-45").value, "1937/1945");
  assert.equal(value("The siege lasted from March to May 1939.", "from March to May 1939").value, "1939-03/1939-05");
});

test("reads durations with number words, hyphens and ranges", () => {
  const r = tag(
    "After a six-month hiatus talks resumed. The pact would last five years. Within two weeks the front broke. " +
      "The army would enter the war two to three months after the surrender. The reign lasted twenty-five years, then several years of regency, " +
      "a decade of peace and three hours of shelling, a fortnight of talks, and the Convention was prolonged another year.",
  );
  const expect: Record<string, string> = {
    "six-month": "P6M",
    "five years": "P5Y",
    "two weeks": "P2W",
    "two to three months": "P2M/P3M",
    "twenty-five years": "P25Y",
    "several years": "PXY",
    "a decade": "P10Y",
    "three hours": "PT3H",
    "a fortnight": "P2W",
    "another year": "P1Y",
  };
  for (const [text, v] of Object.entries(expect)) {
    const t = r.byText(text);
    assert.equal(t.type, "DURATION", text);
    assert.equal(t.value, v, text);
  }
});

test("reads recurring times as SET", () => {
  const r = tag("Rent was paid yearly, in four semiannual installments, with a semi-annual review; inspectors came every two weeks, twice a year, every year and every Monday.");
  const expect: Record<string, string> = {
    yearly: "P1Y",
    semiannual: "P6M",
    "semi-annual": "P6M",
    "every two weeks": "P2W",
    "twice a year": "P1Y",
    "every year": "P1Y",
    "every Monday": "P1W",
  };
  for (const [text, v] of Object.entries(expect)) {
    const t = r.byText(text);
    assert.equal(t.type, "SET", text);
    assert.equal(t.value, v, text);
  }
});

test("reads clock times with their date, and a weekday before its date", () => {
  const r = tag("The attack began at 4 a.m. on June 22, 1941. Sunday, December 7, 1941 was quiet until 7:55 am.");
  const dawn = r.byText("4 a.m. on June 22, 1941");
  assert.equal(dawn.type, "TIME");
  assert.equal(dawn.value, "1941-06-22T04:00");
  assert.equal(r.byText("Sunday, December 7, 1941").value, "1941-12-07");
  assert.equal(r.byText("7:55 am").value, "1941-12-07T07:55");
});

test("reads years with eras", () => {
  const r = tag("Caesar died in 44 BC; Charlemagne was crowned in AD 800.");
  assert.equal(r.byText("44 BC").value, "-0043");
  assert.equal(r.byText("AD 800").value, "0800");
});

test("marks a year written with a question mark inside a sentence as uncertain, but not a question", () => {
  const r = tag("The manuscript (1938?) was found later. Was the treaty signed in 1939?");
  assert.equal(r.byText("1938?").value, "1938?");
  assert.equal(r.byText("1939").value, "1939");
});

test("a duration keeps the words that bound its amount, with their TIMEX3 mod: 'more than three years', 'less than a year later'", () => {
  const r = tag("The siege lasted more than three years. Less than a year later the city rebelled, and after almost an hour of shelling it fell. Some 19 days passed.");
  const more = r.byText("more than three years");
  assert.equal(more.value, "P3Y");
  assert.equal(more.mod, "MORE_THAN");
  assert.equal(r.byText("Less than a year later").mod, "LESS_THAN");
  assert.equal(r.byText("almost an hour").value, "PT1H");
  assert.equal(r.byText("Some 19 days").value, "P19D");
});

test("reads 'the past two months', 'the last three years', 'the past decade' and 'the next few months' as durations", () => {
  const r = tag("Over the past two months the talks stalled; in the last three years prices doubled. The past decade was calm, and the next few months will be hard.");
  assert.equal(r.byText("the past two months").value, "P2M");
  assert.equal(r.byText("the last three years").value, "P3Y");
  assert.equal(r.byText("The past decade").value, "P10Y");
  assert.equal(r.byText("the next few months").value, "PXM");
  assert.equal(r.byText("the past two months").type, "DURATION");
});

test("a range of durations is written with its two ends: 'two to three months', 'ten or fifteen years'", () => {
  const r = tag("A period of twelve to eighteen months would follow. The officers had been trained for ten or fifteen years.");
  const range = r.byText("twelve to eighteen months");
  assert.equal(range.value, "P12M/P18M");
  assert.equal(r.byText("twelve").value, "P12M");
  assert.equal(r.byText("eighteen months").value, "P18M");
  assert.equal(r.byText("ten").value, "P10Y");
});

test("'month-long' and 'decades-long' are durations; a '6-year-old' is an age, not a timex", () => {
  const r = tag("A month-long siege ended the decades-long feud. The 6-year-old boy and his 44-year-old father were rescued in a two-year-old boat.");
  assert.equal(r.byText("month-long").value, "P1M");
  assert.equal(r.byText("decades-long").value, "PXY");
  assert.equal(r.timexes.some((t) => t.text.includes("year")), false);
});

test("a plural unit after 'for', 'within' or 'recent'/'coming'/'following' is a span of unknown length", () => {
  const r = tag("Ludendorff had been under great stress for months. Within days the Italians were repulsed. In recent days the talks stalled, and in the coming years the frontier burned; the following days were calm.");
  assert.equal(r.byText("months").value, "PXM");
  assert.equal(r.byText("days").value, "PXD");
  assert.equal(r.byText("recent days").value, "PXD");
  assert.equal(r.byText("the coming years").value, "PXY");
  assert.equal(r.byText("the following days").value, "PXD");
});

test("months, seasons and days of years before the common era: 'August 480 BC', 'the spring of 480 BC', '15 March 44 BC'", () => {
  const r = tag("In the spring of 480 BC the Allied congress met. August 480 BC: the battles of Thermopylae and Artemisium. Caesar was killed on 15 March 44 BC.");
  assert.equal(r.byText("the spring of 480 BC").value, "-0479-21");
  assert.equal(r.byText("the spring of 480 BC").timex3, "BC0480-SP");
  assert.equal(r.byText("August 480 BC").value, "-0479-08");
  assert.equal(r.byText("15 March 44 BC").value, "-0043-03-15");
});

test("'early in 1914', 'Later in 1792', 'Later that year' and 'mid November' keep their qualifier", () => {
  const r = tag("Early in 1914 the crisis deepened. Later in 1792 the monarchy fell; later that year the king was tried. The snow came in mid November.");
  const early = r.byText("Early in 1914");
  assert.equal(early.value, "1914");
  assert.equal(early.mod, "EARLY");
  assert.equal(r.byText("Later in 1792").value, "1792");
  assert.equal(r.byText("later that year").value, "1792");
  assert.equal(r.byText("mid November").mod, "MID");
});

test("holidays: 'Christmas 1963', 'Easter 1916', and in news 'Thanksgiving Day' and 'last Thanksgiving' before the document date", () => {
  const r = tag("The general predicted victory by Christmas 1963. The rising began on Easter Monday, 1916, in Dublin.");
  assert.equal(r.byText("Christmas 1963").value, "1963-12-25");
  assert.equal(r.byText("Easter Monday, 1916").value, "1916-04-24");
  const news = tag("The boy was found on Thanksgiving Day clinging to an inner tube. Since last Thanksgiving he has lived in Miami.", { dct: "2000-01-07" });
  assert.equal(news.byText("Thanksgiving Day").value, "1999-11-25");
  assert.equal(news.byText("last Thanksgiving").value, "1999-11-25");
  const vote = tag("Violence will be a theme of the campaign until Election Day.", { dct: "1998-10-26" });
  assert.equal(vote.byText("Election Day").value, "1998-11-03");
});

test("a season without a year takes the narrative's year: 'the summer', 'the severe Manchurian winter', 'in winter'; 'the fall of Kiev' is no season", () => {
  const r = tag("Germany attacked in June 1941. During the summer, the Axis gained ground, but the severe Manchurian winter and the fall of Kiev changed little; in winter the lines froze.");
  assert.equal(r.byText("the summer").value, "1941-22");
  assert.equal(r.byText("the severe Manchurian winter").value, "1941-24");
  assert.equal(r.byText("winter").value, "1941-24");
  assert.equal(r.timexes.some((t) => t.text.includes("fall")), false);
  const pair = tag("In 1944 the Soviets recalled the spring and early summer of 1943.");
  assert.equal(pair.byText("the spring").value, "1943-21");
});

test("'per year', 'per day' and 'every other week' are sets", () => {
  const r = tag("Germany paid 433 million Reichsmarks per year, and 10,000 troops arrived per day; the envoys met every other week.");
  assert.equal(r.byText("per year").value, "P1Y");
  assert.equal(r.byText("per year").type, "SET");
  assert.equal(r.byText("per day").value, "P1D");
  assert.equal(r.byText("every other week").value, "P2W");
});

test("a number before a compass point is a coordinate, not a year ('1125 West'), but '1949 West Germany' has its year", () => {
  const r = tag("The radio message gave the position as 3530 North 1125 West. In 1949 West Germany was founded.");
  assert.deepEqual(r.timexes.map((t) => t.text), ["1949"]);
});

test("a clock time alone is on the day last named only when that day was named just before", () => {
  const near = tag("The armistice was signed on 11 November 1918. The last soldier was shot at 10:57 and died at 10:58.");
  assert.equal(near.byText("10:57").value, "1918-11-11T10:57");
  const far = tag([
    "The fleet sailed on 3 August 1914.", "It reached Malta.", "Storms followed.", "The convoy scattered.", "Supplies ran low.", "The crews grew weary.", "Morale fell.",
    "Years later a message arrived at 10:22 p.m. from the old base.",
  ].join(" "));
  assert.equal(far.byText("10:22 p.m.").value, null);
  assert.equal(far.byText("10:22 p.m.").timex3, "XXXX-XX-XXT22:22");
});

test("reads a count with a fraction in digits as part of a duration: '5 1/2 hours', '2 1/2 years', 'some 3 3/4 miles' is none", () => {
  const visit = tag("The secretary will spend about 5 1/2 hours in Nairobi before flying on.", { dct: "1998-08-17" });
  assert.equal(visit.byText("about 5 1/2 hours").value, "PT5.5H");
  const siege = tag("The siege lasted 2 1/2 years, and the garrison held out for 3 1/4 months more.");
  assert.equal(siege.byText("2 1/2 years").value, "P2.5Y");
  assert.equal(siege.byText("3 1/4 months").value, "P3.25M");
  assert.equal(tag("The column marched 3 3/4 miles that day.").timexes.filter((t) => t.type === "DURATION").length, 0);
});

test("reads quarters and halves of a year as EDTF sub-year groupings with TIMEX3 Q and H values", () => {
  const profits = tag("Profits rose in the first quarter of 1999 and fell in the second half of 2008.");
  assert.equal(profits.byText("the first quarter of 1999").value, "1999-33");
  assert.equal(profits.byText("the first quarter of 1999").timex3, "1999-Q1");
  assert.equal(profits.byText("the second half of 2008").timex3, "2008-H2");
  const iraq = tag("Attacks numbered between 200 and 300 per week in the latter half of 2008.");
  assert.equal(iraq.byText("the latter half of 2008").value, "2008-41");
  const front = tag("In the last quarter of 1917 the front held.");
  assert.equal(front.byText("the last quarter of 1917").timex3, "1917-Q4");
  // a bare quarter is of the document's year in news, of the narrative's otherwise
  assert.equal(tag("Sales fell in the third quarter, the company said.", { dct: "2000-04-03" }).byText("the third quarter").value, "2000-35");
  assert.equal(tag("In 1998 exports grew. In the fourth quarter, they fell.").byText("the fourth quarter").value, "1998-36");
  // the half of something else is no time
  assert.equal(tag("In the second half of the war the navy grew.").timexes.length, 0);
});

test("a count with 'more', 'additional' or 'further' before its unit is a duration of that count: 'two more weeks', 'three additional months'", () => {
  assert.equal(tag("The boy will remain in the United States for two more weeks, the court said.").byText("two more weeks").value, "P2W");
  assert.equal(tag("The siege lasted three additional months before the garrison gave up in 1863.").byText("three additional months").value, "P3M");
  assert.equal(tag("Negotiators asked for four further days.").byText("four further days").value, "P4D");
  assert.equal(tag("He wants more weeks of rest.").timexes.length, 0);
});

test("a month between a determiner and its noun dates a thing: 'the October slaying', 'The March accession', 'a March operation'", () => {
  const slaying = tag("Police have gathered enough evidence in the October slaying of the doctor.", { dct: "1999-04-19" });
  assert.equal(slaying.byText("October").value, "1998-10");
  const nato = tag("The alliance has decided to admit three states. The March accession will enable them to attend the summit.", { dct: "1999-02-10" });
  assert.equal(nato.byText("March").value, "1999-03");
  const iraq = tag("In 2008 the army began a March operation against the militia. In June the fighting ended.");
  assert.equal(iraq.byText("March").value, "2008-03");
  // a march is no month, nor is a month before a preposition
  assert.equal(tag("The March on Rome was staged by the fascists.").timexes.length, 0);
});
