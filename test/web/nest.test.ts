// The reader's span nesting: overlapping annotations become properly nested pieces over the same text.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { nest, type Annotation, type NestNode } from "../../web/src/nest.ts";

const ann = (start: number, end: number, rank: number, key: number): Annotation => ({ start, end, rank, key });

function check(node: NestNode): void {
  let at = node.start;
  for (const child of node.children) {
    assert.ok(child.start >= at && child.end <= node.end && child.start < child.end, `child [${child.start},${child.end}) inside [${node.start},${node.end}) after ${at}`);
    check(child);
    at = child.end;
  }
}

function pieces(node: NestNode, key: number, out: [number, number][] = []): [number, number][] {
  for (const child of node.children) {
    if (child.ann?.key === key) out.push([child.start, child.end]);
    pieces(child, key, out);
  }
  return out;
}

test("a span that crosses the end of its enclosing span is cut in two nested pieces", () => {
  // sentence [0,10), citation [8,14) crossing into the next sentence [10,20)
  const tree = nest(20, [ann(0, 10, 0, 0), ann(10, 20, 0, 1), ann(8, 14, 2, 2)]);
  check(tree);
  assert.deepEqual(pieces(tree, 2), [[8, 10], [10, 14]]);
});

test("spans over the same text nest by rank, the lower rank outside", () => {
  const tree = nest(10, [ann(2, 6, 5, 0), ann(2, 6, 3, 1)]);
  assert.equal(tree.children.length, 1);
  assert.equal(tree.children[0].ann?.key, 1);
  assert.equal(tree.children[0].children[0].ann?.key, 0);
});

test("spans outside the text or empty are dropped", () => {
  const tree = nest(5, [ann(3, 9, 0, 0), ann(2, 2, 0, 1), ann(-1, 2, 0, 2)]);
  assert.deepEqual(tree.children, []);
});

test("any set of spans nests properly and every span is covered exactly by its pieces", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 25 }), fc.nat(5)), { maxLength: 40 }),
      (raw) => {
        const anns = raw.map(([start, len, rank], key) => ann(start, Math.min(60, start + len), rank, key)).filter((a) => a.start < a.end);
        const tree = nest(60, anns);
        check(tree);
        for (const a of anns) {
          const covered = pieces(tree, a.key).sort((x, y) => x[0] - y[0]);
          assert.equal(covered[0][0], a.start);
          assert.equal(covered[covered.length - 1][1], a.end);
          for (let i = 1; i < covered.length; i++) assert.equal(covered[i][0], covered[i - 1][1], "pieces are contiguous");
        }
      },
    ),
    { numRuns: 300 },
  );
});
