// Invariants of the structure and citation layers on random text built from the pieces citations are made of.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { segment } from "../../src/text/index.ts";
import { citeLayer } from "../../src/cite/index.ts";

const pieces = ["(", ")", "[", "]", ".", ",", ";", ":", " ", " ", "\n", "\n\n", "Jones", "Smith", "and", "et al.", "pg.", "p.", "12", "1999", "-", "–", "&", "”", "“", "ibid.", "The", "war", "F. C.", "U.S.", "Works Cited", "No comments:", "\r\n"];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 120 }).map((xs) => xs.join(""));

test("spans stay inside the text, ordered and non-overlapping, whatever the input", () => {
  fc.assert(
    fc.property(text, (t) => {
      const doc = { name: "random", text: t, dct: null };
      const s = segment(doc);
      assert.ok(s.contentEnd >= 0 && s.contentEnd <= t.length);
      let prev = 0;
      for (const p of s.paragraphs) {
        assert.ok(p.start >= prev && p.end > p.start && p.end <= s.contentEnd);
        prev = p.end;
      }
      prev = 0;
      for (const x of s.sentences) {
        assert.ok(x.start >= prev && x.end > x.start && x.end <= s.contentEnd);
        const p = s.paragraphs[x.paragraph!];
        assert.ok(p.start <= x.start && x.end <= p.end);
        prev = x.end;
      }
      const c = citeLayer(doc, s);
      prev = 0;
      for (const cit of c.citations) {
        assert.ok(cit.start >= prev && cit.end > cit.start && cit.end <= t.length);
        assert.equal(cit.text, t.slice(cit.start, cit.end));
        assert.ok(cit.refs.length > 0);
        prev = cit.end;
      }
      for (const w of c.warnings) assert.ok(w.start! >= 0 && w.end! <= t.length && w.start! <= w.end!);
      for (const b of c.bibliography) assert.ok(b.start >= 0 && b.end <= t.length && b.start < b.end);
      if (c.bibliographySection) assert.ok(c.citations.every((x) => x.end <= c.bibliographySection!.start));
    }),
    { numRuns: 300, seed: 42 },
  );
});
