// How the treaty layer reads instruments from prose: mentions beyond names, one object per instrument, parties from
// coordination, prepositions, terms and wars, roles that are no parties, dates at the text's precision, clauses.
// Every rule is tried on several sentences from different texts (the whole pipeline runs on each).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionTexts, read } from "./read.ts";

const alliances =
  "Alliances\n\n" +
  "On 7 October 1879 Germany signed a treaty of defensive alliance with Austria-Hungary. In 1902 Britain concluded a treaty of alliance with Japan. " +
  "On 1 November 1923 Latvia and Estonia signed a military alliance. In March 1912 a series of agreements was concluded between Serbia and Bulgaria.\n\n" +
  "Greece was the only Balkan state with a navy, thus a treaty between Greece and Bulgaria became necessary; it was signed in May 1912. " +
  "After long talks France and Russia agreed on a military convention, which came into effect on 4 January 1894.\n";

const names =
  "Kellogg–Briand Pact\n\n" +
  "The Kellogg–Briand Pact (or Pact of Paris, officially General Treaty for Renunciation of War as an Instrument of National Policy) is a 1928 international agreement in which signatory states promised not to use war to resolve disputes. " +
  "It was signed by Germany, France, and the United States on 27 August 1928. It was provided that it would come into effect on 24 July 1929. In 1971, Barbados declared its accession to the treaty.\n\n" +
  "On 4 March 1947 the Treaty of Dunkirk was signed by France and the United Kingdom as a Treaty of Alliance and Mutual Assistance in the event of an attack by Germany.\n\n" +
  "The convention led to the United States-Japan Treaty of Amity and Commerce, the \"Harris Treaty\" of 1858, which opened five ports.\n";

const wars =
  "Alliances and wars\n\n" +
  "In 1882 Italy joined the Triple Alliance, allying herself with Austria-Hungary and Germany against France.\n\n" +
  "The Treaty of Bjorko was signed between Germany and Russia in July 1905. In it, the two emperors agreed on mutual support in the case that either empire was attacked by a European power.\n\n" +
  "In the Treaty of Frankfurt signed on 10 May 1871, France and Germany agreed to end the war. By the terms of the treaty, France ceded Alsace-Lorraine to Germany.\n\n" +
  "The Treaty of Nanking ended the war between Britain and China in 1842.\n\n" +
  "In 1939 Germany signed non-aggression pacts with Denmark, Estonia and Latvia. In January 1934 Germany signed a non-aggression pact with Poland.\n";

const paris =
  "Treaty of Paris (1856)\n\n" +
  "The Treaty of Paris was signed on 30 March 1856 at the Congress of Paris. The treaty ended the Crimean War between Russia and an alliance of the Ottoman Empire, Britain, France and Sardinia. " +
  "Russia and the Ottoman Empire agreed to respect the sovereignty and territorial integrity of each other. The treaty was ratified on 27 April 1856.\n\n" +
  "Treaty House\n\nThe Treaty House in Waitangi is a museum, and the treaty system of the ports remained in place.\n";

test("reads instruments the text only describes: 'a treaty of defensive alliance with X', 'signed a military alliance', 'a series of agreements was concluded between'", () => {
  const { treaties, countries } = read(alliances);
  const find = (words: string) => treaties.find((t) => t.name.startsWith(words))!;
  assert.deepEqual(countries(find("treaty of defensive alliance").parties), ["Austria", "Germany"]);
  assert.equal(find("treaty of defensive alliance").signed, "1879-10-07");
  assert.deepEqual(countries(find("treaty of alliance").parties), ["Japan", "United Kingdom"]);
  assert.deepEqual(countries(find("military alliance").parties), ["Estonia", "Latvia"]);
  assert.equal(find("military alliance").signed, "1923-11-01");
  assert.deepEqual(countries(find("agreements").parties), ["Bulgaria", "Serbia"]);
  assert.equal(find("agreements").signed, "1912-03");
});

test("one instrument per description: 'a treaty of defensive alliance' (1879) and 'a treaty of alliance' (1902) stay two", () => {
  const { treaties } = read(alliances);
  assert.equal(treaties.filter((t) => t.name.includes("alliance")).length, 3);
});

test("reads a pronoun with a treaty predicate as the instrument: 'it was signed in May 1912', ', which came into effect on …', 'It was signed by …'", () => {
  const a = read(alliances);
  const greek = a.treaties.find((t) => t.name === "treaty between Greece and Bulgaria")!;
  assert.equal(greek.signed, "1912-05");
  assert.ok(mentionTexts(a.x, greek).includes("it"));
  const convention = a.treaties.find((t) => t.name.startsWith("military convention"))!;
  assert.equal(convention.inForce, "1894-01-04");
  assert.deepEqual(a.countries(convention.parties), ["France", "Russia"]);
  const b = read(names);
  const pact = b.byName("Kellogg–Briand Pact");
  assert.equal(pact.signed, "1928-08-27");
  assert.equal(pact.inForce, "1929-07-24");
});

test("keeps other names as aliases of one object: '(or Pact of Paris, officially …)', 'as a Treaty of Alliance and Mutual Assistance', ', the \"Harris Treaty\" of 1858,'", () => {
  const { treaties, byName } = read(names);
  const pact = byName("Kellogg–Briand Pact");
  assert.ok(pact.aliases.includes("Pact of Paris"));
  assert.ok(pact.aliases.includes("General Treaty for Renunciation of War as an Instrument of National Policy"));
  assert.ok(pact.aliases.includes("1928 international agreement"), "the description after the copula is the same instrument");
  assert.ok(byName("Treaty of Dunkirk").aliases.includes("Treaty of Alliance and Mutual Assistance"));
  const harris = byName("United States-Japan Treaty of Amity and Commerce");
  assert.ok(harris.aliases.includes("Harris Treaty"));
  assert.equal(harris.signed, "1858");
  assert.equal(treaties.length, 3);
});

test("reads parties from a passive 'signed by A, B, and C', a join with its own date, and the coordinated subject", () => {
  const { byName, countries, x } = read(names);
  const pact = byName("Kellogg–Briand Pact");
  assert.deepEqual(countries(pact.parties), ["Barbados", "France", "Germany", "United States"]);
  const barbados = pact.accessions.find((a: any) => x.entities.find((e) => e.id === a.party)?.label === "Barbados");
  assert.equal(barbados.date, "1971");
  const w = read(wars);
  assert.deepEqual(w.countries(w.byName("Treaty of Bjorko").parties), ["Germany", "Russia"]);
});

test("joining an alliance with named allies forms it; the state it is aimed at is a role, not a party", () => {
  const { byName, countries, x } = read(wars);
  const triple = byName("Triple Alliance");
  assert.deepEqual(countries(triple.parties), ["Austria", "Germany", "Italy"]);
  assert.equal(triple.signed, "1882");
  assert.deepEqual(triple.roles.map((r: any) => `${r.role} ${x.entities.find((e) => e.id === r.entity)?.label}`), ["target France"]);
});

test("reads parties from a treaty's terms, the war it ended and a sentence opening with it", () => {
  const w = read(wars);
  assert.deepEqual(w.countries(w.byName("Treaty of Frankfurt").parties), ["France", "Germany"], "'In the Treaty …, France and Germany agreed' and 'France ceded … to Germany'");
  assert.deepEqual(w.countries(w.byName("Treaty of Nanking").parties), ["China", "United Kingdom"], "'ended the war between Britain and China'");
  const p = read(paris);
  assert.deepEqual(p.countries(p.byName("Treaty of Paris").parties), ["France", "Kingdom of Sardinia", "Russia", "Turkey", "United Kingdom"], "the war between Russia and an alliance of four");
});

test("a plural set of pacts is no part of the singular pact signed with another state", () => {
  const { treaties, countries } = read(wars);
  const single = treaties.find((t) => t.name.startsWith("non-aggression pact "))!;
  assert.deepEqual(countries(single.parties), ["Germany", "Poland"]);
  assert.equal(single.signed, "1934-01");
  const set = treaties.find((t) => t.name.startsWith("non-aggression pacts"))!;
  assert.deepEqual(countries(set.parties), ["Denmark", "Estonia", "Germany", "Latvia"]);
});

test("tells signing, ratification and entry into force apart", () => {
  const p = read(paris).byName("Treaty of Paris");
  assert.equal(p.signed, "1856-03-30");
  assert.equal(p.ratified, "1856-04-27");
  const pact = read(names).byName("Kellogg–Briand Pact");
  assert.equal(pact.signed, "1928-08-27");
  assert.equal(pact.inForce, "1929-07-24");
  const convention = read(alliances).treaties.find((t) => t.name.startsWith("military convention"))!;
  assert.equal(convention.signed, null, "the text dates its entry into force, not its signing");
});

test("no object for a word that only modifies another noun ('Treaty House', 'the treaty system'), and none for a bare mention", () => {
  const { treaties } = read(paris);
  assert.deepEqual(treaties.map((t) => t.name), ["Treaty of Paris"]);
  const none = read("Peace\n\nThe delegates came to an agreement on the procedure, and a treaty was expected within months.\n");
  assert.deepEqual(none.treaties.map((t) => t.name), []);
  const negated = read("Ententes\n\nAlthough this was not a formal military or defensive alliance, it set the tone for one to follow.\n");
  assert.deepEqual(negated.treaties.map((t) => t.name), []);
});

test("types clauses by their language: renouncing war and respecting territorial integrity are non-aggression; a conditional support is assistance", () => {
  const pact = read(names).byName("Kellogg–Briand Pact");
  assert.deepEqual(pact.clauses.map((c: any) => `${c.kind} ${c.source}`), ["non_aggression text"]);
  assert.equal(pact.clauses[0].duty.who, "all");
  const paris1856 = read(paris).byName("Treaty of Paris");
  assert.ok(paris1856.clauses.some((c: any) => c.kind === "non_aggression" && c.source === "text"));
  const bjorko = read(wars).byName("Treaty of Bjorko");
  assert.deepEqual(bjorko.clauses.map((c: any) => `${c.kind} ${c.duty.does}`), ["mutual_assistance assist"]);
});

test("reads a clause from what an instrument is called only as a weaker reading, marked as read from the name", () => {
  const { treaties } = read(alliances);
  for (const words of ["treaty of defensive alliance", "military alliance"]) {
    const t = treaties.find((x) => x.name.startsWith(words))!;
    assert.equal(t.clauses.length, 1, words);
    assert.equal(t.clauses[0].source, "name");
    assert.equal(t.clauses[0].duty.does, "assist");
  }
  const dunkirk = read(names).byName("Treaty of Dunkirk");
  assert.equal(dunkirk.clauses[0].source, "name");
  assert.equal(dunkirk.clauses[0].trigger.attacker !== "any", true, "the condition that follows the name is read: an attack by Germany");
});
