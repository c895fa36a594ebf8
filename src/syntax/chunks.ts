// Noun phrases and verb groups over the tokens of one fragment of a sentence (the sentence outside its
// parentheses, or the inside of one parenthesis): a fragment reads past the parentheses nested in it.
import { grammarOf } from "./grammar.ts";
import type { NounPhrase, TaggedToken, VerbGroup } from "./types.ts";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
/** Words after a determiner that make a time phrase, not an object ("defeated the previous year"). */
const TIME_AFTER_DET = new Set(["previous", "following", "next", "same", "last", "year", "day", "month", "week", "summer", "winter", "spring", "autumn"]);
const PREMODIFIER = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);
// "that realm", "that conquest": what a demonstrative "that" goes with (not "that he proceed").
const DEMONSTRATED = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
const QUOTES = new Set(["“", "”", "\"", "‘"]);
const PARTICIPLE = /(ed|en|wn|ld|nt|ht|ne|un|ut|ck|ng|ht)$/;

export const isVerbal = (t: TaggedToken): boolean => t.pos === "VERB" || t.pos === "AUX";

/** A past participle by its form ("signed", "taken", "sent", "held"). */
export function looksParticiple(t: TaggedToken): boolean {
  return t.pos === "VERB" && !t.norm.endsWith("ing") && PARTICIPLE.test(t.norm);
}

/** The token's first letter is a capital (its norm is its lower-cased text). */
export function isCapitalised(t: TaggedToken): boolean {
  return t.text.charCodeAt(0) !== t.norm.charCodeAt(0);
}

export interface Chunks {
  nps: NounPhrase[];
  vgs: VerbGroup[];
}

function newNp(from: number, to: number, head: number, scope: number): NounPhrase {
  return { from, to, head, prep: -1, possessed: -1, possessor: -1, group: -1, apposOf: -1, after: -1, scope };
}

function newVg(from: number, to: number, head: number): VerbGroup {
  return {
    from, to, head, form: "finite", passive: false, modal: -1, negation: -1, toMarker: -1, particle: -1,
    subject: [], subjectFrom: "none", objects: [], obliques: [], agent: [], coordinatedWith: -1, controllerNoun: -1, governor: -1,
  };
}

/**
 * Chunks one fragment, given as the ascending token indexes `seq`; appends to `out` (NP and VG indexes are
 * global to the sentence).
 */
export function chunkFragment(toks: TaggedToken[], seq: number[], scope: number, out: Chunks): void {
  const g = grammarOf();
  const n = seq.length;
  const at = (i: number): TaggedToken | undefined => (i >= 0 && i < n ? toks[seq[i]] : undefined);
  /** Can token i start or continue a noun phrase? */
  const npWord = (i: number, inside: boolean): boolean => {
    const t = at(i);
    if (!t) return false;
    if (t.pos === "PRON") {
      if (g.relatives.has(t.norm) && !(t.norm === "that" && DEMONSTRATED.has(at(i + 1)?.pos ?? ""))) return false;
      return !inside || g.possessivePronouns.has(t.norm);
    }
    if (PREMODIFIER.has(t.pos)) return !(t.pos === "DET" && inside && !g.quantifiersOf.has(at(i - 1)?.norm ?? ""));
    if (t.pos === "ADV") {
      // "the heavily outnumbered Italians", "the more numerous armies"
      const next = at(i + 1);
      return !!next && (next.pos === "ADJ" || (next.pos === "ADV" && at(i + 2)?.pos === "ADJ")) && (inside || at(i - 1)?.pos === "DET");
    }
    if (inside && (t.norm === "-" || t.norm === "–")) return PREMODIFIER.has(at(i + 1)?.pos ?? "") && !isVerbal(at(i + 1)!);
    if (inside && QUOTES.has(t.text)) return true;
    return false;
  };
  const vgsBefore = out.vgs.length;
  let prepPending = -1;
  let i = 0;
  while (i < n) {
    const t = at(i)!;
    const k = seq[i];
    if (t.pos === "ADP" || (t.norm === "to" && t.pos === "PART" && npWord(i + 1, false) && !isVerbal(at(i + 1)!))) {
      prepPending = k;
      i++;
      continue;
    }
    // "to sign", "to formally agree"; "to being forced" is a preposition before a gerund.
    const infinitive = t.norm === "to" && t.pos === "PART" && !!at(i + 1) && (isVerbal(at(i + 1)!) || at(i + 1)!.pos === "ADV") && !at(i + 1)!.norm.endsWith("ing");
    if (isVerbal(t) || infinitive) {
      i = verbGroup(i);
      prepPending = -1;
      continue;
    }
    if (npWord(i, false)) {
      i = nounPhrase(i, prepPending);
      prepPending = -1;
      continue;
    }
    // A quotation mark or a comma between a preposition and its object is read past; anything else ends it.
    if (!QUOTES.has(t.text)) prepPending = -1;
    i++;
  }

  function verbGroup(i0: number): number {
    let i = i0;
    let toMarker = -1;
    let modal = -1;
    let negation = -1;
    let head = -1;
    let sawBe = false;
    let lastAux = -1;
    // "having taken", "being forced": a perfect or passive gerund
    let gerundAux = -1;
    for (; i < n; i++) {
      const t = at(i)!;
      const k = seq[i];
      if (t.norm === "to" && t.pos === "PART" && head < 0 && lastAux < 0) toMarker = k;
      else if (t.pos === "AUX") {
        if (head >= 0) break;
        if (g.modals.has(t.norm)) modal = k;
        if (g.be.has(t.norm) || t.norm === "get" || t.norm === "got") sawBe = true;
        lastAux = k;
      } else if (t.pos === "VERB") {
        // "began to collapse": a second verb after a full verb starts a group of its own, except after
        // "having"/"being" ("having taken", "being forced").
        if (head >= 0 && !(g.have.has(toks[head].norm) || g.be.has(toks[head].norm))) break;
        if (head >= 0 && g.be.has(toks[head].norm)) sawBe = true;
        if (head >= 0 && (toks[head].norm === "having" || toks[head].norm === "being") && head === seq[i - 1] && gerundAux < 0 && lastAux < 0) gerundAux = head;
        head = k;
      } else if ((t.pos === "PART" || t.pos === "ADV") && g.negation.has(t.norm)) negation = k;
      else if (t.pos === "ADV" && (isVerbal(at(i + 1) ?? t) && at(i + 1) !== undefined || (at(i + 1)?.pos === "ADV" && at(i + 2) && isVerbal(at(i + 2)!)))) {
        // adverbs inside the group: "had already signed", "was also supported"
      } else break;
    }
    if (head < 0) head = lastAux >= 0 ? lastAux : seq[i0];
    const from = seq[i0];
    let end = i;
    const vg = newVg(from, seq[end - 1] + 1, head);
    vg.toMarker = toMarker;
    vg.modal = modal;
    vg.negation = negation;
    const h = toks[head];
    vg.passive = sawBe && head !== lastAux && looksParticiple(h);
    if (toMarker >= 0) vg.form = "infinitive";
    else if (gerundAux >= 0) vg.form = "gerund";
    else if (h.pos === "VERB" && h.norm.endsWith("ing") && (lastAux < 0 || toks[lastAux].norm === "being" || toks[lastAux].norm === "having")) vg.form = "gerund";
    else if (lastAux < 0 && looksParticiple(h) && participleContext(i0, end)) {
      vg.form = "participle";
      vg.passive = true;
    }
    // A particle right after the verb when no noun phrase follows it ("gave in to", "was sent away"), or one that is
    // never a preposition before its object ("broke off relations").
    const next = at(end);
    if (next && (next.pos === "ADP" || next.pos === "ADV" || next.pos === "PART") && g.particles.has(next.norm)) {
      const after = at(end + 1);
      const npFollows = !!after && (PREMODIFIER.has(after.pos) || after.pos === "PRON");
      if (!npFollows || next.norm === "off" || next.norm === "out" || next.norm === "away" || next.norm === "back") {
        vg.particle = seq[end];
        vg.to = seq[end] + 1;
        end++;
      }
    }
    out.vgs.push(vg);
    return end;
  }

  /** A bare past participle that is no finite verb: fronted ("Signed under threat, …"), after a comma, or "NP led by …". */
  function participleContext(i0: number, end: number): boolean {
    let prev = at(i0 - 1);
    // "The Allies, however, intercepted …": a parenthetical adverb between commas hides no clause boundary.
    if (prev?.norm === "," && at(i0 - 2)?.pos === "ADV" && at(i0 - 3)?.norm === "," && at(i0 - 4) && NOMINAL.has(at(i0 - 4)!.pos)) prev = at(i0 - 4);
    if (!prev || prev.norm === "(" || QUOTES.has(prev.text)) return true;
    const next = at(end);
    // "Hitler responded by ordering …": a by-phrase with a gerund is a means, no agent.
    const afterBy = at(end + 1);
    const byFollows = !!next && next.norm === "by" && !(afterBy && afterBy.pos === "VERB" && afterBy.norm.endsWith("ing"));
    // "The treaty, written in English, was signed": the first verb after a comma; "…, led by X".
    // "Germany, along with … and Finland, invaded the Soviet Union": a participle takes no direct object, so one that
    // has one after a comma is the clause's finite verb.
    if (prev.norm === "," && next && (next.pos === "PROPN" || (next.pos === "DET" && !TIME_AFTER_DET.has(at(end + 1)?.norm ?? "")))) return false;
    if (prev.norm === ",") return byFollows || out.vgs.length === vgsBefore;
    return byFollows && (NOMINAL.has(prev.pos) || prev.pos === "ADJ");
  }

  function nounPhrase(i0: number, prep: number): number {
    let i = i0;
    let from = seq[i0];
    let head = -1;
    let currentPrep = prep;
    let possessor = -1;
    let hasNoun = false;
    for (; i < n; i++) {
      const t = at(i)!;
      const possessive = t.norm === "'s" || (t.norm === "'" && at(i - 1)!.norm.endsWith("s") && t.start === at(i - 1)!.end && npWord(i + 1, false));
      if (i > i0 && (t.pos === "PART" || t.pos === "PUNCT") && possessive) {
        // "Germany's declaration": the possessor is a phrase of its own.
        const idx = out.nps.length;
        const np = newNp(from, seq[i], head >= 0 ? head : seq[i - 1], scope);
        np.prep = currentPrep;
        np.possessor = possessor;
        out.nps.push(np);
        if (possessor >= 0) out.nps[possessor].possessed = idx;
        possessor = idx;
        currentPrep = -1;
        from = seq[i + 1] ?? seq[i];
        head = -1;
        hasNoun = false;
        continue;
      }
      // "In 1870 France declared", "by the next spring Prussia invaded": a year or a common noun closes the phrase before a name.
      if (i > i0 && nameAfterDateOrNoun(i)) break;
      if (!npWord(i, i > i0 && seq[i] !== from)) {
        // Coordinated premodifiers: "the German and Soviet invasions", "Serbian and Greek armies".
        if (t.pos === "CCONJ" && !hasNoun && head >= 0 && coordinatedPremodifiers(i)) continue;
        // A proper name with "of": "Treaty of London", "League of Nations", "Kingdom of the Serbs".
        if (head >= 0 && g.nameJoiners.has(t.norm) && nameGoesOn(i, head)) {
          if (at(i + 1)?.norm === "the") i++;
          continue;
        }
        break;
      }
      const p = t.pos;
      if (NOMINAL.has(p)) head = seq[i];
      else if (head < 0 && (p === "ADJ" || p === "DET")) head = seq[i];
      if (p === "NOUN") hasNoun = true;
      // A personal or object pronoun is a phrase by itself.
      if (p === "PRON" && !g.possessivePronouns.has(t.norm)) {
        i++;
        break;
      }
    }
    if (i === i0) return i0 + 1;
    const last = seq[i - 1];
    if (from > last) return i; // a possessor with nothing after it
    if (head < 0 || head < from) head = last;
    const idx = out.nps.length;
    const np = newNp(from, last + 1, head, scope);
    np.prep = currentPrep;
    np.possessor = possessor;
    if (possessor >= 0) out.nps[possessor].possessed = idx;
    out.nps.push(np);
    return i;
  }

  /**
   * "In 1870 France declared", "by December 11 Germany invoked", "through diplomacy Soviet leaders proposed": a
   * capitalised word after a number or a lower-case noun starts a phrase of its own, unless a common noun ends
   * the capitalised run ("500 Italian soldiers").
   */
  function nameAfterDateOrNoun(i: number): boolean {
    const t = at(i)!;
    const prev = at(i - 1)!;
    // "In June 1950 President Truman ordered": a title before a name after a year.
    if (isCapitalised(t) && t.pos === "NOUN" && prev.pos === "NUM" && /^\d/.test(prev.text) && at(i + 1)?.pos === "PROPN") return true;
    if (!isCapitalised(t) || (t.pos !== "PROPN" && t.pos !== "ADJ")) return false;
    if (prev.pos === "NOUN" && !isCapitalised(prev)) return true;
    if (prev.pos !== "NUM" || !/^\d/.test(prev.text)) return false;
    let j = i;
    while (at(j) && (at(j)!.pos === "PROPN" || at(j)!.pos === "ADJ")) j++;
    return at(j)?.pos !== "NOUN";
  }

  /** At a conjunction inside a run of premodifiers: more premodifiers and then a common noun follow. */
  function coordinatedPremodifiers(i: number): boolean {
    let j = i + 1;
    let mods = 0;
    while (at(j) && (at(j)!.pos === "ADJ" || at(j)!.pos === "PROPN")) {
      j++;
      mods++;
    }
    return mods > 0 && at(j)?.pos === "NOUN";
  }

  /** At "of" after a capitalised head: a capitalised word (after an optional "the") follows. */
  function nameGoesOn(i: number, head: number): boolean {
    const h = toks[head];
    if (!isCapitalised(h) || (h.pos !== "PROPN" && !(h.pos === "NOUN" && head > 0))) return false;
    let j = i + 1;
    if (at(j)?.norm === "the") j++;
    const t = at(j);
    return !!t && t.pos === "PROPN" && isCapitalised(t);
  }
}
