import { test } from "node:test";
import assert from "node:assert/strict";
import { tag } from "./tag.ts";

test("a month well before the reference month is read in the next year: the narrative moves forward", () => {
  const war = tag("Japan attacked Pearl Harbor on December 7, 1941. In January, the Allies signed a declaration.");
  assert.equal(war.byText("January").value, "1942-01");
  const civil = tag("Sherman reached Savannah in December 1864. The Confederates lost Five Forks on April 1, and Lee surrendered on April 9.");
  assert.equal(civil.byText("April 1").value, "1865-04-01");
  assert.equal(civil.byText("April 9").value, "1865-04-09");
  // a step back of a few weeks stays in the same year
  const fall = tag("Hue fell on 1 April 1975. On 20 March, Thieu had ordered the withdrawal.");
  assert.equal(fall.byText("20 March").value, "1975-03-20");
});

test("a year that only repeats the reference's year keeps the finer reference", () => {
  const r = tag("Germany declared war on December 11, 1941, and by the end of 1941 the war was global. In January the Allies met.");
  assert.equal(r.byText("January").value, "1942-01");
  const s = tag("The fleet sailed on 3 August 1914; 1914 was a year of movement. The next day it reached Malta.");
  assert.equal(s.byText("The next day").value, "1914-08-04");
});

test("a look back ('two decades earlier', 'the previous year') does not move the narrative time", () => {
  const r = tag("The marines landed on 8 March 1965, almost two decades after an earlier landing. Ho Chi Minh recalled what he had said two decades earlier. In May the fighting spread.");
  assert.equal(r.byText("two decades earlier").value, "1945");
  assert.equal(r.byText("May").value, "1965-05");
  const s = tag("The offensive opened in March 1918, a year after the revolution of the previous year. On 15 July a second blow fell.");
  assert.equal(s.byText("15 July").value, "1918-07-15");
});

test("dates said aside do not move the narrative time: 'since 1995', 'as in 1614', '(1790)', 'the August 1792 uprising'", () => {
  const since = tag("Turkish troops crossed the border on February 21, 2008, the first incursion since 1995. They withdrew on February 29.");
  assert.equal(since.byText("February 29").value, "2008-02-29");
  const as = tag("The Estates met in May 1789, arranged as in 1614. On 27 June the king gave way.");
  assert.equal(as.byText("27 June").value, "1789-06-27");
  const note = tag("Peasants revolted in March 1793 against the Civil Constitution of the Clergy (1790). On 17 August the Convention voted for conscription.");
  assert.equal(note.byText("17 August").value, "1793-08-17");
  const name = tag("The Committee was purged on 10 June 1793, and the leader of the August 1792 uprising fell. On 24 June a constitution was adopted.");
  assert.equal(name.byText("24 June").value, "1793-06-24");
});

test("a year opening a heading line sets the narrative time ('2005: Elections')", () => {
  const r = tag("The siege ended in November 2004.\n2005: Elections\nOn January 31, Iraqis elected an assembly.");
  assert.equal(r.byText("2005").value, "2005");
  assert.equal(r.byText("January 31").value, "2005-01-31");
});

test("a date a narrative speaks of as planned, or looks back on in the pluperfect, does not move its time", () => {
  const plan = tag("The offensive opened on 10 March 1975, the first step of a campaign planned for 1976. The town fell on 11 March.");
  assert.equal(plan.byText("11 March").value, "1975-03-11");
  const back = tag("The government was formed on May 20, 2006; the assembly had been elected in December 2005. On November 23, bombs killed 215 people.");
  assert.equal(back.byText("November 23").value, "2006-11-23");
  // "would" in a narrative tells what then happened
  const would = tag("The pact was signed on 27 August 1928. It would come into effect on 24 July 1929. By that date, fifteen states had ratified it.");
  assert.equal(would.byText("that date").value, "1929-07-24");
});

test("a date in a conditional sentence or named by a plan keeps its value but does not move the narrative time", () => {
  const cond = tag("On 4 June 1942 the carriers met off Midway. If the island fell, the fleet would strike Hawaii in 1943. The battle ended on 7 June.");
  assert.equal(cond.byText("1943").value, "1943");
  assert.equal(cond.byText("7 June").value, "1942-06-07");
  const unless = tag("In January 1863 the army rested. Unless the river rose, Grant meant to cross in 1864. On 30 April the crossing began.");
  assert.equal(unless.byText("30 April").value, "1863-04-30");
  const plans = tag("The assembly met on 5 May 1789. Necker's plans for 1790 foresaw a loan. On 20 June the deputies swore their oath.");
  assert.equal(plans.byText("1790").value, "1790");
  assert.equal(plans.byText("20 June").value, "1789-06-20");
  const forecast = tag("The offensive opened on 10 March 1975. A forecast for 1976 had set the final push. The town fell on 11 March.");
  assert.equal(forecast.byText("11 March").value, "1975-03-11");
  // the plan's own date ("the plan of June 1944") and a date before the condition still move it
  const own = tag("The staff finished the plan of June 1944 in May. On 6 June the landings began.");
  assert.equal(own.byText("6 June").value, "1944-06-06");
  const before = tag("In March 1917 the Tsar abdicated, as if nothing else could be done. On 16 April Lenin arrived.");
  assert.equal(before.byText("16 April").value, "1917-04-16");
});

test("'that date', 'at the same time' and 'until then' take the narrative's reference time", () => {
  const r = tag("The armistice was signed on 13 March 1940. Until then the army had held the line. At the same time, talks went on in Moscow. After that date no shots were fired.");
  assert.equal(r.byText("Until then").value, "1940-03-13");
  assert.equal(r.byText("the same time").value, "1940-03-13");
  assert.equal(r.byText("that date").value, "1940-03-13");
  // in news they join clauses and are no time expressions
  const news = tag("Police searched the house Tuesday. At the same time, lawyers filed an appeal.", { dct: "2000-04-05" });
  assert.equal(news.timexes.some((t) => t.text.includes("same time")), false);
});

test("a year before a colon is a year ('wrote in 2017:'), a clock or verse number is not ('1938:4')", () => {
  const r = tag("Two scholars wrote in 2017: the pact mattered. See Psalms 1938:4 for the verse.");
  assert.equal(r.byText("2017").value, "2017");
  assert.equal(r.timexes.some((t) => t.text === "1938"), false);
});

test("a date reached 'by' in a narrative moves its time like any other: the story tells its deadlines as met", () => {
  const burma = tag("In late 1942 the first offensive went badly, forcing a retreat back to India by May 1943. A second raid in February achieved little.");
  assert.equal(burma.byText("February").value, "1943-02");
  const siege = tag("In 1811 the garrison was small. It grew to 20,000 men by December 1812. In March the siege was lifted.");
  assert.equal(siege.byText("March").value, "1813-03");
  const railway = tag("Construction started in 1869, and the line reached the coast by June 1871. In August the first train ran.");
  assert.equal(railway.byText("August").value, "1871-08");
});

test("'during this time', 'throughout this period', 'from that period' after a preposition are the narrative's time as it stands; 'This time, …' is an occasion", () => {
  const war = tag("In 1941 the war spread to the Pacific. During this time, the United States supplied Britain.");
  assert.equal(war.byText("this time").value, "1941");
  const regime = tag("In 1955 the regime hardened. Throughout this period, refugees moved south.");
  assert.equal(regime.byText("this period").value, "1955");
  const poets = tag("In 1890 he wrote his last poems. Critics from that period praised them.");
  assert.equal(poets.byText("that period").value, "1890");
  assert.equal(tag("The offensive failed in 1974. This time, the general could travel.").timexes.length, 1);
  assert.equal(tag("That period was hard for the peasants.").timexes.length, 0);
});

test("a date closing an 'until' phrase is where something stopped, and the narrative time stays where it was", () => {
  const budapest = tag("In September 1944 Soviet troops entered Hungary, and the fighting lasted until the fall of Budapest in February 1945. By the start of July, the British had reached Burma.");
  assert.equal(budapest.byText("February 1945").value, "1945-02");
  assert.equal(budapest.byText("the start of July").value, "1944-07");
  const camp = tag("In November 1862 the army camped on the river, where it stayed until April 1863. In December it fought at Fredericksburg.");
  assert.equal(camp.byText("December").value, "1862-12");
  const petrograd = tag("In October 1917 the cabinet met, and Russia fought on until March 1918. In November the Bolsheviks seized power.");
  assert.equal(petrograd.byText("November").value, "1917-11");
});

test("a date after a participle of publication on a noun dates a source, not the story ('a history declassified in 2005')", () => {
  const tonkin = tag("On 2 August 1964 a destroyer was attacked. An agency history declassified in 2005, however, showed no attack on 4 August.");
  assert.equal(tonkin.byText("2005").value, "2005");
  assert.equal(tonkin.byText("4 August").value, "1964-08-04");
  const memoir = tag("The Bastille fell on 14 July 1789. A memoir published in 1824 recalls that on 4 August the nobles gave up their rights.");
  assert.equal(memoir.byText("4 August").value, "1789-08-04");
  const letters = tag("Lee surrendered on April 9, 1865. Letters first printed in 1901 show that on April 14 Lincoln still hoped for peace.");
  assert.equal(letters.byText("April 14").value, "1865-04-14");
  // the participle as the verb of its clause tells the story
  const text = tag("The treaty was signed on 28 June 1919. Its text was published in 1920. On 10 January the League met.");
  assert.equal(text.byText("10 January").value, "1920-01-10");
});
