// Event modality from cues around the trigger: counterfactual ("Had Japan been made aware…", "would have
// unfolded" under a condition), hypothetical (conditions, modals, irrealis complements: "offered to sell",
// "hoped that"), negated ("did not pay", "chose not to tell", "refused to sign"), reported ("claimed that").
// Precedence: counterfactual > hypothetical > negated > reported > asserted, so a counterfactual is never asserted.
import type { Modality } from "../schema.ts";
import { modalityCues, triggerLexicon } from "./lexicon.ts";
import type { SentenceView } from "./sentence.ts";
import type { TaggedToken } from "../syntax/tagger.ts";
import type { Trigger } from "./triggers.ts";

export interface ModalityReading {
  modality: Modality;
  /** The trigger itself is negated (before precedence), for recoding "would not accept" as a rejection. */
  negated: boolean;
  /** "would" + verb outside a condition: the narrator's future-in-past, asserted. */
  futureInPast: boolean;
}

const VERB_GROUP = new Set(["AUX", "PART", "ADV"]);

/** What every trigger of a sentence asks about it, found in one pass. */
interface SentenceFacts {
  /** A conditional cue anywhere in the sentence. */
  conditional: boolean;
  /** Index of the last clause opened by "unless", or -1. */
  lastUnless: number;
  /** Token indexes, in order, of conditional cues, of irrealis governors and of reporting predicates. */
  conditionals: number[];
  irrealis: number[];
  reporting: number[];
}

// Sentences are read one after the other, so the facts of the last one are all that is kept.
let factsView: SentenceView | null = null;
let facts: SentenceFacts | null = null;

const CONDITIONAL = 1;
const IRREALIS = 2;
const REPORTING = 4;
let cueKinds: Map<string, number> | undefined;

/** The kinds of cue each cue word is, as bits, so that a token is looked up once. */
function cueKindsOf(): Map<string, number> {
  if (!cueKinds) {
    const cues = modalityCues();
    const kinds = new Map<string, number>();
    const add = (words: Set<string>, bit: number) => words.forEach((w) => kinds.set(w, (kinds.get(w) ?? 0) | bit));
    add(cues.conditionals, CONDITIONAL);
    add(cues.irrealisGovernors, IRREALIS);
    add(cues.reportingVerbs, REPORTING);
    cueKinds = kinds;
  }
  return cueKinds;
}

function sentenceFacts(view: SentenceView): SentenceFacts {
  if (view === factsView && facts) return facts;
  const kinds = cueKindsOf();
  const { toks, clauses } = view;
  let lastUnless = -1;
  for (let k = 0; k < clauses.length; k++) if (toks[clauses[k].from]?.norm === "unless") lastUnless = k;
  const conditionals: number[] = [];
  const irrealis: number[] = [];
  const reporting: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const kind = kinds.get(toks[k].norm);
    if (kind === undefined) continue;
    if (kind & CONDITIONAL) conditionals.push(k);
    if (kind & IRREALIS) irrealis.push(k);
    if (kind & REPORTING) reporting.push(k);
  }
  factsView = view;
  facts = { conditional: conditionals.length > 0, lastUnless, conditionals, irrealis, reporting };
  return facts;
}

/** How far back (in tokens) a cue may govern a trigger; keeps run-on "sentences" linear. */
const REACH = 80;
const QUOTE_MARKS = new Set(["“", "”", "\"", "‘"]);
const MODAL_PERFECT = new Set(["would", "could", "might", "may", "should", "must"]);
const PARTICIPLE = /(ed|en|wn|ne|nt|un|ld|ht)$/;

function isInvertedHad(toks: TaggedToken[], i: number): boolean {
  if (toks[i].norm !== "had") return false;
  const prev = toks[i - 1];
  const atClauseStart = !prev || prev.norm === "," || prev.pos === "CCONJ" || (prev.pos === "ADV" && (!toks[i - 2] || toks[i - 2].norm === ","));
  const next = toks[i + 1];
  if (!atClauseStart || !next || !(next.pos === "DET" || next.pos === "PROPN" || next.pos === "PRON" || next.pos === "ADJ" || next.pos === "NOUN")) return false;
  // "Had Japan been made aware", "had the Soviet Union and Japan still been engaged": a subject, then a participle;
  // not "…, had intact armies to strike with" (a plain "had" with its object).
  for (let k = i + 1; k < toks.length && k <= i + 8; k++) {
    const t = toks[k];
    if (t.pos === "VERB" || t.pos === "AUX") return t.norm === "been" || !t.norm.endsWith("ing") && t.pos === "VERB" && k > i + 1;
    if (!(t.pos === "DET" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "CCONJ" || t.pos === "ADV" || t.norm === "'s" || t.norm === "’s" || t.pos === "PART")) return false;
  }
  return false;
}

function hasModalPerfect(toks: TaggedToken[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    if (!MODAL_PERFECT.has(toks[k].norm)) continue;
    let j = k + 1;
    while (j < to && (toks[j].pos === "ADV" || toks[j].pos === "PART")) j++;
    if (toks[j]?.norm === "have") return true;
  }
  return false;
}

/** Sentence-wide counterfactual: an inverted "had" condition, or a condition with a modal perfect. */
export function isCounterfactualSentence(view: SentenceView): boolean {
  const { toks } = view;
  let conditional = false;
  for (let i = 0; i < toks.length; i++) {
    if (isInvertedHad(toks, i)) return true;
    if (toks[i].norm === "if" || toks[i].norm === "unless") conditional = true;
  }
  return conditional && hasModalPerfect(toks, 0, toks.length);
}

/** Index of the infinitive marker "to" that governs the trigger ("refused to sign", "able to identify and arrest"), or -1. */
function infinitiveMarker(toks: TaggedToken[], head: number): number {
  // "to sign the 1936 Convention or enter into …": a coordinated verb reaches back over its sister's object.
  const coordinated = toks[head - 1]?.pos === "CCONJ";
  for (let k = head - 1; k >= 0 && k >= head - (coordinated ? 10 : 6); k--) {
    const t = toks[k];
    if (t.norm === "to") {
      const next = toks[k + 1];
      // "in addition to being forced": "to" before a gerund is a preposition.
      if (next && (next.pos === "VERB" || next.pos === "AUX") && next.norm.endsWith("ing")) return -1;
      return next && (k + 1 === head || next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADV" || next.pos === "PART") ? k : -1;
    }
    if (t.pos === "ADV" || t.pos === "PART" || t.pos === "CCONJ" || t.pos === "VERB" || t.pos === "AUX") continue;
    if (coordinated && (t.pos === "DET" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || t.pos === "ADJ")) continue;
    return -1;
  }
  return -1;
}

const PERMITTED = new Set(["allowed", "permitted"]);
const BE_PAST = new Set(["was", "were"]);

type Governed = "negated" | "implicative" | "irrealis";

function governorOf(toks: TaggedToken[], to: number, mission: boolean): Governed {
  const cues = modalityCues();
  for (let k = to - 1; k >= 0 && k >= to - 12; k--) {
    const t = toks[k];
    if (cues.negativeGovernors.has(t.norm)) return "negated";
    // "in order to assure": a purpose, no command
    if (t.norm === "order" && toks[k - 1]?.norm === "in") return "irrealis";
    if (cues.implicativeGovernors.has(t.norm) || cues.commandGovernors.has(t.norm)) return "implicative";
    // "he was allowed to land", "were permitted to leave": the permission was used, the act took place.
    if (PERMITTED.has(t.norm) && BE_PAST.has(toks[k - 1]?.norm ?? "")) return "implicative";
    // "was sent in 1887 to mediate": the talks are the mission
    if (mission && cues.missionGovernors.has(t.norm)) return "implicative";
    // "the Soviet Union to come": a proper adjective belongs to a name, not a governor.
    if (t.pos === "ADJ" && t.text[0] !== t.norm[0]) continue;
    if (t.pos === "VERB" || t.pos === "ADJ" || (t.pos === "AUX" && t.norm !== "was" && t.norm !== "were")) return "irrealis";
    if (t.norm === "," || t.pos === "SCONJ") return "irrealis";
  }
  return "irrealis";
}

/** Is the trigger (a verb, or a noun) with its head at `head` negated? */
function negatedAt(view: SentenceView, head: number, isNoun: boolean): boolean {
  const { toks } = view;
  const cues = modalityCues();
  const reach = isNoun ? 3 : 6;
  for (let k = head - 1; k >= 0 && k >= head - reach; k--) {
    const t = toks[k];
    if (cues.negation.has(t.norm)) return true;
    for (const [a, b] of cues.negationPairs) if (t.norm === b && toks[k - 1]?.norm === a) return true;
    const passable = isNoun ? t.pos === "DET" || t.pos === "ADJ" : VERB_GROUP.has(t.pos) || t.norm === "to" || (t.pos === "VERB" && cues.implicativeGovernors.has(t.norm));
    if (!passable) break;
  }
  if (!isNoun) {
    const clause = view.clauses[view.clauseOf[head]];
    // "neither state was to sign": a negative subject, when nothing but its noun and auxiliaries lie in between.
    for (let k = head - 1; k >= clause.from; k--) {
      const t = toks[k];
      if ((t.norm === "neither" || t.norm === "no") && t.pos === "DET") return true;
      if (t.pos === "ADP" || t.pos === "VERB" || t.pos === "SCONJ" || t.norm === ",") break;
    }
  }
  return false;
}

/** A modal in the trigger's verb group ("would attack", "could have been viewed"). */
function modalOf(toks: TaggedToken[], head: number): string | null {
  const cues = modalityCues();
  for (let k = head - 1; k >= 0 && k >= head - 5; k--) {
    const t = toks[k];
    if (cues.modals.has(t.norm)) return t.norm;
    if (!VERB_GROUP.has(t.pos) && t.norm !== "to" && !QUOTE_MARKS.has(t.norm)) return null;
  }
  return null;
}

function inConditionalClause(view: SentenceView, head: number): boolean {
  const from = Math.max(view.clauses[view.clauseOf[head]].from, head - REACH);
  for (const k of sentenceFacts(view).conditionals) if (k >= from && k < head) return true;
  return false;
}

/** A complement-taking predicate (at one of the sorted token indexes `cues`) before the trigger whose "that"-clause contains it. */
function complementCue(view: SentenceView, head: number, cues: number[]): boolean {
  return complementCueAt(view, head, cues) >= 0;
}

/** The token of the complement-taking predicate whose "that"-clause holds the trigger, or -1. */
function complementCueAt(view: SentenceView, head: number, cues: number[]): number {
  const { toks } = view;
  // A clause that resumes the one above a complement is outside that complement.
  const resumes = view.clauses[view.clauseOf[head]].resumes;
  const from = Math.max(0, head - REACH);
  for (const k of cues) {
    if (k < from) continue;
    if (k >= head) break;
    if (toks[k].norm === "according" && toks[k + 1]?.norm === "to") return k;
    // "claimed that", "assured the Soviets that": the complementiser follows the cue or its object.
    // "believed, as Hitler did, that": a parenthetical between commas is passed over.
    let parenthetical = false;
    for (let j = k + 1; j < head && j <= k + 9; j++) {
      const t = toks[j];
      if (t.norm === "that" && (t.pos === "SCONJ" || t.pos === "PRON" || t.pos === "DET")) {
        if (parenthetical || (resumes !== undefined && view.clauseOf[j] > resumes)) break;
        return k;
      }
      if (t.norm === ",") {
        parenthetical = !parenthetical;
        continue;
      }
      if (parenthetical) continue;
      if (t.pos === "CCONJ" || t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ") break;
    }
  }
  return -1;
}

/**
 * The verb a noun trigger depends on: the verb whose object it is ("reached an agreement"), the verb its
 * prepositional phrase hangs from ("came to the aid"), else the verb of which it is the subject ("a skirmish broke out").
 */
function nounAnchor(view: SentenceView, head: number): number {
  const m = view.npAt[head];
  if (m < 0) return -1;
  const np = view.nps[m];
  const root = np.group >= 0 ? np.group : m;
  let chainRoot = m;
  while (view.nps[chainRoot].prep >= 0 && view.nps[chainRoot].after >= 0) chainRoot = view.nps[chainRoot].after;
  for (const vg of view.vgs) if (vg.objects.includes(m) || vg.objects.includes(root) || vg.obliques.includes(m) || vg.objects.includes(chainRoot) || vg.obliques.includes(chainRoot)) return vg.head;
  for (const vg of view.vgs) if (vg.subjectFrom === "own" && (vg.subject.includes(m) || vg.subject.includes(root))) return vg.head;
  return -1;
}

/** The noun at `head` is the subject or object of the verb at `anchor`, not in one of its prepositional phrases ("without declaring them as in the Japanese invasion"). */
function coreOf(view: SentenceView, head: number, anchor: number): boolean {
  const m = view.npAt[head];
  const v = view.vgAt[anchor];
  if (m < 0 || v < 0) return false;
  const vg = view.vgs[v];
  const root = view.nps[m].group >= 0 ? view.nps[m].group : m;
  return [m, root].some((x) => vg.objects.includes(x) || vg.subject.includes(x));
}

/** The noun at `head` is what the verb at `anchor` asks for: its object, or its for-phrase ("called for the withdrawal"). */
function askedFor(view: SentenceView, head: number, anchor: number): boolean {
  const m = view.npAt[head];
  const v = view.vgAt[anchor];
  if (m < 0 || v < 0) return false;
  const vg = view.vgs[v];
  const root = view.nps[m].group >= 0 ? view.nps[m].group : m;
  if (vg.objects.includes(m) || vg.objects.includes(root)) return true;
  return vg.obliques.some((x) => (x === m || x === root) && view.toks[view.nps[x].prep].norm === "for");
}

export function modalityOf(view: SentenceView, trig: Trigger, counterfactualSentence: boolean): ModalityReading {
  const { toks } = view;
  const isNoun = trig.entry.pos === "noun";
  let negated = negatedAt(view, trig.head, isNoun);
  const anchor = isNoun ? nounAnchor(view, trig.head) : trig.head;
  // "no agreement was reached": a noun's support verb carries its negation.
  if (isNoun && anchor >= 0 && triggerLexicon().supportVerbs.has(toks[anchor].norm) && coreOf(view, trig.head, anchor) && negatedAt(view, anchor, false)) negated = true;
  if (counterfactualSentence) return { modality: "counterfactual", negated, futureInPast: false };

  const clause = view.clauses[view.clauseOf[trig.head]];
  const modal = anchor >= 0 ? modalOf(toks, anchor) : null;
  const facts = sentenceFacts(view);
  let hypothetical = inConditionalClause(view, trig.head);
  if (hasModalPerfect(toks, clause.from, Math.min(clause.to, Math.max(trig.head, anchor) + 1))) hypothetical = true;
  if (modal && modal !== "would" && modal !== "will") hypothetical = true;
  if (modal === "would" && facts.conditional && !conditionalThreat(view, trig.head)) hypothetical = true;
  // "agreement that the Soviet Union would declare war", "It establishes that U.S. forces will withdraw": a future
  // inside a that-complement is what was agreed, stipulated or foreseen, not an act told as done: the content of
  // an agreement or statement ("would"), or still to come ("will").
  const stipulated = (modal === "would" || modal === "will") && anchor >= 0 && inThatComplement(view, anchor);
  if (stipulated && modal === "will") hypothetical = true;
  // '"Prussia will attack you," he warned': a future in quoted speech is foretold, not told as done.
  if (modal === "will" && view.quoteOf[trig.head] >= 0) hypothetical = true;
  if (anchor >= 0 && amongAlternatives(view, trig.head)) hypothetical = true;

  // "called for an immediate evacuation", "proposed a nonaggression pact": the act asked for is not asserted.
  if (isNoun && anchor >= 0 && anchor !== trig.head && modalityCues().irrealisGovernors.has(toks[anchor].norm) && askedFor(view, trig.head, anchor)) hypothetical = true;
  let governedNegated = false;
  if (irrealisHost(view, trig.head)) hypothetical = true;
  // "avoided total conquest", "preventing the invasion": a negative governor's object did not happen.
  if (isNoun && anchor >= 0 && anchor !== trig.head && modalityCues().negativeGovernors.has(toks[anchor].norm) && askedFor(view, trig.head, anchor)) governedNegated = true;
  if (!isNoun) {
    const g = negativeGovernorOfGerund(toks, trig.head);
    // "to prevent A and B from attacking each other": a prevention that is itself only a purpose leaves the attack
    // foreseen; "continued to delay pulling out" is an implicative chain, so the pulling out is negated.
    const above = g >= 0 ? infinitiveGovernor(toks, g) : null;
    if (above === "irrealis") hypothetical = true;
    else if (g >= 0) governedNegated = true;
  }
  if (anchor >= 0) {
    const g = infinitiveGovernor(toks, anchor, trig.entry.type === "CONSULT" || trig.entry.type === "REQUEST");
    if (g === "negated") governedNegated = true;
    else if (g === "irrealis") hypothetical = true;
  }
  if (complementCue(view, trig.head, facts.irrealis)) hypothetical = true;
  if (hypothetical) return { modality: "hypothetical", negated, futureInPast: false };
  if (negated || governedNegated) return { modality: "negated", negated: true, futureInPast: false };
  if (stipulated || isReported(view, trig.head)) return { modality: "reported", negated, futureInPast: false };
  return { modality: "asserted", negated, futureInPast: modal === "would" };
}

/** The clause holding the token is a "that"-complement (a subject follows "that"), not a relative clause ("forces that would withdraw"). */
function inThatComplement(view: SentenceView, at: number): boolean {
  const { toks } = view;
  for (let c = view.clauseOf[at]; c >= 0; c = view.clauses[c].resumes ?? -1) {
    const clause = view.clauses[c];
    const opener = toks[clause.from];
    if (opener?.norm !== "that") return false;
    const next = toks[clause.from + 1];
    return !!next && next.pos !== "VERB" && next.pos !== "AUX";
  }
  return false;
}

/**
 * One of the acts a choice is between ("forced to choose between abandoning its ambitions … or seizing the
 * resources", "could either attack France or invade Britain"): neither is told as done.
 */
function amongAlternatives(view: SentenceView, head: number): boolean {
  const { toks } = view;
  const choices = modalityCues().choiceWords;
  for (let k = head - 1; k >= 0 && k >= head - 25; k--) {
    const t = toks[k];
    if (t.norm === "." || t.norm === ";") return false;
    if (t.norm === "between" && choices.has(toks[k - 1]?.norm ?? "")) return true;
    // "either attack … or invade", "either by negotiation or by force"; not "on either side".
    const next = toks[k + 1];
    const afterOr = toks[head - 1]?.norm === "or" || (toks[head - 2]?.norm === "or" && (toks[head - 1].pos === "PART" || toks[head - 1].pos === "ADP"));
    if (t.norm === "either" && next && (k + 1 === head || afterOr || next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADP" || next.norm.endsWith("ing"))) {
      for (let j = k + 1; j < toks.length && j <= k + 20; j++) if (toks[j].norm === "or") return true;
      return false;
    }
  }
  return false;
}

/**
 * An event noun or gerund that a noun of plan, fear or condition is about: in its of/for/against phrase ("plans for an
 * invasion of Britain", "in the event of an attack", "the threat of a German invasion", "with the goal of
 * recapturing Gibraltar") or compounded with it ("the German invasion plans").
 */
function irrealisHost(view: SentenceView, head: number): boolean {
  const cues = modalityCues();
  const nouns = cues.irrealisNouns;
  // "with the goal of recapturing Gibraltar", "hoped for seizing the port": a gerund in the phrase
  const before = view.toks[head - 1];
  const host = view.toks[head - 2]?.norm ?? "";
  if (before && (before.norm === "of" || before.norm === "for") && (nouns.has(host) || cues.irrealisGovernors.has(host))) return true;
  // "dreams of crossing the Alps and threatening Rome": a gerund coordinated with a hosted one
  const sister = coordinatedGerund(view.toks, head);
  if (sister >= 0 && irrealisHost(view, sister)) return true;
  const next = view.toks[head + 1];
  if (next && next.pos === "NOUN" && nouns.has(next.norm) && view.npAt[head + 1] === view.npAt[head]) return true;
  const m = view.npAt[head];
  if (m < 0) return false;
  const np = view.nps[m];
  if (np.prep < 0 || np.after < 0) return false;
  const prep = view.toks[np.prep].norm;
  const hostNoun = view.toks[view.nps[np.after].head].norm;
  // "talks on the withdrawal of French troops": the act is the matter of the talks
  if (prep === "on" && cues.topicNouns.has(hostNoun)) return true;
  if (prep !== "of" && prep !== "for" && prep !== "against") return false;
  return nouns.has(hostNoun);
}

/** The gerund that a gerund after "and"/"or" is coordinated with ("crossing the Alps and threatening Rome"), or -1. */
function coordinatedGerund(toks: TaggedToken[], head: number): number {
  if (toks[head - 1]?.pos !== "CCONJ" || !toks[head].norm.endsWith("ing")) return -1;
  for (let k = head - 2; k >= 0 && k >= head - 8; k--) {
    const t = toks[k];
    if (t.norm === "," || t.pos === "SCONJ" || t.pos === "AUX") return -1;
    if (t.pos === "VERB") return t.norm.endsWith("ing") ? k : -1;
  }
  return -1;
}

/**
 * The negative governor a gerund is taken by, directly or after its object and "from" ("avoided fighting",
 * "prevented Germany from attacking", "postponed withdrawing"), or -1.
 */
function negativeGovernorOfGerund(toks: TaggedToken[], head: number): number {
  if (!toks[head].norm.endsWith("ing")) return -1;
  const cues = modalityCues();
  let k = head - 1;
  while (k >= 0 && toks[k].pos === "ADV") k--;
  if (toks[k]?.norm === "from") {
    k--;
    // "prevent France and Prussia from attacking": a coordinated object
    while (k >= 0 && k >= head - 10 && (NOMINAL_WORD.has(toks[k].pos) || toks[k].norm === "'s" || toks[k].norm === "and")) k--;
  }
  return k >= 0 && cues.negativeGovernors.has(toks[k].norm) ? k : -1;
}

const NOMINAL_WORD = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);

/** The governor of an infinitive chain above a verb, following implicatives up ("allowing X to continue to supply"). */
function infinitiveGovernor(toks: TaggedToken[], verb: number, mission = false): Governed | null {
  let at = verb;
  for (let depth = 0; depth < 4; depth++) {
    const to = infinitiveMarker(toks, at);
    if (to < 0) return depth === 0 ? null : "implicative";
    const g = governorOf(toks, to, mission);
    if (g !== "implicative") return g;
    let k = to - 1;
    while (k > 0 && !(toks[k].pos === "VERB" || toks[k].pos === "ADJ" || toks[k].pos === "ADV" || toks[k].pos === "AUX")) k--;
    at = k;
  }
  return "implicative";
}

/**
 * "would not extend the Convention … unless Japanese companies surrendered": a refusal under a condition the
 * other side must meet, i.e. an ultimatum rather than a hypothetical.
 */
export function conditionalThreat(view: SentenceView, head: number): boolean {
  const { toks } = view;
  const clause = view.clauses[view.clauseOf[head]];
  if (inConditionalClause(view, head)) return false;
  if (sentenceFacts(view).lastUnless <= view.clauseOf[head]) return false;
  for (let k = Math.max(clause.from, head - REACH); k < head; k++) if (toks[k].norm === "would" || toks[k].norm === "will") return negatedAt(view, head, false);
  return false;
}

/** The reporting predicate whose that-clause holds the trigger ("North Korea said that South Korean troops had attacked"), or -1. */
export function reportingCue(view: SentenceView, head: number): number {
  return complementCueAt(view, head, sentenceFacts(view).reporting);
}

/** Inside the complement of a reporting predicate ("claimed that", "according to"). */
export function isReported(view: SentenceView, head: number): boolean {
  return complementCue(view, head, sentenceFacts(view).reporting);
}
