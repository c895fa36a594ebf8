// Pronouns ("she", "her") and collective phrases ("the two nations", "both sides", "the other")
// that stand for states, resolved to the states the text has just named.
import { lowerBound, type Token } from "../text/tokens.ts";
import { lexicon, type Lexicon } from "./lexicon.ts";
import type { Role } from "./mentions.ts";
import type { EntityDraft, Linked } from "./resolve.ts";
import type { BodyText } from "./text.ts";

export interface Reference {
  start: number;
  end: number;
  role: Role;
  keys: string[];
}

interface StateMention {
  tok: number;
  /** Exclusive end token. */
  last: number;
  sentence: number;
  key: string;
  role: Role;
  /** True when the state is named through an organisation acting for it. */
  viaMember: boolean;
}

const NOT_SUBJECT = new Set<Role>(["adjective", "compound", "party", "title", "forces"]);
const LOOKBACK_SENTENCES = 3;
const DEFINITE_LOOKBACK = 4;
const DISTRIBUTIVE = new Set(["either", "neither", "each"]);
/** First words of the multiword determiners and of "the other"/"all three". */
const COLLECTIVE_STARTS = new Set(["the", "both", "all"]);
const NOTHING: ReadonlySet<string> = new Set();

let phrasesCache: Map<string, Map<string, string>> | undefined;

/** The two-word determiners and "other" phrases by first and second word ("the" → "two" → "the two"). */
function twoWordPhrases(): Map<string, Map<string, string>> {
  if (phrasesCache) return phrasesCache;
  const lex = lexicon();
  const phrases = new Map<string, Map<string, string>>();
  for (const phrase of [...lex.collectiveDeterminers.keys(), ...lex.others]) {
    const space = phrase.indexOf(" ");
    if (space < 0 || phrase.indexOf(" ", space + 1) >= 0) continue;
    const first = phrase.slice(0, space);
    if (!phrases.has(first)) phrases.set(first, new Map());
    phrases.get(first)!.set(phrase.slice(space + 1), phrase);
  }
  phrasesCache = phrases;
  return phrases;
}

interface Coordination {
  /** Exclusive end token of the last state of the list. */
  end: number;
  sentence: number;
  keys: string[];
}

/** Nouns for a coalition of states, any of which may refer back to a named group ("the Balkan League" … "the alliance"). */
const ALLIANCE_NOUNS = new Set(["alliance", "league", "coalition", "entente", "bloc"]);

const MEMBER_WORDS = new Set(["member", "members"]);

/** Tokens that may stand between the states of a list. */
const LIST_GLUE = new Set([",", "and", "or", "the", "&"]);

/** The state a mention of d stands for: the state itself, or the state an organisation acts for. */
function stateOf(d: EntityDraft, drafts: Map<string, EntityDraft>): string | null {
  if (d.kind === "state") return d.key;
  if (d.kind === "organization" && d.memberOfKey && drafts.get(d.memberOfKey)?.kind === "state") return d.memberOfKey;
  return null;
}

/** A named organisation, treaty or thing, with its head noun ("company", "pact", "league"). */
interface Headed {
  tok: number;
  sentence: number;
  key: string;
  head: string;
  group: boolean;
}

/** A collective phrase at a token: where it ends, how many states it stands for (0: any number), and its kind. */
interface CollectivePhrase {
  /** Exclusive end token. */
  last: number;
  count: number;
  /** "either", "neither", "each", "the other": one of a pair at a time. */
  distributive: boolean;
  /** "the other": the pair of the distributive phrase before it. */
  other: boolean;
}

/** Plural nouns that name a kind of state, and the word its name carries. */
const KIND_NOUNS = new Map([["empires", "empire"], ["kingdoms", "kingdom"], ["republics", "republic"]]);

const CLAUSE_JOINS = new Set([",", ";", "and", "but"]);

export function references(body: BodyText, linked: Linked[], drafts: Map<string, EntityDraft>): Reference[] {
  return new ReferenceReader(body, linked, drafts).read();
}

/** The reading of one document's references, over the states, persons and named things its linked mentions name. */
class ReferenceReader {
  private readonly tokens: Token[];
  private readonly lex: Lexicon = lexicon();
  private readonly phrases = twoWordPhrases();
  /** State mentions in text order. */
  private readonly mentions: StateMention[] = [];
  /** First tokens of person mentions, ascending. */
  private readonly persons: number[] = [];
  /** Named organisations, treaties and things with their head noun, in text order. */
  private readonly headed: Headed[] = [];
  /** Lists of states coordinated in the text ("Bulgaria, Greece, Montenegro and Serbia"), in text order of their ends. */
  private readonly coordinations: Coordination[];
  /** Entity labels by key, for "both empires" (states whose name says what kind they are). */
  private readonly labelOf = new Map<string, string>();

  constructor(
    private readonly body: BodyText,
    linked: Linked[],
    drafts: Map<string, EntityDraft>,
  ) {
    this.tokens = body.tokens;
    this.readMentions(linked, drafts);
    this.readHeaded(linked);
    this.coordinations = this.readCoordinations();
    for (const d of drafts.values()) this.labelOf.set(d.key, d.label.toLowerCase());
  }

  /** State mentions and the first tokens of person mentions, in text order. */
  private readMentions(linked: Linked[], drafts: Map<string, EntityDraft>): void {
    const { mentions, persons } = this;
    for (let li = 0; li < linked.length; li++) {
      const l = linked[li];
      const s = stateOf(l.draft, drafts);
      if (s) mentions.push({ tok: l.raw.first, last: l.raw.last, sentence: l.raw.sentence, key: s, role: l.role, viaMember: s !== l.draft.key });
      else if (l.draft.kind === "person") persons.push(l.raw.first);
    }
    mentions.sort((a, b) => a.tok - b.tok);
    persons.sort((a, b) => a - b);
  }

  /** Named organisations, treaties and things by their head noun, for "the company", "the pact", "the railway". */
  private readHeaded(linked: Linked[]): void {
    const headOf = new Map<EntityDraft, string>();
    for (let li = 0; li < linked.length; li++) {
      const l = linked[li];
      const d = l.draft;
      if (l.role !== "name" || !(d.kind === "organization" || d.kind === "treaty" || d.kind === "other" || d.kind === "group")) continue;
      let head = headOf.get(d);
      if (head === undefined) {
        const words = d.label.toLowerCase().split(" ");
        head = words.filter((w) => this.lex.heads.has(w)).pop() ?? words[words.length - 1];
        headOf.set(d, head);
      }
      this.headed.push({ tok: l.raw.first, sentence: l.raw.sentence, key: d.key, head, group: d.kind === "group" });
    }
    this.headed.sort((a, b) => a.tok - b.tok);
  }

  /** Lists of two or more distinct states joined by commas and "and"/"or" within a sentence. */
  private readCoordinations(): Coordination[] {
    const coordinations: Coordination[] = [];
    let current: Coordination | null = null;
    for (const m of this.mentions) {
      if (m.viaMember || m.role === "title") continue;
      if (current && current.sentence === m.sentence && this.onlyGlueBetween(current.end, m.tok)) {
        if (!current.keys.includes(m.key)) current.keys.push(m.key);
        current.end = m.last;
        continue;
      }
      if (current && current.keys.length >= 2) coordinations.push(current);
      current = { end: m.last, sentence: m.sentence, keys: [m.key] };
    }
    if (current && current.keys.length >= 2) coordinations.push(current);
    return coordinations;
  }

  private onlyGlueBetween(from: number, to: number): boolean {
    if (to - from > 4 || to < from) return false;
    let joiner = false;
    for (let j = from; j < to; j++) {
      if (this.body.breakAfter[j - 1] === 1) return false;
      const w = this.tokens[j].norm;
      if (!LIST_GLUE.has(w)) return false;
      if (w !== "the") joiner = true;
    }
    return joiner;
  }

  /** The references among the tokens that can start one, in text order. */
  read(): Reference[] {
    const { tokens, lex, mentions, headed } = this;
    const out: Reference[] = [];
    let lastDistributive: { sentence: number; keys: string[] } | null = null;
    let upto = 0; // mentions[0..upto) precede token k
    let headedBefore = 0; // headed[0..headedBefore) precede token k
    for (const k of this.body.referenceStarts) {
      const t = tokens[k];
      const sentence = this.body.sentence[k];
      while (upto < mentions.length && mentions[upto].tok < k) upto++;
      while (headedBefore < headed.length && headed[headedBefore].tok < k) headedBefore++;

      const pronoun = lex.pronouns.get(t.norm);
      if (pronoun) {
        const key = pronoun === "subject" ? this.subjectOf(sentence, upto, k) : this.nearest(sentence, upto, k);
        if (key) out.push({ start: t.start, end: t.end, role: "pronoun", keys: [key] });
        continue;
      }

      // "that realm", "this country": the state just named
      if (lex.demonstratives.has(t.norm) && lex.demonstrativeNouns.has(this.w(k + 1))) {
        const key = this.demonstrativeReferent(sentence, upto, k);
        if (key) out.push({ start: t.start, end: tokens[k + 1].end, role: "definite", keys: [key] });
        continue;
      }

      const definite = this.definiteAt(k, headedBefore);
      if (definite) {
        out.push({ start: t.start, end: tokens[k + 1].end, role: "definite", keys: [definite] });
        continue;
      }

      const phrase = this.collectiveAt(k);
      if (phrase) {
        // "neither state … without the consent of the other": the same pair within one sentence.
        const keys: string[] = phrase.other && lastDistributive?.sentence === sentence
          ? lastDistributive.keys
          : (!phrase.other && this.lastList(k, sentence, phrase.count, tokens[phrase.last - 1].norm)) ||
            (phrase.count > 0 ? this.recentStates(sentence, upto, phrase.count, phrase.distributive ? this.laterInSentence(sentence, upto) : NOTHING) : []);
        if (keys.length >= 2 && (phrase.count === 0 || keys.length === phrase.count)) {
          out.push({ start: t.start, end: tokens[phrase.last - 1].end, role: "collective", keys });
          if (phrase.distributive) lastDistributive = { sentence, keys };
        }
      }
    }
    return out;
  }

  /** Whether a person is named strictly between two tokens. */
  private personBetween(from: number, to: number): boolean {
    const { persons } = this;
    const i = lowerBound(persons, from + 1);
    return i < persons.length && persons[i] < to;
  }

  /**
   * The states of the latest list of that many (0: any number) named before token k within the look-back,
   * of the kind the noun names when some list has it ("both empires": a list of empires).
   */
  private lastList(k: number, sentence: number, count: number, noun: string): string[] | null {
    const kind = KIND_NOUNS.get(noun);
    let fallback: string[] | null = null;
    for (let i = this.coordinations.length - 1; i >= 0; i--) {
      const c = this.coordinations[i];
      if (c.end > k) continue;
      if (c.sentence < sentence - LOOKBACK_SENTENCES) break;
      if (count !== 0 && c.keys.length !== count) continue;
      if (!kind || c.keys.every((key) => this.labelOf.get(key)?.includes(kind))) return c.keys;
      fallback ??= c.keys;
    }
    return fallback;
  }

  /** The first state in the sentence before the pronoun that is not a modifier, else the previous sentence's. */
  private subjectOf(sentence: number, upto: number, tok: number): string | null {
    const { mentions } = this;
    for (const s of [sentence, sentence - 1]) {
      let i = upto - 1;
      while (i >= 0 && mentions[i].sentence > s) i--;
      let found: StateMention | null = null;
      for (; i >= 0 && mentions[i].sentence === s; i--) if (!NOT_SUBJECT.has(mentions[i].role)) found = mentions[i];
      if (found) return this.personBetween(found.tok, tok) ? null : found.key;
    }
    return null;
  }

  private nearest(sentence: number, upto: number, tok: number): string | null {
    const { mentions } = this;
    for (let i = upto - 1; i >= 0 && mentions[i].sentence >= sentence - 1; i--) {
      const m = mentions[i];
      if (NOT_SUBJECT.has(m.role)) continue;
      // A person named closer than the state may be the one meant.
      if (this.personBetween(m.tok, tok)) return null;
      return m.key;
    }
    return null;
  }

  /**
   * "that realm", "this country": the nearest state before the clause the phrase is in ("Finland refused, and the
   * Soviet Union invaded this country": not the invader), else the nearest state at all.
   */
  private demonstrativeReferent(sentence: number, upto: number, k: number): string | null {
    const { tokens, mentions } = this;
    let clauseStart = k;
    while (clauseStart > 0 && this.body.sentence[clauseStart - 1] === sentence && !CLAUSE_JOINS.has(tokens[clauseStart - 1].norm)) clauseStart--;
    let i = upto;
    while (i > 0 && mentions[i - 1].tok >= clauseStart - 1) i--;
    return this.nearest(sentence, i, clauseStart) ?? this.nearest(sentence, upto, k);
  }

  /** "the company" after "North Sakhalin Petroleum Company": the latest named thing (of headed[0..headedBefore)) with that head noun. */
  private definiteAt(k: number, headedBefore: number): string | null {
    const { tokens, body, lex } = this;
    if (tokens[k].norm !== "the" || body.breakAfter[k]) return null;
    const noun = tokens[k + 1];
    // "the pact", and "the League" standing alone for the league just named
    if (noun.kind !== "word" || !lex.heads.has(noun.norm)) return null;
    const after = k + 2 < tokens.length && !body.breakAfter[k + 1] ? tokens[k + 2] : null;
    if (after && (after.norm === "of" || (after.kind === "word" && after.text[0] !== after.norm[0]))) return null;
    const sentence = body.sentence[k];
    const alliance = ALLIANCE_NOUNS.has(noun.norm);
    // "the League member states", "members of the alliance": a league of states, named however long ago
    const ofMembers = alliance && ((after !== null && MEMBER_WORDS.has(after.norm)) || (k >= 2 && tokens[k - 1].norm === "of" && MEMBER_WORDS.has(tokens[k - 2].norm)));
    let coalition: string | null = null;
    let group: string | null = null;
    for (let i = headedBefore - 1; i >= 0; i--) {
      const h = this.headed[i];
      if (h.sentence < sentence - DEFINITE_LOOKBACK && !ofMembers) break;
      if (ofMembers && !h.group) continue;
      if (h.head === noun.norm) return h.key;
      if (alliance && coalition === null && h.group && ALLIANCE_NOUNS.has(h.head)) coalition = h.key;
      if (alliance && group === null && h.group) group = h.key;
    }
    // "the alliance" after "the Balkan League": the latest coalition, whatever its own head noun, before a mere region's states
    return coalition ?? group;
  }

  /** States named after position upto in the same sentence ("if either state is attacked by X": X is not one of them). */
  private laterInSentence(sentence: number, upto: number): Set<string> {
    const { mentions } = this;
    const out = new Set<string>();
    for (let i = upto; i < mentions.length && mentions[i].sentence === sentence; i++) out.add(mentions[i].key);
    return out;
  }

  /** The states most often named in the last few sentences (modifiers count half), the latest first on ties. */
  private recentStates(sentence: number, upto: number, count: number, exclude: ReadonlySet<string>): string[] {
    const weight = new Map<string, { w: number; last: number }>();
    for (let i = upto - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.sentence < sentence - LOOKBACK_SENTENCES) break;
      if (m.role === "title" || m.viaMember || exclude.has(m.key)) continue;
      const x = weight.get(m.key) ?? { w: 0, last: m.tok };
      x.w += NOT_SUBJECT.has(m.role) ? 0.5 : 1;
      weight.set(m.key, x);
    }
    return [...weight].sort((a, b) => b[1].w - a[1].w || b[1].last - a[1].last).slice(0, count).map(([k]) => k);
  }

  /** Whether token j follows token j - 1 with no break between them. */
  private joined(j: number): boolean {
    return j < this.tokens.length && !this.body.breakAfter[j - 1];
  }

  /** The word at j when it follows on, else "". */
  private w(j: number): string {
    return this.joined(j) ? this.tokens[j].norm : "";
  }

  /** "the two nations", "both sides", "the other" at token k. */
  private collectiveAt(k: number): CollectivePhrase | null {
    const { tokens, lex } = this;
    if (!lex.collectiveDeterminers.has(tokens[k].norm) && !COLLECTIVE_STARTS.has(tokens[k].norm)) return null;
    const two = this.phrases.get(tokens[k].norm)?.get(this.w(k + 1)) ?? null;
    let det = 0;
    let count = 0;
    if (two !== null && lex.collectiveDeterminers.has(two)) {
      det = 2;
      count = lex.collectiveDeterminers.get(two)!;
    } else if (lex.collectiveDeterminers.has(tokens[k].norm)) {
      det = 1;
      count = lex.collectiveDeterminers.get(tokens[k].norm)!;
    }
    if (det && lex.collectiveNouns.has(this.w(k + det))) return { last: k + det + 1, count, distributive: DISTRIBUTIVE.has(tokens[k].norm), other: false };
    if (two !== null && lex.others.has(two)) {
      const next = this.joined(k + 2) ? tokens[k + 2] : null;
      const nounFollows = next && next.kind === "word" && next.text[0] === next.text[0].toLowerCase() &&
        !lex.functionWords.has(next.norm) && !lex.verbLike.has(next.norm);
      if (!nounFollows) return { last: k + 2, count: 2, distributive: true, other: true };
    }
    return null;
  }
}
