// Proposes treaty mentions: a head noun ("treaty", "pact", "convention", …) with the words that name or
// describe it ("Russo-Japanese Neutrality Treaty", "Treaty of Huchun of 1869", "the 1928 Convention",
// "a “gentlemen’s agreement”", "a nonaggression pact"), and anaphors ("the pact", "this treaty").
import type { Token } from "../text/tokens.ts";
import {
  compoundNouns, conditionalHeads, cues, definite, distinctiveModifiers, genericModifiers, heads, indefinite, innerNameWords, namedOnly,
  namePrepositions, plurals, typeWords, contrastModifiers, type HeadClass,
} from "./lexicon.ts";
import { actHead, actModifiers, assemblyModifiers, headsNeedingModifier, restrictedHeads, stateMembers, unilateralTopics, withDescriptionVerbs } from "./lexicon.ts";
import { stateWordsIn } from "./states.ts";

export type MentionKind = "named" | "description" | "anaphor";

export interface TreatyMention {
  start: number;
  end: number;
  text: string;
  /** The mention without leading generic words ("Fishery Convention" for "new Fishery Convention"). */
  nameText: string;
  head: number;
  headClass: HeadClass;
  /** The head noun, singular ("pact" for "Pact", "declaration" for "Declarations"). */
  headWord: string;
  sentence: number;
  kind: MentionKind;
  determiner: "definite" | "indefinite" | null;
  /** Words that tell this instrument from others, lower-cased, hyphens removed. */
  distinctive: string[];
  years: number[];
  /** State adjectives and combining forms in the name ("Russo", "Japanese"), with their offsets. */
  partyWords: { text: string; start: number; end: number }[];
  /** "a new …", "another …": always a new instrument. */
  isNew: boolean;
  quoted: boolean;
  secret: boolean;
  /** "a secret protocol of the pact": the mention is a part of the instrument mentioned right after it. */
  partOfNext: boolean;
  /** Words saying what kind of instrument it is ("military", "alliance", "nonaggression"), lower-cased, hyphens removed. */
  typeWords: string[];
  plural: boolean;
  /** "this treaty", "these agreements": a demonstrative points at the instrument just named. */
  demonstrative: boolean;
  /** "a separate peace", "similar agreements", "another treaty": not an instrument named before. */
  contrast: boolean;
  /** "it", "which": a pronoun read as a mention because a treaty predicate follows it. */
  pronoun: boolean;
  /** A head that names an instrument only when states form it ("League"). */
  conditional: boolean;
  /** Token range [from, to) of "between A and B" that ends the mention, once read. */
  between: { from: number; to: number } | null;
  /** The countries (lineages) of the states of "between …", or their entity ids when no lineage knows them. */
  betweenCountries: string[];
  /** "An agreement was reached …": told only by a passive signing, an instrument only with two parties. */
  needsParties?: boolean;
  /** Token index of the mention's first token. */
  first: number;
  /** Token index just past the mention. */
  next: number;
}

/** Hyphen and en dash join the parts of a compound name ("Russo-Japanese", "Molotov–Ribbentrop"). */
const JOINERS = new Set(["-", "–", "‐"]);
const OPEN_QUOTES = new Set(["“", "\"", "‘", "'"]);
const CLOSE_QUOTES = new Set(["”", "\"", "’", "'"]);
const stateWords = new Set(stateMembers.flatMap((m) => [...m.adjectives, ...m.labels.filter((l) => !l.includes(" "))]));
const UPPER = /^\p{Lu}/u;
/** Starts with an upper-case letter; ASCII is decided without the regex. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text);
}
const isCap = (t: Token) => startsUpper(t.text);
const isYear = (t: Token | undefined) => t?.kind === "number" && /^\d{4}$/.test(t.text);

interface Unit {
  first: number;
  last: number;
  parts: Token[];
  /** The parts' norms joined, once asked for ("" until then, a string from the start so that the field never changes type). */
  norm: string;
}

/** The hyphen-joined word unit ending at token i ("Anti-Comintern", "Non-aggression", "Russo-Japanese"). */
function unitEndingAt(tokens: readonly Token[], i: number, lowest: number): Unit | null {
  if (i < lowest || (tokens[i].kind !== "word" && tokens[i].kind !== "number")) return null;
  const parts = [tokens[i]];
  let first = i;
  while (first - 2 >= lowest && JOINERS.has(tokens[first - 1].text) && !tokens[first - 1].spaceBefore && !tokens[first].spaceBefore && tokens[first - 2].kind === "word") {
    parts.unshift(tokens[first - 2]);
    first -= 2;
  }
  return { first, last: i, parts, norm: "" };
}

function unitStartingAt(tokens: readonly Token[], i: number, highest: number): Unit | null {
  if (i >= highest || tokens[i].kind !== "word") return null;
  const parts = [tokens[i]];
  let last = i;
  while (last + 2 < highest && JOINERS.has(tokens[last + 1].text) && !tokens[last + 1].spaceBefore && !tokens[last + 2].spaceBefore && tokens[last + 2].kind === "word") {
    parts.push(tokens[last + 2]);
    last += 2;
  }
  return { first: i, last, parts, norm: "" };
}

function unitNorm(u: Unit): string {
  if (u.norm === "") {
    let norm = u.parts[0].norm;
    for (let k = 1; k < u.parts.length; k++) norm += u.parts[k].norm;
    u.norm = norm;
  }
  return u.norm;
}

export interface SentenceRange {
  start: number;
  end: number;
  /** First token index and one past the last. */
  from: number;
  to: number;
}

/**
 * HEAD_LENGTHS[c]: bit n set when a head noun starts with ASCII code c and has n characters (bit 31: 31 or more).
 * Most tokens fail it without a Map lookup; a head starting with another character lets those tokens through.
 */
const HEAD_LENGTHS = new Uint32Array(128);
let otherHeadStarts = false;
for (const word of heads.keys()) {
  const c = word.charCodeAt(0);
  if (c >= 128) otherHeadStarts = true;
  else HEAD_LENGTHS[c] |= 1 << Math.min(word.length, 31);
}
/**
 * Read from the text rather than the norm, which saves reading one string per token: an ASCII first character
 * lower-cases to the norm's first, and a token whose norm is a head has as many characters as its text.
 */
function mayBeHead(text: string, t: Token): boolean {
  let c = text.charCodeAt(t.start);
  if (c >= 128) {
    c = t.norm.charCodeAt(0);
    if (c >= 128) return otherHeadStarts;
  } else if (c >= 65 && c <= 90) c += 32;
  return (HEAD_LENGTHS[c] & (1 << Math.min(t.end - t.start, 31))) !== 0;
}

export function findMentions(text: string, tokens: readonly Token[], sentences: readonly SentenceRange[]): TreatyMention[] {
  const mentions: TreatyMention[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    for (let h = s.from; h < s.to; h++) {
      const head = tokens[h];
      const length = head.end - head.start;
      if ((length === 2 || length === 5) && PRONOUNS.has(head.norm)) {
        const p = readPronoun(text, tokens, s, si, h);
        if (p) mentions.push(p);
        continue;
      }
      if (!mayBeHead(text, head) || head.kind !== "word") continue;
      const headClass = heads.get(head.norm);
      if (!headClass) continue;
      const m = readMention(text, tokens, s, si, h, headClass);
      if (m) {
        mentions.push(m);
        h = m.next - 1;
      }
    }
  }
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const n = mentions[k + 1];
    // "a secret protocol of the pact": "of" + determiner, then the other mention right away.
    if (m.sentence === n.sentence && tokens[m.next]?.norm === "of" && n.start >= tokens[m.next].end && tokenGap(tokens, m.next + 1, n) <= 2 && m.kind !== "named" && !m.pronoun) {
      m.partOfNext = true;
    }
  }
  return mentions;
}

const PRONOUNS = new Set(["it", "which"]);

/**
 * "it was signed in May 1912", "an armistice, which came into effect on 11 November", "In it, the two powers agreed …":
 * a pronoun that a treaty predicate follows (or "In it," opening a sentence) is an anaphoric mention of an instrument.
 */
function readPronoun(text: string, tokens: readonly Token[], s: SentenceRange, si: number, h: number): TreatyMention | null {
  const t = tokens[h];
  let k = h + 1;
  while (k < s.to && k <= h + 3 && ADVERBS.has(tokens[k].norm)) k++;
  const predicate = k < s.to && cues.pronounPredicates.matchAt(tokens, k, s.to) > 0;
  const inIt = t.norm === "it" && h === s.from + 1 && tokens[s.from].norm === "in" && tokens[h + 1]?.text === ",";
  if (!predicate && !inIt) return null;
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    nameText: t.text,
    head: h,
    headClass: "agreement",
    headWord: t.norm,
    sentence: si,
    kind: "anaphor",
    determiner: "definite",
    distinctive: [],
    years: [],
    partyWords: [],
    typeWords: [],
    isNew: false,
    quoted: false,
    secret: false,
    partOfNext: false,
    plural: false,
    contrast: false,
    demonstrative: false,
    pronoun: true,
    conditional: false,
    between: null,
    betweenCountries: [],
    first: h,
    next: h + 1,
  };
}
const ADVERBS = new Set(["also", "later", "then", "formally", "finally", "eventually", "subsequently", "soon", "only", "never", "not", "had", "has", "been"]);

function tokenGap(tokens: readonly Token[], from: number, n: TreatyMention): number {
  let k = from;
  while (k < tokens.length && tokens[k].start < n.start) k++;
  return k - from;
}

function readMention(text: string, tokens: readonly Token[], s: SentenceRange, si: number, h: number, headClass: HeadClass): TreatyMention | null {
  const head = tokens[h];
  const quoted = h + 1 < s.to && CLOSE_QUOTES.has(tokens[h + 1].text) && tokens[h + 1].text !== "'" && tokens[h + 1].text !== "’";
  // "Treaty House", "the treaty ports", "Warsaw Pact countries": the head word modifies a noun after it
  if (!quoted && h + 1 < s.to && tokens[h + 1].kind === "word" && compoundNouns.has(tokens[h + 1].norm) && !tokens[h + 1].newlineBefore) return null;
  const modifiers: Unit[] = [];
  let determiner: "definite" | "indefinite" | null = null;
  let determinerWord = "";
  let determinerAt = -1;
  let k = h - 1;
  let openQuote = false;
  let unknownBefore = 0;
  while (k >= s.from && modifiers.length < 8) {
    const t = tokens[k];
    if (quoted && OPEN_QUOTES.has(t.text)) {
      openQuote = true;
      k--;
      continue;
    }
    if (t.kind === "number" && isYear(t) && !openQuote) {
      modifiers.unshift({ first: k, last: k, parts: [t], norm: "" });
      k--;
      continue;
    }
    // "the Status of Forces Agreement": capitalised words joined by "of" before a capitalised head
    if (t.norm === "of" && isCap(head) && modifiers.length > 0 && isCap(modifiers[0].parts[0]) && tokens[k - 1]?.kind === "word" && isCap(tokens[k - 1]) && k - 1 >= s.from && !heads.has(tokens[k - 1].norm) && !stateWords.has(tokens[k - 1].norm)) {
      k--;
      continue;
    }
    // "a friendship and trade agreement", "a peace and friendship treaty": coordinated kinds of instrument
    const kindWord = (x: Token | undefined) => !!x && x.kind === "word" && !isCap(x) && (typeWords.has(x.norm) || distinctiveModifiers.has(x.norm));
    if (t.norm === "and" && modifiers.length > 0 && kindWord(tokens[k + 1]) && kindWord(tokens[k - 1])) {
      k--;
      continue;
    }
    const u = unitEndingAt(tokens, k, s.from);
    if (!u) break;
    const norm = unitNorm(u);
    if (u.parts.length === 1 && (definite.has(norm) || indefinite.has(norm))) {
      determiner = definite.has(norm) ? "definite" : "indefinite";
      determinerWord = norm;
      determinerAt = k;
      break;
    }
    if (openQuote || MONTHS.has(norm)) break;
    const cap = isCap(u.parts[0]) && !(u.first === s.from && u.parts.length === 1 && !stateWords.has(norm) && !distinctiveModifiers.has(norm));
    if (quoted || cap || genericModifiers.has(norm) || distinctiveModifiers.has(norm) || typeWords.has(norm)) {
      if (genericModifiers.has(norm) && isCap(u.parts[0]) && u.first === s.from) break;
      modifiers.unshift(u);
      k = u.first - 1;
      continue;
    }
    // "a war trade agreement", "a similar agreement", "the one-sided peace treaty": other lower-case words between a
    // determiner and a lower-case head, up to two
    if (!isCap(head) && !isCap(u.parts[0]) && u.parts[0].kind === "word" && !FUNCTION_WORDS.has(norm) && !cues.conclude.matchAt(tokens, u.first, h) && unknownBefore < 2 && determinerWithin(tokens, u.first - 1, s.from, 1 - unknownBefore)) {
      unknownBefore++;
      modifiers.unshift(u);
      k = u.first - 1;
      continue;
    }
    break;
  }
  const years: number[] = [];
  const ofWords: Token[] = [];
  const ofTypes: string[] = [];
  let end = h + 1;
  if (isCap(head)) end = readNameTail(tokens, s, end, ofWords, years);
  else end = readTypeTail(tokens, s, end, ofTypes);
  // "the “Harris Treaty” of 1858": a year after the closing quote still dates the name
  let afterQuote = 0;
  if (quoted && tokens[h + 2]?.norm === "of" && isYear(tokens[h + 3]) && h + 3 < s.to) {
    years.push(+tokens[h + 3].text);
    afterQuote = 2;
  }
  // "Entente Cordiale": a capitalised head followed by a capitalised word of its name
  if (ofWords.length === 0 && years.length === 0 && isCap(head) && end === h + 1 && end < s.to) {
    const nx = tokens[end];
    if (nx.kind === "word" && isCap(nx) && !stateWords.has(nx.norm) && !definite.has(nx.norm) && !heads.has(nx.norm) && nx.spaceBefore && !MONTHS.has(nx.norm)) {
      ofWords.push(nx);
      end += 1;
    }
  }
  const plural = plurals.has(head.norm);
  const named = (isCap(head) ? hasCapitalisedName(modifiers) : hasOwnCapital(tokens, modifiers, h)) || ofWords.length > 0 || (isCap(head) && years.length > 0);
  const seriesOf = determinerAt < 0 && tokens[k]?.norm === "of" && tokens[k - 1]?.norm === "series";
  const definiteAnaphor = determiner === "definite" && ["the", "this", "that", "these", "those", "said"].includes(determinerWord);
  if (plural && !named && !seriesOf && !concludedRightBefore(tokens, s, modifiers[0] ? modifiers[0].first : h) && !definiteAnaphor) return null;

  const partyWords: TreatyMention["partyWords"] = [];
  // state names and adjectives among the modifiers, multi-word ones too ("United States-Japan Treaty")
  const stateHits = modifiers.length > 0 ? stateWordsIn(tokens, modifiers[0].first, h) : [];
  const coveredByStates = (u: Unit) => u.parts.every((p) => stateHits.some((x) => x.start <= p.start && p.end <= x.end));
  const distinctive: string[] = [];
  const types: string[] = [];
  let isNew = determinerWord === "another";
  let contrast = isNew;
  let secret = false;
  for (let mi = 0; mi < modifiers.length; mi++) {
    const u = modifiers[mi];
    const norm = unitNorm(u);
    if (u.parts[0].kind === "number") {
      years.push(+u.parts[0].text);
      continue;
    }
    if (norm === "new") isNew = true;
    if (contrastModifiers.has(norm)) contrast = true;
    if (cues.secret.matchAt(u.parts as Token[], 0)) secret = true;
    const key = norm.replace(/’/g, "'");
    if (typeWords.has(key)) types.push(key);
    if (isCap(u.parts[0]) && coveredByStates(u)) {
      for (const x of stateHits) if (x.start >= u.parts[0].start - 20 && x.end <= u.parts[u.parts.length - 1].end && !partyWords.some((p) => p.start === x.start)) partyWords.push(x);
      continue;
    }
    if (genericModifiers.has(norm) && !quoted) continue;
    // "the one-sided peace treaty" refers back; "a war trade agreement" is told apart by "war"
    if (!isCap(u.parts[0]) && !distinctiveModifiers.has(norm) && !typeWords.has(key) && determiner === "definite" && !quoted) continue;
    distinctive.push(key);
  }
  for (let w = 0; w < ofWords.length; w++) {
    distinctive.push(ofWords[w].norm);
    if (typeWords.has(ofWords[w].norm)) types.push(ofWords[w].norm);
  }
  for (const w of ofTypes) {
    types.push(w);
    if (!genericModifiers.has(w)) distinctive.push(w);
  }
  if (typeWords.has(head.norm.replace(/s$/, ""))) types.push(head.norm.replace(/s$/, ""));

  const nameFirst = modifiers[0] ? tokens[modifiers[0].first] : head;
  const last = tokens[end - 1];
  // The name drops leading lower-case generic words ("new Fishery Convention" → "Fishery Convention"), unless only the head would remain.
  const firstKept = modifiers.findIndex((u) => !(genericModifiers.has(unitNorm(u)) && !isCap(u.parts[0])));
  const nameStart = firstKept >= 0 ? tokens[modifiers[firstKept].first].start : nameFirst.start;
  const followsDescription = describesItself(tokens, end, s.to);
  const namedOnlyHead = namedOnly.has(head.norm) && !(named && isCap(head));
  let kind: MentionKind;
  let needsParties = false;
  if (named && !(namedOnlyHead && !isCap(head))) kind = "named";
  else if (namedOnlyHead) {
    // a lower-case "alliance" is an instrument when it says which kind ("a military alliance") or between whom;
    // "the Japanese alliance", "the alliance" refer back to one
    if (determiner === "definite" && !followsDescription) kind = "anaphor";
    else if ((types.some((w) => w !== head.norm) && !plural) || followsDescription) kind = "description";
    else return null;
  } else if (plural && definiteAnaphor && !followsDescription && !seriesOf) kind = "anaphor";
  else if (partyWords.length > 0 && definiteAnaphor && distinctive.length === 0 && years.length === 0 && !followsDescription) kind = "anaphor";
  else if (quoted || distinctive.length > 0 || years.length > 0 || partyWords.length > 0 || (headClass === "truce" && !plural)) kind = "description";
  // "the peace talks went on until the agreement was reached in March 1921": the outcome of talks, told with its date
  else if (determinerWord === "the" && !plural && datedOutcome(tokens, s, determinerAt, end)) {
    kind = "description";
    needsParties = true;
  } else if (determiner === "definite" && ["the", "this", "that", "these", "those", "said"].includes(determinerWord)) kind = followsDescription ? "description" : "anaphor";
  else if (determiner === null && followsDescription && isCap(head)) kind = "description";
  else if (determiner === "indefinite" && followsDescription && !plural) kind = "description";
  // "Military authorities signed an agreement on 12 September"
  else if (determiner === "indefinite" && !plural && determinerAt >= 0 && signedRightBefore(tokens, s, determinerAt)) kind = "description";
  else if (plural && (seriesOf || concludedRightBefore(tokens, s, modifiers[0] ? modifiers[0].first : h))) kind = "description";
  // "An agreement was reached on 10 October 1945", "an accord was signed on …"
  // ("until a treaty was signed" tells none)
  else if (determiner === "indefinite" && !plural && (tokens[end]?.norm === "was" || tokens[end]?.norm === "were") && PASSIVE_SIGNING.has(tokens[end + 1]?.norm ?? "") && !SUBORDINATORS.has(tokens[determinerAt - 1]?.norm ?? "")) {
    kind = "description";
    needsParties = true;
  }
  // "Rome had a pact with France", "Finland struck a deal with the Soviet Union"
  else if (heldWith(tokens, s, determiner, determinerAt, plural, end)) kind = "description";
  else return null;
  if (restrictedHeads.has(head.norm) && !(determinerAt >= 0 && signedRightBefore(tokens, s, determinerAt)) && !heldWith(tokens, s, determiner, determinerAt, plural, end) && !(determinerAt >= 0 && withTerms(tokens, s, determinerAt, end))) return null;
  if (kind === "description" && plural && !seriesOf && !concludedRightBefore(tokens, s, modifiers[0] ? modifiers[0].first : h)) return null;
  if (actHead.has(head.norm) && !(isCap(head) && (modifiers.some((u) => actModifiers.has(unitNorm(u))) || (ofWords.length > 0 && !modifiers.some((u) => u.parts[0].kind === "word" && isCap(u.parts[0])))))) return null;
  const needs = headsNeedingModifier.get(head.norm);
  if (needs && !modifiers.some((u) => needs.has(unitNorm(u)))) return null;
  // "the Declaration of Independence", "the National Convention": the act of one people, an assembly
  if (headClass === "declaration" && [...ofWords.map((w) => w.norm), ...modifiers.map(unitNorm)].some((w) => unilateralTopics.has(w))) return null;
  // "South Carolina's declaration of secession", "a declaration of war"
  if (headClass === "declaration" && tokens[h + 1]?.norm === "of" && unilateralTopics.has(tokens[h + 2]?.norm ?? "")) return null;
  if (headClass === "convention" && isCap(head) && modifiers.some((u) => assemblyModifiers.has(unitNorm(u)))) return null;
  // a description or an anaphor spans its determiner ("a treaty between Greece and Bulgaria", "this agreement")
  const spanFirst = kind !== "named" ? (seriesOf ? k - 2 : determinerAt >= 0 ? determinerAt : modifiers[0] ? modifiers[0].first : h) : modifiers[0] ? modifiers[0].first : h;
  const start = tokens[spanFirst].start;
  return {
    start,
    end: last.end,
    text: text.slice(start, last.end),
    nameText: text.slice(nameStart, last.end),
    head: h,
    headClass,
    headWord: head.norm.replace(/ies$/, "y").replace(/s$/, ""),
    sentence: si,
    kind,
    determiner,
    distinctive,
    years,
    partyWords,
    typeWords: [...new Set(types)],
    isNew,
    quoted,
    secret,
    partOfNext: false,
    plural,
    contrast,
    demonstrative: DEMONSTRATIVES.has(determinerWord),
    pronoun: false,
    conditional: conditionalHeads.has(head.norm),
    between: null,
    betweenCountries: [],
    needsParties,
    first: spanFirst,
    next: end + (quoted ? 1 + afterQuote : 0),
  };
}
const DEMONSTRATIVES = new Set(["this", "that", "these", "those"]);
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

/**
 * The rest of a capitalised name after its head: "of Portsmouth", "of 1869", "of the Triple Alliance", "on Insular
 * Possessions", "for Renunciation of War as an Instrument of National Policy", "of Friendship, Cooperation, and Mutual
 * Assistance". Returns the token index past the name; fills the name's words and years.
 */
function readNameTail(tokens: readonly Token[], s: SentenceRange, end: number, words: Token[], years: number[]): number {
  while (end + 1 < s.to && namePrepositions.has(tokens[end].norm) && tokens[end].norm !== "between") {
    const prep = tokens[end].norm;
    let j = end + 1;
    if (prep === "of" && isYear(tokens[j])) {
      years.push(+tokens[j].text);
      end = j + 1;
      continue;
    }
    if (tokens[j].norm === "the" && j + 1 < s.to && isCap(tokens[j + 1]) && !stateWords.has(tokens[j + 1].norm)) j++;
    if (!isCap(tokens[j]) || tokens[j].kind !== "word" || definite.has(tokens[j].norm) || MONTHS.has(tokens[j].norm)) break;
    let taken = 0;
    while (j < s.to) {
      const u = unitStartingAt(tokens, j, s.to);
      if (u && isCap(u.parts[0]) && !definite.has(u.parts[0].norm) && !(taken > 0 && MONTHS.has(u.parts[0].norm))) {
        for (let p = 0; p < u.parts.length; p++) words.push(u.parts[p]);
        j = u.last + 1;
        taken++;
        continue;
      }
      // lower-case words inside the name, up to the next capitalised word: "as an Instrument", ", and Mutual"
      let q = j;
      while (q < s.to && q < j + 3 && (innerNameWords.has(tokens[q].norm) || tokens[q].text === ",") && !(tokens[q].norm === "between")) q++;
      if (q === j || q >= s.to || !isCap(tokens[q]) || tokens[q].kind !== "word" || (heads.has(tokens[q].norm) && !typeWords.has(tokens[q].norm)) || MONTHS.has(tokens[q].norm)) break;
      const comma = tokens.slice(j, q).some((t) => t.text === ",");
      const joinsType = typeWords.has(tokens[q].norm) || distinctiveModifiers.has(tokens[q].norm);
      // a comma or "and" continues the name only with another word of its kind: not "Treaty of Versailles, France and …"
      if ((comma || tokens[j].norm === "and") && (!joinsType || stateWords.has(tokens[q].norm))) break;
      j = q;
    }
    if (taken === 0) break;
    end = j;
  }
  return end;
}

/** "a treaty of defensive alliance", "an agreement of mutual military assistance": "of" and the words saying what kind. */
function readTypeTail(tokens: readonly Token[], s: SentenceRange, end: number, types: string[]): number {
  if (tokens[end]?.norm !== "of" || end + 1 >= s.to) return end;
  let j = end + 1;
  const found: string[] = [];
  let lastType = -1;
  while (j < s.to && j < end + 6) {
    const u = unitStartingAt(tokens, j, s.to);
    if (!u) break;
    const norm = unitNorm(u);
    if (typeWords.has(norm)) {
      found.push(norm);
      lastType = u.last;
    } else if (!genericModifiers.has(norm) && !distinctiveModifiers.has(norm)) break;
    j = u.last + 1;
  }
  if (lastType < 0) return end;
  types.push(...found);
  return lastType + 1;
}

/** "Military authorities signed an agreement": a past verb of signing, not "was to sign a treaty", "to come to an agreement". */
function signedRightBefore(tokens: readonly Token[], s: SentenceRange, first: number): boolean {
  let k = first - 1;
  // "agreed on a military convention", "agreed to a truce"
  if (k - 1 >= s.from && AGREED_ON.has(tokens[k].norm) && tokens[k - 1].norm === "agreed") k--;
  const verb = tokens[k];
  return k >= s.from && (SIGNED.has(verb.norm) || verb.norm === "agreed") && !NOT_ASSERTED.has(tokens[k - 1]?.norm ?? "");
}
const AGREED_ON = new Set(["on", "to", "upon"]);

/**
 * "under the terms of the German unconditional surrender", "the surrender dictated by the Allies": an instrument that
 * has terms, or that one side dictates, imposes or accepts.
 */
function withTerms(tokens: readonly Token[], s: SentenceRange, determinerAt: number, end: number): boolean {
  const before = tokens[determinerAt - 1]?.norm;
  if (before === "of" && determinerAt - 2 >= s.from && TERMS.has(tokens[determinerAt - 2].norm)) return true;
  return end < s.to && IMPOSED.has(tokens[end].norm) && tokens[end + 1]?.norm === "by";
}
const TERMS = new Set(["terms", "provisions", "conditions", "clauses"]);
export const IMPOSED = new Set(["dictated", "imposed", "accepted", "signed"]);

/** "had a pact with", "struck a deal with": a verb of holding or concluding, an indefinite singular phrase, "with". */
function heldWith(tokens: readonly Token[], s: SentenceRange, determiner: string | null, determinerAt: number, plural: boolean, end: number): boolean {
  // "a pact and negotiations with Sweden": a second noun of the same request
  if (tokens[end]?.norm === "and" && tokens[end + 2]?.norm === "with" && !startsUpper(tokens[end + 1]?.text ?? "")) end += 2;
  if (determiner !== "indefinite" || plural || determinerAt <= s.from || tokens[end]?.norm !== "with") return false;
  // "the government Japan had an agreement with no longer existed": a stranded "with" names no one
  const after = tokens[end + 1];
  if (!after || !(startsUpper(after.text) || after.norm === "the")) return false;
  return withDescriptionVerbs.has(tokens[determinerAt - 1].norm) && !NOT_ASSERTED.has(tokens[determinerAt - 2]?.norm ?? "");
}
const SIGNED = new Set(["signed", "concluded", "initialled", "initialed", "negotiated", "struck"]);
const NOT_ASSERTED = new Set(["to", "not", "never", "would", "could", "should", "might", "may", "if"]);

/** "signed agreements", "concluded treaties with …": a verb of conclusion right before the phrase. */
function concludedRightBefore(tokens: readonly Token[], s: SentenceRange, first: number): boolean {
  for (let k = Math.max(s.from, first - 3); k < first; k++) {
    const n = cues.conclude.matchAt(tokens, k, first);
    if (n > 0 && k + n === first) return true;
  }
  return false;
}

/** A capitalised word modifier other than a generic one ("Neutrality", "Russo-Japanese", not "New"). */
const FUNCTION_WORDS = new Set(["of", "in", "on", "for", "to", "with", "and", "or", "by", "at", "from", "as", "into", "than", "that", "which", "who", "was", "were", "is", "are", "be", "been", "had", "has", "have", "not", "no", "its", "their", "his", "her"]);

/** A determiner at token k, or within `words` lower-case words before it. */
function determinerWithin(tokens: readonly Token[], k: number, from: number, words: number): boolean {
  for (let j = k; j >= from && j >= k - words; j--) {
    const t = tokens[j];
    if (definite.has(t.norm) || indefinite.has(t.norm)) return true;
    if (t.kind !== "word" || isCap(t) || heads.has(t.norm) || FUNCTION_WORDS.has(t.norm) || cues.conclude.matchAt(tokens, j, j + 1) > 0) return false;
  }
  return false;
}

/** A capitalised modifier that is not a state's name or adjective ("Anti-Comintern pact", not "American treaties"). */
function hasOwnCapital(tokens: readonly Token[], modifiers: readonly Unit[], h: number): boolean {
  if (modifiers.length === 0) return false;
  const hits = stateWordsIn(tokens, modifiers[0].first, h);
  for (const u of modifiers) {
    if (!isCap(u.parts[0]) || u.parts[0].kind !== "word" || genericModifiers.has(unitNorm(u))) continue;
    if (!u.parts.every((p) => hits.some((x) => x.start <= p.start && p.end <= x.end))) return true;
  }
  return false;
}

function hasCapitalisedName(modifiers: readonly Unit[]): boolean {
  for (let i = 0; i < modifiers.length; i++) {
    const u = modifiers[i];
    if (isCap(u.parts[0]) && u.parts[0].kind === "word" && !genericModifiers.has(unitNorm(u))) return true;
  }
  return false;
}

function allStateWords(parts: readonly Token[]): boolean {
  for (let i = 0; i < parts.length; i++) if (!stateWords.has(parts[i].norm)) return false;
  return true;
}

/** "… Treaty between Japan and …", "… Treaty signed in 1925": a definite description that introduces an instrument. */
function describesItself(tokens: readonly Token[], i: number, to: number): boolean {
  if (i >= to) return false;
  if (tokens[i].norm === "between") return true;
  return SIGNING.has(tokens[i].norm) && cues.conclude.matchAt(tokens, i, to) > 0;
}
const SIGNING = new Set(["signed", "concluded", "ratified"]);
/**
 * "until the agreement was reached in March 1921": a passive signing after "until" that its own date follows, in a
 * sentence with no modal ("would not be leaving until a treaty was signed" tells none).
 */
function datedOutcome(tokens: readonly Token[], s: SentenceRange, determinerAt: number, end: number): boolean {
  if (determinerAt <= s.from || tokens[determinerAt - 1].norm !== "until") return false;
  if (!(tokens[end]?.norm === "was" && PASSIVE_SIGNING.has(tokens[end + 1]?.norm ?? ""))) return false;
  for (let k = s.from; k < determinerAt; k++) if (MODALS.has(tokens[k].norm)) return false;
  const at = end + 2;
  if (tokens[at]?.norm !== "in" && tokens[at]?.norm !== "on") return false;
  const next = tokens[at + 1];
  return !!next && (isYear(next) || MONTHS.has(next.norm) || (next.kind === "number" && MONTHS.has(tokens[at + 2]?.norm ?? "")));
}
const MODALS = new Set(["would", "will", "could", "should", "might", "may", "must", "not", "never"]);

const SUBORDINATORS = new Set(["until", "unless", "before", "if", "when", "once", "whether", "till", "after"]);
const PASSIVE_SIGNING = new Set(["signed", "concluded", "reached", "struck", "agreed", "initialled", "initialed"]);
