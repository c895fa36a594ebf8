// Text generators for property tests: any Unicode, prose-like text built from the pieces historical prose
// and its citations are made of, and adversarial long runs of one piece.
import fc from "fast-check";

export const PIECES = [
  "The", "the", "government", "army", "signed", "attacked", "invaded", "declared", "war", "on", "against", "did", "not",
  "would", "have", "if", "treaty", "pact", "neutrality", "non-aggression", "Article", "3", "secret", "protocol", "between",
  "Paris", "London", "Berlin", "Smith", "Jones", "March", "Germany", "France", "Britain", "China", "Russia", "United States",
  "Gen.", "Dr.", "Mr.", "U.S.", "F. C.", "St.", "et al.", "i.e.", "e.g.", "pg.", "pp.", "p.", "vol.", "No.",
  "(", ")", "[", "]", "(Smith, pg. 12)", "(Jones, 174)", "(Smith 1999, 12–14)", "(Smith et al. 12)", "[3]", "(Jones, pg. 182-183",
  "1905", "1931", "18 September 1931", "September 18, 1931", "April", "the next day", "two years later", "in the 1930s",
  "1941-06-22", "spring", "yesterday", "for five years", "every year", "67.5 million rubles", "1,000", "40%", "$3",
  ".", ",", ";", ":", "!", "?", "—", "–", "-", "'", '"', "“", "”", "‘", "’", "’s", "&", "/", "…",
  " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\f",
  "Works Cited", "Bibliography", "References", "Print.", "Smith, John. A History of Things. London: Oxford UP, 1954. Print.",
  "No comments:", "Post a Comment", "<script>alert(1)</script>", "]]>", "&amp;", "<b>", "𝔘𝔫𝔦", "Zoë", "ﬁ", "שלום", "👩‍👩‍👧", "日本",
];

/** Prose-like text: a few hundred pieces joined as they come. */
export const proseLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((parts) => parts.join(""));

/** Words and punctuation with spaces between, closer to real sentences. */
export const sentenceLike = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(" ", " ", " ", "\n", ", ", ". ")), { maxLength: 200 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

/** Any Unicode text, surrogate pairs included (what a UTF-8 file can hold). */
export const anyText = fc.string({ unit: "binary", maxLength: 400 });

/** One piece (or a pair) repeated into a long run, the shape that trips quadratic scans. */
export const longRun = fc
  .tuple(fc.constantFrom(...PIECES), fc.constantFrom("", " ", "\n", ", ", "("), fc.integer({ min: 200, max: 3000 }))
  .map(([piece, sep, times]) => (piece + sep).repeat(Math.max(1, Math.floor(times / Math.max(1, piece.length / 4)))).slice(0, 20_000));
