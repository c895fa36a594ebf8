// Event modality from cues around the trigger: counterfactual ("Had Japan been made aware…", "would have
// unfolded" under a condition), hypothetical (conditions, modals, irrealis complements: "offered to sell",
// "hoped that"), negated ("did not pay", "chose not to tell", "refused to sign"), reported ("claimed that").
// Precedence: counterfactual > hypothetical > negated > reported > asserted, so a counterfactual is never asserted.
import type { Modality } from "../schema.ts";
import { modalityCues } from "./lexicon.ts";
import type { SentenceView } from "./sentence.ts";
import type { TaggedToken } from "./tagger.ts";
import type { Trigger } from "./triggers.ts";

export interface ModalityReading {
  modality: Modality;
  /** The trigger itself is negated (before precedence), for recoding "would not accept" as a rejection. */
  negated: boolean;
  /** "would" + verb outside a condition: the narrator's future-in-past, asserted. */
  futureInPast: boolean;
}

const VERB_GROUP = new Set(["AUX", "PART", "ADV"]);
const MODAL_PERFECT = new Set(["would", "could", "might", "may", "should", "must"]);
const PARTICIPLE = /(ed|en|wn|ne|nt|un|ld|ht)$/;

function isInvertedHad(toks: TaggedToken[], i: number): boolean {
  if (toks[i].norm !== "had") return false;
  const prev = toks[i - 1];
  const atClauseStart = !prev || prev.norm === "," || prev.pos === "CCONJ" || (prev.pos === "ADV" && (!toks[i - 2] || toks[i - 2].norm === ","));
  const next = toks[i + 1];
  return atClauseStart && !!next && (next.pos === "DET" || next.pos === "PROPN" || next.pos === "PRON" || next.pos === "ADJ" || next.pos === "NOUN");
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
  if (toks.some((_, i) => isInvertedHad(toks, i))) return true;
  const conditional = toks.some((t) => t.norm === "if" || t.norm === "unless");
  return conditional && hasModalPerfect(toks, 0, toks.length);
}

/** Index of the infinitive marker "to" that governs the trigger ("refused to sign", "able to identify and arrest"), or -1. */
function infinitiveMarker(toks: TaggedToken[], head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 6; k--) {
    const t = toks[k];
    if (t.norm === "to") {
      const next = toks[k + 1];
      return next && (next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADV" || next.pos === "PART") ? k : -1;
    }
    if (t.pos === "ADV" || t.pos === "PART" || t.pos === "CCONJ" || t.pos === "VERB" || t.pos === "AUX") continue;
    return -1;
  }
  return -1;
}

type Governed = "negated" | "implicative" | "irrealis";

function governorOf(toks: TaggedToken[], to: number): Governed {
  const cues = modalityCues();
  for (let k = to - 1; k >= 0 && k >= to - 12; k--) {
    const t = toks[k];
    if (cues.negativeGovernors.has(t.norm)) return "negated";
    if (cues.implicativeGovernors.has(t.norm)) return "implicative";
    if (t.pos === "VERB" || t.pos === "ADJ" || (t.pos === "AUX" && t.norm !== "was" && t.norm !== "were")) return "irrealis";
    if (t.norm === "," || t.pos === "SCONJ") return "irrealis";
  }
  return "irrealis";
}

function negatedAt(view: SentenceView, trig: Trigger): boolean {
  const { toks } = view;
  const cues = modalityCues();
  const isNoun = trig.entry.pos === "noun";
  const reach = isNoun ? 3 : 6;
  for (let k = trig.head - 1; k >= 0 && k >= trig.head - reach; k--) {
    const t = toks[k];
    if (cues.negation.has(t.norm)) return true;
    if (cues.negationPairs.some(([a, b]) => t.norm === b && toks[k - 1]?.norm === a)) return true;
    const passable = isNoun ? t.pos === "DET" || t.pos === "ADJ" : VERB_GROUP.has(t.pos) || t.norm === "to" || (t.pos === "VERB" && cues.implicativeGovernors.has(t.norm));
    if (!passable) break;
  }
  if (!isNoun) {
    const clause = view.clauses[view.clauseOf[trig.head]];
    for (let k = clause.from; k < trig.head; k++) {
      if ((toks[k].norm === "neither" || toks[k].norm === "no") && toks[k].pos === "DET") return true;
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
    if (!VERB_GROUP.has(t.pos) && t.norm !== "to") return null;
  }
  return null;
}

function inConditionalClause(view: SentenceView, head: number): boolean {
  const cues = modalityCues();
  const clause = view.clauses[view.clauseOf[head]];
  for (let k = clause.from; k < head; k++) if (cues.conditionals.has(view.toks[k].norm)) return true;
  return false;
}

/** A complement-taking predicate before the trigger whose "that"-clause contains it. */
function complementCue(view: SentenceView, head: number, words: Set<string>): boolean {
  const { toks } = view;
  for (let k = 0; k < head; k++) {
    if (!words.has(toks[k].norm)) continue;
    if (toks[k].norm === "according" && toks[k + 1]?.norm === "to") return true;
    for (let j = k + 1; j < head && j <= k + 8; j++) {
      if (toks[j].norm === "that" && (toks[j].pos === "SCONJ" || toks[j].pos === "PRON" || toks[j].pos === "DET")) return true;
    }
  }
  return false;
}

export function modalityOf(view: SentenceView, trig: Trigger, counterfactualSentence: boolean): ModalityReading {
  const { toks } = view;
  const cues = modalityCues();
  const negated = negatedAt(view, trig);
  const reading = (modality: Modality, futureInPast = false): ModalityReading => ({ modality, negated, futureInPast });
  if (counterfactualSentence) return reading("counterfactual");

  const clause = view.clauses[view.clauseOf[trig.head]];
  const modal = trig.entry.pos === "verb" ? modalOf(toks, trig.head) : null;
  const sentenceConditional = toks.some((t) => cues.conditionals.has(t.norm));
  let hypothetical = inConditionalClause(view, trig.head);
  if (hasModalPerfect(toks, clause.from, Math.min(clause.to, trig.head + 1))) hypothetical = true;
  if (modal && modal !== "would" && modal !== "will") hypothetical = true;
  if (modal === "would" && sentenceConditional) hypothetical = true;

  let governedNegated = false;
  if (trig.entry.pos === "verb") {
    const to = infinitiveMarker(toks, trig.head);
    if (to >= 0) {
      const g = governorOf(toks, to);
      if (g === "negated") governedNegated = true;
      else if (g === "irrealis") hypothetical = true;
    }
  }
  if (complementCue(view, trig.head, cues.irrealisGovernors)) hypothetical = true;
  if (hypothetical) return reading("hypothetical");
  if (negated || governedNegated) return { modality: "negated", negated: true, futureInPast: false };
  if (isReported(view, trig.head)) return reading("reported");
  return reading("asserted", modal === "would");
}

/** Inside the complement of a reporting predicate ("claimed that", "according to"). */
export function isReported(view: SentenceView, head: number): boolean {
  return complementCue(view, head, modalityCues().reportingVerbs);
}
