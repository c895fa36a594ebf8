// What the text says was done with an instrument, read around each of its mentions: concluded ("A and B signed T",
// "T was signed by A, B and C on D", "the signing of T"), proposed, refused, ratified, put into effect, joined
// ("Italy had joined T", "Barbados declared its accession to T") and ended a war ("T ended the state of war between
// A and B"); with the parties and the date each act gives.
import type { Token } from "../text/tokens.ts";
import type { TreatyContext } from "./context.ts";
import { sentenceDates } from "./context.ts";
import type { DateRef } from "./dates.ts";
import { collectiveSubject, governmentSubject, groupAt, isAdverb, lastStates, pronounSubject, sentenceSubject, statesOf, subjectBefore, SUBJECT_PRONOUNS, type Group } from "./groups.ts";
import { cues, definite, genericModifiers, indefinite, roleCues, typeWords } from "./lexicon.ts";
import type { Cluster } from "./merge.ts";
import { startsUpper, type TreatyMention } from "./mentions.ts";
import type { PhraseSet } from "./phrases.ts";

export type ActKind = "conclude" | "negotiate" | "propose" | "refuse" | "ratify" | "entry" | "join" | "end" | "member" | "hold";

export interface Act {
  kind: ActKind;
  m: TreatyMention;
  /** Token index of the verb (or of the noun: "the signing of"). */
  verb: number;
  /** The verb follows the mention: "T was signed …", "T ended the war …". */
  after: boolean;
  negated: boolean;
  /** "forced him to a truce with …": token index of the side forced into the instrument, which is its party, not the subject. */
  forced?: number;
}

const OPENING_QUOTES = new Set(["“", '"', "‘"]);
const CLOSING_QUOTES = new Set(["”", '"', "’"]);
const TITLE_PREPOSITIONS = new Set(["on", "for", "concerning", "regarding"]);
const AUXILIARIES = new Set(["was", "were", "been", "is", "are", "being", "be", "had", "has", "have", "would", "will", "shall", "to", "formally", "finally", "later", "also", "then", "subsequently", "eventually", "soon", "actually", "officially", "jointly"]);
const NEGATIONS = new Set(["not", "never", "n't"]);
const PARTICIPLES: Record<string, ActKind> = {
  signed: "conclude", concluded: "conclude", formed: "conclude", negotiated: "negotiate", initialled: "conclude", initialed: "conclude",
  established: "conclude", agreed: "conclude", reached: "conclude", struck: "conclude", ratified: "ratify", joined: "join", united: "conclude", aligned: "conclude", bound: "conclude",
};
/** "the Tripartite Pact united Japan, Italy, and Germany": verbs whose object is the parties. */
const UNITING = new Set(["united", "aligned", "bound", "uniting", "aligning", "binding"]);

/** The acts governing the mentions of an instrument, in text order. */
export function actsOf(ctx: TreatyContext, cluster: Cluster): Act[] {
  const acts: Act[] = [];
  for (const m of cluster.mentions) {
    const act = actBefore(ctx, m) ?? actAfter(ctx, m) ?? peaceActOf(ctx, m) ?? forcedActOf(ctx, m);
    if (!act) continue;
    // "Italy had joined the Triple Alliance, allying herself with Austria and Germany": joining with named allies forms it
    if (act.kind === "join" && findWord(ctx.tokens, m.next, ctx.sentences[m.sentence].to, ALLYING) >= 0) act.kind = "conclude";
    acts.push(act);
  }
  return acts;
}

/** "signed | the pact", "the signing of | the Treaty", "Italy had joined | the Triple Alliance", "proposed | a pact". */
function actBefore(ctx: TreatyContext, m: TreatyMention): Act | null {
  if (m.pronoun) return null;
  const { tokens } = ctx;
  const s = ctx.sentences[m.sentence];
  let k = m.first - 1;
  while (k >= s.from && k >= m.first - 4 && (definite.has(tokens[k].norm) || indefinite.has(tokens[k].norm) || genericModifiers.has(tokens[k].norm) || OPENING_QUOTES.has(tokens[k].text))) k--;
  if (k < s.from) return null;
  const sets: [PhraseSet, ActKind][] = [[cues.refuse, "refuse"], [cues.propose, "propose"], [cues.negotiate, "negotiate"], [cues.join, "join"], [cues.ratify, "ratify"], [cues.conclude, "conclude"], [cues.member, "member"], [cues.hold, "hold"]];
  for (const [set, kind] of sets) {
    const at = cueEndingAt(tokens, set, k, s.from);
    if (at < 0) continue;
    return { kind, m, verb: at, after: false, negated: negatedBefore(tokens, at, s.from) };
  }
  return null;
}

/**
 * "A made peace with B" before the mention in its sentence: the verb and the "with" token. A clause after a ";"
 * or a relative pronoun tells of something else.
 */
function peaceClause(ctx: TreatyContext, si: number, before: number): { verb: number; with: number } | null {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  for (let k = before - 1; k > s.from; k--) {
    const w = tokens[k].norm;
    if (w === ";" || w === "which" || w === "who") return null;
    if (w !== "peace" || tokens[k + 1]?.norm !== "with") continue;
    let v = k - 1;
    while (v > s.from && v > k - 4 && PEACE_FILLERS.has(tokens[v].norm)) v--;
    return v >= s.from && PEACE_VERBS.has(tokens[v].norm) ? { verb: v, with: k + 1 } : null;
  }
  return null;
}
const PEACE_VERBS = new Set(["made", "make", "makes", "concluded", "conclude", "signed", "negotiated", "agreed"]);
const PEACE_FILLERS = new Set(["a", "separate", "formal", "lasting"]);

/** "Spain concluded peace with France in the Treaty of the Pyrenees": the instrument of the peace clause before it. */
function peaceActOf(ctx: TreatyContext, m: TreatyMention): Act | null {
  const { tokens } = ctx;
  let k = m.first - 1;
  if (definite.has(tokens[k]?.norm ?? "") || indefinite.has(tokens[k]?.norm ?? "")) k--;
  if (!PEACE_LINKS.has(tokens[k]?.norm ?? "")) return null;
  const peace = peaceClause(ctx, m.sentence, k);
  return peace ? { kind: "conclude", m, verb: peace.verb, after: false, negated: false } : null;
}
const PEACE_LINKS = new Set(["in", "by", "through", "under", "with", "signing"]);

/** "forced him to a truce with the Communists", "compelled Romania to accept an armistice with …". */
function forcedActOf(ctx: TreatyContext, m: TreatyMention): Act | null {
  const { tokens } = ctx;
  const s = ctx.sentences[m.sentence];
  let k = m.first - 1;
  if (indefinite.has(tokens[k]?.norm ?? "") || definite.has(tokens[k]?.norm ?? "")) k--;
  if (ACCEPTING.has(tokens[k]?.norm ?? "")) k--;
  if (tokens[k]?.norm !== "to" || tokens[m.next]?.norm !== "with") return null;
  for (let v = k - 1; v >= s.from && v >= k - 6; v--) {
    if (tokens[v].text === "," || tokens[v].text === ";") return null;
    if (FORCING.has(tokens[v].norm)) return v + 1 < k ? { kind: "conclude", m, verb: v, after: false, negated: negatedBefore(tokens, v, s.from), forced: v + 1 } : null;
  }
  return null;
}
const FORCING = new Set(["forced", "compelled", "obliged", "pressed", "pressured", "coerced", "forcing", "compelling"]);
const ACCEPTING = new Set(["accept", "sign", "conclude", "agree"]);

/** The side a forcing verb governs: a state or government ("forced the Chinese government"), or a person pronoun's state. */
function forcedSide(ctx: TreatyContext, si: number, act: Act, date: string | null): Group | null {
  const g = groupAt(ctx, si, act.forced!, date);
  if (g) return g;
  if (!OBJECT_PRONOUNS.has(ctx.tokens[act.forced!].norm)) return null;
  // "kidnapped Chiang Kai-shek and forced him …": the last person named before it stands for his state
  const at = ctx.tokens[act.verb].start;
  const people = statesOf(ctx, si, date).filter((x) => x.via && x.start < at);
  const last = people[people.length - 1];
  return last ? { ids: [last.entity], mentions: [last], first: act.forced!, next: act.forced! + 1, coref: 0 } : null;
}
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "it"]);

/** "T was signed …", "T with the Republic of China was signed …", "T, written in …, was signed …", "it would come into effect …", "T ended the war". */
function actAfter(ctx: TreatyContext, m: TreatyMention): Act | null {
  const { tokens } = ctx;
  const s = ctx.sentences[m.sentence];
  let i = m.next;
  if (tokens[i]?.norm === "with") {
    const g = groupAt(ctx, m.sentence, i + 1, null);
    if (g) i = g.next;
  }
  i = skipInsert(tokens, i, s.to);
  // ", signed in Vienna on 20 May 1882": a reduced relative right after the mention
  if (tokens[i]?.text === "," && PARTICIPLES[tokens[i + 1]?.norm ?? ""]) i++;
  let negated = false;
  const from = i;
  while (i < s.to && i < from + 5 && (AUXILIARIES.has(tokens[i].norm) || NEGATIONS.has(tokens[i].norm) || isAdverb(tokens[i]))) {
    if (NEGATIONS.has(tokens[i].norm)) negated = true;
    i++;
  }
  if (i >= s.to) return null;
  const entry = cues.entry.matchAt(tokens, i, s.to);
  if (entry > 0) return { kind: "entry", m, verb: i, after: true, negated };
  // "it would come into effect": the auxiliary is part of the entry phrase
  for (let j = from; j < i; j++) if (cues.entry.matchAt(tokens, j, s.to) > 0) return { kind: "entry", m, verb: j, after: true, negated };
  const kind = PARTICIPLES[tokens[i].norm];
  if (kind && (i > from || kind !== "join")) {
    if (tokens[i].norm === "agreed" && i === from) return null;
    return { kind, m, verb: i, after: true, negated };
  }
  // "T concluded the 105-day Winter War", "The Treaty ended the state of war between …"
  const end = cues.end.matchAt(tokens, i, s.to);
  if (end > 0 && warObjectAt(tokens, i + end, s.to) >= 0) return { kind: "end", m, verb: i, after: true, negated };
  return null;
}

/** ", written in English, Dutch, Chinese and Japanese," between a subject and its verb. */
function skipInsert(tokens: readonly Token[], i: number, to: number): number {
  // ' on "Ending the War and Restoring Peace in Vietnam"': the quoted title of the instrument
  if (TITLE_PREPOSITIONS.has(tokens[i]?.norm ?? "") && OPENING_QUOTES.has(tokens[i + 1]?.text ?? "")) {
    for (let j = i + 2; j < to && j < i + 24; j++) if (CLOSING_QUOTES.has(tokens[j].text)) return j + 1;
  }
  if (tokens[i]?.text === "(") {
    let j = i + 1;
    while (j < to && j < i + 12 && tokens[j].text !== ")") j++;
    if (tokens[j]?.text === ")") return j + 1;
  }
  if (tokens[i]?.text !== ",") return i;
  for (let j = i + 1; j < to && j < i + 16; j++) {
    if (tokens[j].text === ";") return i;
    if (tokens[j].text === "," && AUXILIARIES.has(tokens[j + 1]?.norm ?? "")) return j + 1;
  }
  return i;
}

/** Token index of the war a verb ends, right after it ("the 105-day Winter War", "the state of war", "hostilities"), or -1. */
function warObjectAt(tokens: readonly Token[], k: number, to: number): number {
  for (let j = k; j < to && j < k + 6; j++) {
    if (cues.warNouns.matchAt(tokens, j, to) > 0) return j;
    if (tokens[j].text === "," || tokens[j].text === ";") return -1;
  }
  return -1;
}

function cueEndingAt(tokens: readonly Token[], set: PhraseSet, k: number, from: number): number {
  for (let start = Math.max(from, k - 4); start <= k; start++) {
    const n = set.matchAt(tokens, start, k + 1);
    if (n > 0 && start + n - 1 === k) return start;
  }
  return -1;
}

function negatedBefore(tokens: readonly Token[], verb: number, from: number): boolean {
  for (let k = Math.max(from, verb - 3); k < verb; k++) if (cues.negation.matchAt(tokens, k, verb) > 0) return true;
  return false;
}

export interface ActParties {
  parties: string[];
  /** States named as what the instrument is aimed at ("against France"): never parties. */
  targets: string[];
}

/** The parties an act names: its subject and "with" states, or "by"/"between" states of a passive. */
export function actParties(ctx: TreatyContext, act: Act, date: string | null): ActParties {
  const { tokens } = ctx;
  const si = act.m.sentence;
  const s = ctx.sentences[si];
  const parties: string[] = [];
  const add = (g: Group | null) => {
    if (!g) return;
    const ids = g.coref > 0 ? lastStates(ctx, si, g.first, g.coref, date) : g.ids;
    for (const id of ids) if (!parties.includes(id)) parties.push(id);
  };
  if (act.kind === "member") {
    // "Italy had been allied with the German and Austro-Hungarian Empires since 1882 as part of the Triple Alliance"
    const id = sentenceSubject(ctx, si, act.verb, date);
    if (id) parties.push(id);
    for (let k = s.from; k < act.verb; k++) if (tokens[k].norm === "with" && ALLYING.has(tokens[k - 1]?.norm ?? "")) add(groupAt(ctx, si, k + 1, date));
    return { parties, targets: [] };
  }
  if (act.kind === "end") {
    const w = warObjectAt(tokens, act.verb + 1, s.to);
    const between = nextWord(tokens, w, s.to, "between", 4);
    if (between >= 0) add(groupAt(ctx, si, between + 1, date));
    return { parties, targets: [] };
  }
  const peace = act.after || act.forced !== undefined ? null : peaceClause(ctx, si, act.m.first);
  if (act.forced !== undefined) add(forcedSide(ctx, si, act, date));
  let government: string | null;
  let collective: string[];
  if (peace) {
    // "Romania made peace with the Central Powers signing the Treaty of …": the peace-maker and its "with" side
    const id = sentenceSubject(ctx, si, peace.verb, date);
    if (id) parties.push(id);
    add(groupAt(ctx, si, peace.with + 1, date));
  } else if (!act.after && act.forced === undefined) {
    const subject = subjectBefore(ctx, si, act.verb, date);
    if (subject) add(subject);
    else if (SUBJECT_PRONOUNS.has(tokens[act.verb - 1]?.norm ?? "") || SUBJECT_PRONOUNS.has(tokens[act.verb - 2]?.norm ?? "")) {
      const id = pronounSubject(ctx, si, date);
      if (id) parties.push(id);
    } else if (tokens[act.verb - 1]?.text === "," && /ing$/.test(tokens[act.verb].norm)) {
      // "Poland made peace with Lithuania, signing the Treaty of …": the main clause's subject and its "with" states
      const id = sentenceSubject(ctx, si, act.verb, date);
      if (id) parties.push(id);
      for (let k = s.from; k < act.verb - 1; k++) if (tokens[k].norm === "with") add(groupAt(ctx, si, k + 1, date));
    } else if ((government = governmentSubject(ctx, si, act.verb, date))) {
      // "the new government acceded to …": the state the narrative is about
      parties.push(government);
    } else if ((collective = collectiveSubject(ctx, si, act.verb, date)).length > 0) {
      // "Both parties suspended fighting to form a Second United Front"
      for (const id of collective) if (!parties.includes(id)) parties.push(id);
    } else if (COORDINATORS.has(tokens[act.verb - 1]?.norm ?? "")) {
      // "the Finnish government sought …, but also continued … and negotiated a war trade agreement": the sentence's subject
      const id = sentenceSubject(ctx, si, act.verb, date);
      if (id) parties.push(id);
    }
  }
  if (act.after && UNITING.has(tokens[act.verb].norm)) add(groupAt(ctx, si, act.verb + 1, date));
  // after the mention (or the participle): "with the Italians", "between Germany and Russia", "by Germany, France, and …"
  const start = act.after ? act.verb + 1 : act.m.next;
  let k = start;
  for (let steps = 0; k < s.to && steps < 3; steps++) {
    const w = tokens[k].norm;
    if (w === "with" || w === "between" || w === "by" || w === ":") {
      const g = groupAt(ctx, si, k + 1, date, w === "by" || w === ":");
      if (g) {
        if ((w !== "by" || act.after) && (w !== ":" || act.kind === "join" || act.kind === "ratify")) add(g);
        k = g.next;
        continue;
      }
      if (w === "by" && act.after) break;
    }
    // "an armistice and negotiations with Germany": a second noun of the same request
    if (w === "and" && !act.after && tokens[k + 1]?.kind === "word" && tokens[k + 2]?.norm === "with" && !startsUpper(tokens[k + 1].text)) {
      k += 2;
      continue;
    }
    const skipped = skipCircumstance(ctx, si, k);
    if (skipped === k) break;
    k = skipped;
  }
  // "signed the Treaty of Brest-Litovsk on 3 March 1918, ending the war with the Central Powers": the other belligerent
  if (act.kind === "conclude") {
    const ending = findWord(tokens, act.m.next, s.to, ENDING);
    const war = ending >= 0 && tokens[ending - 1]?.text === "," ? warObjectAt(tokens, ending + 1, s.to) : -1;
    const w = war >= 0 ? nextWord(tokens, war, s.to, "with", 3) : -1;
    if (w >= 0) add(groupAt(ctx, si, w + 1, date));
  }
  // "T with the Republic of China was signed": a "with" between the mention and its verb
  if (act.after && tokens[act.m.next]?.norm === "with") add(groupAt(ctx, si, act.m.next + 1, date));
  // "Italy had joined the Triple Alliance, allying herself with Austria and Germany against France"
  const allying = findWord(tokens, act.m.next, s.to, ALLYING);
  if (allying >= 0) {
    const w = nextWord(tokens, allying, s.to, "with", 3);
    if (w >= 0) add(groupAt(ctx, si, w + 1, date));
  }
  const targets = targetsIn(ctx, si, act.after ? act.verb : act.m.next, date);
  return { parties: parties.filter((p) => !targets.includes(p)), targets };
}
const ENDING = new Set(["ending", "concluding", "closing"]);
const ALLYING = new Set(["allying", "allied", "aligning"]);
const COORDINATORS = new Set(["and", "also", "but", "then"]);

/** "in Paris", "at the French Foreign Ministry", "on 27 August 1928", "in December 1954", ",": what may stand between a verb and its "by". */
function skipCircumstance(ctx: TreatyContext, si: number, k: number): number {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  const w = tokens[k]?.norm;
  if (w === "," || w === "formally" || w === "secretly" || w === "jointly") return k + 1;
  if (w !== "in" && w !== "at" && w !== "on") return k;
  let j = k + 1;
  while (j < s.to && j < k + 7 && !STOPS.has(tokens[j].norm)) j++;
  return j;
}
const STOPS = new Set(["by", "between", "with", ",", ";", "and", "which", "that", "to", "in", "at", "on"]);

function findWord(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): number {
  for (let k = from; k < to; k++) if (words.has(tokens[k].norm)) return k;
  return -1;
}

function nextWord(tokens: readonly Token[], from: number, to: number, word: string, within: number): number {
  if (from < 0) return -1;
  for (let k = from; k < to && k <= from + within; k++) if (tokens[k].norm === word) return k;
  return -1;
}

/**
 * States after a cue of aim right after the instrument, its verb or its allies ("signed the Secret Treaty of the Triple
 * Alliance against the Paraguayan Government", "signed in 1950 to oppose … the United States", "allying herself with
 * Austria and Germany against France"); an "against" further on belongs to a clause ("attacks … against Finland").
 */
export function targetsIn(ctx: TreatyContext, si: number, k: number, date: string | null): string[] {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  const starts = [k, skipCircumstance(ctx, si, skipCircumstance(ctx, si, k))];
  const allying = findWord(tokens, k, s.to, ALLYING);
  if (allying >= 0) {
    const w = nextWord(tokens, allying, s.to, "with", 3);
    const g = w >= 0 ? groupAt(ctx, si, w + 1, date) : null;
    if (g) starts.push(g.next);
  }
  const cues = roleCues.find((r) => r.role === "target")!.cues;
  for (const at of starts) {
    for (let i = at; i < s.to && i <= at + 1; i++) {
      const n = cues.matchAt(tokens, i, s.to);
      if (n === 0) continue;
      const g = groupAt(ctx, si, i + n, date);
      if (g) return g.ids;
      // "to oppose China's chief antagonists, the West and in particular the United States": the first state named after it
      const after = tokens[i + n - 1].end;
      for (const m of statesOf(ctx, si, date)) {
        if (m.start < after || POSSESSED(ctx, m.end)) continue;
        return m.start - after <= 90 ? [m.entity] : [];
      }
      return [];
    }
  }
  return [];
}
const POSSESSED = (ctx: TreatyContext, end: number) => /^['’]s?\b/.test(ctx.text.slice(end, end + 2));

/**
 * The date an act gives: the first date after its verb within its clause ("signed … on 1 May 1865"), else the last
 * one before it in the clause ("on May 2, he signed"), else a date opening the sentence ("In January 1934, …").
 */
export function actDate(ctx: TreatyContext, act: Act): DateRef | null {
  const { tokens } = ctx;
  const si = act.m.sentence;
  const s = ctx.sentences[si];
  const dates = sentenceDates(ctx, si);
  if (dates.length === 0) return null;
  const verbAt = tokens[act.verb].start;
  const anchor = act.after ? verbAt : Math.min(verbAt, act.m.start);
  const clauseEnd = boundaryAfter(tokens, act.after ? act.verb : act.m.next, s.to);
  const clauseStart = boundaryBefore(tokens, Math.min(act.verb, act.m.first), s.from);
  const endOff = clauseEnd < s.to ? tokens[clauseEnd].start : s.end;
  const startOff = tokens[clauseStart]?.start ?? s.start;
  const after = dates.find((d) => d.start > anchor && d.start < endOff && !inside(d, act.m));
  if (after) return after;
  const before = dates.filter((d) => d.end <= anchor && d.start >= startOff);
  if (before.length > 0) return before[before.length - 1];
  const opener = dates[0];
  let k = s.from;
  while (k < s.to && tokens[k].start < opener.start) k++;
  return k - s.from <= 2 && opener.end <= anchor ? opener : null;
}

const inside = (d: DateRef, m: TreatyMention) => d.start >= m.start && d.end <= m.end;

/** The token where the clause after token k ends: ";", ", and" before a new subject, ", which", "but", "while". */
function boundaryAfter(tokens: readonly Token[], k: number, to: number): number {
  for (let j = k; j < to; j++) {
    const w = tokens[j].norm;
    // a sentence the segmenter left joined to this one ("… Emperor Kōmei.[11] The treaty was ratified …")
    if (w === "." && (tokens[j + 1]?.text === "[" || startsUpper(tokens[j + 1]?.text ?? ""))) return j;
    if (w === ";" || w === "but" || w === "while" || w === "whereas" || w === "although") return j;
    if (w === "," && (tokens[j + 1]?.norm === "which" || tokens[j + 1]?.norm === "and" && !typeWords.has(tokens[j + 2]?.norm ?? ""))) {
      if (tokens[j + 1]?.norm === "which") return j;
      // ", and by most other states soon after": the list of the same act goes on; ", and afterwards": a new clause
      if (tokens[j + 2]?.norm !== "by" && tokens[j + 2]?.norm !== "the") return j;
    }
  }
  return to;
}

function boundaryBefore(tokens: readonly Token[], k: number, from: number): number {
  for (let j = k - 1; j >= from; j--) {
    const w = tokens[j].norm;
    if (w === "." && (tokens[j + 1]?.text === "[" || startsUpper(tokens[j + 1]?.text ?? ""))) return j + 1;
    if (w === ";" || w === "but" || w === "while" || w === "whereas") return j + 1;
    if (w === "afterwards" || w === "thereafter" || w === "then") return j + 1;
  }
  return from;
}
