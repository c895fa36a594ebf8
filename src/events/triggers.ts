// Finding event triggers in a tagged sentence: a verb or noun of the lexicon whose constraints hold.
import type { TriggerEntry } from "./lexicon.ts";
import { triggerLexicon } from "./lexicon.ts";
import type { SentenceView } from "./sentence.ts";

export interface Trigger {
  entry: TriggerEntry;
  /** Token index of the head word. */
  head: number;
  /** Last token of the trigger phrase ("declared war" ends at "war"). */
  last: number;
}

const WITH_WINDOW = 6;
const PARTICLE_POS = new Set(["ADP", "ADV", "PART"]);

function inMention(view: SentenceView, t: number): boolean {
  return view.mentions.some((m) => m.first <= t && t <= m.last);
}

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
    const ok = view.mentions.some((m) => m.first > last && view.clauseOf[m.first] === clause && m.entity.kind === entry.objectKind);
    if (!ok) return null;
  }
  return { entry, head, last };
}

function isVerbTag(view: SentenceView, t: number): boolean {
  const tok = view.toks[t];
  return tok.pos === "VERB" || (tok.pos === "ADJ" && tok.norm.endsWith("ed"));
}

/** Triggers of a sentence in token order (at most one per head token). */
export function findTriggers(view: SentenceView): Trigger[] {
  const lex = triggerLexicon();
  const out: Trigger[] = [];
  const { toks } = view;
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t];
    let entries: TriggerEntry[] | undefined;
    if (isVerbTag(view, t)) entries = lex.verbs.get(tok.norm);
    else if (tok.pos === "NOUN" || (tok.pos === "PROPN" && t === 0)) {
      const capitalisedInside = t > 0 && tok.text[0] !== tok.text[0].toLowerCase();
      if (!capitalisedInside) entries = lex.nouns.get(tok.norm);
    }
    if (!entries || inMention(view, t)) continue;
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
