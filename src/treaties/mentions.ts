// Proposes treaty mentions: a head noun ("treaty", "pact", "convention", …) with the words that name or
// describe it ("Russo-Japanese Neutrality Treaty", "Treaty of Huchun of 1869", "the 1928 Convention",
// "a “gentlemen’s agreement”", "a nonaggression pact"), and anaphors ("the pact", "this treaty").
import type { Token } from "../text/tokens.ts";
import {
  cues, definite, distinctiveModifiers, genericModifiers, heads, indefinite, namedOnly, plurals, type HeadClass,
} from "./lexicon.ts";
import { stateMembers } from "./lexicon.ts";

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
    if (m.sentence === n.sentence && tokens[m.next]?.norm === "of" && n.start >= tokens[m.next].end && tokenGap(tokens, m.next + 1, n) <= 2 && m.kind !== "named") {
      m.partOfNext = true;
    }
  }
  return mentions;
}

function tokenGap(tokens: readonly Token[], from: number, n: TreatyMention): number {
  let k = from;
  while (k < tokens.length && tokens[k].start < n.start) k++;
  return k - from;
}

function readMention(text: string, tokens: readonly Token[], s: SentenceRange, si: number, h: number, headClass: HeadClass): TreatyMention | null {
  const head = tokens[h];
  const quoted = h + 1 < s.to && CLOSE_QUOTES.has(tokens[h + 1].text) && tokens[h + 1].text !== "'" && tokens[h + 1].text !== "’";
  const modifiers: Unit[] = [];
  let determiner: "definite" | "indefinite" | null = null;
  let determinerWord = "";
  let k = h - 1;
  let openQuote = false;
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
    const u = unitEndingAt(tokens, k, s.from);
    if (!u) break;
    const norm = unitNorm(u);
    if (u.parts.length === 1 && (definite.has(norm) || indefinite.has(norm))) {
      determiner = definite.has(norm) ? "definite" : "indefinite";
      determinerWord = norm;
      break;
    }
    if (openQuote) break;
    const cap = isCap(u.parts[0]) && !(u.first === s.from && u.parts.length === 1 && !stateWords.has(norm) && !distinctiveModifiers.has(norm));
    if (quoted || cap || genericModifiers.has(norm) || distinctiveModifiers.has(norm)) {
      if (genericModifiers.has(norm) && isCap(u.parts[0]) && u.first === s.from) break;
      modifiers.unshift(u);
      k = u.first - 1;
      continue;
    }
    break;
  }
  // "of Portsmouth", "of Mutual Assistance", "of 1869", "of Huchun of 1869"
  let end = h + 1;
  const ofWords: Token[] = [];
  const years: number[] = [];
  while (end + 1 < s.to && tokens[end].norm === "of") {
    const nx = tokens[end + 1];
    if (isYear(nx)) {
      years.push(+nx.text);
      end += 2;
      continue;
    }
    if (!isCap(head) || !isCap(nx) || nx.kind !== "word" || definite.has(nx.norm)) break;
    let j = end + 1;
    while (j < s.to) {
      const u = unitStartingAt(tokens, j, s.to);
      if (u && isCap(u.parts[0]) && !definite.has(u.parts[0].norm)) {
        for (let p = 0; p < u.parts.length; p++) ofWords.push(u.parts[p]);
        j = u.last + 1;
      } else if (tokens[j].norm === "and" && j + 1 < s.to && isCap(tokens[j + 1]) && !heads.has(tokens[j + 1].norm)) {
        j++;
      } else break;
    }
    end = j;
  }
  // "Entente Cordiale": a capitalised head followed by a capitalised word of its name
  let postpositive = false;
  if (ofWords.length === 0 && years.length === 0 && isCap(head) && end === h + 1 && end < s.to) {
    const nx = tokens[end];
    if (nx.kind === "word" && isCap(nx) && !stateWords.has(nx.norm) && !definite.has(nx.norm) && !heads.has(nx.norm) && !nx.spaceBefore === false) {
      ofWords.push(nx);
      end += 1;
      postpositive = true;
    }
  }
  const plural = plurals.has(head.norm);
  const named = hasCapitalisedName(modifiers) || ofWords.length > 0 || (isCap(head) && years.length > 0);
  if (plural && !named) return null;
  const namedOnlyHead = namedOnly.has(head.norm) && !(named && isCap(head));

  const partyWords: TreatyMention["partyWords"] = [];
  const distinctive: string[] = [];
  let isNew = determinerWord === "another";
  let secret = false;
  for (let mi = 0; mi < modifiers.length; mi++) {
    const u = modifiers[mi];
    const norm = unitNorm(u);
    if (u.parts[0].kind === "number") {
      years.push(+u.parts[0].text);
      continue;
    }
    if (norm === "new") isNew = true;
    if (cues.secret.matchAt(u.parts as Token[], 0)) secret = true;
    if (allStateWords(u.parts) && isCap(u.parts[0])) {
      for (let p = 0; p < u.parts.length; p++) partyWords.push({ text: u.parts[p].text, start: u.parts[p].start, end: u.parts[p].end });
      continue;
    }
    if (genericModifiers.has(norm) && !quoted) continue;
    distinctive.push(norm.replace(/’/g, "'"));
  }
  for (let w = 0; w < ofWords.length; w++) distinctive.push(ofWords[w].norm);

  const start = (modifiers[0] ? tokens[modifiers[0].first] : head).start;
  const last = tokens[end - 1];
  // The name drops leading lower-case generic words ("new Fishery Convention" → "Fishery Convention"), unless only the head would remain.
  const firstKept = modifiers.findIndex((u) => !(genericModifiers.has(unitNorm(u)) && !isCap(u.parts[0])));
  const nameStart = firstKept >= 0 ? tokens[modifiers[firstKept].first].start : start;
  const followsDescription = describesItself(tokens, end, s.to);
  let kind: MentionKind;
  if (named) kind = "named";
  else if (quoted || distinctive.length > 0 || years.length > 0 || (headClass === "truce" && !plural)) kind = "description";
  else if (determiner === "definite" && ["the", "this", "that", "these", "those", "said"].includes(determinerWord)) kind = followsDescription ? "description" : "anaphor";
  else if (determiner === null && followsDescription && isCap(head)) kind = "description";
  else return null;
  if (kind === "description" && plural) return null;
  // "the alliance" may refer back to "the Triple Alliance", but "an alliance" is no instrument
  if (namedOnlyHead && kind !== "anaphor") return null;
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
    isNew,
    quoted,
    secret,
    partOfNext: false,
    first: modifiers[0] ? modifiers[0].first : h,
    next: end + (quoted ? 1 : 0),
  };
}

/** A capitalised word modifier other than a generic one ("Neutrality", "Russo-Japanese", not "New"). */
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
