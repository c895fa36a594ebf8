// Relations inside one fragment of a sentence: coordination and apposition of noun phrases, the phrase a
// prepositional phrase follows, relative clauses and their antecedents, and for each verb group its subject
// (own, shared with a coordinated verb, controlled, or the antecedent of a relative clause), objects,
// prepositional phrases and passive agent.
import { grammarOf } from "./grammar.ts";
import type { Clause, NounPhrase, SentenceSyntax, TaggedToken, VerbGroup } from "./types.ts";

/** One fragment: its tokens in order, and the noun phrases, verb groups and clauses that lie in it. */
export interface Fragment {
  seq: number[];
  nps: number[];
  vgs: number[];
  clauses: number[];
  /** The parenthesis the fragment is the inside of, or -1 for the sentence outside its parentheses. */
  scope: number;
}

const COORDINATORS = new Set(["and", "or", "nor"]);

export function relate(s: SentenceSyntax, f: Fragment): void {
  const { toks, nps, vgs, npAt, vgAt } = s;
  // Neighbours in the fragment's order (a fragment reads past the parentheses inside it).
  const prevOf = (k: number): number => {
    if (f.scope < 0 && k > 0 && s.parenOf[k - 1] < 0) return k - 1;
    const i = f.seq.indexOf(k);
    return i <= 0 ? -1 : f.seq[i - 1];
  };
  const nextOf = (k: number): number => {
    if (f.scope < 0 && k + 1 < toks.length && s.parenOf[k + 1] < 0) return k + 1;
    const i = f.seq.indexOf(k);
    return i < 0 || i + 1 >= f.seq.length ? -1 : f.seq[i + 1];
  };
  /** Last token of phrase m in the fragment's order. */
  const lastOf = (m: NounPhrase): number => m.to - 1;
  const npEndingAt = (k: number): number => (k >= 0 && npAt[k] >= 0 && lastOf(nps[npAt[k]]) === k ? npAt[k] : -1);

  // The phrase a prepositional phrase follows directly.
  for (const m of f.nps) {
    const np = nps[m];
    if (np.prep >= 0) np.after = npEndingAt(prevOf(np.prep));
  }

  coordinate(s, f, prevOf, nextOf);
  relativeClauses(s, f, prevOf, npEndingAt);

  const clauseVgs = new Map<number, number[]>();
  for (const v of f.vgs) {
    const c = s.clauseOf[vgs[v].head];
    const list = clauseVgs.get(c);
    if (list) list.push(v);
    else clauseVgs.set(c, [v]);
  }
  // Objects and prepositional phrases first: subjects are read past the objects of non-finite verbs.
  for (const v of f.vgs) complements(s, f, v);
  const objectOf = new Array<number>(nps.length).fill(-1);
  for (const v of f.vgs) for (const m of vgs[v].objects) if (objectOf[m] < 0) objectOf[m] = v;

  for (const c of f.clauses) finiteSubjects(s, c, clauseVgs.get(c) ?? [], objectOf, prevOf);
  for (const c of f.clauses) for (const v of clauseVgs.get(c) ?? []) if (vgs[v].form !== "finite") control(s, f, v, objectOf, prevOf, npEndingAt, clauseVgs);
  for (const v of f.vgs) {
    const vg = vgs[v];
    if (vg.passive) vg.agent = vg.obliques.filter((m) => toks[nps[m].prep].norm === "by");
  }
  void vgAt;
}

/** Members of the coordination group of m, in order, with the phrases in apposition to them. */
export function groupOf(s: SentenceSyntax, m: number): number[] {
  const g = s.nps[m].group;
  const out: number[] = [];
  for (let k = 0; k < s.nps.length; k++) {
    const np = s.nps[k];
    if (k === m || (g >= 0 && np.group === g) || np.apposOf === m || (np.apposOf >= 0 && s.nps[np.apposOf].group === g && g >= 0)) out.push(k);
  }
  return out;
}

function coordinate(s: SentenceSyntax, f: Fragment, prevOf: (k: number) => number, nextOf: (k: number) => number): void {
  const { toks, nps } = s;
  // A possessor is part of the phrase it possesses: "Japan and the Soviet Union’s predecessor".
  const list = f.nps.filter((m) => nps[m].possessed < 0);
  const fromOf = (m: number): number => (nps[m].possessor >= 0 ? fromOf(nps[m].possessor) : nps[m].from);
  const isNumber = (m: number): boolean => toks[nps[m].head].pos === "NUM";
  // Links between consecutive phrases: "," or a coordinator (with an optional comma before it).
  const link: ("comma" | "conj" | null)[] = [];
  for (let x = 0; x + 1 < list.length; x++) {
    const a = nps[list[x]];
    const b = nps[list[x + 1]];
    link.push(null);
    if (s.clauseOf[a.head] !== s.clauseOf[b.head]) continue;
    // the tokens between a and b, in fragment order
    const between: number[] = [];
    const bFrom = fromOf(list[x + 1]);
    for (let k = nextOf(a.to - 1); k >= 0 && k < bFrom; k = nextOf(k)) between.push(k);
    const words = between.map((k) => toks[k].norm);
    const samePrep = b.prep < 0 || (a.prep >= 0 && toks[a.prep].norm === toks[b.prep].norm);
    const betweenWords = b.prep >= 0 ? words.slice(0, -1) : words;
    if (b.prep >= 0 && between[between.length - 1] !== b.prep) continue;
    if (!samePrep) continue;
    if (betweenWords.length === 1 && COORDINATORS.has(betweenWords[0])) link[x] = "conj";
    else if (betweenWords.length === 2 && betweenWords[0] === "," && COORDINATORS.has(betweenWords[1])) link[x] = "conj";
    else if (betweenWords.length === 3 && betweenWords.join(" ") === "as well as") link[x] = "conj";
    // "on August 23, 1939, the Soviet Union and Germany signed": a date and a name are no list.
    else if (betweenWords.length === 1 && betweenWords[0] === "," && isNumber(list[x]) === isNumber(list[x + 1])) link[x] = "comma";
  }
  // A run of links is a coordination when it ends in a coordinator; comma-only pairs may be appositions.
  let x = 0;
  while (x < list.length) {
    let y = x;
    while (y < link.length && link[y] !== null) y++;
    // phrases x..y are linked; find the last coordinator in the run
    let lastConj = -1;
    for (let z = x; z < y; z++) if (link[z] === "conj") lastConj = z;
    // "Following negotiations, the Allied powers and Germany signed": a list that ends before a finite verb starts
    // after its last comma when its first phrase stands after a verb or preposition.
    if (lastConj >= 0 && startsFiniteVerb(s, nps[list[y]].to)) {
      const before = prevOf(fromOf(list[x]));
      if (before >= 0 && (s.vgAt[before] >= 0 || toks[before].pos === "ADP")) {
        let cut = -1;
        for (let z = x; z < lastConj; z++) if (link[z] === "comma") cut = z;
        if (cut >= 0) {
          for (let z = x; z <= cut; z++) nps[list[z]].group = list[z];
          x = cut + 1;
        }
      }
    }
    if (lastConj >= 0) {
      const first = list[x];
      const prep = nps[first].prep;
      for (let z = x; z <= lastConj + 1; z++) {
        const np = nps[list[z]];
        np.group = first;
        if (np.prep < 0 && prep >= 0) np.prep = prep;
      }
      for (let z = lastConj + 1; z < y; z++) apposition(s, list[z], list[z + 1], prevOf, nextOf);
    } else {
      for (let z = x; z < y; z++) apposition(s, list[z], list[z + 1], prevOf, nextOf);
    }
    x = y + 1;
  }
  for (const m of list) if (nps[m].group < 0) nps[m].group = m;
}

/** "Russia, an Orthodox Christian nation", "the British consul in Zanzibar, Gerald Portal, was sent". */
function apposition(s: SentenceSyntax, a: number, b: number, prevOf: (k: number) => number, nextOf: (k: number) => number): void {
  const { toks, nps, vgAt } = s;
  const B = nps[b];
  if (B.prep >= 0 || nps[a].possessed >= 0) return;
  const next = nextOf(B.to - 1);
  const closes = next < 0 || toks[next].norm === "," || toks[next].pos === "PUNCT";
  if (!closes || (next >= 0 && vgAt[next] >= 0)) return;
  // The anchor: the phrase a prepositional phrase hangs from ("the consul | in Zanzibar"), else a itself.
  let anchor = a;
  while (nps[anchor].prep >= 0 && nps[anchor].after >= 0) anchor = nps[anchor].after;
  B.apposOf = anchor;
  void prevOf;
}

function relativeClauses(s: SentenceSyntax, f: Fragment, prevOf: (k: number) => number, npEndingAt: (k: number) => number): void {
  const g = grammarOf();
  for (const c of f.clauses) {
    const clause = s.clauses[c];
    const first = s.toks[clause.from];
    if (!clause.dependent) continue;
    clause.opener = clause.from;
    if (!g.relatives.has(first.norm) && first.norm !== "where" && first.norm !== "when") continue;
    if (first.norm === "that" && first.pos === "SCONJ") continue;
    let k = prevOf(clause.from);
    if (k >= 0 && s.toks[k].norm === ",") k = prevOf(k);
    let m = npEndingAt(k);
    if (m >= 0 && s.nps[m].prep >= 0 && s.toks[s.nps[m].prep].norm === "of" && s.nps[m].after >= 0) m = s.nps[m].after;
    clause.antecedent = m;
  }
}

/** Objects and prepositional phrases of verb group v: from the verb to the next verb group of its clause. */
function complements(s: SentenceSyntax, f: Fragment, v: number): void {
  const { nps, vgs, clauseOf } = s;
  const vg = vgs[v];
  const clause = clauseOf[vg.head];
  let objectGroups = 0;
  let lastObjectEnd = -1;
  let afterComma = false;
  for (const m of f.nps) {
    const np = nps[m];
    if (np.from < vg.to || clauseOf[np.head] !== clause) continue;
    // stop at the next verb group of the clause
    if (f.vgs.some((w) => w !== v && vgs[w].from >= vg.to && vgs[w].from < np.from && clauseOf[vgs[w].head] === clause)) break;
    if (np.possessed >= 0 || np.apposOf >= 0) continue;
    if (np.prep < 0) {
      if (np.group !== m) {
        if (vg.objects.includes(np.group)) vg.objects.push(m);
        continue;
      }
      // A second object must follow the first directly ("dealt the Italians a blow"), and no finite verb follow
      // it ("To protect their interests the Soviet government began": that is a subject).
      const second = objectGroups === 1 && lastObjectEnd >= 0 && np.from === lastObjectEnd + 1 && !afterComma && !startsFiniteVerb(s, np.to);
      if (objectGroups === 0 || second) {
        vg.objects.push(m);
        objectGroups++;
        lastObjectEnd = np.to - 1;
      }
      continue;
    }
    const prep = s.toks[np.prep].norm;
    if (prep === "of" && np.after >= 0) continue;
    vg.obliques.push(m);
    afterComma ||= false;
  }
  // the last object's coordination group ends where it ends
  for (const m of [...vg.objects]) {
    const np = nps[m];
    if (np.group !== m) continue;
    for (let k = m + 1; k < nps.length; k++) if (nps[k].group === m && !vg.objects.includes(k)) vg.objects.push(k);
  }
}

function startsFiniteVerb(s: SentenceSyntax, k: number): boolean {
  const v = k < s.toks.length ? s.vgAt[k] : -1;
  return v >= 0 && s.vgs[v].from === k && s.vgs[v].form === "finite";
}

/** Subjects of the finite verb groups of clause c. */
function finiteSubjects(s: SentenceSyntax, c: number, list: number[], objectOf: number[], prevOf: (k: number) => number): void {
  const { toks, nps, vgs } = s;
  const clause = s.clauses[c];
  let previousFinite = -1;
  for (const v of list) {
    const vg = vgs[v];
    if (vg.form !== "finite") continue;
    const floor = previousFinite >= 0 ? vgs[previousFinite].to : clause.from;
    const own: number[] = [];
    // A relative clause whose relative word is its subject: "…, which was called on 5 September".
    const opener = toks[clause.from];
    const subjectRelative = clause.antecedent >= 0 && previousFinite < 0 && (opener.norm === "which" || opener.norm === "who" || (opener.norm === "that" && opener.pos !== "SCONJ"))
      && !nps.some((np, m) => np.from > clause.from && np.to <= vg.from && np.prep < 0 && s.clauseOf[np.head] === c && objectOf[m] < 0);
    if (subjectRelative) {
      vg.subject = withGroup(s, [clause.antecedent]);
      vg.subjectFrom = "relative";
      previousFinite = v;
      continue;
    }
    own.push(...subjectCandidates(s, c, floor, vg.from, objectOf));
    if (own.length) {
      vg.subject = withGroup(s, own);
      vg.subjectFrom = "own";
    } else if (previousFinite >= 0) {
      vg.subject = vgs[previousFinite].subject;
      vg.subjectFrom = "coordinated";
      vg.coordinatedWith = previousFinite;
    } else if (clause.resumes !== undefined) {
      const above = mainVerbOf(s, clause.resumes);
      if (above >= 0) {
        vg.subject = vgs[above].subject;
        vg.subjectFrom = "coordinated";
        vg.coordinatedWith = above;
      } else {
        // the clause resumed has its subject but no finite verb yet: "Both Serbia and Greece, utilizing …, repudiated"
        const upper = s.clauses[clause.resumes];
        const candidates = subjectCandidates(s, clause.resumes, upper.from, upper.to, objectOf);
        if (candidates.length) {
          vg.subject = withGroup(s, candidates);
          vg.subjectFrom = "own";
        }
      }
    } else {
      // "…, and was sent away": a verb right after a conjunction shares the subject of the finite verb before it.
      let k = prevOf(vg.from);
      while (k >= 0 && toks[k].pos === "ADV") k = prevOf(k);
      if (k >= 0 && (toks[k].pos === "CCONJ" || toks[k].norm === ",")) {
        const before = previousFiniteBefore(s, vg.from);
        if (before >= 0) {
          vg.subject = vgs[before].subject;
          vg.subjectFrom = "coordinated";
          vg.coordinatedWith = before;
        }
      }
    }
    previousFinite = v;
  }
}

/** Noun phrases of clause c in [from, to) that may be a subject: no prepositional phrase, possessor, appositive or object. */
function subjectCandidates(s: SentenceSyntax, c: number, from: number, to: number, objectOf: number[]): number[] {
  const out: number[] = [];
  for (let m = 0; m < s.nps.length; m++) {
    const np = s.nps[m];
    if (np.from < from || np.to > to || s.clauseOf[np.head] !== c) continue;
    if (np.prep >= 0 || np.possessed >= 0 || np.apposOf >= 0 || objectOf[m] >= 0) continue;
    if (s.toks[np.head].pos === "NUM" && np.from === np.head) continue;
    out.push(m);
  }
  return out;
}

function withGroup(s: SentenceSyntax, list: number[]): number[] {
  const out: number[] = [];
  for (const m of list) for (const k of groupOf(s, m)) if (!out.includes(k)) out.push(k);
  return out.sort((a, b) => s.nps[a].from - s.nps[b].from);
}

/** The first finite verb group of clause c, or -1. */
export function mainVerbOf(s: SentenceSyntax, c: number): number {
  for (let v = 0; v < s.vgs.length; v++) if (s.vgs[v].form === "finite" && s.clauseOf[s.vgs[v].head] === c) return v;
  return -1;
}

function previousFiniteBefore(s: SentenceSyntax, k: number): number {
  let best = -1;
  for (let v = 0; v < s.vgs.length; v++) {
    const vg = s.vgs[v];
    if (vg.form === "finite" && vg.to <= k && s.clauses[s.clauseOf[vg.head]].scope === s.clauses[s.clauseOf[k]].scope && vg.subject.length) best = v;
  }
  return best;
}

/**
 * The finite verb group whose subject a fronted or adjunct non-finite verb in clause c takes: the clause's own,
 * else that of the nearest following main clause ("After refusing …, he was allowed"), else of the one before.
 */
function mainSubjectVerb(s: SentenceSyntax, c: number): number {
  const own = mainVerbOf(s, c);
  if (own >= 0 && s.vgs[own].subject.length) return own;
  const scope = s.clauses[c].scope;
  for (let d = c + 1; d < s.clauses.length; d++) {
    if (s.clauses[d].scope !== scope || s.clauses[d].dependent) continue;
    const v = mainVerbOf(s, d);
    if (v >= 0 && s.vgs[v].subject.length) return v;
  }
  for (let d = c - 1; d >= 0; d--) {
    if (s.clauses[d].scope !== scope) continue;
    const v = mainVerbOf(s, d);
    if (v >= 0 && s.vgs[v].subject.length) return v;
  }
  return -1;
}

function inherit(vg: VerbGroup, from: VerbGroup | undefined, source: VerbGroup["subjectFrom"]): void {
  if (!from) return;
  vg.subject = from.subject;
  vg.subjectFrom = from.subject.length ? source : "none";
}

/** The subject of a non-finite verb group: object or subject control, a gerund's own subject, a participle's head noun. */
function control(s: SentenceSyntax, f: Fragment, v: number, objectOf: number[], prevOf: (k: number) => number, npEndingAt: (k: number) => number, clauseVgs: Map<number, number[]>): void {
  const g = grammarOf();
  const { toks, nps, vgs } = s;
  const vg = vgs[v];
  const c = s.clauseOf[vg.head];
  const mainOf = () => vgs[mainSubjectVerb(s, c)];
  let k = prevOf(vg.from);
  while (k >= 0 && toks[k].pos === "ADV") k = prevOf(k);
  const prev = k >= 0 ? toks[k] : undefined;

  if (vg.form === "infinitive") {
    const m = npEndingAt(k);
    if (m >= 0) {
      const governor = objectOf[m];
      if (governor >= 0) {
        vg.governor = governor;
        if (g.objectControlVerbs.has(toks[vgs[governor].head].norm)) {
          vg.subject = withGroup(s, [m]);
          vg.subjectFrom = "control";
        } else inherit(vg, vgs[governor], "control");
        return;
      }
      // "in order to prevent": purpose, with the clause's subject
      if (toks[nps[m].head].norm === "order" && nps[m].prep >= 0) {
        inherit(vg, mainOf(), "control");
        return;
      }
      // "was sent in 1887 to mediate": after a verb's prepositional phrase, the verb's subject
      if (nps[m].prep >= 0) {
        let w = nps[m].prep;
        while (w >= 0 && s.vgAt[w] < 0 && s.clauseOf[w] === c) w = prevOf(w);
        const governor = w >= 0 && s.clauseOf[w] === c ? s.vgAt[w] : -1;
        if (governor >= 0) {
          vg.governor = governor;
          inherit(vg, vgs[governor].subject.length ? vgs[governor] : mainOf(), "control");
          return;
        }
      }
      vg.controllerNoun = m;
      return;
    }
    // "refused to sign", "was forced to accept", "was unable to reform", "began to collapse"
    let w = k;
    if (w >= 0 && toks[w].pos === "ADJ") w = prevOf(w);
    const governor = w >= 0 ? s.vgAt[w] : -1;
    if (governor >= 0) {
      vg.governor = governor;
      const gv = vgs[governor];
      if (gv.subject.length) inherit(vg, gv, "control");
      else inherit(vg, mainOf(), "control");
      return;
    }
    inherit(vg, mainOf(), "control");
    return;
  }

  if (vg.form === "gerund") {
    const m = npEndingAt(k);
    if (m >= 0) {
      const np = nps[m];
      const governor = objectOf[m];
      // "leading to the United Kingdom and France declaring war", "Britain protested Russia selling arms"
      // "resulting in Austria-Hungary declaring war": "in" after a verb of outcome
      const outcomeIn = np.prep >= 0 && toks[np.prep].norm === "in" && g.outcomeVerbs.has(toks[prevOf(np.prep)]?.norm ?? "");
      if ((np.prep >= 0 && g.gerundSubjectPreps.has(toks[np.prep].norm)) || outcomeIn || (governor >= 0 && g.gerundSubjectVerbs.has(toks[vgs[governor].head].norm))) {
        vg.subject = withGroup(s, [m]);
        vg.subjectFrom = "own";
        return;
      }
      if (g.agentiveNouns.has(toks[np.head].norm)) {
        vg.controllerNoun = m;
        return;
      }
      inherit(vg, mainOf(), "control");
      return;
    }
    if (prev && prev.norm === ",") {
      const before = npEndingAt(prevOf(k));
      if (before >= 0) {
        const np = nps[before];
        if (g.agentiveNouns.has(toks[np.head].norm) && np.prep >= 0) {
          vg.controllerNoun = before;
          return;
        }
        // "the Italian army, invading Ethiopia …, faced": an appositive participle of the subject
        const main = mainVerbOf(s, c);
        if (main >= 0 && vgs[main].from > vg.from && np.prep < 0 && vgs[main].subject.includes(before)) {
          vg.subject = withGroup(s, [before]);
          vg.subjectFrom = "control";
          return;
        }
      }
    }
    inherit(vg, mainOf(), "control");
    return;
  }

  // A past participle (passive): its subject is the noun it modifies or the clause's subject when fronted.
  if (k < 0 || prev?.norm === "(") {
    if (f.scope >= 0 && s.scopes[f.scope].host >= 0) {
      vg.subject = withGroup(s, [s.scopes[f.scope].host]);
      vg.subjectFrom = "host";
    } else inherit(vg, mainOf(), "control");
    return;
  }
  if (prev?.norm === ",") {
    let before = npEndingAt(prevOf(k));
    // "a ceasefire, which was called on 5 September 1944, formalised by …": after a date or a prepositional phrase
    // the participle goes with the clause's subject.
    const main = mainVerbOf(s, c);
    if (before >= 0 && (toks[nps[before].head].pos === "NUM" || (nps[before].prep >= 0 && nps[before].after < 0)) && main >= 0 && vgs[main].subject.length) {
      inherit(vg, vgs[main], "host");
      return;
    }
    if (before >= 0) {
      while (nps[before].group !== before && nps[before].group >= 0) before = nps[before].group;
      while (nps[before].prep >= 0 && nps[before].after >= 0) before = nps[before].after;
      vg.subject = withGroup(s, [before]);
      vg.subjectFrom = "host";
      return;
    }
    inherit(vg, mainOf(), "control");
    return;
  }
  const m = npEndingAt(k);
  if (m >= 0) {
    vg.subject = withGroup(s, [m]);
    vg.subjectFrom = "host";
    return;
  }
  inherit(vg, mainOf(), "control");
  void clauseVgs;
}
