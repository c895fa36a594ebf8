// Refines mentions into instruments: every named or described mention joins the earlier instrument it is
// compatible with (same kind of instrument, no conflicting distinctive words, years or parties), or starts a
// new one; anaphors ("the pact") join the most salient compatible instrument of the last few sentences.
import type { Token } from "../text/tokens.ts";
import type { TreatyContext } from "./context.ts";
import { sentenceDates } from "./context.ts";
import { yearOf } from "./dates.ts";
import { aliasConnectors, anaphorClasses, copulas, cues, namedOnly, stateMembers, windowSentences, type HeadClass } from "./lexicon.ts";
import type { TreatyMention } from "./mentions.ts";
import { countriesIn } from "./states.ts";

export interface Cluster {
  mentions: TreatyMention[];
  headClass: HeadClass;
  distinctive: Set<string>;
  years: Set<number>;
  /** Countries named by the adjectives of the name ("Russo-Japanese" → Russia, Japan). */
  countries: Set<string>;
  /** Set when a mention says it is part of another instrument ("a secret protocol of the pact"). */
  parts: TreatyMention[];
  /** Mentions that joined as another name of the instrument ("officially …", "as a …"): aliases, never its name. */
  aliasOnly: Set<TreatyMention>;
}

const countryOf = new Map<string, Set<string>>();
for (const m of stateMembers) {
  for (const w of [...m.adjectives, ...m.labels]) {
    const set = countryOf.get(w) ?? new Set<string>();
    set.add(m.country);
    countryOf.set(w, set);
  }
}
const NONE: ReadonlySet<string> = new Set();
const countriesOf = (m: TreatyMention): ReadonlySet<string> =>
  m.partyWords.length === 0 && m.betweenCountries.length === 0
    ? NONE
    : new Set([...m.partyWords.flatMap((p) => [...(countryOf.get(p.text.toLowerCase()) ?? [])]), ...m.betweenCountries]);

const sameClass = (a: HeadClass, b: HeadClass) =>
  a === b || ((a === "treaty" || a === "agreement") && (b === "treaty" || b === "agreement")) || a === "agreement" || b === "agreement";
function subset<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export function clusterMentions(ctx: TreatyContext, mentions: TreatyMention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const index = new ClusterIndex();
  const pendingParts: TreatyMention[] = [];
  const recent: { c: Cluster; m: TreatyMention }[] = [];
  const links = linkMentions(ctx, mentions);
  const clusterOf = new Map<TreatyMention, Cluster>();
  const titleAt = titleMention(ctx, mentions);
  let titleCluster: Cluster | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.partOfNext) {
      pendingParts.push(m);
      continue;
    }
    let target: Cluster | undefined;
    const countries = countriesOf(m);
    const link = links.get(m);
    const linked = link ? clusterOf.get(link.to) : undefined;
    if (linked) {
      target = linked;
      if (link!.alias && m.kind === "named") linked.aliasOnly.add(m);
    } else if (m.pronoun && m.headWord === "which") {
      // ", which came into effect …" stands only for the instrument named right before it
      continue;
    } else if (m.kind === "anaphor") target = antecedent(recent, m, ctx.paragraphOf, titleCluster);
    // "a treaty of alliance" introduces an instrument: it joins an earlier one only once their facts agree (refine.ts)
    else if (!m.isNew && !(m.kind === "description" && m.determiner === "indefinite")) {
      const years = mentionYears(ctx, m);
      const words = new Set(m.distinctive);
      target = index.latest(clusters, m, years, (c) => compatible(c, m, words, countries, years));
    }
    // "the Soviet-Japanese treaty" with nothing before it introduces one; "the pact" with nothing before it is no treaty
    if (!target && m.kind === "anaphor" && m.partyWords.length > 0 && !m.plural) m.kind = "description";
    if (!target && m.kind === "anaphor") continue;
    if (!target) {
      target = { mentions: [], headClass: m.headClass, distinctive: new Set(), years: new Set(), countries: new Set(), parts: [], aliasOnly: new Set() };
      clusters.push(target);
      index.order.set(target, clusters.length - 1);
      for (const y of introYears(ctx, m)) index.addYear(target, y);
      // A description ("a nonaggression pact with the Japanese") is told apart by the states of its sentence.
      if (m.kind === "description") {
        const s = ctx.sentences[m.sentence];
        for (const c of countriesIn(ctx.tokens, s.from, s.to)) target.countries.add(c);
      }
    }
    target.mentions.push(m);
    clusterOf.set(m, target);
    if (m === titleAt) titleCluster = target;
    recent.push({ c: target, m });
    for (const d of m.distinctive) index.addWord(target, d);
    for (const y of m.years) index.addYear(target, y);
    for (const c of countries) target.countries.add(c);
    if (m.kind !== "anaphor" && target.headClass === "agreement") target.headClass = m.headClass;
    while (pendingParts.length > 0 && pendingParts[0].sentence === m.sentence) target.parts.push(pendingParts.shift()!);
    pendingParts.length = 0;
  }
  return clusters;
}

/**
 * The clusters that have a distinctive word or a year, by word and by year, in the order they were made. A mention
 * with distinctive words is compatible only with a cluster that shares one of them (one set holds the other), and
 * a mention without them only with a cluster that shares a year; so only those clusters need to be tried.
 */
class ClusterIndex {
  readonly order = new Map<Cluster, number>();
  private readonly byWord = new Map<string, number[]>();
  private readonly byYear = new Map<number, number[]>();

  addWord(c: Cluster, word: string): void {
    if (c.distinctive.has(word)) return;
    c.distinctive.add(word);
    insertSorted(this.byWord, word, this.order.get(c)!);
  }

  addYear(c: Cluster, year: number): void {
    if (c.years.has(year)) return;
    c.years.add(year);
    insertSorted(this.byYear, year, this.order.get(c)!);
  }

  /** The latest cluster that passes `fits` among those that share a distinctive word of m, or else a year. */
  latest(clusters: Cluster[], m: TreatyMention, years: Set<number>, fits: (c: Cluster) => boolean): Cluster | undefined {
    const lists: number[][] = [];
    if (m.distinctive.length > 0) {
      for (const w of m.distinctive) {
        const list = this.byWord.get(w);
        if (list) lists.push(list);
      }
    } else {
      for (const y of years) {
        const list = this.byYear.get(y);
        if (list) lists.push(list);
      }
    }
    // walk the lists back together, latest cluster first
    const at = new Int32Array(lists.length);
    for (let k = 0; k < lists.length; k++) at[k] = lists[k].length - 1;
    for (;;) {
      let next = -1;
      for (let k = 0; k < lists.length; k++) if (at[k] >= 0 && lists[k][at[k]] > next) next = lists[k][at[k]];
      if (next < 0) return undefined;
      for (let k = 0; k < lists.length; k++) if (at[k] >= 0 && lists[k][at[k]] === next) at[k]--;
      if (fits(clusters[next])) return clusters[next];
    }
  }
}

function insertSorted<K>(lists: Map<K, number[]>, key: K, value: number): void {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  let i = list.length;
  while (i > 0 && list[i - 1] > value) i--;
  list.splice(i, 0, value);
}

/** Whether mention m (its distinctive words d, the countries of its name, its years) may be of instrument c. */
function compatible(c: Cluster, m: TreatyMention, d: Set<string>, countries: ReadonlySet<string>, years: Set<number>): boolean {
  if (!sameClass(c.headClass, m.headClass)) return false;
  if (differentGroupNames(c, m)) return false;
  // "non-aggression pacts with Denmark, Estonia, and Latvia" are not the non-aggression pact with Poland
  if (m.plural !== c.mentions.some((x) => x.plural && x.kind !== "anaphor")) return false;
  if (countries.size > 0 && c.countries.size > 0 && !(subset(countries, c.countries) || subset(c.countries, countries))) return false;
  if (years.size > 0 && c.years.size > 0 && !intersects(years, c.years)) return false;
  if (d.size > 0) return c.distinctive.size > 0 && (subset(d, c.distinctive) || subset(c.distinctive, d));
  if (years.size > 0) return c.distinctive.size === 0 ? intersects(years, c.years) : m.years.length > 0 && intersects(years, c.years);
  return false;
}

/**
 * "Triple Alliance" and "Triple Entente", "Holy Alliance" and "Holy League": proper names ending in different
 * heads, one of them a group's head (alliance, entente, league), name different instruments whatever word they share.
 */
function differentGroupNames(c: Cluster, m: TreatyMention): boolean {
  const head = properHead(m);
  if (!head) return false;
  return c.mentions.some((x) => {
    const other = properHead(x);
    return other !== null && other !== head && (namedOnly.has(other) || namedOnly.has(head));
  });
}

/** The head of a proper name that ends in it ("Entente" of "Triple Entente"), else null ("Treaty of London"). */
function properHead(m: TreatyMention): string | null {
  if (m.kind !== "named") return null;
  const last = /([\p{L}]+)\W*$/u.exec(m.nameText)?.[1];
  if (!last || !/^\p{Lu}/u.test(last)) return null;
  const word = last.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
  return word === m.headWord ? word : null;
}

/** Years a mention carries: in its name ("of 1928") or right after it ("signed in 1925"). */
function mentionYears(ctx: TreatyContext, m: TreatyMention): Set<number> {
  const years = new Set(m.years);
  const y = describedYear(ctx, m) ?? signedInYear(ctx, m);
  if (y !== null) years.add(y);
  return years;
}

/**
 * "In 1913 Serbia made peace with Bulgaria by signing the Treaty of Bucharest": a name signed in a sentence that
 * gives one year is signed that year, so a same name signed in another year is another instrument.
 */
function signedInYear(ctx: TreatyContext, m: TreatyMention): number | null {
  if (m.kind !== "named") return null;
  const { tokens } = ctx;
  const s = ctx.sentences[m.sentence];
  let k = m.first - 1;
  if (tokens[k]?.norm === "the") k--;
  if (k < s.from || !SIGNING_VERBS.has(tokens[k].norm)) return null;
  const years = new Set(sentenceDates(ctx, m.sentence).map((d) => yearOf(d.value)).filter((y): y is number => y !== null));
  return years.size === 1 ? [...years][0] : null;
}
const SIGNING_VERBS = new Set(["signed", "signing", "concluded", "concluding"]);

const SIGNING = new Set(["signed", "concluded", "ratified"]);

function describedYear(ctx: TreatyContext, m: TreatyMention): number | null {
  const s = ctx.sentences[m.sentence];
  const tokens = ctx.tokens;
  const limit = Math.min(s.to, m.next + 12);
  for (let i = m.next; i < limit; i++) {
    if (SIGNING.has(tokens[i].norm) && cues.conclude.matchAt(tokens, i, s.to) > 0) {
      const after = ctx.dates.datesIn(tokens[i].end, tokens[Math.min(i + 5, s.to - 1)].end);
      return after.length > 0 ? yearOf(after[0].value) : null;
    }
    if (tokens[i].text === "," || tokens[i].text === ";") break;
  }
  return null;
}

/** Years that date a new instrument when it first appears: its own, else the one year its sentence names. */
function introYears(ctx: TreatyContext, m: TreatyMention): number[] {
  const own = mentionYears(ctx, m);
  if (own.size > 0) return [...own];
  const years = new Set(sentenceDates(ctx, m.sentence).map((d) => yearOf(d.value)).filter((y): y is number => y !== null));
  return years.size === 1 ? [...years] : [];
}

/**
 * The most salient earlier instrument of the same or the previous paragraph: each mention within the window
 * counts by its closeness, twice when it has the anaphor's head noun ("the pact" → a pact), and an instrument
 * introduced within the window counts once more (a newly signed treaty is what "the treaty" next refers to).
 */
function antecedent(recent: { c: Cluster; m: TreatyMention }[], m: TreatyMention, paragraphOf: number[], title: Cluster | undefined): Cluster | undefined {
  const allowed = anaphorClasses[m.headClass] ?? [m.headClass];
  const paragraph = paragraphOf[m.sentence];
  const countries = countriesOf(m);
  const fits = (c: Cluster) =>
    allowed.includes(c.headClass) &&
    (!m.plural || c.mentions.some((x) => x.plural && x.kind !== "anaphor")) &&
    (countries.size === 0 || c.countries.size === 0 || subset(countries, c.countries) || subset(c.countries, countries));
  const scores = new Map<Cluster, number>();
  // only the mentions of the last few sentences count: walk back from the latest
  for (let k = recent.length - 1; k >= 0; k--) {
    const { c, m: x } = recent[k];
    const distance = m.sentence - x.sentence;
    if (distance > windowSentences) break;
    if (x.start >= m.start || paragraph - paragraphOf[x.sentence] > 1 || !fits(c)) continue;
    let score = (x.headWord === m.headWord ? 2 : 1) / (1 + distance);
    if (x === c.mentions[0]) score += 2 / (1 + distance);
    scores.set(c, (scores.get(c) ?? 0) + score);
  }
  // a text about one treaty (its title) means that treaty by "the treaty" unless another was just named
  // (a convention or an agreement is a treaty: "the treaty" may be the title's Convention)
  const titleFits = title && (m.plural ? fits(title) : TREATY_LIKE.has(m.headClass) && TREATY_LIKE.has(title.headClass) || fits(title));
  // "this treaty", "that pact" point at the one just named; "the treaty" may mean the text's own
  if (title && titleFits && !m.pronoun && !m.demonstrative) scores.set(title, (scores.get(title) ?? 0) + TITLE_PRIOR);
  let best: Cluster | undefined;
  let bestScore = 0;
  for (const [c, score] of scores) {
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
const TITLE_PRIOR = 1.5;
const TREATY_LIKE = new Set(["treaty", "agreement", "convention"]);

interface Link {
  to: TreatyMention;
  /** Another name of the same instrument (not a description or a pronoun standing for it). */
  alias: boolean;
}

/**
 * Mentions that the sentence itself equates with an earlier one: another name after a connector ("(or Pact of
 * Paris, officially General Treaty …)", "as a Treaty of Alliance and Mutual Assistance", "became known as the Balkan
 * League"), a name in apposition ("…, the “Harris Treaty” of 1858,"), a description after a copula ("X is a 1928
 * international agreement"), a relative pronoun (", which came into effect"), and the lead sentence of a text whose
 * title names a treaty ("On March 31, 1854, the … was the first treaty between …").
 */
function linkMentions(ctx: TreatyContext, mentions: TreatyMention[]): Map<TreatyMention, Link> {
  const { tokens } = ctx;
  const links = new Map<TreatyMention, Link>();
  const title = titleMention(ctx, mentions);
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    const s = ctx.sentences[m.sentence];
    // candidates: earlier mentions of the same sentence, latest first
    for (let j = i - 1; j >= 0 && mentions[j].sentence === m.sentence; j--) {
      const a = mentions[j];
      const from = a.next;
      const to = m.first;
      if (to < from) continue;
      if (m.pronoun && m.headWord === "which") {
        if (to - from === 1 && tokens[from].text === ",") links.set(m, { to: root(links, a), alias: false });
        break;
      }
      if (m.kind === "named" && a.kind !== "anaphor" && !a.pronoun && connects(tokens, from, to, s.to, m)) {
        links.set(m, { to: root(links, a), alias: true });
        break;
      }
      // "the Treaty of Dunkirk was signed by France and the United Kingdom as a Treaty of Alliance and Mutual Assistance"
      if (m.kind !== "anaphor" && !m.pronoun && a.kind !== "anaphor" && !a.pronoun && AS_ARTICLE.has(tokens[to - 1]?.norm ?? "") && tokens[to - 2]?.norm === "as" && sameClause(tokens, from, to - 2)) {
        links.set(m, { to: root(links, a), alias: m.kind === "named" });
        break;
      }
      if (m.kind === "description" && !m.plural && a.kind !== "description" && !a.pronoun && copulaBetween(tokens, from, to)) {
        links.set(m, { to: root(links, a), alias: false });
        break;
      }
      break;
    }
    if (!links.has(m) && title && m.sentence === title.sentence + 1 && m.kind === "description" && !m.plural && copulaBefore(tokens, s.from, m.first)) {
      links.set(m, { to: title, alias: false });
    }
  }
  return links;
}

const AS_ARTICLE = new Set(["a", "an", "the"]);

/** No clause boundary (";", "which", "that", "while", "but") between tokens from and to. */
function sameClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BOUNDARIES.has(tokens[k].norm)) return false;
  return to - from <= 14;
}
const BOUNDARIES = new Set([";", "which", "that", "while", "but", "whereas", "although", "because"]);

function root(links: Map<TreatyMention, Link>, m: TreatyMention): TreatyMention {
  let r = m;
  for (let k = 0; k < 8 && links.has(r); k++) r = links.get(r)!.to;
  return r;
}

/** The connector between two names is one of aliasConnectors, or a lone comma of an apposition that no "and" continues. */
function connects(tokens: readonly Token[], from: number, to: number, sentenceEnd: number, m: TreatyMention): boolean {
  if (from === to) return false;
  let k = from;
  // a citation or a closing quote may sit between ("…Policy[1])", "the “Harris Treaty”")
  while (k < to && (tokens[k].text === "”" || tokens[k].text === "\"")) k++;
  const n = aliasConnectors.matchAt(tokens, k, to);
  if (n > 0 && k + n === to) return true;
  // apposition: ", the “Harris Treaty” of 1858,"
  if (tokens[k]?.text !== ",") return false;
  let j = k + 1;
  if (j < to && (tokens[j].norm === "the" || tokens[j].norm === "a" || tokens[j].norm === "an")) j++;
  if (j < to && (tokens[j].text === "“" || tokens[j].text === "\"")) j++;
  if (j !== to) return false;
  // apposition: "X, the Y of 1858, which …" — the second name ends at a comma, a parenthesis or the sentence's end
  let after = m.next;
  if (tokens[after]?.norm === "of" && tokens[after + 1]?.kind === "number") after += 2;
  const t = tokens[after];
  return !t || after >= sentenceEnd || t.text === ")" || (t.text === "," && tokens[after + 1]?.norm !== "and" && tokens[after + 1]?.norm !== "or");
}

/** Tokens [from, to) are a copula and its adverbs, after an optional parenthesis: "(…) is", "was also". */
function copulaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let k = skipCitations(tokens, from, to);
  if (tokens[k]?.text === ")") k = skipCitations(tokens, k + 1, to);
  if (tokens[k]?.text === "(") {
    let depth = 0;
    for (; k < to; k++) {
      if (tokens[k].text === "(") depth++;
      else if (tokens[k].text === ")" && --depth === 0) {
        k++;
        break;
      }
    }
  }
  if (k >= to || !copulas.has(tokens[k].norm)) return false;
  for (let j = k + 1; j < to; j++) if (!COPULA_FILLERS.has(tokens[j].norm)) return false;
  return true;
}
const COPULA_FILLERS = new Set(["also", "then", "originally", "essentially", "effectively", "formally", "officially", "in", "fact", ","]);

/** A copula right before a description that opens with an article: "… was the first treaty between …". */
function copulaBefore(tokens: readonly Token[], from: number, first: number): boolean {
  for (let k = first - 1; k >= from && k >= first - 3; k--) if (copulas.has(tokens[k].norm)) return copulaBetween(tokens, k, first);
  return false;
}

/** The text's title line when it is a treaty's name alone ("Convention of Kanagawa"). */
function titleMention(ctx: TreatyContext, mentions: TreatyMention[]): TreatyMention | null {
  const m = mentions[0];
  if (!m || m.kind !== "named" || m.sentence !== 0) return null;
  const s = ctx.sentences[0];
  const line = ctx.text.slice(s.start, s.end).trim();
  return line === m.text.trim() || line === m.nameText.trim() ? m : null;
}

/** Past numeric citation markers ("[1]", "[12][13]") starting at token k. */
function skipCitations(tokens: readonly Token[], k: number, to: number): number {
  while (k + 2 < to && tokens[k].text === "[" && tokens[k + 1].kind === "number" && tokens[k + 2].text === "]") k += 3;
  return k;
}
