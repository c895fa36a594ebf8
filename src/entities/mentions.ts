// Finding mentions: capitalised chunks (with particles, hyphenated compounds and titles), gazetteer
// matches inside them (longest first, one trie step per token), demonyms with their roles, named
// organisations/treaties/places by their head noun, modern cities, and unknown proper names.
import type { EntityKind } from "../schema.ts";
import type { Token } from "../text/tokens.ts";
import { cityTrie, type City } from "./cities.ts";
import { gazetteer, isRegnalNumeral, type Candidate, type Gazetteer } from "./gazetteer.ts";
import { lexicon, type Lexicon } from "./lexicon.ts";
import { isCapitalised, isCommon, keyAt, type BodyText } from "./text.ts";

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

/**
 * The distinct candidates of one trie node, prefix forms only before a hyphen; computed once per node and shared
 * (read-only). This cache and traitsCache hold the entities stage to about 70% of its time without them (2 MB).
 */
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

/** A gazetteer match: tokens [first, last) and the entries they may name. */
interface Match {
  first: number;
  last: number;
  candidates: Candidate[];
}

export function findMentions(body: BodyText): RawMention[] {
  return new MentionScanner(body, lexicon(), gazetteer()).scan();
}

/** The scan of one document's body for mentions (one scanner per document; its output grows chunk by chunk, in text order). */
class MentionScanner {
  private readonly tokens: Token[];
  private readonly sentence: Int32Array;
  private readonly n: number;
  /** Exclusive end of the unbroken segment (sentence without citations) each token is in. */
  private readonly segEnd: Int32Array;
  private readonly out: RawMention[] = [];

  constructor(
    private readonly body: BodyText,
    private readonly lex: Lexicon,
    private readonly gaz: Gazetteer,
  ) {
    this.tokens = body.tokens;
    this.sentence = body.sentence;
    this.n = body.tokens.length;
    this.segEnd = segmentEnds(body.breakAfter);
  }

  scan(): RawMention[] {
    this.scanChunks();
    return this.out.sort((x, y) => x.first - y.first || y.last - x.last);
  }

  /** Every run of capitalised words, less its leading function words, is analysed as a chunk. */
  private scanChunks(): void {
    const { tokens, n, segEnd, lex } = this;
    for (let i = 0; i < n; ) {
      if (!this.capital(i)) {
        i++;
        continue;
      }
      let a = i;
      const b0 = this.chunkEnd(i);
      // Leading function words ("The", "In") and sentence-initial common words ("Despite") are not names.
      while (a < b0) {
        const t = tokens[a];
        if (this.isHyphen(a) || (t.kind === "word" && !this.capital(a))) a++;
        else if (NUMBER_WORD.test(t.norm) && a + 1 < b0 && this.capital(a + 1) && !this.matchAt(a, segEnd[a])) break;
        else if ((this.isFunctionCap(a) || (this.sentenceInitial(a) && isCommon(this.body, t.norm) && !lex.titles.has(t.norm))) && !this.matchAt(a, segEnd[a])) a++;
        else break;
      }
      const b = a < b0 ? this.analyseChunk(a, b0) : b0;
      i = Math.max(b, i + 1);
    }
  }

  private capital(k: number): boolean {
    return this.body.capital[k] === 1;
  }

  /** A hyphen joining two words; an en dash only when unspaced on both sides ("Kellogg–Briand", "Soviet–German"). */
  private isHyphen(k: number): boolean {
    const { tokens, n } = this;
    if (k >= n || tokens[k].spaceBefore) return false;
    const text = tokens[k].text;
    return text === "-" || text === "‐" || (text === "–" && k + 1 < n && !tokens[k + 1].spaceBefore);
  }

  private isFunctionCap(k: number): boolean {
    return this.lex.functionWords.has(this.tokens[k].norm);
  }

  private sentenceInitial(k: number): boolean {
    const { sentence } = this;
    return k === 0 || sentence[k - 1] !== sentence[k] || this.body.breakAfter[k - 1] !== 0 || OPENERS.has(this.tokens[k - 1].text);
  }

  private joined(k: number): boolean {
    return k > 0 && !this.body.breakAfter[k - 1];
  }

  /** A single capital letter or the full stop after one ("F." in "F. D. Roosevelt"). */
  private isInitial(k: number): boolean {
    const { tokens } = this;
    return (tokens[k].text.length === 1 && this.capital(k)) || (tokens[k].text === "." && k > 0 && tokens[k - 1].text.length === 1 && this.capital(k - 1));
  }

  /** "I" right after a capitalised name ("Paul I", "Christian I"): a regnal numeral, not the pronoun. */
  private numeralAfterName(j: number): boolean {
    return this.tokens[j].text === "I" && this.joined(j) && this.capital(j - 1) && !this.isFunctionCap(j - 1) && !this.lex.titles.has(this.tokens[j - 1].norm);
  }

  private chunkEnd(a: number): number {
    const { tokens, lex } = this;
    let j = a + 1;
    let last = a;
    const end = Math.min(this.segEnd[a], a + MAX_CHUNK_TOKENS);
    while (j < end) {
      const t = tokens[j];
      if (this.capital(j) && (!this.isFunctionCap(j) || this.numeralAfterName(j))) {
        last = j++;
        continue;
      }
      // An initial inside a name: "John F. Kennedy", "G. K. Zhukov".
      if (t.text === "." && tokens[j - 1].text.length === 1 && this.capital(j - 1) && j + 1 < end && this.capital(j + 1)) {
        j++;
        continue;
      }
      if (this.isHyphen(j) && j + 1 < end && tokens[j + 1].kind === "word" && (!tokens[j + 1].spaceBefore || this.capital(j + 1))) {
        j += 2;
        last = j - 1;
        continue;
      }
      if (t.kind === "word" && lex.particles.has(t.norm)) {
        let k = j + 1;
        if (t.norm === "of" && k < end && tokens[k].norm === "the") k++;
        if (k < end && this.capital(k) && !this.isFunctionCap(k)) {
          j = k;
          continue;
        }
      }
      break;
    }
    return last + 1;
  }

  /** The longest gazetteer match at p ending by limit, or null. */
  private matchAt(p: number, limit: number): Match | null {
    const found = this.gaz.trie.longestBy(this.body, keyAt, p, limit);
    if (!found) return null;
    const candidates = distinctCandidates(found.values, this.isHyphen(found.end));
    return candidates.length ? { first: p, last: found.end, candidates } : null;
  }

  private nextWord(k: number): Token | null {
    return k < this.n && this.joined(k) && this.tokens[k].kind === "word" ? this.tokens[k] : null;
  }

  /** Role of a gazetteer match from its form and its neighbours ("government" and "forces" take in the noun after it). */
  private roleOf({ first, last, candidates }: Match): Role {
    const { tokens, lex } = this;
    const inCompound = this.isHyphen(last) || (first > 0 && this.isHyphen(first - 1) && tokens[first - 1].end === tokens[first].start);
    const { hasName, hasDemonym, hasPlural, isState, isGroupAdjective } = traitsOf(candidates);
    if (inCompound && (hasDemonym || isState)) return "compound";
    const next = this.nextWord(last);
    const prev = first > 0 && this.joined(first) ? tokens[first - 1].norm : "";
    // "the Baltic states", "the Balkan governments", "Allied powers": the group itself
    if (next && isGroupAdjective && (lex.collectiveNouns.has(next.norm) || lex.governmentNouns.has(next.norm))) return "group";
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

  private label(first: number, last: number): string {
    const { tokens } = this;
    return this.body.text.slice(tokens[first].start, tokens[last - 1].end).replace(/\s+/g, " ").replace(/['’]s$/, "");
  }

  /** Adds a mention of tokens [first, last) to the scan's output. */
  private push(first: number, last: number, sentence: number, role: Role, candidates: Candidate[]): RawMention {
    const r: RawMention = {
      first, last, sentence, role, candidates, city: undefined, unknown: undefined, memberHint: undefined, titleOf: undefined, office: undefined, key: null,
    };
    this.out.push(r);
    return r;
  }

  /** Adds a mention of a name the gazetteer does not know. */
  private pushUnknown(first: number, last: number, sentence: number, label: string, kind: EntityKind): RawMention {
    const r = this.push(first, last, sentence, "name", NO_CANDIDATES);
    r.unknown = { label, kind };
    return r;
  }

  /**
   * Tokens [a, b) of a chunk that no gazetteer match covers: an unknown name, a modern city after a preposition,
   * an institution of the state in question. Returns the mention when it is a titled person (for a demonym before
   * the title to claim), else null. `following` are the candidates of the match right after, if any.
   */
  private leftover(a: number, b: number, chunkStart: number, following: Candidate[] | null): RawMention | null {
    const { tokens, sentence, lex } = this;
    // Titles in front of a person match widen that match.
    let s = a;
    while (s < b && lex.titles.has(tokens[s].norm)) s++;
    // "Navy Commodore James Smith", "Minister of War Enver": the name follows the last title of the phrase.
    for (let k = b - 2; k > s; k--) {
      if (lex.titles.has(tokens[k].norm) && this.capital(k + 1) && !lex.heads.has(tokens[k + 1].norm)) {
        s = k + 1;
        break;
      }
    }
    const hasTitle = s > a;
    if (s >= b) return null;
    if (this.body.heading[sentence[s]] === 1) return null;
    const words = [];
    for (let k = s; k < b; k++) if (tokens[k].kind === "word" && !lex.particles.has(tokens[k].norm)) words.push(tokens[k]);
    if (words.length === 0) return null;
    if (words.length === 1) {
      const w = words[0];
      if (lex.functionWords.has(w.norm) || lex.titles.has(w.norm) || lex.compoundPrefixes.has(w.norm) || lex.directions.has(w.norm)) return null;
      if (isRegnalNumeral(w.text)) return null;
      if (isCommon(this.body, w.norm) || (this.sentenceInitial(s) && s === chunkStart && !hasTitle)) return null;
      if (lex.institutions.has(w.norm) && s > 0 && this.joined(s) && tokens[s - 1].norm === "the") {
        // "the Senate approved": a body of the state the sentence is about (found when linking)
        this.pushUnknown(s, b, sentence[s], w.text, "organization");
        return null;
      }
      if (lex.heads.has(w.norm)) return null;
    }
    if (!hasTitle && ADJECTIVAL.test(words[words.length - 1].norm)) return null;
    if (following && traitsOf(following).hasSurname) return null;
    const prev = s > 0 && this.joined(s) ? tokens[s - 1].norm : "";
    const afterPreposition = hasTitle ? false : lex.locative.has(prev);
    // Modern cities only where the text puts something at a place: the 138k-name list is not read otherwise.
    if (afterPreposition) {
      const m = cityTrie().longestBy(this.body, keyAt, s, b);
      if (m && m.end === b) {
        const city = m.values[0];
        if (city.population >= CITY_POPULATION_AFTER_PREPOSITION) {
          this.push(s, b, sentence[s], "name", NO_CANDIDATES).city = city;
          return null;
        }
      }
    }
    let kind: EntityKind = "other";
    if (hasTitle || this.appositiveRole(b) || isRegnalName(words)) kind = "person";
    else if (afterPreposition) kind = "place";
    const r = this.pushUnknown(hasTitle ? a : s, b, sentence[s], this.label(s, b), kind);
    return hasTitle ? r : null;
  }

  /**
   * "Christian I of Denmark", "William II of the Netherlands": a regnal name in tokens [p, t) whose territory is
   * the state match that follows at t. The person spans name and state; the state is a modifier mention of its own.
   */
  private regnalOf(p: number, t: number, state: Match | undefined): boolean {
    const { tokens, sentence, lex } = this;
    if (!state || t !== state.first || !traitsOf(state.candidates).isState) return false;
    let k = t - 1;
    if (k > p && tokens[k].norm === "the") k--;
    if (k <= p || tokens[k].norm !== "of") return false;
    let s = p;
    while (s < k && lex.titles.has(tokens[s].norm)) s++;
    const words: Token[] = [];
    for (let x = s; x < k; x++) if (tokens[x].kind === "word") words.push(tokens[x]);
    if (words.length < 2 || words.length !== k - s || !isRegnalName(words)) return false;
    const person = this.pushUnknown(p, state.last, sentence[s], this.label(s, state.last), "person");
    person.memberHint = this.push(t, state.last, sentence[t], "adjective", state.candidates);
    return true;
  }

  /**
   * "William II of the Netherlands" where the gazetteer's "William II" reigned elsewhere: a known monarch's
   * regnal name (match `monarch`) qualified by a state (the match right after) that none of its candidates acted for.
   */
  private monarchOfOtherState(monarch: Match, state: Match | undefined): boolean {
    const { tokens } = this;
    if (!state || !traitsOf(monarch.candidates).isPerson || !traitsOf(state.candidates).isState) return false;
    if (!isRegnalNumeral(tokens[monarch.last - 1].text)) return false;
    let k = monarch.last;
    if (tokens[k].norm !== "of") return false;
    if (tokens[k + 1].norm === "the") k++;
    if (k + 1 !== state.first) return false;
    for (const c of monarch.candidates) {
      const home = c.entry.memberOf;
      if (home && state.candidates.some((s) => s.entry.id === home || s.entry.predecessor === home || s.entry.successor === home)) return false;
    }
    return true;
  }

  /** ", Soviet Diplomat" / ", the Japanese ambassador" after a name marks a person. */
  private appositiveRole(k: number): boolean {
    const { tokens, lex } = this;
    if (k >= this.n || !this.joined(k) || tokens[k].text !== ",") return false;
    for (let j = k + 1; j < Math.min(k + 5, this.segEnd[k]); j++) {
      if (lex.roleNouns.has(tokens[j].norm) || lex.titles.has(tokens[j].norm)) return true;
      if (tokens[j].kind !== "word") return false;
    }
    return false;
  }

  /** The gazetteer matches of chunk [a, b), in text order and without overlap (the last may run past b). */
  private findMatches(a: number, b: number): Match[] {
    const limit = this.segEnd[a];
    const matches: Match[] = [];
    for (let p = a; p < b; ) {
      const m = this.capital(p) ? this.matchAt(p, limit) : null;
      if (m) {
        matches.push(m);
        p = m.last;
      } else p++;
    }
    return matches;
  }

  /** Reads the chunk [a, b) into mentions; returns where the next chunk may start. */
  private analyseChunk(a: number, b: number): number {
    const { tokens, sentence, lex } = this;
    const matches = this.findMatches(a, b);
    const lastMatch = matches.length ? matches[matches.length - 1] : null;
    if (lastMatch) b = Math.max(b, lastMatch.last);
    // Trailing lower-case compound pieces ("Japanese-controlled") are not part of a name.
    while (b - a > 2 && !this.capital(b - 1) && this.isHyphen(b - 2) && !lex.compoundPrefixes.has(tokens[b - 3].norm) && !matches.some((m) => m.last === b)) b -= 2;

    // The last capitalised head noun outside the matches ("Company", "Treaty"), and the words of the chunk.
    let head: number | null = null;
    let wordCount = 0;
    let ahead = 0; // matches[ahead] is the first match not ending before k
    for (let k = a; k < b; k++) {
      if (tokens[k].kind === "word" && !lex.particles.has(tokens[k].norm)) wordCount++;
      while (ahead < matches.length && matches[ahead].last <= k) ahead++;
      const covered = ahead < matches.length && matches[ahead].first <= k;
      if (!covered && this.capital(k) && lex.heads.has(tokens[k].norm)) head = k;
    }
    if (matches.length === 1 && lastMatch!.first === a && lastMatch!.last === b) {
      this.emitMatch(lastMatch!);
      return b;
    }
    // "United States Navy Commodore Matthew C. Perry": a title phrase before a person, not an organisation's name.
    const titled = (lastMatch !== null && lastMatch.last === b && traitsOf(lastMatch.candidates).isPerson && (head === null || head < lastMatch.first)) ||
      (head !== null && this.titleBeforeName(head, b));
    if (!titled && head !== null && wordCount >= 2 && this.body.heading[sentence[a]] !== 1) {
      this.headedName(a, b, head, matches);
      return b;
    }
    let p = a;
    let lastDemonym: RawMention | null = null;
    for (let mi = 0; mi <= matches.length; mi++) {
      const m: Match | undefined = matches[mi];
      const gapEnd = m ? m.first : b;
      let titleStart: number | null = null;
      if (gapEnd > p) {
        // Titles directly before a person match belong to its span; other gaps are names of their own.
        let t = gapEnd;
        while (t > p && (lex.titles.has(tokens[t - 1].norm) || this.isInitial(t - 1))) t--;
        if (m && t < gapEnd && traitsOf(m.candidates).isPerson) titleStart = t;
        else t = gapEnd;
        if (t > p) {
          let onlyTitles = true;
          for (let x = p; x < t && onlyTitles; x++) onlyTitles = lex.titles.has(tokens[x].norm) || lex.particles.has(tokens[x].norm) || this.isInitial(x);
          if (onlyTitles && !m && lastDemonym) this.titlePhrase(lastDemonym, p, t);
          else if (this.regnalOf(p, t, m)) {
            p = m!.last;
            lastDemonym = null;
            continue;
          } else if (!onlyTitles || !m) {
            // "Finnish Foreign Minister Rolf Witting": an unknown titled person acts for the state named before the title.
            const person = this.leftover(p, t, a, m ? m.candidates : null);
            if (person && lastDemonym) person.memberHint = lastDemonym;
          }
        }
      }
      if (!m) break;
      const next: Match | undefined = matches[mi + 1];
      if (this.monarchOfOtherState(m, next)) {
        const first = titleStart ?? m.first;
        const person = this.pushUnknown(first, next!.last, sentence[first], this.label(m.first, next!.last), "person");
        person.memberHint = this.push(next!.first, next!.last, sentence[first], "adjective", next!.candidates);
        p = next!.last;
        mi++;
        lastDemonym = null;
        continue;
      }
      const inTitle = titled && mi < matches.length - 1 && traitsOf(m.candidates).isState;
      const r = this.emitMatch(m, titleStart, inTitle ? "adjective" : null);
      lastDemonym = r.role === "adjective" && traitsOf(r.candidates).isState ? r : null;
      p = m.last;
    }
    return b;
  }

  /** A title after the head noun and a name after the title ("… Navy Commodore James Smith"). */
  private titleBeforeName(head: number, b: number): boolean {
    const { tokens, lex } = this;
    for (let k = b - 2; k > head; k--) if (lex.titles.has(tokens[k].norm)) return this.capital(k + 1) && !lex.heads.has(tokens[k + 1].norm);
    return false;
  }

  /** A chunk named by its head noun ("North Sakhalin Petroleum Company", "Treaty of Portsmouth"); its state matches are parties or the state acted for. */
  private headedName(a: number, b: number, head: number, matches: Match[]): void {
    const { tokens, sentence, lex } = this;
    const kind = lex.heads.get(tokens[head].norm)!;
    let s = a;
    while (s < b && lex.titles.has(tokens[s].norm) && kind !== "organization") s++;
    const named = this.pushUnknown(s, b, sentence[a], this.label(s, b), kind === "state" ? "state" : kind);
    if (kind === "treaty") {
      for (const m of matches) if (traitsOf(m.candidates).isState) this.push(m.first, m.last, sentence[a], "party", m.candidates);
    } else if (kind === "organization") {
      const state = matches.find((m) => m.first === s && traitsOf(m.candidates).isState);
      if (state) named.memberHint = this.push(state.first, state.last, sentence[a], "adjective", state.candidates);
    }
  }

  /** "Japanese Ambassador to the Soviet Union" after "Shigenori Tōgō, ": a title of that person. */
  private titlePhrase(demonym: RawMention, titleFirst: number, titleLast: number): void {
    const { tokens, sentence, segEnd, out } = this;
    const first = demonym.first;
    const title = tokens.slice(titleFirst, titleLast).map((x) => x.norm).join(" ");
    let last = titleLast;
    if (last < segEnd[first] && tokens[last].norm === "to") {
      let k = last + 1;
      if (k < segEnd[first] && tokens[k].norm === "the") k++;
      const place = k < segEnd[first] && this.capital(k) ? this.matchAt(k, segEnd[first]) : null;
      if (place) last = place.last;
    }
    if (first < 2 || tokens[first - 1].text !== "," || !this.joined(first)) {
      // "the Japanese Emperor": the office holder is looked up by state, title and date when linking.
      const r = this.push(first, last, sentence[first], "title", NO_CANDIDATES);
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
    const r = this.push(first, last, sentence[first], "title", NO_CANDIDATES);
    r.titleOf = person;
    r.memberHint = demonym;
  }

  /** The mention of a match, widened over the titles before it from titleStart; its role read from its neighbours unless given. */
  private emitMatch(m: Match, titleStart: number | null = null, role: Role | null = null): RawMention {
    role ??= this.roleOf(m);
    const widened = role === "government" || role === "forces" || (role === "group" && traitsOf(m.candidates).isGroupAdjective && this.nextWord(m.last) !== null);
    return this.push(titleStart ?? m.first, widened ? m.last + 1 : m.last, this.sentence[m.first], role, m.candidates);
  }
}

/** Exclusive end of the unbroken segment (sentence without citations) each token is in. */
function segmentEnds(breaks: Uint8Array): Int32Array {
  const ends = new Int32Array(breaks.length + 1);
  for (let i = breaks.length - 1; i >= 0; i--) ends[i] = breaks[i] ? i + 1 : ends[i + 1];
  return ends;
}

/** A given name and a regnal numeral ("Catherine II", "Paul I", "Menelik II"): a monarch. */
function isRegnalName(words: Token[]): boolean {
  return words.length >= 2 && isRegnalNumeral(words[words.length - 1].text) && isCapitalised(words[words.length - 2]);
}
