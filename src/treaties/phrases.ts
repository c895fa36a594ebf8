// Multi-word cue phrases matched on token norms, indexed by their first word (one pass, no regexes).
// The first words of all phrase sets share one numbering, and each token array keeps, once looked up, the number
// of each token and, per block of tokens, which sets have a phrase starting in it: the many sets that scan the
// same sentence pay one Map lookup per token, and a set with no first word in the range does not scan it.
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
/** setsStarting[w][k]: bit j set when phrase set 32 * w + j has a phrase whose first word has number k. */
const setsStarting: number[][] = [];
let setCount = 0;
/** Bumped when a phrase set is made, so that what token arrays know of the sets is worked out again. */
let generation = 0;

const BLOCK = 16;

interface Numbering {
  generation: number;
  /** 0 not looked up yet, -1 no phrase starts with the token, k + 1 first word number k. */
  numbers: Int32Array;
  /** Per mask word, per block of BLOCK tokens: the sets with a phrase starting in the block. */
  blockSets: Int32Array[];
  blockDone: Uint8Array;
}
const numbering = new WeakMap<readonly Token[], Numbering>();

function numberingOf(tokens: readonly Token[]): Numbering {
  let entry = numbering.get(tokens);
  if (!entry || entry.generation !== generation || entry.numbers.length !== tokens.length) {
    const blocks = Math.ceil(tokens.length / BLOCK);
    entry = {
      generation,
      numbers: new Int32Array(tokens.length),
      blockSets: setsStarting.map(() => new Int32Array(blocks)),
      blockDone: new Uint8Array(blocks),
    };
    numbering.set(tokens, entry);
  }
  return entry;
}

/** firstLengths[c]: bit n set when a first word starts with ASCII code c and has n characters (bit 31: 31 or more). */
const firstLengths = new Uint32Array(128);
let otherFirstStarts = false;
function noteFirstWord(word: string): void {
  const c = word.charCodeAt(0);
  if (c >= 128) otherFirstStarts = true;
  else firstLengths[c] |= 1 << Math.min(word.length, 31);
}

function lookUp(tokens: readonly Token[], numbers: Int32Array, i: number): number {
  const norm = tokens[i].norm;
  const c = norm.charCodeAt(0);
  if (c >= 128 ? !otherFirstStarts : (firstLengths[c] & (1 << Math.min(norm.length, 31))) === 0) return (numbers[i] = -1);
  const k = firstWords.get(norm);
  return (numbers[i] = k === undefined ? -1 : k + 1);
}

function fillBlock(tokens: readonly Token[], entry: Numbering, b: number): void {
  const end = Math.min(tokens.length, (b + 1) * BLOCK);
  for (let i = b * BLOCK; i < end; i++) {
    let k = entry.numbers[i];
    if (k === 0) k = lookUp(tokens, entry.numbers, i);
    if (k > 0) for (let w = 0; w < entry.blockSets.length; w++) entry.blockSets[w][b] |= setsStarting[w][k - 1] ?? 0;
  }
  entry.blockDone[b] = 1;
}

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** Candidate phrases by first word number, longest first. */
  private readonly byNumber: (string[][] | undefined)[] = [];
  private readonly word: number;
  private readonly bit: number;

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((t) => t.norm);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(words[0], list);
    }
    const slot = setCount++;
    this.word = slot >> 5;
    this.bit = 1 << (slot & 31);
    setsStarting[this.word] ??= [];
    for (const [word, list] of this.byFirst) {
      let k = firstWords.get(word);
      if (k === undefined) {
        firstWords.set(word, (k = firstWords.size));
        noteFirstWord(word);
      }
      this.byNumber[k] = list;
      setsStarting[this.word][k] = (setsStarting[this.word][k] ?? 0) | this.bit;
    }
    generation++;
  }

  /** Whether a phrase of this set may start in tokens [from, to): false means none does. */
  private mayStartIn(tokens: readonly Token[], entry: Numbering, from: number, to: number): boolean {
    const sets = entry.blockSets[this.word];
    for (let b = Math.floor(from / BLOCK), last = Math.floor((to - 1) / BLOCK); b <= last; b++) {
      if (entry.blockDone[b] === 0) fillBlock(tokens, entry, b);
      if ((sets[b] & this.bit) !== 0) return true;
    }
    return false;
  }

  /** Length in tokens of the longest phrase starting at token i (0 when none); never past `to`. */
  matchAt(tokens: readonly Token[], i: number, to = tokens.length): number {
    const candidates = this.byFirst.get(tokens[i]?.norm ?? "");
    return candidates === undefined ? 0 : longestAt(tokens, i, to, candidates);
  }

  /** The token numbering, when a phrase of this set may start in tokens [from, end); null when none can. */
  private numbersFor(tokens: readonly Token[], from: number, end: number): Int32Array | null {
    if (from >= end) return null;
    const entry = numberingOf(tokens);
    return this.mayStartIn(tokens, entry, from, end) ? entry.numbers : null;
  }

  /** Length in tokens of the longest phrase of this set starting at token i (0 when none); never past `to`. */
  private lengthAt(tokens: readonly Token[], numbers: Int32Array, i: number, to: number): number {
    let k = numbers[i];
    if (k === 0) k = lookUp(tokens, numbers, i);
    const candidates = k > 0 ? this.byNumber[k - 1] : undefined;
    return candidates === undefined ? 0 : longestAt(tokens, i, to, candidates);
  }

  /** All non-overlapping hits in tokens [from, to), left to right, longest first at each position. */
  findIn(tokens: readonly Token[], from: number, to: number): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const end = Math.min(to, tokens.length);
    from = Math.max(from, 0);
    const numbers = this.numbersFor(tokens, from, end);
    if (numbers === null) return hits;
    for (let i = from; i < end; i++) {
      const n = this.lengthAt(tokens, numbers, i, to);
      if (n > 0) {
        hits.push({ i, n, phrase: phraseOf(tokens, i, n) });
        i += n - 1;
      }
    }
    return hits;
  }

  /** The first hit in tokens [from, to) that `accept` takes, as findIn(…).find(accept) would give it. */
  firstIn(tokens: readonly Token[], from: number, to: number, accept?: (hit: PhraseHit) => boolean): PhraseHit | undefined {
    const end = Math.min(to, tokens.length);
    from = Math.max(from, 0);
    const numbers = this.numbersFor(tokens, from, end);
    if (numbers === null) return undefined;
    for (let i = from; i < end; i++) {
      const n = this.lengthAt(tokens, numbers, i, to);
      if (n > 0) {
        const hit = { i, n, phrase: phraseOf(tokens, i, n) };
        if (!accept || accept(hit)) return hit;
        i += n - 1;
      }
    }
    return undefined;
  }

  has(tokens: readonly Token[], from: number, to: number): boolean {
    const end = Math.min(to, tokens.length);
    from = Math.max(from, 0);
    const numbers = this.numbersFor(tokens, from, end);
    if (numbers === null) return false;
    for (let i = from; i < end; i++) if (this.lengthAt(tokens, numbers, i, to) > 0) return true;
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
