// The results on the snapshot texts are those accepted last (test/snapshot/expected). A change that alters them
// fails here with the differences item by item; when it is meant, accept it with `npm run snapshot -- --save`.
import test from "node:test";
import assert from "node:assert/strict";
import { analyzeText, describeChanges, expectedLines, snapshotTexts } from "../../scripts/snapshot.ts";

const texts = snapshotTexts();

test("the snapshot covers the essay, the six dev articles and the eleven treaty passages", () => {
  assert.equal(texts.length, 18);
  assert.equal(texts.filter((t) => t.name.startsWith("dev-")).length, 6);
});

for (const t of texts) {
  test(`results on ${t.name} are those accepted last`, () => {
    const expected = expectedLines(t);
    assert.ok(expected, `no expected output for ${t.name}: save it with npm run snapshot -- --save`);
    const changes = describeChanges(expected, analyzeText(t));
    assert.ok(changes.length === 0, `${t.name} changed:\n${changes.join("\n")}\n(accept with: npm run snapshot -- --save)`);
  });
}

test("the diff names what changed: a changed field, a gone item, a new item", () => {
  const before = ['events\t{"trigger":{"start":5,"end":11,"text":"signed"},"date":"1947-03-04","source":["@France"]}', 'timexes\t{"start":0,"end":4,"value":"1947"}'];
  const after = ['events\t{"trigger":{"start":5,"end":11,"text":"signed"},"date":"1947-03","source":["@France"]}', 'entities\t{"label":"France","kind":"state"}'];
  const report = describeChanges(before, after).join("\n");
  assert.match(report, /events: 1 → 1 items \(1 changed, 0 gone, 0 new\)\n  ~ trigger 5-11: date "1947-03-04" → "1947-03"/);
  assert.match(report, /timexes: 1 → 0 items \(0 changed, 1 gone, 0 new\)\n  - \{"start":0/);
  assert.match(report, /entities: 0 → 1 items \(0 changed, 0 gone, 1 new\)\n  \+ \{"label":"France"/);
  assert.deepEqual(describeChanges(before, before), []);
});
