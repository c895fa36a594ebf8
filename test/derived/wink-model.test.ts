import test from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import type { Model } from "wink-nlp";
import { decodeCore, encodeCore, finishCore, winkModel } from "../../src/derived/wink-model.ts";
import { essay } from "../helpers.ts";

const require = createRequire(import.meta.url);
const packageModel: Model & { core: () => unknown } = require("wink-eng-lite-web-model");

test("the precomputed core model decodes to exactly the model the package loads", () => {
  const { json, arrays } = encodeCore();
  assert.ok(arrays.byteLength > 1_000_000, "the lexicon is stored as raw words");
  assert.equal(JSON.parse(json).lexicon, undefined, "the JSON part holds no base64 arrays");
  assert.deepStrictEqual(finishCore(decodeCore(json, arrays)), packageModel.core());
});

test("tagging with the fast-loading model gives the package's tags, token for token", () => {
  const text = `${essay}\nThe treaty, wasn't it signed at Brest-Litovsk on 3 March 1918? Yes: 1,000,000 roubles were paid.`;
  const tags = (model: Model) => winkNLP(model, ["pos"]).readDoc(text).tokens().out("pos" as never);
  const ours = tags(winkModel());
  assert.ok(ours.length > 5000);
  assert.deepStrictEqual(ours, tags(packageModel));
});
