import { describe, test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { root } from "../helpers.ts";
import { adversarialInputs, collectRegexes } from "./regexes.ts";

// A linear regex scans 50,000 characters in milliseconds; a blow-up (nested or ambiguous quantifiers,
// or a quadratic scan) does not finish within this cut-off. It only flags; it is not a performance budget.
const CUTOFF_MS = 3000;

const context = vm.createContext({});
const runAll = new vm.Script(`
  (() => {
    const re = new RegExp(source, flags);
    for (const input of inputs) {
      if (re.global || re.sticky) { re.lastIndex = 0; input.replace(re, ""); }
      else re.test(input);
    }
  })()
`);

const regexes = collectRegexes(root);

test("finds the regular expressions of the source", () => {
  assert.ok(regexes.length > 0);
  assert.ok(regexes.some((r) => r.file.startsWith("src/text/")), "the text stage's regexes are among them");
});

describe("every regex in src stays linear on long adversarial input", () => {
  for (const r of regexes) {
    test(`${r.file}:${r.line} /${r.source}/${r.flags}`, () => {
      Object.assign(context, { source: r.source, flags: r.flags, inputs: adversarialInputs(r.source) });
      try {
        runAll.runInContext(context, { timeout: CUTOFF_MS });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
          assert.fail(`${r.file}:${r.line}: /${r.source}/${r.flags} did not finish within ${CUTOFF_MS} ms on a long adversarial input (super-linear backtracking)`);
        }
        throw e;
      }
    });
  }
});

test("flags a regex with nested quantifiers as a blow-up", () => {
  Object.assign(context, { source: "^(\\w+\\s?)+$", flags: "", inputs: ["a".repeat(40) + "!"] });
  assert.throws(() => runAll.runInContext(context, { timeout: 500 }), { code: "ERR_SCRIPT_EXECUTION_TIMEOUT" });
});
