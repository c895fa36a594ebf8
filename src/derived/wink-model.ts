// wink-nlp's English model (wink-eng-lite-web-model) with its core part read fast. The package ships the core
// as a 3 MB JSON file whose arrays are base64 text, and on every start copies it and decodes them character by
// character (about a second). The build writes the same model once as plain JSON and the arrays as raw
// bytes; the rest of the package (part-of-speech rules, sentence rules, add-ons) is used as it is.
import { createRequire } from "node:module";
import type { Model } from "wink-nlp";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { derivedDirOf, makeDerived } from "./files.ts";

const require = createRequire(import.meta.url);
const dist = "wink-eng-lite-web-model/dist/";
const CORE_JSON = "core.json";
const CORE_ARRAYS = "core.bin";

/** The model object winkNLP(model, …) takes, each part loaded when wink-nlp asks for it. */
export function winkModel(): Model {
  return {
    core: () => finishCore(readCore()),
    sbd: () => require(`${dist}load-sbd-model.js`)(),
    pos: () => require(`${dist}load-pos-model.js`)(),
    ner: () => require(`${dist}load-ner-model.js`)(),
    negation: () => require(`${dist}load-negation-model.js`)(),
    sa: () => require(`${dist}load-sa-model.js`)(),
    metaCER: () => require(`${dist}load-cer-meta-model.js`)(),
    featureFn: require(`${dist}feature.js`),
    addons: {
      stem: require(`${dist}porter-stemmer.js`),
      lemmatize: require(`${dist}lemmatize.js`),
      readabilityStats: require(`${dist}readability-stats.js`),
      wordVectors: undefined,
    },
  };
}

type Core = Record<string, any>;

/** The core model as read-core-model.js returns it before its last step: arrays decoded, lists not yet indexed. */
function readCore(): Core {
  const dir = derivedDirOf("wink");
  return dir ? decodeCore(readFileSync(join(dir, CORE_JSON), "utf8"), readFileSync(join(dir, CORE_ARRAYS))) : readPackageCore();
}

function readPackageCore(): Core {
  const core = JSON.parse(readFileSync(require.resolve(`${dist}languages/cur/models/eng-core-web-model.json`), "utf8"));
  core.lexicon = wordsOf(Buffer.from(core.lexicon, "base64"));
  core.xpansions = wordsOf(Buffer.from(core.xpansions, "base64"));
  return core;
}

/** The precomputed form: the core's JSON without its two arrays, and the arrays as raw 32-bit words. */
export function encodeCore(): { json: string; arrays: Uint8Array } {
  const { lexicon, xpansions, ...rest } = readPackageCore();
  const words = new Uint32Array(lexicon.length + xpansions.length);
  words.set(lexicon, 0);
  words.set(xpansions, lexicon.length);
  return { json: JSON.stringify({ ...rest, lexiconLength: lexicon.length }), arrays: new Uint8Array(words.buffer) };
}

export function decodeCore(json: string, arrays: Uint8Array): Core {
  const core = JSON.parse(json);
  const words = wordsOf(arrays);
  core.lexicon = words.slice(0, core.lexiconLength);
  core.xpansions = words.slice(core.lexiconLength);
  delete core.lexiconLength;
  return core;
}

/** 32-bit words of a byte buffer, copied so that they start aligned. */
const wordsOf = (bytes: Uint8Array): Uint32Array => new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));

/** What read-core-model.js and load-core-model.js do after decoding: the lookup tables built from the lists. */
export function finishCore(model: Core): Core {
  const { packing, features, pos } = model;
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    features[f].hash = Object.create(null);
    for (let k = 0; k < features[f].list.length; k++) features[f].hash[features[f].list[k]] = k;
  }
  features.lexeme.hash = Object.create(null);
  for (let k = 0; k < features.lexeme.list.length; k++) features.lexeme.hash[features.lexeme.list[k]] = k;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set(clusters[k].split("_").map((e: string) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** Build step: writes the precomputed form for this version. */
export function writeWinkCore(version: string): Promise<void> {
  return makeDerived("wink", version, (dir) => {
    const { json, arrays } = encodeCore();
    writeFileSync(join(dir, CORE_JSON), json);
    writeFileSync(join(dir, CORE_ARRAYS), arrays);
  });
}
