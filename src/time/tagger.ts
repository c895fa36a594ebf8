// The time tagger: one pass of the parsers over the narrative tokens, then the refiners, then anchoring.
import { AnnalistError } from "../errors.ts";
import type { BodyLayer, CiteLayer, Doc, StructureLayer, TimeLayer } from "../layers.ts";
import type { Timex } from "../schema.ts";
import { DCT_ID, newReference, resolve, speaksOfFuture, type Anchor } from "./anchor.ts";
import { parseDate } from "./calendar.ts";
import { THE } from "./classes.ts";
import { parsers, refiners } from "./configuration.ts";
import type { Parser } from "./parser.ts";
import type { Proposal } from "./proposal.ts";
import { Stream } from "./stream.ts";
import { isValidValue } from "./validate.ts";

/** The parsers that can start at a token of these classes, in configuration order; one list per class mask. */
const startingWith = new Map<number, Parser[]>();
function parsersFor(cls: number): Parser[] {
  let list = startingWith.get(cls);
  if (list === undefined) {
    list = parsers.filter((p) => (p.starts & cls) !== 0);
    startingWith.set(cls, list);
  }
  return list;
}

/** All proposals of all parsers, in text order; each parser runs only where its start classes occur. */
export function propose(s: Stream): Proposal[] {
  const out: Proposal[] = [];
  const classes = s.classes;
  for (let k = 0; k < s.length; k++) {
    const cls = classes[k];
    if (cls === 0) continue;
    // "the" alone starts nothing: the parsers that start at it read a lexicon word or a number right after it
    if (cls === THE && s.cls(k + 1, k) === 0) continue;
    const list = parsersFor(cls);
    for (let i = 0; i < list.length; i++) {
      const p = list[i].parse(s, k);
      if (p) out.push(p);
    }
  }
  return out;
}

export function refine(s: Stream, proposals: Proposal[]): Proposal[] {
  let out = proposals;
  for (const refiner of refiners) out = refiner(s, out);
  return out;
}

function documentDate(doc: Doc): Anchor | null {
  if (!doc.dct) return null;
  const date = parseDate(doc.dct);
  if (!date || date.d === undefined) {
    throw new AnnalistError(`document date "${doc.dct}" is not a calendar date YYYY-MM-DD`, "DCT", { file: doc.name });
  }
  return { date, id: DCT_ID, value: doc.dct };
}

export function tagTime(doc: Doc, layers: StructureLayer & CiteLayer & BodyLayer): TimeLayer {
  const dct = documentDate(doc);
  const s = new Stream(layers.tokens, layers.sentences, layers.citations, layers.bodyEnd);
  const proposals = refine(s, propose(s));

  const timexes: Timex[] = [];
  const nSentences = layers.sentences.length;
  const own: (string | null)[] = new Array(nSentences).fill(null);
  const atStart: (string | null)[] = new Array(nSentences).fill(null);
  let reference: Anchor | null = doc.section?.reference ?? dct;
  let filled = -1; // sentences up to this index have their start reference recorded
  const fillUntil = (sentence: number) => {
    for (; filled < sentence; filled++) if (filled + 1 < nSentences) atStart[filled + 1] = reference ? reference.value : null;
  };

  for (const p of proposals) {
    const sentence = s.sentence[p.start];
    if (sentence >= 0) fillUntil(sentence);
    const r = resolve(p.meaning, { reference, dct, future: dct !== null && (p.meaning.kind === "weekday" || p.meaning.kind === "partial") && speaksOfFuture(s, p.start) });
    let value = r.value;
    if (value !== null && p.approx) value += "~";
    if (value !== null && !isValidValue(p.type, value)) value = null;
    const start = s.tokens[p.start].start;
    const last = s.tokens[p.end - 1];
    // "Monday's vote": the timex is "Monday"
    const end = last.norm.endsWith("'s") && last.end - 2 > start ? last.end - 2 : last.end;
    const timex: Timex = { start, end, text: doc.text.slice(start, end), id: `t${timexes.length + 1}`, type: p.type, value };
    if (value !== null && r.anchor) timex.anchor = r.anchor;
    if (p.mod) timex.mod = p.mod;
    timexes.push(timex);
    if (sentence >= 0 && own[sentence] === null && p.type === "DATE" && value !== null && !p.attributive) own[sentence] = value;
    const moved = newReference(p, value);
    if (moved) reference = { date: moved.date, id: timex.id!, value: moved.value };
  }
  fillUntil(nSentences - 1);
  const sentenceTimes = layers.sentences.map((sen, i) => (sen.start < layers.bodyEnd ? own[i] ?? atStart[i] : null));
  return { timexes, sentenceTimes, reference };
}
