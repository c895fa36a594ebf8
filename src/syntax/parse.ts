// The syntax of one tagged sentence: retagging, scopes, chunks per fragment, clauses per fragment, relations.
import { chunkFragment } from "./chunks.ts";
import type { Chunks } from "./chunks.ts";
import { splitClauses } from "./clauses.ts";
import { relate } from "./relations.ts";
import type { Fragment } from "./relations.ts";
import { retag } from "./retag.ts";
import { findScopes } from "./scopes.ts";
import type { Clause, SentenceSyntax, TaggedToken } from "./types.ts";

/** Parses the tokens of sentence `index` ([start, end) in the text). The tokens' tags may be corrected in place. */
export function parseSentence(index: number, start: number, end: number, toks: TaggedToken[]): SentenceSyntax {
  retag(toks);
  const n = toks.length;
  const { scopes, parenOf, quoteOf } = findScopes(toks);
  const s: SentenceSyntax = {
    index, start, end, toks, scopes, parenOf, quoteOf,
    nps: [], npAt: new Array<number>(n).fill(-1), vgs: [], vgAt: new Array<number>(n).fill(-1),
    clauses: [], clauseOf: new Array<number>(n).fill(0),
  };
  // The fragments: the sentence outside its parentheses, then the inside of each parenthesis.
  const fragments: Fragment[] = [];
  const outer: number[] = [];
  for (let k = 0; k < n; k++) if (parenOf[k] < 0) outer.push(k);
  fragments.push({ seq: outer, nps: [], vgs: [], clauses: [], scope: -1 });
  scopes.forEach((sc, i) => {
    if (sc.kind !== "paren") return;
    const seq: number[] = [];
    for (let k = sc.from + 1; k < sc.to - 1; k++) if (parenOf[k] === i) seq.push(k);
    fragments.push({ seq, nps: [], vgs: [], clauses: [], scope: i });
  });
  const chunks: Chunks = { nps: s.nps, vgs: s.vgs };
  for (const f of fragments) {
    const np0 = s.nps.length;
    const vg0 = s.vgs.length;
    chunkFragment(toks, f.seq, f.scope, chunks);
    for (let m = np0; m < s.nps.length; m++) {
      f.nps.push(m);
      for (let k = s.nps[m].from; k < s.nps[m].to; k++) if (parenOf[k] === f.scope) s.npAt[k] = m;
    }
    for (let v = vg0; v < s.vgs.length; v++) {
      f.vgs.push(v);
      for (let k = s.vgs[v].from; k < s.vgs[v].to; k++) if (parenOf[k] === f.scope) s.vgAt[k] = v;
    }
    const sub = f.seq.map((k) => toks[k]);
    for (const raw of splitClauses(sub, (i) => s.npAt[f.seq[i]] >= 0 && s.nps[s.npAt[f.seq[i]]].from < f.seq[i])) {
      if (raw.from >= sub.length) continue;
      const c = s.clauses.length;
      const from = f.seq[raw.from];
      const to = raw.to >= f.seq.length ? (f.scope >= 0 ? scopes[f.scope].to - 1 : n) : f.seq[raw.to];
      const clause: Clause = { from, to, dependent: raw.dependent, opener: -1, antecedent: -1, scope: f.scope };
      if (raw.resumes !== undefined) clause.resumes = s.clauses.length - (f.clauses.length - raw.resumes);
      s.clauses.push(clause);
      f.clauses.push(c);
      for (let i = raw.from; i < Math.min(raw.to, f.seq.length); i++) s.clauseOf[f.seq[i]] = c;
    }
  }
  // The brackets of a parenthesis belong to the clause around it.
  for (let k = 0; k < n; k++) {
    const p = parenOf[k];
    if (p >= 0 && (k === scopes[p].from || k === scopes[p].to - 1)) {
      const outerP = k > 0 ? parenOf[k - 1] : -1;
      s.clauseOf[k] = k > 0 ? s.clauseOf[scopes[p].from - 1 >= 0 ? scopes[p].from - 1 : 0] : 0;
      void outerP;
    }
  }
  // A subordinator that opens a clause governs no noun phrase: "After the Central Powers launched …".
  for (const c of s.clauses) {
    if (!c.dependent || toks[c.from].pos !== "ADP") continue;
    for (const np of s.nps) if (np.prep === c.from) np.prep = -1;
  }
  // A parenthesis is about the noun phrase right before it.
  scopes.forEach((sc) => {
    if (sc.kind === "paren" && sc.from > 0) {
      const m = s.npAt[sc.from - 1];
      if (m >= 0 && s.nps[m].to === sc.from) sc.host = m;
    }
  });
  for (const f of fragments) relate(s, f);
  return s;
}
