import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize } from "../../src/text/tokens.ts";
import { timeLayer } from "../../src/time/index.ts";
import { isValidValue } from "../../src/time/validate.ts";
import type { TimeLayer } from "../../src/layers.ts";

/** The time layer alone, over one sentence spanning the text (no other stage involved). */
function tagRaw(text: string, dct: string | null = null): TimeLayer {
  const tokens = tokenize(text);
  const sentences = [{ start: 0, end: text.length, paragraph: 0 }];
  return timeLayer(
    { name: "fuzz", text, dct },
    { tokens, sentences, paragraphs: [{ start: 0, end: text.length }], contentEnd: text.length, citations: [], bibliography: [], bibliographySection: null, warnings: [], bodyEnd: text.length },
  );
}

function assertWellFormed(text: string, layer: TimeLayer) {
  let previousEnd = 0;
  const partOf = new Map<string, { start: number; end: number }>();
  layer.timexes.forEach((t, i) => {
    const range = partOf.get(t.id!);
    // timexes do not overlap, except the two ends of a range, which lie inside it
    if (range) assert.ok(t.start >= range.start && t.end <= range.end, `part ${t.id} inside its range`);
    else assert.ok(t.start >= previousEnd && t.end <= text.length && t.start < t.end, `offsets of ${t.id}`);
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.id, `t${i + 1}`);
    if (t.value !== null) assert.ok(isValidValue(t.type, t.value), `${t.text} = ${t.value}`);
    for (const id of t.parts ?? []) partOf.set(id, t);
    if (!range) previousEnd = t.end;
  });
}

const adversarial: [string, string][] = [
  ["digits", "1".repeat(100_000)],
  ["years and commas", "1938,".repeat(20_000)],
  ["digit groups", "1,".repeat(50_000)],
  ["month words", "May ".repeat(25_000)],
  ["month-day chains", "September 18, ".repeat(8_000)],
  ["dashes between years", "1937-".repeat(20_000)],
  ["ranges of years", "1937-38 ".repeat(12_000)],
  ["ranges of days", "6-7 May and 8 ".repeat(7_000)],
  ["ranges of counts", "two to three to ".repeat(7_000)],
  ["anaphors", "the next the same that ".repeat(5_000)],
  ["meridiems", "4 a.m. p.m. ".repeat(9_000)],
  ["qualifiers", "the end of the early mid-".repeat(4_000)],
  ["decades", "1930s 1940's ".repeat(8_000)],
];

for (const [name, text] of adversarial) {
  test(`returns on 100k characters of ${name} with offsets inside the text`, () => {
    assertWellFormed(text, tagRaw(text, "2024-03-14"));
  });
}

test("a text that ends in a unit and a hyphen ('… century -') is read to its last token", () => {
  for (const text of ["century -", "It lasted a month -", "a decade-"]) assertWellFormed(text, tagRaw(text));
});

const vocabulary = [
  "1938", "1937", "45", "18", "1", "31", "2000", "5,000", "1.6", "September", "Sept", "May", "March", "summer", "winter", "of", "the",
  "in", "on", "from", "until", "between", "and", "to", "later", "before", "after", "ago", "next", "last", "same", "that", "this",
  "year", "years", "month", "months", "day", "days", "week", "two", "three", "a", "several", "another", "every", "twice",
  "semi", "annual", "early", "mid", "late", "end", "about", "c", "Tuesday", "yesterday", "tomorrow", "AD", "BC", "s", "th",
  "century", "20", "a.m", "4", ":", "30", "million", "men", "Article", "pg", "(", ")", "-", "–", ",", ".", "'",
];

test("keeps offsets, ids and values well formed on random sequences of time words", () => {
  const word = fc.constantFrom(...vocabulary);
  const separator = fc.constantFrom(" ", "", " ", "\n", ", ");
  fc.assert(
    fc.property(fc.array(fc.tuple(word, separator), { maxLength: 60 }), fc.boolean(), (parts, withDct) => {
      const text = parts.map(([w, s]) => w + s).join("") || " ";
      assertWellFormed(text, tagRaw(text, withDct ? "2024-03-14" : null));
    }),
    { numRuns: 500 },
  );
});
