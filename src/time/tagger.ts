// The time tagger: one pass of the parsers over the narrative tokens, then the refiners, then anchoring.
import { AnnalistError } from "../errors.ts";
import type { BodyLayer, CiteLayer, Doc, StructureLayer, TimeLayer } from "../layers.ts";
import type { Timex } from "../schema.ts";
import { DCT_ID, newReference, resolve, type Anchor } from "./anchor.ts";
import { hypotheticalAround, pluperfectAround, tenseAround } from "./tense.ts";
import { decideGenre } from "./genre.ts";
import { parseDate } from "./calendar.ts";
import { THE } from "./classes.ts";
import { parsers, refiners } from "./configuration.ts";
import type { Parser } from "./parser.ts";
import type { Meaning, Proposal } from "./proposal.ts";
import { Stream } from "./stream.ts";
import { isValidValue } from "./validate.ts";
import { REFERENCE_VALUES, toTimex3, weekTimex3 } from "./timex3.ts";

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

/** Meanings whose date around the document date depends on tense: a weekday, a month without a year, a clock time on one. */
function needsTense(m: Meaning): boolean {
  return m.kind === "weekday" || m.kind === "weekend" || m.kind === "partial" || m.kind === "holiday" || (m.kind === "time" && m.date !== null && needsTense(m.date));
}

/** The TIMEX3 value of a part of a day or a clock time whose day is unknown: "XXXX-XX-XXTNI", "XXXX-XX-XXT19:00". */
function unknownDay(p: Proposal): string | null {
  if (p.partOfDay) return `XXXX-XX-XXT${p.partOfDay}`;
  const m = p.meaning;
  return m.kind === "time" ? `XXXX-XX-XXT${String(m.hour).padStart(2, "0")}:${String(m.minute).padStart(2, "0")}` : null;
}

/** A date a narrative speaks of in the future, as a condition or a plan, or a look back before its time in the pluperfect. */
function narrativeAside(s: Stream, p: Proposal, value: string | null, reference: Anchor | null): boolean {
  const m = p.meaning;
  // "two years ago", "last year" in a narrative look back from its time, like "two years earlier"
  if (m.kind === "shift" ? m.direction < 0 && m.origin === "dct" : (m.kind === "relative" || m.kind === "named") && m.offset < 0 && m.origin === "dct") return true;
  if (p.type !== "DATE" || value === null || (m.kind !== "absolute" && m.kind !== "partial")) return false;
  if (tenseAround(s, p.start, p.end, true) === "future" || hypotheticalAround(s, p.start)) return true;
  const date = parseDate(value);
  return date !== null && reference !== null && date.y < reference.date.y && pluperfectAround(s, p.start, p.end);
}

/** Meanings that count from the writer's present: "yesterday", "last year", "two years ago". */
function countsFromPresent(m: Meaning): boolean {
  return (m.kind === "relative" || m.kind === "shift" || m.kind === "named" || m.kind === "weekday" || m.kind === "weekend") && m.origin === "dct";
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
  const genre = doc.genre ?? decideGenre(proposals, dct ? dct.date.y : null);
  // a narrative keeps the document date for what is said from the writer's present only
  const anchor = genre === "news" ? dct : null;

  const timexes: Timex[] = [];
  const nSentences = layers.sentences.length;
  const own: (string | null)[] = new Array(nSentences).fill(null);
  const atStart: (string | null)[] = new Array(nSentences).fill(null);
  let reference: Anchor | null = doc.section?.reference ?? anchor;
  let referenceSentence = -1;
  let filled = -1; // sentences up to this index have their start reference recorded
  const fillUntil = (sentence: number) => {
    for (; filled < sentence; filled++) if (filled + 1 < nSentences) atStart[filled + 1] = reference ? reference.value : null;
  };

  const emit = (p: Proposal, value: string | null, anchor: string | undefined): Timex => {
    const start = s.tokens[p.start].start;
    const last = s.tokens[p.end - 1];
    // "Monday's vote": the timex is "Monday"
    const end = last.norm.endsWith("'s") && last.end - 2 > start ? last.end - 2 : last.end;
    const timex: Timex = { start, end, text: doc.text.slice(start, end), id: `t${timexes.length + 1}`, type: p.type, value };
    if (value !== null && anchor) timex.anchor = anchor;
    if (p.mod) timex.mod = p.mod;
    const week = (p.meaning.kind === "relative" && p.meaning.unit === "W") || p.meaning.kind === "weekend";
    const t3 = value === null ? unknownDay(p) : week ? weekTimex3(value) : toTimex3(value, p.partOfDay);
    if (t3 !== null) timex.timex3 = t3;
    timexes.push(timex);
    return timex;
  };

  for (const p of proposals) {
    // "at the same time", "since then" point back at the time just told; news tells from its date, and there they join clauses
    if (anchor !== null && p.meaning.kind === "current") continue;
    const sentence = s.sentence[p.start];
    if (sentence >= 0) fillUntil(sentence);
    const tense = dct !== null && (needsTense(p.meaning) || (anchor === null && countsFromPresent(p.meaning))) ? tenseAround(s, p.start, p.end) : null;
    const deictic = anchor ?? (dct !== null && tense !== "past" ? dct : reference);
    const r = resolve(p.meaning, { reference, dct: anchor, deictic, tense, referenceAge: sentence - referenceSentence });
    let value = r.value ?? (dct === null ? p.fallback ?? null : null);
    if (dct === null && p.fallback) value = p.fallback; // "today" in a narrative without a date is the writer's present
    if (value !== null && p.approx) value += "~";
    if (value !== null && !isValidValue(p.type, value)) value = null;
    const timex = emit(p, value, r.anchor);
    if (p.parts) {
      // the two ends of a range, each with its own value (the interval's ends)
      const slash = value === null ? -1 : value.indexOf("/");
      const ends = slash < 0 ? [null, null] : [value!.slice(0, slash), value!.slice(slash + 1)];
      timex.parts = [emit(p.parts[0], ends[0], r.anchor).id!, emit(p.parts[1], ends[1], r.anchor).id!];
    }
    if (sentence >= 0 && own[sentence] === null && p.type === "DATE" && value !== null && !p.attributive && !REFERENCE_VALUES.has(value)) own[sentence] = value;
    // in a narrative, what is said from the writer's present does not move the story, nor what is planned
    // ("a campaign planned for 1976") or looked back on ("the assembly had been elected in December 2005")
    let moved = newReference(p, value, reference);
    if (moved && anchor === null && (r.anchor === DCT_ID || narrativeAside(s, p, value, reference))) moved = null;
    if (moved) {
      reference = { date: moved.date, id: timex.id!, value: moved.value };
      referenceSentence = sentence;
    }
  }
  fillUntil(nSentences - 1);
  const sentenceTimes = layers.sentences.map((sen, i) => (sen.start < layers.bodyEnd ? own[i] ?? atStart[i] : null));
  return { timexes, sentenceTimes, genre, reference };
}
