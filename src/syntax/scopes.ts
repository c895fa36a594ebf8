// Parentheses and quotations as scopes: a parenthesis is an aside that the sentence around it reads past
// ("the United Kingdom (UK) and France"); a quotation is someone else's words.
import type { Scope, TaggedToken } from "./types.ts";

const OPEN_PAREN = new Set(["(", "["]);
const CLOSE_PAREN = new Set([")", "]"]);

export interface Scopes {
  scopes: Scope[];
  parenOf: number[];
  quoteOf: number[];
}

export function findScopes(toks: TaggedToken[]): Scopes {
  const n = toks.length;
  const scopes: Scope[] = [];
  const parenOf = new Array<number>(n).fill(-1);
  const quoteOf = new Array<number>(n).fill(-1);
  const open: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = toks[k].norm;
    if (OPEN_PAREN.has(t)) open.push(k);
    else if (CLOSE_PAREN.has(t) && open.length) {
      const from = open.pop()!;
      const index = scopes.length;
      scopes.push({ from, to: k + 1, kind: "paren", host: -1 });
      for (let j = from; j <= k; j++) if (parenOf[j] < 0 || scopes[parenOf[j]].from < from) parenOf[j] = index;
    }
  }
  // Curly quotes pair as they open and close; straight double quotes pair in order.
  let curly = -1;
  let straight = -1;
  const close = (from: number, to: number) => {
    const index = scopes.length;
    scopes.push({ from, to, kind: "quote", host: -1 });
    for (let j = from; j < to; j++) quoteOf[j] = index;
  };
  for (let k = 0; k < n; k++) {
    const t = toks[k].text;
    if (t === "“") curly = k;
    else if (t === "”" && curly >= 0) {
      close(curly, k + 1);
      curly = -1;
    } else if (t === "\"") {
      if (straight < 0) straight = k;
      else {
        close(straight, k + 1);
        straight = -1;
      }
    }
  }
  return { scopes, parenOf, quoteOf };
}
