// The closed word classes and retagging rules of data/syntax/grammar.json, loaded once.
import { readFileSync } from "node:fs";

export interface RetagRule {
  pos: string;
  to: string;
  suffix?: string[];
  /** Tags one of which the token before must have (adverbs in between are passed over). */
  before?: string[];
  /** The tags of the tokens right before, in order ("VERB", "CCONJ" for "identify and arrest"). */
  beforeSeq?: string[];
  /** The word right before. */
  beforeWord?: string;
  /** The word right after. */
  afterWord?: string;
  after?: string[];
  afterNot?: string[];
  capitalisedInside?: boolean;
  /** A determiner opens the run of noun-phrase words the token ends. */
  determined?: boolean;
}

export interface Grammar {
  be: Set<string>;
  have: Set<string>;
  do: Set<string>;
  modals: Set<string>;
  negation: Set<string>;
  subordinators: Set<string>;
  relatives: Set<string>;
  clauseConjunctions: Set<string>;
  personalPronouns: Set<string>;
  objectPronouns: Set<string>;
  possessivePronouns: Set<string>;
  reflexivePronouns: Set<string>;
  particles: Set<string>;
  nameJoiners: Set<string>;
  quantifiersOf: Set<string>;
  gerundSubjectVerbs: Set<string>;
  objectControlVerbs: Set<string>;
  agentiveNouns: Set<string>;
  memberNouns: Set<string>;
  gerundSubjectPreps: Set<string>;
  outcomeVerbs: Set<string>;
  retag: RetagRule[];
}

let grammar: Grammar | undefined;

export function grammarOf(): Grammar {
  if (grammar) return grammar;
  const raw = JSON.parse(readFileSync(new URL("../../data/syntax/grammar.json", import.meta.url), "utf8"));
  const set = (k: string) => new Set<string>(raw[k]);
  grammar = {
    be: set("be"),
    have: set("have"),
    do: set("do"),
    modals: set("modals"),
    negation: set("negation"),
    subordinators: set("subordinators"),
    relatives: set("relatives"),
    clauseConjunctions: set("clauseConjunctions"),
    personalPronouns: set("personalPronouns"),
    objectPronouns: set("objectPronouns"),
    possessivePronouns: set("possessivePronouns"),
    reflexivePronouns: set("reflexivePronouns"),
    particles: set("particles"),
    nameJoiners: set("nameJoiners"),
    quantifiersOf: set("quantifiersOf"),
    gerundSubjectVerbs: set("gerundSubjectVerbs"),
    objectControlVerbs: set("objectControlVerbs"),
    agentiveNouns: set("agentiveNouns"),
    memberNouns: set("memberNouns"),
    gerundSubjectPreps: set("gerundSubjectPreps"),
    outcomeVerbs: set("outcomeVerbs"),
    retag: raw.retag,
  };
  return grammar;
}
