// The citation lexicons (data/cite/page-markers.json), read once.
import { readLexicon } from "../text/lexicon.ts";

interface PageMarkers {
  pages: string[];
  locators: string[];
  ibid: string[];
  prefixes: string[];
  conjunctions: string[];
  nonAuthors: string[];
  media: string[];
}

export interface CiteLexicon {
  pageMarkers: Set<string>;
  locators: Set<string>;
  ibid: Set<string>;
  /** Prefix phrases as token-norm sequences: ["see", "also"], ["qtd", "in"]. */
  prefixes: string[][];
  conjunctions: Set<string>;
  nonAuthors: Set<string>;
  media: Set<string>;
}

let cached: CiteLexicon | undefined;
export function citeLexicon(): CiteLexicon {
  if (!cached) {
    const lex = readLexicon<PageMarkers>("cite/page-markers.json");
    const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
    cached = {
      pageMarkers: set(lex.pages),
      locators: set(lex.locators),
      ibid: set(lex.ibid),
      prefixes: lex.prefixes.map((p) => p.toLowerCase().split(/[\s.]+/).filter(Boolean)).sort((a, b) => b.length - a.length),
      conjunctions: set(lex.conjunctions),
      nonAuthors: set(lex.nonAuthors),
      media: set(lex.media),
    };
  }
  return cached;
}
