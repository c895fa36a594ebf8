// Short texts for the treaty and reasoner tests, with the states they name.
import type { StateSpec } from "./fixtures.ts";

export const states: StateSpec[] = [
  { id: "s-ussr", label: "Soviet Union", wikidata: "Q15180", names: ["Soviet Union", "USSR", "Soviet"] },
  { id: "s-rus", label: "Russian Empire", wikidata: "Q34266", names: ["Russian Empire", "Russia"] },
  { id: "s-jpn", label: "Japan", wikidata: "Q17", names: ["Japan", "Japanese"] },
  { id: "s-ger", label: "Germany", wikidata: "Q183", names: ["Germany", "German"] },
  { id: "s-ita", label: "Italy", wikidata: "Q38", names: ["Italy"] },
  { id: "s-gbr", label: "United Kingdom", wikidata: "Q145", names: ["Britain", "British"] },
  { id: "s-fra", label: "France", wikidata: "Q142", names: ["France", "French"] },
  { id: "s-usa", label: "United States", wikidata: "Q30", names: ["United States", "America"] },
  { id: "s-pol", label: "Poland", wikidata: "Q36", names: ["Poland"] },
  { id: "s-aut", label: "Austria-Hungary", wikidata: "Q28513", names: ["Austria-Hungary"] },
  { id: "p-vienna", label: "Vienna", wikidata: "Q1741", kind: "place", names: ["Vienna"] },
  { id: "p-moscow", label: "Moscow", wikidata: "Q649", kind: "place", names: ["Moscow"] },
  { id: "p-berlin", label: "Berlin", wikidata: "Q64", kind: "place", names: ["Berlin"] },
];

export const neutrality =
  "On April 13, 1941 Japan and the Soviet Union signed the Neutrality Pact, which stated that if either party became involved in hostilities with a third power the other would remain neutral (Slavinsky, pg. 12). " +
  "The pact was to last five years. Later that year Germany invaded the Soviet Union. " +
  "On April 5, 1945 the Soviet Union denounced the pact (Slavinsky, pg. 40).";

export const expiring =
  "In 1902 Britain and Japan concluded the Anglo-Japanese Treaty of Alliance, which stated that if either party was attacked by two or more powers the other would come to the aid of its ally (Nish, pg. 3). " +
  "The treaty expired on 17 August 1923 (Nish, pg. 9).";

export const nonAid =
  "In 1936 Germany and Japan signed the Anti-Comintern Pact (Jones, pg. 25). " +
  "The pact secretly stated that if either state was to be attacked, unprovoked, by the Soviet Union the other would not aid the Soviet Union in any way (Jones, pg. 25). " +
  "Further, neither state was to sign a treaty with the Soviet Union without the consent of the other (Jones, pg. 25).";

export const noClauses =
  "In 1925 Japan and the Soviet Union signed the Treaty of Peking, which restored diplomatic relations (Stephan, pg. 101). " +
  "The treaty was welcomed in Moscow.";

export const nonAggression =
  "On August 23, 1939 Germany and the Soviet Union signed the German-Soviet Non-aggression Pact in Moscow (Roberts, pg. 7). " +
  "On June 22, 1941 Germany invaded the Soviet Union (Roberts, pg. 70).";

export const alliance =
  "In Berlin on September 27, 1940 Japan, Germany, and Italy entered into the Tripartite Pact (Jones, pg. 199). " +
  "Article 3 of this pact says that if a nation not involved in either the European or the Asian-Pacific war commits an act of aggression against one of the contracting parties, Japan, Germany, and Italy undertake to declare war on such Power (Jones, pg. 197).";

export const refused =
  "A new Fishery Convention was negotiated in 1936, but the Soviet Union refused to sign the Convention (Jones, pg. 179). " +
  "Instead both sides agreed to prolong the old convention.";

export const alliances =
  "The Triple Alliance was a secret agreement between Germany, Austria-Hungary and Italy, signed in Vienna on 20 May 1882 (Fay, p. 33). " +
  "Each member promised mutual support in the event of an attack by any other great power (Fay, p. 34). " +
  "In 1894 France and Russia concluded the Franco-Russian Alliance, which stated that if France was attacked by Germany, Russia would employ all her available forces to attack Germany (Fay, p. 40). " +
  "Italy denounced the Triple Alliance on 3 May 1915.\n" +
  "The Treaty of Brest-Litovsk was signed on 3 March 1918 between Russia and Germany; it was annulled by the Armistice of 11 November 1918.";
