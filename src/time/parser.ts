// A parser reads one way of writing a time expression, starting at token k, and proposes it or not.
// A refiner runs after all parsers over the proposals in text order and merges, extends or drops them.
import type { Proposal } from "./proposal.ts";
import type { Stream } from "./stream.ts";

export interface Parser {
  name: string;
  /** Token classes (classes.ts) at which a match can start; the parser is only tried there. */
  starts: number;
  parse(s: Stream, k: number): Proposal | null;
}

export type Refiner = (s: Stream, proposals: Proposal[]) => Proposal[];
