// Corrections to the tagger's parts of speech from the patterns of data/syntax/grammar.json ("retag").
import { grammarOf } from "./grammar.ts";
import type { RetagRule } from "./grammar.ts";
import type { TaggedToken } from "./tagger.ts";

const NP_RUN = new Set(["DET", "ADJ", "PROPN", "NOUN", "NUM", "ADV"]);

function tagBefore(toks: TaggedToken[], k: number): string | undefined {
  let j = k - 1;
  while (j >= 0 && toks[j].pos === "ADV") j--;
  return toks[j]?.pos;
}

function determined(toks: TaggedToken[], k: number): boolean {
  for (let j = k - 1; j >= 0 && NP_RUN.has(toks[j].pos); j--) if (toks[j].pos === "DET") return true;
  return false;
}

function applies(rule: RetagRule, toks: TaggedToken[], k: number): boolean {
  const t = toks[k];
  if (t.pos !== rule.pos) return false;
  if (rule.suffix && !rule.suffix.some((s) => t.norm.endsWith(s))) return false;
  if (rule.capitalisedInside && (k === 0 || t.text[0] === t.norm[0] || toks[k - 1].norm === "\"" || toks[k - 1].norm === "“")) return false;
  const before = tagBefore(toks, k);
  if (rule.before && (!before || !rule.before.includes(before))) return false;
  if (rule.beforeSeq) {
    const n = rule.beforeSeq.length;
    for (let j = 0; j < n; j++) if (toks[k - n + j]?.pos !== rule.beforeSeq[j]) return false;
  }
  if (rule.beforeWord && toks[k - 1]?.norm !== rule.beforeWord) return false;
  if (rule.afterWord && toks[k + 1]?.norm !== rule.afterWord) return false;
  const after = toks[k + 1]?.pos;
  if (rule.after && (!after || !rule.after.includes(after))) return false;
  if (rule.afterNot && after && rule.afterNot.includes(after)) return false;
  if (rule.determined && !determined(toks, k)) return false;
  return true;
}

/** Applies the retagging rules in place, one rule after the other over the whole sentence (a rule sees the corrections of the rules before it). */
export function retag(toks: TaggedToken[]): void {
  for (const rule of grammarOf().retag) {
    for (let k = 0; k < toks.length; k++) if (applies(rule, toks, k)) toks[k].pos = rule.to;
  }
}
