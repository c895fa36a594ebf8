// Closed-class vocabulary for names, metonymy and reference (data/gazetteer/lexicon.json), loaded once.
import { readFileSync } from "node:fs";
import { AUXILIARIES, DETERMINERS, PERSONAL_PRONOUNS } from "../text/words.ts";

interface LexiconFile {
  titles: string[];
  roleNouns: string[];
  orgHeads: string[];
  treatyHeads: string[];
  placeHeads: string[];
  otherHeads: string[];
  stateHeads: string[];
  particles: string[];
  particlesInsideOnly: string[];
  compoundPrefixes: string[];
  directions: string[];
  functionWords: string[];
  locativePrepositions: string[];
  placeOfNouns: string[];
  governmentContext: string[];
  governmentNouns: string[];
  forceNouns: string[];
  verbLike: string[];
  pronouns: Record<string, "subject" | "near">;
  collectives: { determiners: Record<string, number>; nouns: string[]; other: string[] };
  demonstratives: { determiners: string[]; nouns: string[] };
  institutionHeads: string[];
}

export interface Lexicon {
  titles: Set<string>;
  roleNouns: Set<string>;
  heads: Map<string, "organization" | "treaty" | "place" | "other" | "state">;
  particles: Set<string>;
  particlesInsideOnly: Set<string>;
  compoundPrefixes: Set<string>;
  directions: Set<string>;
  /** Words that are not names when capitalised: the shared closed-class words and the lexicon's own. */
  functionWords: Set<string>;
  locative: Set<string>;
  placeOfNouns: Set<string>;
  governmentContext: Set<string>;
  governmentNouns: Set<string>;
  forceNouns: Set<string>;
  /** Words that show a verb phrase follows a name: the auxiliaries, frequent adverbs and irregular past forms. */
  verbLike: Set<string>;
  pronouns: Map<string, "subject" | "near">;
  collectiveDeterminers: Map<string, number>;
  collectiveNouns: Set<string>;
  others: Set<string>;
  demonstratives: Set<string>;
  demonstrativeNouns: Set<string>;
  /** Bodies of a state named by their head alone ("the Senate", "the Diet"). */
  institutions: Set<string>;
  /** Words that can start a reference to states: "the", the pronouns, the first words of the collective phrases. */
  referenceStarts: Set<string>;
}

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const raw: LexiconFile = JSON.parse(readFileSync(new URL("../../data/gazetteer/lexicon.json", import.meta.url), "utf8"));
  const heads = new Map<string, "organization" | "treaty" | "place" | "other" | "state">();
  for (const h of raw.otherHeads) heads.set(h.toLowerCase(), "other");
  for (const h of raw.placeHeads) heads.set(h.toLowerCase(), "place");
  for (const h of raw.stateHeads) heads.set(h.toLowerCase(), "state");
  for (const h of raw.treatyHeads) heads.set(h.toLowerCase(), "treaty");
  for (const h of raw.orgHeads) heads.set(h.toLowerCase(), "organization");
  const phrases = [...Object.keys(raw.collectives.determiners), ...raw.collectives.other];
  cached = {
    titles: lower(raw.titles),
    roleNouns: lower(raw.roleNouns),
    heads,
    particles: lower(raw.particles),
    particlesInsideOnly: lower(raw.particlesInsideOnly),
    compoundPrefixes: lower(raw.compoundPrefixes),
    directions: lower(raw.directions),
    functionWords: new Set([...AUXILIARIES, ...DETERMINERS, ...PERSONAL_PRONOUNS, ...lower(raw.functionWords)]),
    locative: lower(raw.locativePrepositions),
    placeOfNouns: lower(raw.placeOfNouns),
    governmentContext: lower(raw.governmentContext),
    governmentNouns: lower(raw.governmentNouns),
    forceNouns: lower(raw.forceNouns),
    verbLike: new Set([...AUXILIARIES, ...lower(raw.verbLike)]),
    pronouns: new Map(Object.entries(raw.pronouns)),
    collectiveDeterminers: new Map(Object.entries(raw.collectives.determiners)),
    collectiveNouns: lower(raw.collectives.nouns),
    others: lower(raw.collectives.other),
    demonstratives: lower(raw.demonstratives.determiners),
    demonstrativeNouns: lower(raw.demonstratives.nouns),
    institutions: lower(raw.institutionHeads),
    referenceStarts: new Set(["the", ...Object.keys(raw.pronouns), ...phrases.map((p) => p.split(" ")[0]), ...raw.demonstratives.determiners]),
  };
  return cached;
}
