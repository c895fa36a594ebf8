import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeWith } from "./fixtures.ts";
import { alliance, expiring, neutrality, noClauses, nonAggression, nonAid, refused, states } from "./texts.ts";
import { Treaty } from "../../src/schema.ts";

const treatiesOf = (text: string) => analyzeWith(text, states).extraction.treaties;
const only = (text: string) => {
  const ts = treatiesOf(text);
  assert.equal(ts.length, 1, `one treaty expected, got ${ts.map((t) => t.name).join(", ")}`);
  return ts[0] as Treaty & Record<string, any>;
};

test("merges a named treaty with 'the pact' that follows into one treaty with every mention (an anaphor spans its determiner)", () => {
  const t = only(neutrality);
  assert.equal(t.name, "Neutrality Pact");
  assert.deepEqual(t.mentions.map((m) => neutrality.slice(m.start, m.end)), ["Neutrality Pact", "The pact", "the pact"]);
  assert.ok(Treaty.safeParse(t).success);
});

test("dates a treaty by the date of the sentence that concludes it and reads its parties there", () => {
  const t = only(neutrality);
  assert.equal(t.signed, "1941-04-13");
  assert.deepEqual([...t.parties].sort(), ["s-jpn", "s-ussr"]);
});

test("reads the place of signing from 'In Berlin on …'", () => {
  const t = only(alliance);
  assert.equal(t.place, "p-berlin");
  assert.deepEqual([...t.parties].sort(), ["s-ger", "s-ita", "s-jpn"]);
  assert.equal(t.signed, "1940-09-27");
});

test("reads a duration ('was to last five years') and a denunciation with its date and author", () => {
  const t = only(neutrality);
  assert.equal(t.duration, "P5Y");
  assert.equal(t.denounced, "1945-04-05");
  assert.deepEqual(t.denunciations[0].by, ["s-ussr"]);
  assert.equal(t.ends, "1945-04-05");
});

test("reads an expiry date and the parties of a compound name ('Anglo-Japanese')", () => {
  const t = only(expiring);
  assert.equal(t.expires, "1923-08-17");
  assert.equal(t.signed, "1902");
  assert.deepEqual([...t.parties].sort(), ["s-gbr", "s-jpn"]);
});

test("parses a neutrality clause: hostilities with a third power, the other party stays neutral", () => {
  const [c] = only(neutrality).clauses;
  assert.equal(c.kind, "neutrality");
  assert.deepEqual(c.trigger, { attacker: "third_party", target: "party", provoked: "any", mode: "hostilities" });
  assert.deepEqual(c.duty, { who: "other_parties", does: "neutral" });
  assert.equal(c.citations.length, 1);
  assert.match(neutrality.slice(c.start, c.end), /remain neutral/);
});

test("parses an unprovoked attack by a named state, a secret non-aid duty and the continued no-separate-treaty clause", () => {
  const t = only(nonAid);
  const [nonAidClause, separate] = t.clauses;
  assert.equal(nonAidClause.kind, "non_aid");
  assert.equal(nonAidClause.secret, true);
  assert.deepEqual(nonAidClause.trigger, { attacker: "s-ussr", target: "either", provoked: "unprovoked", mode: "attacked" });
  assert.deepEqual(nonAidClause.duty, { who: "other_parties", does: "not_aid" });
  assert.equal(nonAidClause.concerning, "s-ussr");
  assert.equal(separate.kind, "no_separate_treaty");
  assert.equal(separate.secret, true, "a continuation of a secret clause is secret too");
  assert.equal(separate.concerning, "s-ussr");
  assert.equal(separate.duty?.who, "all");
});

test("parses Article 3's trigger: an attack by a power not yet in the war, and its duty to declare war", () => {
  const c = only(alliance).clauses.find((x) => x.kind === "defense")!;
  assert.equal(c.article, "3");
  assert.equal(c.trigger?.attacker, "non_belligerent");
  assert.equal(c.trigger?.target, "party");
  assert.deepEqual(c.duties?.map((d) => d.does), ["declare_war"]);
  assert.equal(c.duty?.who, "all");
});

test("a treaty whose text states no clause has no clauses", () => {
  const t = only(noClauses);
  assert.equal(t.name, "Treaty of Peking");
  assert.deepEqual(t.clauses, []);
});

test("a non-aggression pact states its non-aggression clause in its name, and says so", () => {
  const t = only(nonAggression);
  assert.equal(t.clauses.length, 1);
  assert.equal(t.clauses[0].kind, "non_aggression");
  assert.equal(t.clauses[0].source, "name");
  assert.equal(nonAggression.slice(t.clauses[0].start, t.clauses[0].end), "German-Soviet Non-aggression Pact");
});

test("a convention the text says was refused has no signing date and records the refusal", () => {
  const ts = treatiesOf(refused);
  const t = ts.find((x) => x.name === "Fishery Convention") as any;
  assert.ok(t, ts.map((x) => x.name).join(", "));
  assert.equal(t.signed, null);
  assert.equal(t.refused.length, 1);
  assert.deepEqual(t.refused[0].by, ["s-ussr"]);
});

test("a text without treaties yields none, and every offset lies inside the text", () => {
  const text = "The war began in 1939. Treaties and agreements were discussed, but a treaty was never signed.";
  const { extraction } = analyzeWith(text, states);
  assert.deepEqual(extraction.treaties, []);
  for (const src of [neutrality, expiring, nonAid, alliance]) {
    for (const t of analyzeWith(src, states).extraction.treaties) {
      for (const s of [...t.mentions, ...t.clauses]) assert.ok(s.start >= 0 && s.start < s.end && s.end <= src.length);
    }
  }
});
