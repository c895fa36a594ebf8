// Finding mentions: capitalised chunks (with particles, hyphenated compounds and titles), gazetteer
// matches inside them (longest first, one trie step per token), demonyms with their roles, named
// organisations/treaties/places by their head noun, modern cities, and unknown proper names.
import type { EntityKind } from "../schema.ts";
import type { Token } from "../text/tokens.ts";
import { cityTrie, type City } from "./cities.ts";
import { gazetteer, isRegnalNumeral, type Candidate, type Gazetteer } from "./gazetteer.ts";
import { lexicon, type Lexicon } from "./lexicon.ts";
import { isCapitalised, isCommon, keyAt, NO_BODY, type BodyText } from "./text.ts";

export type Role =
  | "name" | "adjective" | "group" | "government" | "forces" | "compound" | "party"
  | "metonym" | "title" | "pronoun" | "collective" | "definite";

export interface RawMention {
  /** Token range [first, last) in BodyText.tokens. */
  first: number;
  last: number;
  sentence: number;
  role: Role;
  /** Gazetteer entries this span may name (before date and context decide). */
  candidates: Candidate[];
  city?: City;
  unknown?: { label: string; kind: EntityKind };
  /** For unknown organisations and persons: the demonym mention naming the state they act for. */
  memberHint?: RawMention;
  /** For title phrases ("Japanese Ambassador to …"): the person mention they describe. */
  titleOf?: RawMention;
  /** For a title with no name ("the Japanese Emperor"): the title, to find who held it then. */
  office?: string;
  /** The key of the entity linking gave this mention (see resolve.ts), null before linking or when unlinked. */
  key: string | null;
}

const CITY_POPULATION_AFTER_PREPOSITION = 5_000;
/** No name runs longer than this many tokens; longer capitalised runs are split. */
const MAX_CHUNK_TOKENS = 24;
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;
/** Tokens after which a word starts a sentence of its own (a quotation, a parenthesis, after a colon). */
const OPENERS = new Set([":", '"', "“", "("]);
const ADJECTIVAL = /(?:ist|ism|ian|ese|ic|ish|ern)$/;
/** The candidates of mentions that are not gazetteer matches (shared, never changed). */
const NO_CANDIDATES: Candidate[] = [];

/** The distinct candidates of one trie node, prefix forms only before a hyphen; computed once per node and shared (read-only). */
const distinctCache = new WeakMap<Candidate[], { beforeHyphen?: Candidate[]; elsewhere?: Candidate[] }>();

function distinctCandidates(values: Candidate[], followedByHyphen: boolean): Candidate[] {
  let cached = distinctCache.get(values);
  if (!cached) distinctCache.set(values, (cached = {}));
  const hit = followedByHyphen ? cached.beforeHyphen : cached.elsewhere;
  if (hit) return hit;
  const candidates: Candidate[] = [];
  for (const c of values) {
    if (c.form === "prefix" && !followedByHyphen) continue;
    if (!candidates.some((x) => x.entry === c.entry && x.form === c.form)) candidates.push(c);
  }
  if (followedByHyphen) cached.beforeHyphen = candidates;
  else cached.elsewhere = candidates;
  return candidates;
}

/** What a candidate list offers; computed once per shared list. */
interface Traits {
  hasName: boolean;
  hasDemonym: boolean;
  hasPlural: boolean;
  hasSurname: boolean;
  isState: boolean;
  isPerson: boolean;
  /** A group of states named by its adjective ("Baltic", "Allied"). */
  isGroupAdjective: boolean;
}

const traitsCache = new WeakMap<Candidate[], Traits>();

function traitsOf(candidates: Candidate[]): Traits {
  let traits = traitsCache.get(candidates);
  if (!traits) {
    traits = {
      hasName: candidates.some((c) => c.form === "name" || c.form === "surname"),
      hasDemonym: candidates.some((c) => c.form === "demonym" || c.form === "prefix"),
      hasPlural: candidates.some((c) => c.form === "plural"),
      hasSurname: candidates.some((c) => c.form === "surname"),
      isState: candidates.some((c) => c.entry.kind === "state"),
      isPerson: candidates.some((c) => c.entry.kind === "person"),
      isGroupAdjective: candidates.some((c) => c.entry.kind === "group" && c.form === "demonym"),
    };
    traitsCache.set(candidates, traits);
  }
  return traits;
}

// The scan's state. The helpers below live at module level and read it from here, so that V8 keeps one
// optimised copy of them for every document (closures made per call are new call targets, and optimised
// code that inlined the previous ones is thrown away).
let body: BodyText;
let tokens: Token[];
let breakAfter: Uint8Array;
let sentence: Int32Array;
let capitals: Uint8Array;
let lex: Lexicon;
let gaz: Gazetteer;
let n: number;
let out: RawMention[];
let segEnd: Int32Array;
/** The candidates of the latest matchAt. */
let matched: Candidate[] = [];

const capital = (k: number) => capitals[k] === 1;

export function findMentions(documentBody: BodyText): RawMention[] {
  body = documentBody;
  ({ tokens, breakAfter, sentence } = body);
  capitals = body.capital;
  lex = lexicon();
  gaz = gazetteer();
  n = tokens.length;
  out = [];

  segEnd = segmentEnds(breakAfter);
  scanChunks();
  const found = out.sort((x, y) => x.first - y.first || y.last - x.last);
  release();
  return found;
}

/** Exclusive end of the unbroken segment (sentence without citations) each token is in. */
function segmentEnds(breaks: Uint8Array): Int32Array {
  const ends = new Int32Array(breaks.length + 1);
  for (let i = breaks.length - 1; i >= 0; i--) ends[i] = breaks[i] ? i + 1 : ends[i + 1];
  return ends;
}

/** Every run of capitalised words, less its leading function words, is analysed as a chunk. */
function scanChunks(): void {
  for (let i = 0; i < n; ) {
    if (!capital(i)) {
      i++;
      continue;
    }
    let a = i;
    const b0 = chunkEnd(i);
    // Leading function words ("The", "In") and sentence-initial common words ("Despite") are not names.
    while (a < b0) {
      const t = tokens[a];
      if (isHyphen(a) || (t.kind === "word" && !capital(a))) a++;
      else if (NUMBER_WORD.test(t.norm) && a + 1 < b0 && capital(a + 1) && matchAt(a, segEnd[a]) < 0) break;
      else if ((isFunctionCap(a) || (sentenceInitial(a) && isCommon(body, t.norm) && !lex.titles.has(t.norm))) && matchAt(a, segEnd[a]) < 0) a++;
      else break;
    }
    const b = a < b0 ? analyseChunk(a, b0) : b0;
    i = Math.max(b, i + 1);
  }
}

/** Lets go of the document once it is scanned. */
function release(): void {
  body = NO_BODY;
  tokens = [];
  out = [];
  breakAfter = capitals = new Uint8Array(0);
  sentence = segEnd = new Int32Array(0);
}

/** A hyphen joining two words; an en dash only when unspaced on both sides ("Kellogg–Briand", "Soviet–German"). */
const isHyphen = (k: number) =>
  k < n && !tokens[k].spaceBefore && (tokens[k].text === "-" || tokens[k].text === "‐" || (tokens[k].text === "–" && k + 1 < n && !tokens[k + 1].spaceBefore));
const isFunctionCap = (k: number) => lex.functionWords.has(tokens[k].norm);
const sentenceInitial = (k: number) => k === 0 || sentence[k - 1] !== sentence[k] || breakAfter[k - 1] || OPENERS.has(tokens[k - 1].text);
const joined = (k: number) => k > 0 && !breakAfter[k - 1];
/** A single capital letter or the full stop after one ("F." in "F. D. Roosevelt"). */
const isInitial = (k: number) =>
  (tokens[k].text.length === 1 && capital(k)) || (tokens[k].text === "." && k > 0 && tokens[k - 1].text.length === 1 && capital(k - 1));

/** "I" right after a capitalised name ("Paul I", "Christian I"): a regnal numeral, not the pronoun. */
const numeralAfterName = (j: number) =>
  tokens[j].text === "I" && joined(j) && capital(j - 1) && !isFunctionCap(j - 1) && !lex.titles.has(tokens[j - 1].norm);

function chunkEnd(a: number): number {
  let j = a + 1;
  let last = a;
  const end = Math.min(segEnd[a], a + MAX_CHUNK_TOKENS);
  while (j < end) {
    const t = tokens[j];
    if (capital(j) && (!isFunctionCap(j) || numeralAfterName(j))) {
      last = j++;
      continue;
    }
    // An initial inside a name: "John F. Kennedy", "G. K. Zhukov".
    if (t.text === "." && tokens[j - 1].text.length === 1 && capital(j - 1) && j + 1 < end && capital(j + 1)) {
      j++;
      continue;
    }
    if (isHyphen(j) && j + 1 < end && tokens[j + 1].kind === "word" && (!tokens[j + 1].spaceBefore || capital(j + 1))) {
      j += 2;
      last = j - 1;
      continue;
    }
    if (t.kind === "word" && lex.particles.has(t.norm)) {
      let k = j + 1;
      if (t.norm === "of" && k < end && tokens[k].norm === "the") k++;
      if (k < end && capital(k) && !isFunctionCap(k)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return last + 1;
}

/** The end of the longest gazetteer match at p (-1 if none), its candidates left in `matched`. */
function matchAt(p: number, limit: number): number {
  const end = gaz.trie.longestEndBy(body, keyAt, p, limit);
  if (end < 0) return -1;
  matched = distinctCandidates(gaz.trie.lastValues, isHyphen(end));
  return matched.length ? end : -1;
}

function nextWord(k: number): Token | null {
  return k < n && joined(k) && tokens[k].kind === "word" ? tokens[k] : null;
}

/** Role of a gazetteer match from its form and its neighbours ("government" and "forces" take in the noun after it). */
function roleOf(first: number, last: number, candidates: Candidate[]): Role {
  const inCompound = isHyphen(last) || (first > 0 && isHyphen(first - 1) && tokens[first - 1].end === tokens[first].start);
  const { hasName, hasDemonym, hasPlural, isState } = traitsOf(candidates);
  if (inCompound && (hasDemonym || isState)) return "compound";
  const next = nextWord(last);
  const prev = first > 0 && joined(first) ? tokens[first - 1].norm : "";
  // "the Baltic states", "the Balkan governments", "Allied powers": the group itself
  if (next && traitsOf(candidates).isGroupAdjective && (lex.collectiveNouns.has(next.norm) || lex.governmentNouns.has(next.norm))) return "group";
  if (next && !isCapitalised(next) && isState && !tokens[last - 1].norm.endsWith("'s")) {
    if (lex.governmentNouns.has(next.norm)) return "government";
    if (lex.forceNouns.has(next.norm)) return "forces";
  }
  if (hasName && !(hasDemonym && next && !isCapitalised(next) && !lex.functionWords.has(next.norm) && !lex.verbLike.has(next.norm))) {
    return "name";
  }
  if (hasPlural && !hasDemonym) return "group";
  if (!next || lex.functionWords.has(next.norm) || lex.verbLike.has(next.norm) || next.norm.endsWith("ed")) {
    return prev === "the" || (hasPlural && !hasDemonym) ? "group" : "adjective";
  }
  return "adjective";
}

const label = (first: number, last: number) =>
  body.text.slice(tokens[first].start, tokens[last - 1].end).replace(/\s+/g, " ").replace(/['’]s$/, "");

/** Adds a mention to the scan's output. Every mention gets every field, the optional ones empty, so that all have one shape. */
function push(first: number, last: number, sentence: number, role: Role, candidates: Candidate[]): RawMention {
  const r: RawMention = {
    first, last, sentence, role, candidates, city: undefined, unknown: undefined, memberHint: undefined, titleOf: undefined, office: undefined, key: null,
  };
  out.push(r);
  return r;
}

function leftover(a: number, b: number, chunkStart: number, following: Candidate[] | null): RawMention | null {
  // Titles in front of a person match widen that match.
  let s = a;
  while (s < b && lex.titles.has(tokens[s].norm)) s++;
  // "Navy Commodore James Smith", "Minister of War Enver": the name follows the last title of the phrase.
  for (let k = b - 2; k > s; k--) {
    if (lex.titles.has(tokens[k].norm) && capital(k + 1) && !lex.heads.has(tokens[k + 1].norm)) {
      s = k + 1;
      break;
    }
  }
  const hasTitle = s > a;
  if (s >= b) return null;
  if (body.heading[sentence[s]] === 1) return null;
  const words = [];
  for (let k = s; k < b; k++) if (tokens[k].kind === "word" && !lex.particles.has(tokens[k].norm)) words.push(tokens[k]);
  if (words.length === 0) return null;
  if (words.length === 1) {
    const w = words[0];
    if (lex.functionWords.has(w.norm) || lex.titles.has(w.norm) || lex.compoundPrefixes.has(w.norm) || lex.directions.has(w.norm)) return null;
    if (isRegnalNumeral(w.text)) return null;
    if (isCommon(body, w.norm) || (sentenceInitial(s) && s === chunkStart && !hasTitle)) return null;
    if (lex.institutions.has(w.norm) && s > 0 && joined(s) && tokens[s - 1].norm === "the") {
      // "the Senate approved": a body of the state the sentence is about (found when linking)
      push(s, b, sentence[s], "name", NO_CANDIDATES).unknown = { label: w.text, kind: "organization" };
      return null;
    }
    if (lex.heads.has(w.norm)) return null;
  }
  if (!hasTitle && ADJECTIVAL.test(words[words.length - 1].norm)) return null;
  if (following && traitsOf(following).hasSurname) return null;
  const prev = s > 0 && joined(s) ? tokens[s - 1].norm : "";
  const afterPreposition = hasTitle ? false : lex.locative.has(prev);
  // Modern cities only where the text puts something at a place: the 138k-name list is not read otherwise.
  if (afterPreposition) {
    const m = cityTrie().longestBy(body, keyAt, s, b);
    if (m && m.end === b) {
      const city = m.values[0];
      if (city.population >= CITY_POPULATION_AFTER_PREPOSITION) {
        push(s, b, sentence[s], "name", NO_CANDIDATES).city = city;
        return null;
      }
    }
  }
  let kind: EntityKind = "other";
  if (hasTitle || appositiveRole(b) || isRegnalName(words)) kind = "person";
  else if (afterPreposition) kind = "place";
  const r = push(hasTitle ? a : s, b, sentence[s], "name", NO_CANDIDATES);
  r.unknown = { label: label(s, b), kind };
  return hasTitle ? r : null;
}

/** A given name and a regnal numeral ("Catherine II", "Paul I", "Menelik II"): a monarch. */
function isRegnalName(words: Token[]): boolean {
  return words.length >= 2 && isRegnalNumeral(words[words.length - 1].text) && isCapitalised(words[words.length - 2]);
}

/**
 * "Christian I of Denmark", "William II of the Netherlands": a regnal name whose territory is the state match
 * that follows (match mi). The person spans name and state; the state is a modifier mention of its own.
 */
function regnalOf(p: number, t: number, mi: number): boolean {
  if (mi >= matchCount || t !== matchFirst[mi] || !traitsOf(matchCandidates[mi]).isState) return false;
  let k = t - 1;
  if (k > p && tokens[k].norm === "the") k--;
  if (k <= p || tokens[k].norm !== "of") return false;
  let s = p;
  while (s < k && lex.titles.has(tokens[s].norm)) s++;
  const words: Token[] = [];
  for (let x = s; x < k; x++) if (tokens[x].kind === "word") words.push(tokens[x]);
  if (words.length < 2 || words.length !== k - s || !isRegnalName(words)) return false;
  const person = push(p, matchLast[mi], sentence[s], "name", NO_CANDIDATES);
  person.unknown = { label: label(s, matchLast[mi]), kind: "person" };
  person.memberHint = push(t, matchLast[mi], sentence[t], "adjective", matchCandidates[mi]);
  return true;
}

/**
 * "William II of the Netherlands" where the gazetteer's "William II" reigned elsewhere: a known monarch's
 * regnal name (match mi) qualified by a state (match mi + 1) that none of its candidates acted for.
 */
function monarchOfOtherState(mi: number): boolean {
  if (mi + 1 >= matchCount || !traitsOf(matchCandidates[mi]).isPerson || !traitsOf(matchCandidates[mi + 1]).isState) return false;
  if (!isRegnalNumeral(tokens[matchLast[mi] - 1].text)) return false;
  let k = matchLast[mi];
  if (tokens[k].norm !== "of") return false;
  if (tokens[k + 1].norm === "the") k++;
  if (k + 1 !== matchFirst[mi + 1]) return false;
  for (const c of matchCandidates[mi]) {
    const home = c.entry.memberOf;
    if (home && matchCandidates[mi + 1].some((s) => s.entry.id === home || s.entry.predecessor === home || s.entry.successor === home)) return false;
  }
  return true;
}

/** ", Soviet Diplomat" / ", the Japanese ambassador" after a name marks a person. */
function appositiveRole(k: number): boolean {
  if (k >= n || !joined(k) || tokens[k].text !== ",") return false;
  for (let j = k + 1; j < Math.min(k + 5, segEnd[k]); j++) {
    if (lex.roleNouns.has(tokens[j].norm) || lex.titles.has(tokens[j].norm)) return true;
    if (tokens[j].kind !== "word") return false;
  }
  return false;
}

// The gazetteer matches of the chunk being analysed, in text order and without overlap: token ranges
// [matchFirst[i], matchLast[i]) with their candidates. A chunk has at most MAX_CHUNK_TOKENS of them.
const matchFirst = new Int32Array(MAX_CHUNK_TOKENS);
const matchLast = new Int32Array(MAX_CHUNK_TOKENS);
const matchCandidates: Candidate[][] = new Array<Candidate[]>(MAX_CHUNK_TOKENS).fill(NO_CANDIDATES);
let matchCount = 0;

function findMatches(a: number, b: number): void {
  const limit = segEnd[a];
  matchCount = 0;
  for (let p = a; p < b; ) {
    if (!capital(p)) {
      p++;
      continue;
    }
    const end = matchAt(p, limit);
    if (end >= 0) {
      matchFirst[matchCount] = p;
      matchLast[matchCount] = end;
      matchCandidates[matchCount++] = matched;
      p = end;
    } else p++;
  }
}

function someMatchEndsAt(b: number): boolean {
  for (let i = 0; i < matchCount; i++) if (matchLast[i] === b) return true;
  return false;
}

function analyseChunk(a: number, b: number): number {
  findMatches(a, b);
  if (matchCount) b = Math.max(b, matchLast[matchCount - 1]);
  // Trailing lower-case compound pieces ("Japanese-controlled") are not part of a name.
  while (b - a > 2 && !capital(b - 1) && isHyphen(b - 2) && !lex.compoundPrefixes.has(tokens[b - 3].norm) && !someMatchEndsAt(b)) b -= 2;

  let head = -1;
  let wordCount = 0;
  let mi = 0; // match mi is the first match not ending before k
  for (let k = a; k < b; k++) {
    if (tokens[k].kind === "word" && !lex.particles.has(tokens[k].norm)) wordCount++;
    while (mi < matchCount && matchLast[mi] <= k) mi++;
    const covered = mi < matchCount && matchFirst[mi] <= k;
    if (!covered && capital(k) && lex.heads.has(tokens[k].norm)) head = k;
  }
  if (matchCount === 1 && matchFirst[0] === a && matchLast[0] === b) {
    emitMatch(0, -1);
    return b;
  }
  // "United States Navy Commodore Matthew C. Perry": a title phrase before a person, not an organisation's name.
  const titled = (matchCount > 0 && matchLast[matchCount - 1] === b && traitsOf(matchCandidates[matchCount - 1]).isPerson && head < matchFirst[matchCount - 1]) ||
    (head >= 0 && titleBeforeName(head, b));
  if (!titled && head >= 0 && wordCount >= 2 && body.heading[sentence[a]] !== 1) {
    headedName(a, b, head);
    return b;
  }
  let p = a;
  let lastDemonym: RawMention | null = null;
  for (let mi = 0; mi <= matchCount; mi++) {
    const m = mi < matchCount;
    const gapEnd = m ? matchFirst[mi] : b;
    let titleStart = -1;
    if (gapEnd > p) {
      // Titles directly before a person match belong to its span; other gaps are names of their own.
      let t = gapEnd;
      while (t > p && (lex.titles.has(tokens[t - 1].norm) || isInitial(t - 1))) t--;
      if (m && t < gapEnd && traitsOf(matchCandidates[mi]).isPerson) titleStart = t;
      else t = gapEnd;
      if (t > p) {
        let onlyTitles = true;
        for (let x = p; x < t && onlyTitles; x++) onlyTitles = lex.titles.has(tokens[x].norm) || lex.particles.has(tokens[x].norm) || isInitial(x);
        if (onlyTitles && !m && lastDemonym) titlePhrase(lastDemonym, p, t);
        else if (regnalOf(p, t, mi)) {
          p = matchLast[mi];
          lastDemonym = null;
          continue;
        } else if (!onlyTitles || !m) {
          // "Finnish Foreign Minister Rolf Witting": an unknown titled person acts for the state named before the title.
          const person = leftover(p, t, a, m ? matchCandidates[mi] : null);
          if (person && lastDemonym) person.memberHint = lastDemonym;
        }
      }
    }
    if (!m) break;
    if (monarchOfOtherState(mi)) {
      const first = titleStart >= 0 ? titleStart : matchFirst[mi];
      const person = push(first, matchLast[mi + 1], sentence[first], "name", NO_CANDIDATES);
      person.unknown = { label: label(matchFirst[mi], matchLast[mi + 1]), kind: "person" };
      person.memberHint = push(matchFirst[mi + 1], matchLast[mi + 1], sentence[first], "adjective", matchCandidates[mi + 1]);
      p = matchLast[++mi];
      lastDemonym = null;
      continue;
    }
    const inTitle = titled && mi < matchCount - 1 && traitsOf(matchCandidates[mi]).isState;
    const r = emitMatch(mi, titleStart, inTitle ? "adjective" : null);
    lastDemonym = r.role === "adjective" && traitsOf(r.candidates).isState ? r : null;
    p = matchLast[mi];
  }
  return b;
}

/** A title after the head noun and a name after the title ("… Navy Commodore James Smith"). */
function titleBeforeName(head: number, b: number): boolean {
  for (let k = b - 2; k > head; k--) if (lex.titles.has(tokens[k].norm)) return capital(k + 1) && !lex.heads.has(tokens[k + 1].norm);
  return false;
}

/** A chunk named by its head noun ("North Sakhalin Petroleum Company", "Treaty of Portsmouth"); its state matches are parties or the state acted for. */
function headedName(a: number, b: number, head: number): void {
  const kind = lex.heads.get(tokens[head].norm)!;
  let s = a;
  while (s < b && lex.titles.has(tokens[s].norm) && kind !== "organization") s++;
  const named = push(s, b, sentence[a], "name", NO_CANDIDATES);
  named.unknown = { label: label(s, b), kind: kind === "state" ? "state" : kind };
  if (kind === "treaty") {
    for (let i = 0; i < matchCount; i++) if (traitsOf(matchCandidates[i]).isState) push(matchFirst[i], matchLast[i], sentence[a], "party", matchCandidates[i]);
  } else if (kind === "organization") {
    for (let i = 0; i < matchCount; i++) {
      if (matchFirst[i] !== s || !traitsOf(matchCandidates[i]).isState) continue;
      named.memberHint = push(matchFirst[i], matchLast[i], sentence[a], "adjective", matchCandidates[i]);
      break;
    }
  }
}

/** "Japanese Ambassador to the Soviet Union" after "Shigenori Tōgō, ": a title of that person. */
function titlePhrase(demonym: RawMention, titleFirst: number, titleLast: number): void {
  const first = demonym.first;
  const title = tokens.slice(titleFirst, titleLast).map((x) => x.norm).join(" ");
  let last = titleLast;
  if (last < segEnd[first] && tokens[last].norm === "to") {
    let k = last + 1;
    if (k < segEnd[first] && tokens[k].norm === "the") k++;
    const end = k < segEnd[first] && capital(k) ? matchAt(k, segEnd[first]) : -1;
    if (end >= 0) last = end;
  }
  if (first < 2 || tokens[first - 1].text !== "," || !joined(first)) {
    // "the Japanese Emperor": the office holder is looked up by state, title and date when linking.
    const r = push(first, last, sentence[first], "title", NO_CANDIDATES);
    r.office = title;
    r.memberHint = demonym;
    return;
  }
  let person: RawMention | undefined;
  // Mentions are pushed chunk by chunk in text order: one from an earlier sentence ends the search.
  for (let i = out.length - 1; i >= 0 && !person; i--) {
    const r = out[i];
    if (sentence[r.first] < sentence[first]) break;
    const personLike = r.candidates.some((c) => c.entry.kind === "person") || r.unknown?.kind === "person" || r.unknown?.kind === "other";
    if (r.last === first - 1 && r.role === "name" && personLike) person = r;
  }
  if (!person) return;
  if (person.unknown) person.unknown.kind = "person";
  person.memberHint ??= demonym;
  const r = push(first, last, sentence[first], "title", NO_CANDIDATES);
  r.titleOf = person;
  r.memberHint = demonym;
}

/** The mention of match mi of the chunk, widened over the titles before it from titleStart (-1: none). */
function emitMatch(mi: number, titleStart: number, forcedRole: Role | null = null): RawMention {
  const first = matchFirst[mi];
  const role = forcedRole ?? roleOf(first, matchLast[mi], matchCandidates[mi]);
  const widened = role === "government" || role === "forces" || (role === "group" && traitsOf(matchCandidates[mi]).isGroupAdjective && nextWord(matchLast[mi]) !== null);
  const last = widened ? matchLast[mi] + 1 : matchLast[mi];
  return push(titleStart >= 0 ? titleStart : first, last, sentence[first], role, matchCandidates[mi]);
}
