// Multi-word cue phrases matched on token norms, indexed by their first word (one pass, no regexes).
import type { Token } from "../text/tokens.ts";
import { tokenize } from "../text/tokens.ts";

export interface PhraseHit {
  /** Index of the first token of the hit. */
  i: number;
  /** Number of tokens. */
  n: number;
  phrase: string;
}

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((t) => t.norm);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(words[0], list);
    }
  }

  /** Length in tokens of the longest phrase starting at token i (0 when none); never past `to`. */
  matchAt(tokens: readonly Token[], i: number, to = tokens.length): number {
    const candidates = this.byFirst.get(tokens[i]?.norm ?? "");
    if (!candidates) return 0;
    for (const words of candidates) {
      if (i + words.length > to) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = words[k] === "*" ? tokens[i + k].kind === "word" : tokens[i + k].norm === words[k];
      if (ok) return words.length;
    }
    return 0;
  }

  /** All non-overlapping hits in tokens [from, to), left to right, longest first at each position. */
  findIn(tokens: readonly Token[], from: number, to: number): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = from; i < to; i++) {
      const n = this.matchAt(tokens, i, to);
      if (n > 0) {
        hits.push({ i, n, phrase: tokens.slice(i, i + n).map((t) => t.norm).join(" ") });
        i += n - 1;
      }
    }
    return hits;
  }

  has(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.matchAt(tokens, i, to) > 0) return true;
    return false;
  }
}
