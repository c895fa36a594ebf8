// The life of an instrument read from the sentences that mention it: concluded (date, place, parties),
// proposed, refused, extended, denounced, expired, and how long it was to last.
import type { Token } from "../text/tokens.ts";
import { tokenAt } from "../text/tokens.ts";
import type { TreatyContext } from "./context.ts";
import { narrativeTime, sentenceDates } from "./context.ts";
import type { DateRef } from "./dates.ts";
import { actorNouns, cues, definite, distinctiveModifiers, gapWords, genericModifiers, heads, indefinite } from "./lexicon.ts";
import type { Cluster } from "./merge.ts";
import { startsUpper, type TreatyMention } from "./mentions.ts";
import type { StateMention } from "./states.ts";
import type { PhraseHit, PhraseSet } from "./phrases.ts";

export interface Dated {
  start: number;
  end: number;
  date: string | null;
}
export interface ActDated extends Dated {
  by: string[];
}
export interface Extension extends Dated {
  until: string | null;
  negated: boolean;
}

export interface TreatyFacts {
  signed: string | null;
  signedEvidence: { start: number; end: number } | null;
  signedFrom: "conclusion" | "name" | "narrative" | null;
  parties: string[];
  place: string | null;
  duration: string | null;
  renewable: boolean;
  proposed: ActDated[];
  refused: ActDated[];
  extensions: Extension[];
  denounced: ActDated[];
  expires: Dated | null;
  partOf: TreatyMention | null;
}

const LINKERS = new Set([",", "and", "the", "both", "’s", "'s"]);
const PASSIVE = new Set(["was", "were", "been", "is", "are", "being", "be", ",", "formally", "finally", "later", "also"]);

export function readFacts(ctx: TreatyContext, cluster: Cluster, all: Cluster[]): TreatyFacts {
  const { tokens } = ctx;
  const { conclusions, proposals, refusals } = actsOf(ctx, cluster);

  // Signing date: the date nearest the conclusion; a later, more precise date of the same instrument refines it.
  let signed: string | null = null;
  let signedEvidence: TreatyFacts["signedEvidence"] = null;
  let signedFrom: TreatyFacts["signedFrom"] = null;
  for (const c of conclusions) {
    const d = nearestDate(sentenceDates(ctx, c.m.sentence), tokens[c.verb].start);
    if (!d) continue;
    if (signed === null || (d.value.startsWith(signed) && d.value.length > signed.length)) {
      signed = d.value;
      signedEvidence = { start: d.start, end: d.end };
      signedFrom = "conclusion";
    }
  }
  const named = cluster.mentions.find((m) => m.years.length > 0 && m.kind !== "anaphor");
  if (signed === null && named && refusals.length === 0 && proposals.length === 0) {
    signed = String(named.years[named.years.length - 1]);
    signedEvidence = { start: named.start, end: named.end };
    signedFrom = "name";
  }
  const firstM = cluster.mentions[0];
  if (signed === null && refusals.length === 0 && proposals.length === 0) {
    const opener = openerDate(ctx, firstM);
    const narrative = opener?.value ?? narrativeTime(ctx, firstM.sentence) ?? previousDate(ctx, firstM.sentence)?.value ?? null;
    if (narrative && /^\d{4}/.test(narrative)) {
      signed = narrative.slice(0, 4);
      signedEvidence = opener ? { start: opener.start, end: opener.end } : null;
      signedFrom = "narrative";
    }
  }

  // Parties: the states named by the name's adjectives, and the coordinated states that concluded or proposed it.
  const parties: string[] = [];
  const onDate = signed ?? (cluster.years.size > 0 ? String(Math.min(...cluster.years)) : null);
  for (const m of cluster.mentions) {
    for (const w of m.partyWords) {
      const e = ctx.states.resolveWord(w.text, onDate);
      if (e && !parties.includes(e.id)) parties.push(e.id);
    }
  }
  addPartiesAround(ctx, conclusions, onDate, parties);
  addPartiesAround(ctx, proposals, onDate, parties);

  let place: string | null = null;
  for (const c of conclusions) {
    place ??= placeIn(ctx, c.m.sentence, c.verb, c.m);
  }

  const proposed = proposals.map((p) => acted(ctx, p.m.sentence, p.verb, onDate));
  const refused = refusals.map((r) => acted(ctx, r.m.sentence, r.verb, onDate));
  const mentionSentences = [...new Set(cluster.mentions.map((m) => m.sentence))];
  const { duration, renewable } = readDuration(ctx, mentionSentences);
  return {
    signed,
    signedEvidence,
    signedFrom,
    parties,
    place,
    duration,
    renewable,
    proposed,
    refused,
    extensions: readExtensions(ctx, cluster),
    denounced: readDenunciations(ctx, cluster, all, onDate),
    expires: readExpiry(ctx, cluster, all),
    partOf: null,
  };
}

function addPartiesAround(ctx: TreatyContext, acts: Act[], date: string | null, parties: string[]): void {
  for (const c of acts) for (const id of partiesAround(ctx, c.m, c.verb, date)) if (!parties.includes(id)) parties.push(id);
}

interface Act {
  m: TreatyMention;
  verb: number;
  kind: "conclude" | "propose" | "refuse";
}

/**
 * The mentions of the instrument governed by a verb of refusal, of proposal or of conclusion, with the verb's token.
 * All acts go through one array and are split after: arrays that receive their first object deoptimise the code
 * that made them empty, and a single allocation site learns that at once, not once per rare kind.
 */
function actsOf(ctx: TreatyContext, cluster: Cluster): { conclusions: Act[]; proposals: Act[]; refusals: Act[] } {
  const { tokens } = ctx;
  const acts: Act[] = [];
  for (const m of cluster.mentions) {
    const s = ctx.sentences[m.sentence];
    const k = lastBeforeName(tokens, m.first, s.from);
    const refuse = cueEndingAt(tokens, cues.refuse, k, s.from);
    if (refuse >= 0) {
      acts.push({ m, verb: refuse, kind: "refuse" });
      continue;
    }
    const propose = cueEndingAt(tokens, cues.propose, k, s.from);
    if (propose >= 0) {
      acts.push({ m, verb: propose, kind: "propose" });
      continue;
    }
    const before = cueEndingAt(tokens, cues.conclude, k, s.from);
    if (before >= 0 && !negated(tokens, before, s.from)) acts.push({ m, verb: before, kind: "conclude" });
    else {
      const after = cueAfter(ctx, m);
      if (after >= 0 && !negated(tokens, after, s.from)) acts.push({ m, verb: after, kind: "conclude" });
    }
  }
  return { conclusions: ofKind(acts, "conclude"), proposals: ofKind(acts, "propose"), refusals: ofKind(acts, "refuse") };
}

function ofKind(acts: readonly Act[], kind: Act["kind"]): Act[] {
  const out: Act[] = [];
  for (const a of acts) if (a.kind === kind) out.push(a);
  return out;
}

/** The token before the mention starting at token `first`, past its articles, generic words and opening quote ("signed | the", "entered into | a “"). */
function lastBeforeName(tokens: readonly Token[], first: number, from: number): number {
  let k = first - 1;
  while (k >= from && k >= first - 4 && (definite.has(tokens[k].norm) || indefinite.has(tokens[k].norm) || genericModifiers.has(tokens[k].norm) || OPENING_QUOTES.has(tokens[k].text))) k--;
  return k;
}
const OPENING_QUOTES = new Set(["“", '"', "‘"]);

/** Token index of a cue phrase of the set that ends at token k (found by lastBeforeName), or -1. */
function cueEndingAt(tokens: readonly Token[], set: typeof cues.conclude, k: number, from: number): number {
  for (let start = Math.max(from, k - 3); start <= k; start++) {
    const n = set.matchAt(tokens, start, k + 1);
    if (n > 0 && start + n - 1 === k) return start;
  }
  return -1;
}

/** "X was signed", "X between A and B signed in 1925": a participle after the mention. */
function cueAfter(ctx: TreatyContext, m: TreatyMention): number {
  const { tokens } = ctx;
  const s = ctx.sentences[m.sentence];
  let i = m.next;
  // "X was a secret agreement between A, B and C, signed in …": skip the copula and the describing noun
  if (tokens[i] && (tokens[i].norm === "was" || tokens[i].norm === "is") && tokens[i + 1] && indefinite.has(tokens[i + 1].norm)) {
    let j = i + 2;
    while (j < s.to && j < i + 6 && (genericModifiers.has(tokens[j].norm) || distinctiveModifiers.has(tokens[j].norm))) j++;
    if (j < s.to && heads.has(tokens[j].norm)) i = j + 1;
  }
  if (tokens[i]?.norm === "between") {
    i++;
    const stop = i + 14;
    while (i < s.to && i < stop && (LINKERS.has(tokens[i].norm) || startsUpper(tokens[i].text) || tokens[i].text === "-")) i++;
  }
  while (i < s.to && PASSIVE.has(tokens[i].norm)) i++;
  return i < s.to && PARTICIPLES.has(tokens[i].norm) ? i : -1;
}
const PARTICIPLES = new Set(["signed", "concluded", "ratified", "initialled", "initialed"]);

function negated(tokens: readonly Token[], verb: number, from: number): boolean {
  for (let k = Math.max(from, verb - 3); k < verb; k++) if (cues.negation.matchAt(tokens, k, verb) > 0) return true;
  return false;
}

function nearestDate(dates: DateRef[], offset: number): DateRef | null {
  let best: DateRef | null = null;
  for (const d of dates) if (!best || Math.abs(d.start - offset) < Math.abs(best.start - offset)) best = d;
  return best;
}

/** "In 1907 the Russo-Japanese Fishery Convention allowed …": a date opening the sentence right before the mention. */
function openerDate(ctx: TreatyContext, m: TreatyMention): DateRef | null {
  const s = ctx.sentences[m.sentence];
  const dates = sentenceDates(ctx, m.sentence).filter((d) => d.end <= m.start);
  const d = dates[dates.length - 1];
  if (!d) return null;
  const between = ctx.tokens.slice(tokenAt(ctx.tokens, d.end), m.first);
  const startTokens = ctx.tokens.slice(s.from, tokenAt(ctx.tokens, d.start));
  return between.length <= 2 && startTokens.length <= 2 ? d : null;
}

/** The last date of the previous sentence in the same paragraph: the narrative time a dated sentence sets. */
function previousDate(ctx: TreatyContext, si: number): DateRef | null {
  if (si === 0 || ctx.paragraphOf[si - 1] !== ctx.paragraphOf[si]) return null;
  const dates = sentenceDates(ctx, si - 1);
  return dates[dates.length - 1] ?? null;
}

/** Coordinated state groups ("Japan, Germany, and Italy") in a sentence. */
export function stateGroups(ctx: TreatyContext, si: number, date: string | null, seats = false): StateMention[][] {
  const s = ctx.sentences[si];
  const mentions = ctx.states.mentionsIn(s.start, s.end, date, seats, s.from, s.to).filter((m) => !ctx.treatySpans.covers(m.start, m.end));
  const groups: StateMention[][] = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && onlyLinkers(ctx, prev.end, m.start)) last.push(m);
    else groups.push([m]);
  }
  return groups;
}

function onlyLinkers(ctx: TreatyContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  for (let k = tokenAt(tokens, from); k < tokens.length && tokens[k].start < to; k++) if (!LINKERS.has(tokens[k].norm)) return false;
  return true;
}

function partiesAround(ctx: TreatyContext, m: TreatyMention, verb: number, date: string | null): string[] {
  const { tokens } = ctx;
  const groups = stateGroups(ctx, m.sentence, date);
  const ids: string[] = [];
  const verbStart = tokens[verb].start;
  for (const g of groups) {
    const first = tokenAt(tokens, g[0].start);
    const last = tokenAt(tokens, g[g.length - 1].end - 1);
    const prev = tokens[first - 1]?.norm;
    const prevPrev = tokens[first - 2]?.norm;
    const introducer = prev === "the" ? prevPrev : prev;
    let subject = false;
    if (g[g.length - 1].end <= verbStart) {
      let k = last + 1;
      while (k < verb && (gapWords.has(tokens[k].norm) || actorNouns.has(tokens[k].norm) || /ly$/.test(tokens[k].norm))) k++;
      subject = k === verb;
    }
    const anchor = Math.max(tokens[verb].end, m.end);
    const linked = (introducer === "between" || introducer === "by" || introducer === "with") && g[0].start > Math.min(verbStart, m.start) && sameClause(ctx, Math.min(anchor, g[0].start), g[0].start);
    if (subject || linked) for (const x of g) if (!ids.includes(x.entity)) ids.push(x.entity);
  }
  return ids;
}

/** No clause boundary (",", ";", "which", "that", "if") between two offsets. */
function sameClause(ctx: TreatyContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  for (let k = tokenAt(tokens, from); k < tokens.length && tokens[k].start < to; k++) {
    if (CLAUSE_BOUNDARIES.has(tokens[k].norm) && tokens[k].norm !== "," ) return false;
    if (tokens[k].norm === "," && !LINKERS.has(tokens[k + 1]?.norm ?? "") && !startsUpper(tokens[k + 1]?.text ?? "")) return false;
  }
  return true;
}
const CLAUSE_BOUNDARIES = new Set([",", ";", "which", "that", "if", "when", "while", "whereas"]);

const placeIndex = new WeakMap<TreatyContext, { e: TreatyContext["layers"]["entities"][number]; mm: { start: number; end: number } }[]>();
function placesIn(ctx: TreatyContext, start: number, end: number) {
  let list = placeIndex.get(ctx);
  if (!list) {
    list = ctx.layers.entities.filter((e) => e.kind === "place").flatMap((e) => e.mentions.map((mm) => ({ e, mm }))).sort((a, b) => a.mm.start - b.mm.start);
    placeIndex.set(ctx, list);
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].mm.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let i = lo; i < list.length && list[i].mm.start < end; i++) if (list[i].mm.end <= end) out.push(list[i]);
  return out;
}

/** "In Berlin on …, A and B entered into …", "signed in Moscow", "signed on 5 May 1935 in Paris": a place next to the signing. */
function placeIn(ctx: TreatyContext, si: number, verb: number, m: TreatyMention): string | null {
  const s = ctx.sentences[si];
  const { tokens } = ctx;
  let dates: DateRef[] | null = null;
  for (const { e, mm } of placesIn(ctx, s.start, s.end)) {
    const k = tokenAt(tokens, mm.start);
    const prep = tokens[k - 1]?.norm;
    if (prep !== "in" && prep !== "at") continue;
    if (k - 1 === s.from) return e.id;
    const after = Math.max(tokens[verb].end <= m.start ? m.next : verb + 1, verb + 1);
    if (k - 1 < after || k - 1 - after > 8) continue;
    dates ??= ctx.dates.datesIn(s.start, s.end);
    let fillers = true;
    for (let j = after; j < k - 1 && fillers; j++) fillers = isFiller(tokens[j], dates);
    if (fillers) return e.id;
  }
  return null;
}

/** "on", a comma or a word of a date: what may stand between the signing and its place. */
function isFiller(t: Token, dates: readonly DateRef[]): boolean {
  if (t.norm === "on" || t.norm === ",") return true;
  for (const d of dates) if (d.start <= t.start && t.end <= d.end) return true;
  return false;
}

function acted(ctx: TreatyContext, si: number, verb: number, date: string | null): ActDated {
  const s = ctx.sentences[si];
  const verbStart = ctx.tokens[verb].start;
  const before = ctx.states.mentionsIn(s.start, verbStart, date, true, s.from, verb).filter((m) => !ctx.treatySpans.covers(m.start, m.end));
  const by = before.length > 0 ? [before[before.length - 1].entity] : [];
  const d = nearestDate(sentenceDates(ctx, si), verbStart);
  return { start: s.start, end: s.end, date: d?.value ?? narrativeTime(ctx, si), by };
}

function readDuration(ctx: TreatyContext, sentences: number[]): { duration: string | null; renewable: boolean } {
  for (const si of sentences) {
    const s = ctx.sentences[si];
    const hit = cues.duration.firstIn(ctx.tokens, s.from, s.to);
    if (!hit) continue;
    const after = ctx.dates.durationsIn(ctx.tokens[hit.i].start, s.end);
    if (after.length === 0) continue;
    return { duration: after[0].value, renewable: cues.renewable.has(ctx.tokens, s.from, s.to) };
  }
  return { duration: null, renewable: false };
}

/** Mentions of the instrument that a cue phrase governs in the same sentence (cue before, or "X would be extended"). */
function cueHits(ctx: TreatyContext, cluster: Cluster, set: typeof cues.extend): { m: TreatyMention; cue: number }[] {
  const hits: { m: TreatyMention; cue: number }[] = [];
  const { tokens } = ctx;
  for (const m of cluster.mentions) {
    for (const h of hitsIn(ctx, set, m.sentence)) {
      const before = h.i < m.first;
      if (!before && h.i < m.next) continue;
      const from = before ? h.i + h.n : m.next;
      const to = before ? m.first : h.i;
      if (to - from > (before ? 3 : 4)) continue;
      let ok = true;
      for (let k = from; k < to && ok; k++) {
        const t = tokens[k];
        ok = before ? definite.has(t.norm) || t.norm === "of" || genericModifiers.has(t.norm) || OPENING_QUOTES.has(t.text) : AUXILIARIES.has(t.norm);
      }
      if (ok) hits.push({ m, cue: h.i });
    }
  }
  return hits;
}

const hitCache = new WeakMap<TreatyContext, Map<PhraseSet, PhraseHit[][]>>();
/** The hits of a cue set in a sentence, found once per sentence however many mentions it has. */
function hitsIn(ctx: TreatyContext, set: PhraseSet, si: number): PhraseHit[] {
  let bySet = hitCache.get(ctx);
  if (!bySet) hitCache.set(ctx, (bySet = new Map()));
  let bySentence = bySet.get(set);
  if (!bySentence) bySet.set(set, (bySentence = new Array(ctx.sentences.length)));
  let hits = bySentence[si];
  if (!hits) {
    const s = ctx.sentences[si];
    hits = bySentence[si] = set.findIn(ctx.tokens, s.from, s.to);
  }
  return hits;
}
const AUXILIARIES = new Set(["would", "will", "shall", "should", "be", "was", "were", "is", "are", "been", "being", "to", "not", "never", "formally", "also", ","]);

function readExtensions(ctx: TreatyContext, cluster: Cluster): Extension[] {
  const out: Extension[] = [];
  const seen = new Set<number>();
  for (const { m, cue } of cueHits(ctx, cluster, cues.extend)) {
    const s = ctx.sentences[m.sentence];
    if (seen.has(s.start)) continue;
    if (normIn(ctx.tokens, Math.max(s.from, cue - 3), cue, MODALS) >= 0) continue;
    const negatedHere = negated(ctx.tokens, cue, s.from) || normIn(ctx.tokens, s.from, s.to, UNLESS) >= 0;
    const untilAt = normIn(ctx.tokens, cue, s.to, UNTIL);
    const untilTok = untilAt >= 0 ? ctx.tokens[untilAt] : undefined;
    const until = untilTok ? ctx.dates.datesIn(untilTok.end, s.end)[0]?.value ?? null : null;
    const dates = sentenceDates(ctx, m.sentence);
    const d = nearestDate(untilTok ? datesBefore(dates, untilTok.start) : dates, ctx.tokens[cue].start);
    out.push({ start: s.start, end: s.end, date: d?.value ?? narrativeTime(ctx, m.sentence), until, negated: negatedHere });
    seen.add(s.start);
  }
  return out;
}

const MODALS = new Set(["could", "may", "might", "can"]);
const UNLESS = new Set(["unless"]);
const UNTIL = new Set(["until"]);
const PRONOUNS = new Set(["it", "which"]);

/** Index of the first token in [from, to) whose norm is in the set, or -1 (a plain loop: no closures to compile). */
function normIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): number {
  for (let k = from; k < to; k++) if (words.has(tokens[k].norm)) return k;
  return -1;
}

function datesBefore(dates: DateRef[], offset: number): DateRef[] {
  const out: DateRef[] = [];
  for (const x of dates) if (x.start < offset) out.push(x);
  return out;
}

function readDenunciations(ctx: TreatyContext, cluster: Cluster, all: Cluster[], date: string | null): ActDated[] {
  const out: ActDated[] = [];
  const seen = new Set<number>();
  for (const { m, cue } of cueHits(ctx, cluster, cues.denounce)) {
    const s = ctx.sentences[m.sentence];
    if (seen.has(s.start)) continue;
    out.push(acted(ctx, m.sentence, cue, date));
    seen.add(s.start);
  }
  // "it was annulled by …": a pronoun subject stands for the instrument mentioned last
  for (const { si, hit: h } of cuesByInstrument(ctx, all, cues.denounce).get(cluster) ?? []) {
    const s = ctx.sentences[si];
    if (normIn(ctx.tokens, Math.max(s.from, h.i - 3), h.i, PRONOUNS) < 0) continue;
    if (seen.has(s.start)) continue;
    const after = ctx.dates.datesIn(ctx.tokens[h.i].end, s.end)[0];
    const act = acted(ctx, si, h.i, date);
    if (after) act.date = after.value;
    out.push(act);
    seen.add(s.start);
  }
  return out;
}

interface CueAt {
  si: number;
  hit: PhraseHit;
}
const cueOwners = new WeakMap<Cluster[], Map<PhraseSet, Map<Cluster, CueAt[]>>>();
/**
 * The hits of a cue set, grouped by the instrument mentioned last before each (in its sentence or the one before),
 * in text order; computed once per text and cue set, over the sentences that have a mention or follow one.
 */
function cuesByInstrument(ctx: TreatyContext, all: Cluster[], set: PhraseSet): Map<Cluster, CueAt[]> {
  let bySet = cueOwners.get(all);
  if (!bySet) cueOwners.set(all, (bySet = new Map()));
  let owners = bySet.get(set);
  if (!owners) {
    owners = groupByOwner(ctx, all, set, sentencesNear(ctx, all));
    bySet.set(set, owners);
  }
  return owners;
}

/** The sentences that have a mention or follow one, in order. */
function sentencesNear(ctx: TreatyContext, all: Cluster[]): number[] {
  const near: number[] = [];
  const list = mentionsByStart(all);
  for (let k = 0; k < list.length; k++) {
    const si = list[k].m.sentence;
    if (near.length === 0 || near[near.length - 1] < si) near.push(si);
    if (si + 1 < ctx.sentences.length && near[near.length - 1] < si + 1) near.push(si + 1);
  }
  return near;
}

function groupByOwner(ctx: TreatyContext, all: Cluster[], set: PhraseSet, near: number[]): Map<Cluster, CueAt[]> {
  const owners = new Map<Cluster, CueAt[]>();
  for (let n = 0; n < near.length; n++) {
    const si = near[n];
    const s = ctx.sentences[si];
    const hits = set.findIn(ctx.tokens, s.from, s.to);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      const owner = lastMentionBefore(all, ctx.tokens[hit.i].start, si - 1);
      if (!owner) continue;
      let list = owners.get(owner);
      if (!list) owners.set(owner, (list = []));
      list.push({ si, hit });
    }
  }
  return owners;
}

/** "when it expired April 12, 1945": the instrument is the one mentioned last before the cue (this sentence or the one before). */
function readExpiry(ctx: TreatyContext, cluster: Cluster, all: Cluster[]): Dated | null {
  for (const { si, hit: h } of cuesByInstrument(ctx, all, cues.expire).get(cluster) ?? []) {
    const s = ctx.sentences[si];
    const d = ctx.dates.datesIn(ctx.tokens[h.i + h.n - 1].end, s.end)[0];
    if (d) return { start: s.start, end: s.end, date: d.value };
  }
  return null;
}

const mentionIndex = new WeakMap<Cluster[], { c: Cluster; m: TreatyMention }[]>();
function mentionsByStart(all: Cluster[]): { c: Cluster; m: TreatyMention }[] {
  let list = mentionIndex.get(all);
  if (!list) {
    list = all.flatMap((c) => c.mentions.map((m) => ({ c, m }))).sort((a, b) => a.m.start - b.m.start);
    mentionIndex.set(all, list);
  }
  return list;
}

/** The instrument mentioned last before an offset (in sentence minSentence or later), by binary search over all mentions. */
function lastMentionBefore(all: Cluster[], offset: number, minSentence: number): Cluster | undefined {
  const list = mentionsByStart(all);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].m.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const last = list[lo - 1];
  return last && last.m.sentence >= minSentence ? last.c : undefined;
}
