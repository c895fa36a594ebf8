import { test } from "node:test";
import assert from "node:assert/strict";
import { tagSpan } from "../../src/syntax/tagger.ts";
import { parseSentence } from "../../src/syntax/parse.ts";

function parse(text: string) {
  const toks = tagSpan(text, 0);
  const s = parseSentence(0, 0, text.length, toks);
  const word = (k: number) => s.toks[k].text;
  const group = (verb: string) => {
    const vg = s.vgs.find((v) => word(v.head) === verb);
    assert.ok(vg, `a verb group headed by "${verb}" in ${JSON.stringify(s.vgs.map((v) => word(v.head)))}`);
    return { form: vg.form, subject: vg.subject.map((m) => word(s.nps[m].head)), objects: vg.objects.map((m) => word(s.nps[m].head)) };
  };
  return { group };
}

test("an -ed word between two names is the first name's verb", () => {
  const a = parse("The United States pressured North Vietnam to withdraw its troops.").group("pressured");
  assert.equal(a.form, "finite");
  assert.deepEqual(a.subject, ["States"]);
  assert.deepEqual(a.objects, ["Vietnam"]);
  assert.deepEqual(parse("In 1936 Japan denounced the naval treaty.").group("denounced").subject, ["Japan"]);
  assert.deepEqual(parse("Hitler ordered the occupation of Vichy France.").group("ordered").objects, ["occupation"]);
});

test("a verb followed by 'by' and a gerund is finite, its by-phrase a means", () => {
  const a = parse("Hitler responded by ordering the occupation of Vichy France.").group("responded");
  assert.equal(a.form, "finite");
  assert.deepEqual(a.subject, ["Hitler"]);
  assert.equal(parse("Rome reacted by expanding its navy in a very short time.").group("reacted").form, "finite");
  // a participle with its agent stays one
  assert.equal(parse("The treaty, signed by Lord Lansdowne, was published in 1902.").group("signed").form, "participle");
});

test("a title after a year opens the subject", () => {
  assert.deepEqual(parse("In June 1950 President Truman ordered the Seventh Fleet to protect Formosa.").group("ordered").subject, ["Truman"]);
  assert.deepEqual(parse("In 1853 Commodore Perry arrived in Edo Bay.").group("arrived").subject, ["Perry"]);
  assert.deepEqual(parse("In May 1943 General Eisenhower ordered the attack.").group("ordered").subject, ["Eisenhower"]);
});

test("a parenthetical adverb between commas after the subject leaves the verb finite", () => {
  const a = parse("The Allies, however, intercepted and turned back Japanese naval forces, preventing the invasion.").group("intercepted");
  assert.equal(a.form, "finite");
  assert.deepEqual(a.subject, ["Allies"]);
  assert.equal(parse("Carthage, meanwhile, surrendered its fleet to Rome.").group("surrendered").form, "finite");
  assert.equal(parse("The Soviet Union, however, refused the proposal.").group("refused").form, "finite");
});

test("a verb after a comma that takes a direct object is finite, not a participle", () => {
  const a = parse("On June 22, 1941, Germany, along with other European Axis members and Finland, invaded the Soviet Union.").group("invaded");
  assert.equal(a.form, "finite");
  assert.deepEqual(a.subject, ["Germany"]);
  assert.equal(parse("In 218 BC Hannibal, the son of Hamilcar, crossed the Alps with his army.").group("crossed").form, "finite");
  // a participle before its agent or a time phrase stays one
  assert.equal(parse("The treaty, signed the same day by both sides, ended the war.").group("signed").form, "participle");
  assert.equal(parse("The treaty, signed by both sides, ended the war.").group("signed").form, "participle");
});
