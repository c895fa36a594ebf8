// A trie over normalised tokens: one hash lookup per token, so matching cost does not grow with the
// number of names stored. Used for the curated gazetteer and for the GeoNames city list.
import { tokenize, type Token } from "../text/tokens.ts";

const NON_ASCII = /[^\x00-\x7f]/;

/** The matching key of a token: lower case, diacritics and typographic apostrophes folded, possessive 's dropped. */
export function foldKey(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) s = s.replace(/[’‘`´]/g, "'").normalize("NFD").replace(/\p{M}/gu, "");
  if (s.endsWith("'s") && s.length > 2) s = s.slice(0, -2);
  else if (s.endsWith("s'") && s.length > 2) s = s.slice(0, -1);
  return s;
}

/** foldKey of a plain ASCII token, read off its norm (already lower case); null for other tokens. */
export function plainKeyOf(t: Token): string | null {
  const s = t.norm;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return null;
  if (s.length > 2 && s.charCodeAt(s.length - 1) === 39) return s.charCodeAt(s.length - 2) === 115 ? s.slice(0, -1) : s;
  if (s.length > 2 && s.charCodeAt(s.length - 2) === 39 && s.charCodeAt(s.length - 1) === 115) return s.slice(0, -2);
  return s;
}

/** The token keys of a name as it would appear in text ("Alma-Ata" → ["alma", "-", "ata"]). */
export function nameKeys(name: string): string[] {
  if (SIMPLE_NAME.test(name)) return name.toLowerCase().split(" ");
  return tokenize(name).map((t) => foldKey(t.text));
}

// Plain ASCII words separated by single spaces split the same way the tokenizer would, only faster.
const SIMPLE_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

interface Node<V> {
  next: Map<string, Node<V>> | null;
  values: V[] | null;
}

export class TokenTrie<V> {
  private root: Node<V> = { next: null, values: null };
  size = 0;

  insert(keys: string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(k, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
    this.size++;
  }

  /** Longest match of keys[from…]; returns the exclusive end index and the values stored there. */
  longest(keys: readonly string[], from: number, limit = keys.length): { end: number; values: V[] } | null {
    return this.longestBy(keys, (ks, i) => ks[i], from, limit);
  }

  /** Longest match of the keys keyAt(source, from), keyAt(source, from + 1), … before limit, each asked for only when needed. */
  longestBy<S>(source: S, keyAt: (source: S, i: number) => string, from: number, limit: number): { end: number; values: V[] } | null {
    const end = this.longestEndBy(source, keyAt, from, limit);
    return end < 0 ? null : { end, values: this.lastValues };
  }

  /** The values at the latest match of longestEndBy. */
  lastValues: V[] = [];

  /** Like longestBy without allocating a result: the exclusive end (-1 if no match); the values go to lastValues. */
  longestEndBy<S>(source: S, keyAt: (source: S, i: number) => string, from: number, limit: number): number {
    let node: Node<V> = this.root;
    let end = -1;
    for (let i = from; i < limit && node.next; i++) {
      const child = node.next.get(keyAt(source, i));
      if (!child) break;
      node = child;
      if (node.values) {
        end = i + 1;
        this.lastValues = node.values;
      }
    }
    return end;
  }
}
