// Finding event triggers in a tagged sentence: a verb or noun of the lexicon whose constraints hold.
import type { TriggerEntry } from "./lexicon.ts";
import { triggerLexicon } from "./lexicon.ts";
import { grammarOf } from "../syntax/grammar.ts";
import type { SentenceView } from "./sentence.ts";

export interface Trigger {
  entry: TriggerEntry;
  /** Token index of the head word. */
  head: number;
  /** Last token of the trigger phrase ("declared war" ends at "war"). */
  last: number;
}

const WITH_WINDOW = 8;
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const PARTICLE_POS = new Set(["ADP", "ADV", "PART"]);

/** Index of one of `words` within a few tokens after `head` in the same clause, before another finite verb; -1 if none. */
function findWith(view: SentenceView, head: number, words: string[], both = false): number {
  const { toks, clauseOf } = view;
  for (let k = head + 1; k < toks.length && k <= head + WITH_WINDOW && clauseOf[k] === clauseOf[head]; k++) {
    if (words.includes(toks[k].norm)) return k;
    if (toks[k].pos === "VERB" && toks[k - 1]?.norm !== "to" && !words.includes(toks[k].norm)) break;
  }
  if (both) {
    for (let k = head - 1; k >= 0 && k >= head - 3; k--) if (words.includes(toks[k].norm)) return head;
  }
  // In the passive the object is the subject: "the text was endorsed by Emperor Kōmei".
  const v = view.vgAt[head];
  if (v >= 0 && view.vgs[v].passive) for (const m of view.vgs[v].subject) if (words.includes(toks[view.nps[m].head].norm)) return head;
  return -1;
}

function matchEntry(view: SentenceView, head: number, entry: TriggerEntry): Trigger | null {
  const { toks } = view;
  let last = head;
  if (entry.particle) {
    const next = toks[head + 1];
    if (!next || next.norm !== entry.particle || !PARTICLE_POS.has(next.pos)) return null;
    last = head + 1;
  }
  if (entry.with) {
    const k = findWith(view, last, entry.with, entry.pos === "noun");
    if (k < 0) return null;
    last = Math.max(last, k);
  }
  if (entry.objectKind) {
    const clause = view.clauseOf[head];
    const kinds = entry.objectKind;
    // In the passive the object is the subject: "Zhukov was sent to Mongolia".
    const passive = BE_FORMS.has(view.toks[head - 1]?.norm ?? "");
    const ok = view.mentions.some((m) => (m.first > last || passive) && view.clauseOf[m.first] === clause && kinds.includes(m.entity.kind));
    if (!ok) return null;
  }
  if (entry.objectIs && !objectIs(view, head, entry.objectIs)) return null;
  return { entry, head, last };
}

/** The direct objects of verb group v, or those of the verb coordinated right after it ("intercepted and turned back Japanese naval forces"). */
export function objectsOf(view: SentenceView, v: number): number[] {
  const vg = view.vgs[v];
  if (vg.objects.length || vg.passive || view.toks[vg.to]?.pos !== "CCONJ") return vg.objects;
  const sister = view.vgs.find((w) => w.coordinatedWith === v && w.from === vg.to + 1 && !w.passive);
  return sister ? sister.objects : vg.objects;
}

/** Does the direct object of the verb at `head` (its subject in the passive) name an entity of one of `kinds`? */
function objectIs(view: SentenceView, head: number, kinds: string[]): boolean {
  const v = view.vgAt[head];
  if (v < 0) return false;
  const vg = view.vgs[v];
  const phrases = [...(vg.passive ? vg.subject : objectsOf(view, v))];
  // "supported the integrity of the Ottoman Empire": the object's of-phrase
  for (let x = 0; x < view.nps.length; x++) {
    const np = view.nps[x];
    if (np.prep >= 0 && np.after >= 0 && phrases.includes(np.after) && view.toks[np.prep].norm === "of") phrases.push(x);
  }
  for (const ref of view.mentions) {
    if (!kinds.includes(ref.entity.kind)) continue;
    for (let k = ref.last; k >= ref.first; k--) {
      const m = view.npAt[k];
      if (m >= 0) {
        if (phrases.includes(m)) return true;
        break;
      }
    }
  }
  // a pronoun object ("supported them") may stand for an actor
  return kinds.includes("state") && phrases.some((m) => view.toks[view.nps[m].head].pos === "PRON" && !grammarOf().reflexivePronouns.has(view.toks[view.nps[m].head].norm));
}

/** A verb, a participle tagged as adjective, or a word the tagger took for a noun in a verb position ("to identify and arrest members"). */
function isVerbTag(view: SentenceView, t: number): boolean {
  const { toks } = view;
  const tok = toks[t];
  // "the recent defeats of …": after a determiner (and adjectives) the tagger's verb is a noun.
  let k = t - 1;
  while (k >= 0 && toks[k].pos === "ADJ") k--;
  const afterDeterminer = k >= 0 && toks[k].pos === "DET" && toks[k].norm !== "that";
  if (tok.pos === "VERB") return !(afterDeterminer && (toks[t + 1]?.norm === "of" || !tok.norm.endsWith("ed")));
  if (tok.pos === "ADJ" && tok.norm.endsWith("ed")) return true;
  if (tok.pos !== "NOUN") return false;
  const prev = toks[t - 1];
  const next = toks[t + 1];
  const objectFollows = !!next && (next.pos === "DET" || next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "PRON");
  if (prev?.norm === "to" && prev.pos === "PART") return objectFollows;
  return prev?.pos === "CCONJ" && toks[t - 2]?.pos === "VERB" && objectFollows;
}

const ACTOR_OR_PLACE = new Set(["state", "organization", "person", "group", "place"]);

/** Token t is the last word of the mention of a thing that is neither an actor nor a place (an operation, a truce). */
function endsThingName(view: SentenceView, t: number): boolean {
  const ref = view.mentions[view.mentionAt[t]];
  if (ref.last !== t) return false;
  return !view.mentions.some((m) => m.first <= t && m.last >= t && ACTOR_OR_PLACE.has(m.entity.kind));
}

/** Triggers of a sentence in token order (at most one per head token). */
export function findTriggers(view: SentenceView): Trigger[] {
  const lex = triggerLexicon();
  const out: Trigger[] = [];
  const { toks } = view;
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t];
    const verbs = lex.verbs.get(tok.norm);
    const inMention = view.mentionAt[t] >= 0;
    // "the Soviet Union's Vyborg–Petrozavodsk Offensive", "a ceasefire": an event noun ending the name of a thing.
    const namesEvent = inMention && endsThingName(view, t);
    if (inMention && !namesEvent) continue;
    let entries = verbs && !inMention && isVerbTag(view, t) ? verbs : undefined;
    if (!entries && (tok.pos === "NOUN" || tok.pos === "VERB" || tok.pos === "PROPN")) {
      // "The Blockade of Germany": a capitalised event noun right after a sentence's first article is no name of a thing.
      const capitalisedInside = t > 0 && tok.text[0] !== tok.text[0].toLowerCase() && !(t === 1 && toks[0].pos === "DET");
      if (!capitalisedInside || namesEvent || (tok.pos === "PROPN" && t === 0)) entries = lex.nouns.get(tok.norm);
      if (tok.pos === "PROPN" && t > 0 && !namesEvent && !(t === 1 && toks[0].pos === "DET")) entries = undefined;
    }
    if (!entries) continue;
    for (const entry of entries) {
      const hit = matchEntry(view, t, entry);
      if (hit) {
        out.push(hit);
        break;
      }
    }
  }
  return out;
}
