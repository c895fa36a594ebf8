// English closed-class words (data/text/words.json), one list for every stage that needs them.
import { readLexicon } from "./lexicon.ts";

interface WordsFile {
  be: string[];
  have: string[];
  do: string[];
  modals: string[];
  determiners: string[];
  pronouns: string[];
}

const words = readLexicon<WordsFile>("text/words.json");

/** The forms of "be": be, am, is, are, was, were, been, being. */
export const BE_FORMS: ReadonlySet<string> = new Set(words.be);
/** Auxiliary verbs: the forms of "be", "have" and "do", and the modals. */
export const AUXILIARIES: ReadonlySet<string> = new Set([...words.be, ...words.have, ...words.do, ...words.modals]);
/** Modal verbs: can, could, may, might, must, shall, should, will, would. */
export const MODALS: ReadonlySet<string> = new Set(words.modals);
/** Articles and demonstrative determiners. */
export const DETERMINERS: ReadonlySet<string> = new Set(words.determiners);
/** Personal and possessive pronouns (subject, object and possessive forms). */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(words.pronouns);
