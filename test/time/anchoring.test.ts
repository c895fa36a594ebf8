import { test } from "node:test";
import assert from "node:assert/strict";
import { byId, tag } from "./tag.ts";

const congress = [
  "The congress opened in Vienna on 18 September 1814. The next day the delegates quarrelled over Saxony.",
  "Two weeks later they agreed on a procedure. In the spring of 1815 the exile returned from Elba.",
  "On 1 March he landed near Cannes, and three months later he was beaten in Belgium.",
  "The Treaty of 1815 redrew the map of Europe. A decade later the alliance had weakened.",
].join("\n");

test("anchors 'The next day' on the previous full date and records the anchor", () => {
  const r = tag(congress);
  const first = r.byText("18 September 1814");
  assert.equal(first.value, "1814-09-18");
  const next = r.byText("The next day");
  assert.equal(next.value, "1814-09-19");
  assert.equal(next.anchor, first.id);
});

test("chains relative expressions: each one anchors on the one before", () => {
  const r = tag(congress);
  const twoWeeks = r.byText("Two weeks later");
  assert.equal(twoWeeks.value, "1814-10-03");
  assert.equal(byId(r.timexes, twoWeeks.anchor)?.text, "The next day");
  assert.equal(r.byText("the spring of 1815").value, "1815-21");
  const march = r.byText("1 March");
  assert.equal(march.value, "1815-03-01");
  assert.equal(byId(r.timexes, march.anchor)?.text, "the spring of 1815");
  assert.equal(r.byText("three months later").value, "1815-06");
});

test("a year naming a thing is a timex but does not move the narrative time", () => {
  const r = tag(congress);
  const treaty = r.byText("1815");
  assert.equal(treaty.value, "1815");
  const decade = r.byText("A decade later");
  assert.equal(decade.value, "1825");
  assert.equal(byId(r.timexes, decade.anchor)?.text, "three months later");
  const names = tag("In 1936 the talks resumed to extend the 1928 Convention. A year later the Fishery Convention of 1907 was cited again. Two years later they failed.");
  assert.equal(names.byText("A year later").value, "1937");
  assert.equal(names.byText("Two years later").value, "1939");
});

test("takes the year of a month and day from the reference time, across paragraphs", () => {
  const r = tag("Fighting began in July 1938 near the lake.\n\nOn August 2 the government asked for talks, and a truce followed on August 11.\nA year later war broke out again.");
  assert.equal(r.byText("August 2").value, "1938-08-02");
  assert.equal(r.byText("August 11").value, "1938-08-11");
  assert.equal(r.byText("A year later").value, "1939");
});

test("resolves 'the same year', 'that year' and 'later in this same year' without moving to a coarser reference", () => {
  const r = tag("The pact was signed on April 13, 1941. Later in this same year the war widened. Four days later a note was sent. In November 1934 an agreement was reached, and troops moved in the same year.");
  assert.equal(r.byText("Later in this same year").value, "1941");
  assert.equal(r.byText("Four days later").value, "1941-04-17");
  assert.equal(r.byText("the same year").value, "1934");
});

test("computes 'three months before' at month precision and 'the day before,' at day precision", () => {
  const r = tag("The surrender was signed on September 2, 1945. The day before, the fleet had arrived. Only three months before, the other occupation had begun.");
  assert.equal(r.byText("The day before").value, "1945-09-01");
  assert.equal(r.byText("three months before").value, "1945-06");
});

test("leaves a relative expression unresolved when the reference is not precise enough or missing", () => {
  const r = tag("The war began in 1939. Four days later the city fell.");
  const later = r.byText("Four days later");
  assert.equal(later.value, null);
  assert.equal(later.anchor, undefined);
  const none = tag("The next day the envoy left. On August 2 he returned.");
  assert.equal(none.byText("The next day").value, null);
  assert.equal(none.byText("August 2").value, null);
});

test("resolves the end of the year and a season named relative to the reference", () => {
  const r = tag("Talks resumed in 1936 to extend the convention until the end of the year. That summer the border was quiet. The following winter it was not.");
  const end = r.byText("the end of the year");
  assert.equal(end.value, "1936");
  assert.equal(end.mod, "END");
  assert.equal(r.byText("That summer").value, "1936-22");
  assert.equal(r.byText("The following winter").value, "1937-24");
});

test("gives each sentence its own date or the inherited narrative time", () => {
  const text = "Japan invaded Manchuria on September 18, 1931. The railway was seized. A year later a puppet state was proclaimed. Nothing changed.";
  const r = tag(text);
  assert.deepEqual(r.sentenceTimes, ["1931-09-18", "1931-09-18", "1932", "1932"]);
});

test("numbers timexes t1, t2, … in text order and anchors only on earlier ones", () => {
  const r = tag(congress);
  r.timexes.forEach((t, i) => assert.equal(t.id, `t${i + 1}`));
  for (let i = 1; i < r.timexes.length; i++) assert.ok(r.timexes[i].start >= r.timexes[i - 1].end);
  for (const t of r.timexes) {
    if (!t.anchor) continue;
    const a = byId(r.timexes, t.anchor);
    assert.ok(a && a.start < t.start, `${t.text} anchors on an earlier timex`);
  }
});

test("tags 'Months later' as some time after (FUTURE_REF), and a bare month after a qualifier", () => {
  const r = tag("The treaty was signed in July 1938. Months later the border closed. In mid-August talks resumed.");
  const later = r.byText("Months later");
  assert.equal(later.type, "DATE");
  assert.equal(later.value, "FUTURE_REF");
  assert.equal(r.byText("mid-August").value, "1938-08");
  assert.equal(r.byText("mid-August").mod, "MID");
});

test("passes a season on to the following sentences as written", () => {
  const r = tag("In the summer of 1939 a strike broke out. The company paid the fines.");
  assert.deepEqual(r.sentenceTimes, ["1939-22", "1939-22"]);
});
