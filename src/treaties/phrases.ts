// Multi-word cue phrases matched on token norms, indexed by their first word (one pass, no regexes).
// The first words of all phrase sets share one numbering, and each token array keeps the number of each of its
// tokens once looked up: the many sets that scan the same sentence pay one Map lookup per token, not one each.
import type { Token } from "../text/tokens.ts";
import { tokenize } from "../text/tokens.ts";

export interface PhraseHit {
  /** Index of the first token of the hit. */
  i: number;
  /** Number of tokens. */
  n: number;
  phrase: string;
}

const firstWords = new Map<string, number>();
/** Bumped when a new phrase set adds first words, so that numbers looked up before are looked up again. */
let generation = 0;

/** Per token array: 0 not looked up yet, -1 no phrase starts with the token, k + 1 first word number k. */
const numbering = new WeakMap<readonly Token[], { generation: number; numbers: Int32Array }>();

function numbersOf(tokens: readonly Token[]): Int32Array {
  let entry = numbering.get(tokens);
  if (!entry || entry.generation !== generation || entry.numbers.length !== tokens.length) {
    entry = { generation, numbers: new Int32Array(tokens.length) };
    numbering.set(tokens, entry);
  }
  return entry.numbers;
}

function lookUp(tokens: readonly Token[], numbers: Int32Array, i: number): number {
  const k = firstWords.get(tokens[i].norm);
  return (numbers[i] = k === undefined ? -1 : k + 1);
}

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** Candidate phrases by first word number, longest first. */
  private readonly byNumber: (string[][] | undefined)[] = [];

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((t) => t.norm);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(words[0], list);
    }
    for (const [word, list] of this.byFirst) {
      let k = firstWords.get(word);
      if (k === undefined) {
        firstWords.set(word, (k = firstWords.size));
        generation++;
      }
      this.byNumber[k] = list;
    }
  }

  /** Length in tokens of the longest phrase starting at token i (0 when none); never past `to`. */
  matchAt(tokens: readonly Token[], i: number, to = tokens.length): number {
    const candidates = this.byFirst.get(tokens[i]?.norm ?? "");
    return candidates === undefined ? 0 : longestAt(tokens, i, to, candidates);
  }

  /** All non-overlapping hits in tokens [from, to), left to right, longest first at each position. */
  findIn(tokens: readonly Token[], from: number, to: number): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const numbers = numbersOf(tokens);
    const end = Math.min(to, tokens.length);
    for (let i = from; i < end; i++) {
      let k = numbers[i];
      if (k === 0) k = lookUp(tokens, numbers, i);
      const candidates = k > 0 ? this.byNumber[k - 1] : undefined;
      if (candidates === undefined) continue;
      const n = longestAt(tokens, i, to, candidates);
      if (n > 0) {
        hits.push({ i, n, phrase: phraseOf(tokens, i, n) });
        i += n - 1;
      }
    }
    return hits;
  }

  /** The first hit in tokens [from, to) that `accept` takes, as findIn(…).find(accept) would give it. */
  firstIn(tokens: readonly Token[], from: number, to: number, accept?: (hit: PhraseHit) => boolean): PhraseHit | undefined {
    const numbers = numbersOf(tokens);
    const end = Math.min(to, tokens.length);
    for (let i = from; i < end; i++) {
      let k = numbers[i];
      if (k === 0) k = lookUp(tokens, numbers, i);
      const candidates = k > 0 ? this.byNumber[k - 1] : undefined;
      if (candidates === undefined) continue;
      const n = longestAt(tokens, i, to, candidates);
      if (n > 0) {
        const hit = { i, n, phrase: phraseOf(tokens, i, n) };
        if (!accept || accept(hit)) return hit;
        i += n - 1;
      }
    }
    return undefined;
  }

  has(tokens: readonly Token[], from: number, to: number): boolean {
    const numbers = numbersOf(tokens);
    const end = Math.min(to, tokens.length);
    for (let i = from; i < end; i++) {
      let k = numbers[i];
      if (k === 0) k = lookUp(tokens, numbers, i);
      const candidates = k > 0 ? this.byNumber[k - 1] : undefined;
      if (candidates !== undefined && longestAt(tokens, i, to, candidates) > 0) return true;
    }
    return false;
  }
}

function longestAt(tokens: readonly Token[], i: number, to: number, candidates: string[][]): number {
  for (const words of candidates) {
    if (i + words.length > to) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = words[k] === "*" ? tokens[i + k].kind === "word" : tokens[i + k].norm === words[k];
    if (ok) return words.length;
  }
  return 0;
}

function phraseOf(tokens: readonly Token[], i: number, n: number): string {
  let phrase = tokens[i].norm;
  for (let k = 1; k < n; k++) phrase += " " + tokens[i + k].norm;
  return phrase;
}
