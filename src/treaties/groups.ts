// Coordinated states at a place in a sentence: "Germany, France, and the United States", "the Soviet Union (USSR)
// and Germany", "the representatives from Australia, Belgium, …", "the two states". The groups are read on the state
// mentions of the sentence (entity layer, names and adjectives, signatories standing for their state).
import type { Token } from "../text/tokens.ts";
import { firstAtOrAfter } from "../text/tokens.ts";
import { startsUpper } from "./mentions.ts";
import { eventsIn, type TreatyContext } from "./context.ts";
import { actorNouns, gapWords, signatoryNouns, stateMembers } from "./lexicon.ts";
import { memberValidAt, type StateMention } from "./states.ts";

export interface Group {
  ids: string[];
  mentions: StateMention[];
  /** First token of the group and the token just past it. */
  first: number;
  next: number;
  /** "the two states", "both countries": how many states a collective phrase stands for (0 for a list of names). */
  coref: number;
}

const LINKERS = new Set([",", "and", "the", "both", "as", "well"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const COALITIONS = new Set(["alliance", "coalition", "league", "union", "bloc"]);
const ADJECTIVES = new Set(stateMembers.flatMap((m) => m.adjectives));
const COLLECTIVES = new Set(["states", "countries", "powers", "nations", "governments", "sides", "parties", "kingdoms", "empires", "monarchies", "republics"]);
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

const cache = new WeakMap<TreatyContext, Map<string, StateMention[]>>();

/** The state mentions of a sentence (outside treaty names), resolved on a date; computed once per sentence and date. */
export function statesOf(ctx: TreatyContext, si: number, date: string | null): StateMention[] {
  let bySentence = cache.get(ctx);
  if (!bySentence) cache.set(ctx, (bySentence = new Map()));
  const key = `${si}|${date ?? ""}`;
  let list = bySentence.get(key);
  if (!list) {
    const s = ctx.sentences[si];
    list = ctx.states.mentionsIn(s.start, s.end, date, false, s.from, s.to).filter((m) => !ctx.treatySpans.covers(m.start, m.end));
    bySentence.set(key, list);
  }
  return list;
}

function startingAt(list: StateMention[], offset: number): StateMention | undefined {
  for (const m of list) {
    if (m.start === offset) return m;
    if (m.start > offset) break;
  }
  return undefined;
}

function endingAt(list: StateMention[], offset: number): StateMention | undefined {
  for (const m of list) if (m.end === offset) return m;
  return undefined;
}

/** Past citation markers ("[12]") and a short parenthesis ("(USSR)") starting at token k. */
function skipAsides(tokens: readonly Token[], k: number, to: number): number {
  for (;;) {
    if (k + 2 < to && tokens[k].text === "[" && tokens[k + 1].kind === "number" && tokens[k + 2].text === "]") k += 3;
    else if (tokens[k]?.text === "(") {
      let j = k + 1;
      while (j < to && j < k + 6 && tokens[j].text !== ")") j++;
      if (j < to && tokens[j].text === ")") k = j + 1;
      else return k;
    } else return k;
  }
}

/** The coordinated states starting at token k ("the", "the representatives from", "both" may come first). */
export function groupAt(ctx: TreatyContext, si: number, k: number, date: string | null, list = false): Group | null {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  const states = statesOf(ctx, si, date);
  const first = k;
  if (tokens[k]?.norm === "the") k++;
  // "the two states", "both countries", "the three powers"
  const count = tokens[k]?.norm === "both" ? 2 : COUNTS[tokens[k]?.norm ?? ""];
  if (count && k + 1 < s.to && COLLECTIVES.has(tokens[k + 1].norm) && !startingAt(states, tokens[k].start)) {
    return { ids: [], mentions: [], first, next: k + 2, coref: count };
  }
  if (k + 1 < s.to && signatoryNouns.has(tokens[k].norm) && (tokens[k + 1].norm === "from" || tokens[k + 1].norm === "of")) k += 2;
  const mentions: StateMention[] = list ? readList(ctx, si, k, states) : readCoordination(ctx, si, k, states);
  if (mentions.length > 0) {
    const last = mentions[mentions.length - 1];
    k = skipAsides(tokens, firstAtOrAfter(tokens, last.end), s.to);
  }
  if (mentions.length === 0) return null;
  return { ids: unique(mentions.map((m) => m.entity)), mentions, first, next: k, coref: 0 };
}

/** "Germany, France, and the United States": state mentions joined by linkers, stopping at anything else. */
function readCoordination(ctx: TreatyContext, si: number, k: number, states: StateMention[]): StateMention[] {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  const mentions: StateMention[] = [];
  while (k < s.to) {
    if (tokens[k].norm === "the") k++;
    const m = k < s.to ? startingAt(states, tokens[k].start) : undefined;
    if (!m) break;
    let j = k;
    while (j < s.to && tokens[j].end <= m.end) j++;
    // "China's chief antagonists": a possessive names whose, not who
    if (POSSESSIVE.has(tokens[j]?.text ?? "")) break;
    // "between the Soviet workers and the Japanese company": an adjective before a noun names no state
    const next = tokens[j];
    if (next && j < s.to && ADJECTIVES.has(ctx.text.slice(m.start, m.end).toLowerCase()) && next.kind === "word" && next.text.charCodeAt(0) >= 97 && !LINKERS.has(next.norm) && !actorNouns.has(next.norm) && !signatoryNouns.has(next.norm) && !PREPOSITIONS.has(next.norm)) break;
    mentions.push(m);
    j = skipAsides(tokens, j, s.to);
    // continue only when the linkers lead to another state: "A, B, and the C", not "A, which …"
    let q = j;
    while (q < s.to && LINKERS.has(tokens[q].norm) && q < j + 4) q++;
    // "Russia and an alliance of the Ottoman Empire, Britain, France and Sardinia": a coalition's members
    if (q > j && (tokens[q]?.norm === "an" || tokens[q]?.norm === "a") && COALITIONS.has(tokens[q + 1]?.norm ?? "") && tokens[q + 2]?.norm === "of") q += 3;
    if (q < s.to && tokens[q].norm === "the" && startingAt(states, tokens[q + 1]?.start ?? -1)) q++;
    if (q === j || q >= s.to || !startingAt(states, tokens[q].start)) break;
    k = q;
  }
  return mentions;
}

/**
 * "the representatives from Australia, Belgium, …, British India, the Irish Free State, Italy, …": a list of names read
 * item by item, keeping the items that are states and going on past those no gazetteer knows.
 */
function readList(ctx: TreatyContext, si: number, k: number, states: StateMention[]): StateMention[] {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  const mentions: StateMention[] = [];
  while (k < s.to) {
    if (tokens[k].norm === "the") k++;
    if (k >= s.to || !startsUpper(tokens[k].text)) break;
    // the item: capitalised words and the lower-case words of a name ("Kingdom of the Serbs")
    let e = k;
    while (e < s.to && e < k + 8 && (startsUpper(tokens[e].text) || ((tokens[e].norm === "of" || tokens[e].norm === "the") && startsUpper(tokens[e + 1]?.text ?? "")))) e++;
    const m = startingAt(states, tokens[k].start);
    // "the Ottoman and the Bulgarian governments": an adjective item ends on the noun of its government
    while (m && e < s.to && m.end > tokens[e - 1].end && (actorNouns.has(tokens[e].norm) || COLLECTIVES.has(tokens[e].norm)) && tokens[e].end <= m.end) e++;
    if (m && m.end === tokens[e - 1].end && !POSSESSIVE.has(tokens[e]?.text ?? "")) mentions.push(m);
    let q = skipAsides(tokens, e, s.to);
    const r = q;
    while (q < s.to && LINKERS.has(tokens[q].norm) && q < r + 4) q++;
    if (q === r) break;
    k = q;
  }
  return mentions;
}

/**
 * The states before token k that are its subject: "Thailand and Japan | signed", "the Soviet Union (USSR) and Germany
 * | signed", "Japan formally | entered into", "the Finnish government … and | negotiated". Only gap words, adverbs and
 * actor nouns may stand between the group and the verb.
 */
export function subjectBefore(ctx: TreatyContext, si: number, k: number, date: string | null): Group | null {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  const list = statesOf(ctx, si, date);
  let j = k - 1;
  let last: StateMention | undefined;
  // walk back over gap words, adverbs, actor nouns and asides; a state mention may end on one of them ("Soviet leaders")
  for (; j >= s.from; j--) {
    last = endingAt(list, tokens[j].end);
    if (last) break;
    const t = tokens[j];
    if (t.text === "]" || t.text === ")") {
      const open = t.text === "]" ? "[" : "(";
      while (j > s.from && tokens[j].text !== open) j--;
      continue;
    }
    // "Rome, however, had": a connective between commas
    const aside = CONNECTIVES.has(t.norm) || (t.text === "," && (CONNECTIVES.has(tokens[j - 1]?.norm ?? "") || CONNECTIVES.has(tokens[j + 1]?.norm ?? "")));
    if (!(gapWords.has(t.norm) || actorNouns.has(t.norm) || signatoryNouns.has(t.norm) || isAdverb(t) || aside)) return null;
  }
  if (!last) return null;
  const mentions = [last];
  // walk back over "A, B and" (and an alias in parentheses, "the Soviet Union (USSR) and Germany") to the first of the group
  for (let n = list.indexOf(last) - 1; n >= 0; n--) {
    const prev = list[n];
    if (prev.end > mentions[0].start || prev.start < s.start) break;
    if (inParentheses(tokens, prev)) continue;
    if (!onlyLinkers(tokens, prev.end, mentions[0].start)) break;
    mentions.unshift(prev);
  }
  let first = j;
  while (first > s.from && tokens[first - 1].end > mentions[0].start) first--;
  return { ids: unique(mentions.map((m) => m.entity)), mentions, first, next: k, coref: 0 };
}

function inParentheses(tokens: readonly Token[], m: StateMention): boolean {
  const k = firstAtOrAfter(tokens, m.start);
  let e = k;
  while (e < tokens.length && tokens[e].end <= m.end) e++;
  return tokens[k - 1]?.text === "(" && tokens[e]?.text === ")";
}

/** Only linkers, citation markers or a short parenthesis between two offsets. */
function onlyLinkers(tokens: readonly Token[], from: number, to: number): boolean {
  let k = firstAtOrAfter(tokens, from);
  let depth = 0;
  for (; k < tokens.length && tokens[k].start < to; k++) {
    const t = tokens[k];
    if (t.text === "(" || t.text === "[") depth++;
    else if (t.text === ")" || t.text === "]") depth--;
    else if (depth === 0 && !LINKERS.has(t.norm)) return false;
  }
  return depth === 0;
}

/** The two (or n) states named last before token k, in this sentence or the one before: what "the two states" stands for. */
export function lastStates(ctx: TreatyContext, si: number, k: number, n: number, date: string | null): string[] {
  const out: string[] = [];
  const at = ctx.tokens[k]?.start ?? ctx.sentences[si].end;
  for (let sj = si; sj >= Math.max(0, si - 1) && out.length < n; sj--) {
    const list = statesOf(ctx, sj, date);
    for (let i = list.length - 1; i >= 0 && out.length < n; i--) if (list[i].start < at && !out.includes(list[i].entity)) out.push(list[i].entity);
  }
  return out.length === n ? out.reverse() : [];
}

/** The state a subject pronoun ("It signed …", "he signed …") stands for: the subject of the sentence before. */
export function pronounSubject(ctx: TreatyContext, si: number, date: string | null): string | null {
  if (si === 0 || ctx.paragraphOf[si - 1] !== ctx.paragraphOf[si]) return null;
  const prev = ctx.sentences[si - 1];
  for (const e of eventsIn(ctx, prev.start, prev.end)) {
    const src = e.source.map((id) => stateOf(ctx, id)).find((x) => x);
    if (src) return src;
    break;
  }
  const { tokens } = ctx;
  for (const m of statesOf(ctx, si - 1, date)) {
    let k = prev.from;
    while (k < prev.to && tokens[k].start < m.start) k++;
    if (!PREPOSITIONS.has(tokens[k - 1]?.norm ?? "")) return m.entity;
  }
  return null;
}
/** The first state of a sentence before token k that no preposition governs: the subject of its main clause. */
export function sentenceSubject(ctx: TreatyContext, si: number, k: number, date: string | null): string | null {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  const at = tokens[k]?.start ?? s.end;
  for (const m of statesOf(ctx, si, date)) {
    if (m.start >= at) break;
    let j = firstAtOrAfter(tokens, m.start);
    if (tokens[j - 1]?.norm === "the") j--;
    return PREPOSITIONS.has(tokens[j - 1]?.norm ?? "") ? null : m.entity;
  }
  return null;
}

const PREPOSITIONS = new Set(["of", "in", "at", "to", "from", "by", "with", "against", "on", "for", "into", "over", "under", "between", "among", "through", "'s", "’s"]);

function stateOf(ctx: TreatyContext, id: string): string | null {
  const e = ctx.states.entity(id);
  if (!e) return null;
  if (e.kind === "state" || e.kind === "group") return e.id;
  if (e.memberOf) return ctx.states.entity(e.memberOf)?.kind === "state" ? e.memberOf : null;
  return null;
}

export const SUBJECT_PRONOUNS = new Set(["it", "he", "she", "they"]);

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** A lower-case word in -ly ("formally", "secretly"), not a name such as "Italy". */
const CONNECTIVES = new Set(["however", "meanwhile", "therefore", "thus", "moreover", "nevertheless", "too", "instead"]);
export const isAdverb = (t: Token) => t.kind === "word" && t.text.endsWith("ly") && t.text.charCodeAt(0) >= 97;

/** Words that may name a state's government without naming the state ("the new government", "the revolutionary regime"). */
const RULERS = new Set(["government", "regime", "cabinet", "administration", "leadership", "authorities"]);

/**
 * The state a government stands for when the subject names none ("the new government acceded to …"): the state the
 * narrative is about, the latest one named in this sentence or the three before it that is in being at `date` ("the
 * Bolsheviks seized power in Russia" → the Soviet state in 1918, not the empire).
 */
export function governmentSubject(ctx: TreatyContext, si: number, verb: number, date: string | null): string | null {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  let k = verb - 1;
  while (k > s.from && (gapWords.has(tokens[k].norm) || isAdverb(tokens[k]))) k--;
  if (!RULERS.has(tokens[k]?.norm ?? "")) return null;
  let j = k - 1;
  while (j >= s.from && tokens[j].kind === "word" && !startsUpper(tokens[j].text) && tokens[j].norm !== "the" && j > k - 4) j--;
  if (tokens[j]?.norm !== "the") return null;
  const at = tokens[j].start;
  let fallback: string | null = null;
  for (let sj = si; sj >= Math.max(0, si - 3); sj--) {
    const list = statesOf(ctx, sj, date);
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].start >= at) continue;
      const e = ctx.states.entity(list[i].entity);
      const member = e ? ctx.states.memberOf(e, date) : undefined;
      if (!member || memberValidAt(member, date)) return list[i].entity;
      fallback ??= list[i].entity;
    }
  }
  return fallback;
}

/**
 * "Both parties formed …", "The two sides suspended fighting to form …": a subject "both parties", "the two sides"
 * before the verb that no preposition governs stands for the last states the sentences before named.
 */
export function collectiveSubject(ctx: TreatyContext, si: number, verb: number, date: string | null): string[] {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  for (let k = s.from; k < verb - 1; k++) {
    if (!SIDES.has(tokens[k + 1].norm)) continue;
    const start = tokens[k - 1]?.norm === "the" && k - 1 >= s.from ? k - 1 : k;
    if (PREPOSITIONS.has(tokens[start - 1]?.norm ?? "")) continue;
    const g = groupAt(ctx, si, start, date);
    // the sides are those the sentences before name, not states the clause itself names
    if (g && g.coref > 0 && g.next === k + 2) return lastStates(ctx, si, s.from, g.coref, date);
  }
  return [];
}
const SIDES = new Set(["parties", "sides"]);
