// Clause boundaries: at semicolons and dashes; before subordinators and relative words that open a clause;
// after a fronted dependent clause ("Before X was signed, the Soviet Union sent…"); at a conjunction joining two
// finite clauses. Coordinated subjects ("Japan, Germany, and Italy entered") and verb phrases ("launched … and
// invaded") stay in one clause.
import { grammarOf } from "./grammar.ts";
import type { TaggedToken } from "./types.ts";

export interface RawClause {
  from: number;
  to: number;
  dependent: boolean;
  resumes?: number;
}

const DASHES = new Set([";", ":", "—", "–"]);
const NP_WORD = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADV"]);
const NP_BODY = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
const QUOTES = new Set(["“", "”", "\"", "‘", "’", "'", "-"]);
const PERFECT_OR_MODAL = new Set(["had", "has", "have", "would", "could", "was", "were", "did"]);

function isVerbal(t: TaggedToken): boolean {
  return t.pos === "VERB" || t.pos === "AUX";
}

/** Does a finite clause start after token i: (a prepositional phrase,) a noun phrase, then a verb? */
export function newClauseAfter(toks: TaggedToken[], i: number, strict = false): boolean {
  let sawNoun = false;
  for (let k = i + 1; k < toks.length && k <= i + 14; k++) {
    const t = toks[k];
    // a verb after "to" is an infinitive, no finite clause: "Edo, the nation's capital, and to burn it"
    if (isVerbal(t)) return sawNoun && !t.norm.endsWith("ing") && toks[k - 1].norm !== "to";
    if (QUOTES.has(t.norm)) continue;
    if (!strict && (t.norm === "," || t.pos === "ADP" || t.pos === "CCONJ")) continue;
    if (!NP_WORD.has(t.pos)) return false;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") sawNoun = true;
  }
  return false;
}

/**
 * After a conjunction at i: an optional fronted prepositional phrase, then a subject noun phrase and a verb
 * ("and by December 11 Germany invoked", "and Japan would attack"), but not a noun phrase that goes on
 * with a preposition or another conjunction ("and China in 1938, …").
 */
function clauseAfterConjunction(toks: TaggedToken[], i: number): boolean {
  let k = i + 1;
  if (toks[k]?.pos === "ADP") k++;
  const fronted = k > i + 1;
  let sawNoun = false;
  for (; k < toks.length && k <= i + 14; k++) {
    const t = toks[k];
    if (isVerbal(t)) return sawNoun && !t.norm.endsWith("ing");
    if (QUOTES.has(t.norm)) continue;
    if (fronted && t.norm === ",") continue;
    // "so the Italian army, invading Ethiopia from Eritrea in 1893, faced": a subject, an aside between commas, a verb
    if (sawNoun && t.norm === ",") {
      for (let j = k + 1; j < toks.length && j <= k + 16; j++) {
        if (toks[j].norm !== ",") continue;
        const v = toks[j + 1];
        return !!v && isVerbal(v) && !v.norm.endsWith("ing");
      }
      return false;
    }
    if (!NP_WORD.has(t.pos)) return false;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") sawNoun = true;
  }
  return false;
}

/** The conjunction at i joins two noun phrases of a subject ("the Soviet Union and Germany signed"), not two clauses. */
function joinsSubjects(toks: TaggedToken[], i: number, clauseStart: number): boolean {
  let k = i - 1;
  if (toks[k]?.norm === ",") k--;
  while (k >= clauseStart && (NP_BODY.has(toks[k].pos) || QUOTES.has(toks[k].norm))) k--;
  const before = toks[k];
  // "a treaty between Greece and Bulgaria became necessary": "between" joins its two objects.
  if (before && (before.norm === "between" || before.norm === "among")) return true;
  return !before || k < clauseStart || before.norm === "," || before.pos === "SCONJ" || before.pos === "CCONJ" || before.pos === "ADV" || before.pos === "PUNCT";
}

function isSubordinator(t: TaggedToken): boolean {
  return (t.pos === "SCONJ" || t.pos === "ADP" || t.pos === "ADV") && grammarOf().subordinators.has(t.norm);
}

/**
 * "The Union claimed that the company had not fulfilled its contract and sued the company": a bare past verb
 * after "and" does not continue the complement's auxiliary verb group ("had not fulfilled") but the plain past
 * verb of the clause above ("claimed"). Returns the index of that clause, or -1.
 */
function resumedClause(toks: TaggedToken[], clauses: RawClause[], i: number): number {
  const next = toks[i + 1];
  if (!next || next.pos !== "VERB" || next.norm.endsWith("ing") || !next.norm.endsWith("ed")) return -1;
  const cur = clauses[clauses.length - 1];
  if (!cur.dependent || toks[cur.from].norm !== "that" || clauses.length < 2) return -1;
  let aux = false;
  for (let k = cur.from; k < i; k++) {
    if (toks[k].pos === "AUX" && PERFECT_OR_MODAL.has(toks[k].norm)) aux = true;
    if (toks[k].pos === "VERB") break;
  }
  if (!aux) return -1;
  const above = clauses.length - 2;
  const upper = clauses[above];
  for (let k = upper.from; k < upper.to; k++) {
    if (toks[k].pos === "AUX") return -1;
    if (toks[k].pos === "VERB" && toks[k].norm.endsWith("ed")) return above;
  }
  return -1;
}

/** Splits a run of tokens (one fragment of a sentence) into clauses; indexes are into `toks`. */
export function splitClauses(toks: TaggedToken[], insideNp: (i: number) => boolean = () => false): RawClause[] {
  const g = grammarOf();
  // "After the Central Powers launched …" opens a clause; "After two months of negotiations, …" is a phrase.
  const opensClause = (t: TaggedToken) => isSubordinator(t) && (t.pos !== "ADP" || newClauseAfter(toks, 0, true));
  const clauses: RawClause[] = [{ from: 0, to: toks.length, dependent: toks.length > 0 && opensClause(toks[0]) }];
  let verbSeen = false;
  const open = (i: number, dependent: boolean) => {
    const cur = clauses[clauses.length - 1];
    if (i === cur.from) {
      cur.dependent ||= dependent;
      return;
    }
    cur.to = i;
    clauses.push({ from: i, to: toks.length, dependent });
    verbSeen = false;
  };
  let resumes: number;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const cur = clauses[clauses.length - 1];
    const prev = toks[i - 1];
    if (i > 0 && DASHES.has(prev.norm)) open(i, false);
    else if (insideNp(i)) {
      // "the combined Serbian and Greek armies": a conjunction inside a noun phrase joins no clauses.
    } else if (i > 0 && isSubordinator(t) && !(toks[i + 1]?.norm === "," && prev.pos === "ADV") && (t.pos === "SCONJ" || newClauseAfter(toks, i, t.pos === "ADP"))) open(i, true);
    else if (i > 0 && (t.norm === "which" || t.norm === "who" || t.norm === "whom")) open(i, true);
    else if (i > 0 && t.norm === "that" && (t.pos === "SCONJ" || (t.pos === "PRON" && prev.pos === "NOUN"))) open(i, true);
    else if (i > 0 && t.pos === "CCONJ" && (resumes = resumedClause(toks, clauses, i)) >= 0) {
      open(i, false);
      clauses[clauses.length - 1].resumes = resumes;
    } else if (i > 0 && t.pos === "CCONJ" && g.clauseConjunctions.has(t.norm) && verbSeen && clauseAfterConjunction(toks, i) && !joinsSubjects(toks, i, cur.from)) open(i, false);
    else if (cur.dependent && verbSeen && t.pos === "CCONJ" && prev?.norm === "," && toks[i + 1] && isSubordinator(toks[i + 1]) && toks[i + 2] && isVerbal(toks[i + 2])) {
      // "After refusing X, which was …, and after threatening Y, he was allowed": a second fronted adjunct.
      open(i, true);
    } else if (cur.dependent && verbSeen && prev?.norm === "," && t.pos === "VERB" && t.norm.endsWith("ed") && clauses.length >= 2 && toks[cur.from].norm === "that") {
      // "Both Serbia and Greece, utilizing the argument that the war had been prolonged, repudiated …": the clause
      // around the complement goes on.
      open(i, false);
      clauses[clauses.length - 1].resumes = clauses.length - 3;
    } else if (cur.dependent && (verbSeen || i - cur.from <= 3) && prev && (prev.norm === "," || prev.pos === "VERB" || prev.pos === "NUM" || (prev.pos === "NOUN" && g.personalPronouns.has(t.norm)))
      && (t.pos === "DET" || g.personalPronouns.has(t.norm) || t.pos === "PROPN" || (t.pos === "ADJ" && prev.norm === ",")) && newClauseAfter(toks, i - 1, prev.norm !== ",")) open(i, false);
    if (isVerbal(t)) verbSeen = true;
  }
  return clauses;
}
