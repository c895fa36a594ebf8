import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, entityOfMention, roleOfMention } from "./support.ts";

test("'Russia' is the Russian Empire in 1905 and the Soviet Union in 1939", () => {
  const text = "In 1905 Russia signed a peace treaty with Japan. In 1939 Russia signed a pact with Germany.";
  const entities = entitiesOf(text);
  assert.equal(entityOfMention(text, entities, "Russia", 0)?.wikidata, "Q34266");
  assert.equal(entityOfMention(text, entities, "Russia", 1)?.wikidata, "Q15180");
});

test("dates names from the text's own years when the time layer gives no sentence times", () => {
  const text = "In 1905 Russia signed a peace treaty with Japan. Later Russia built a railway. In 1939 Russia signed a pact with Germany.";
  const entities = entitiesOf(text, { withoutTimes: true });
  assert.equal(entityOfMention(text, entities, "Russia", 0)?.wikidata, "Q34266");
  assert.equal(entityOfMention(text, entities, "Russia", 1)?.wikidata, "Q34266", "the year carries over to the next sentence");
  assert.equal(entityOfMention(text, entities, "Russia", 2)?.wikidata, "Q15180");
  assert.equal(entityOfMention(text, entities, "Germany")?.wikidata, "Q7318", "Germany in 1939 is Nazi Germany");
});

test("'Germany' follows its regimes: the German Empire in 1914, Nazi Germany in 1940", () => {
  const text = "In 1914 Germany declared war on Russia. In 1940 Germany occupied Paris.";
  const entities = entitiesOf(text);
  assert.equal(entityOfMention(text, entities, "Germany", 0)?.wikidata, "Q43287");
  assert.equal(entityOfMention(text, entities, "Germany", 1)?.wikidata, "Q7318");
  assert.equal(entityOfMention(text, entities, "Russia")?.wikidata, "Q34266");
});

test("'Georgia' is the U.S. state among American places and the country among Caucasian ones", () => {
  const us = "In 1864 Sherman's army marched from Atlanta through Georgia to Savannah.";
  assert.equal(entityOfMention(us, entitiesOf(us), "Georgia")?.wikidata, "Q1428");
  const caucasus = "In 1921 the Red Army entered Tbilisi, and Georgia was annexed by Soviet Russia.";
  assert.equal(entityOfMention(caucasus, entitiesOf(caucasus), "Georgia")?.wikidata, "Q230");
});

test("'Berlin' is a place where something happens there and Germany's government when it acts", () => {
  const text = "In 1940 the Tripartite Pact was signed in Berlin. In 1941 Berlin refused to share its plans with Tokyo.";
  const entities = entitiesOf(text);
  const place = entityOfMention(text, entities, "Berlin", 0);
  assert.equal(place?.kind, "place");
  assert.equal(place?.wikidata, "Q64");
  assert.ok(place?.coords, "the place carries coordinates");
  const government = entityOfMention(text, entities, "Berlin", 1);
  assert.equal(government?.wikidata, "Q7318");
  assert.equal(roleOfMention(text, entities, "Berlin", 1), "metonym");
});

test("capitals stand for their governments as subjects, possessors and agents, not after place prepositions", () => {
  const text =
    "In 1939 Moscow refused the offer. Moscow's concerns grew. The proposal was ignored by Moscow. " +
    "German troops reached the outskirts of Moscow in 1941. Stalin stayed in Moscow. There was a debate in Tokyo on July 2, 1941.";
  const entities = entitiesOf(text);
  // Occurrences of "Moscow": 0 refused, 1 Moscow's, 2 by Moscow, 3 outskirts of Moscow, 4 in Moscow.
  assert.equal(entityOfMention(text, entities, "Moscow", 0)?.wikidata, "Q15180");
  assert.equal(entityOfMention(text, entities, "Moscow's")?.wikidata, "Q15180");
  assert.equal(entityOfMention(text, entities, "Moscow", 2)?.wikidata, "Q15180");
  assert.equal(entityOfMention(text, entities, "Moscow", 3)?.wikidata, "Q649");
  assert.equal(entityOfMention(text, entities, "Moscow", 4)?.wikidata, "Q649");
  const at = text.indexOf("Tokyo");
  const tokyo = entities.filter((e) => e.mentions.some((m) => m.start === at)).map((e) => e.wikidata).sort();
  assert.deepEqual(tokyo, ["Q1490", "Q17"], "a debate in the capital is held there, by the government");
});

test("'Japanese' is an adjective before a noun, the people after 'the', the government or forces with those nouns", () => {
  const text = "In 1932 Japanese fishermen rented canneries. The Japanese refused to pay. The Japanese government protested, and Japanese troops crossed the border.";
  const entities = entitiesOf(text);
  const japan = entities.find((e) => e.wikidata === "Q17");
  assert.ok(japan);
  assert.equal(roleOfMention(text, entities, "Japanese", 0), "adjective");
  assert.equal(roleOfMention(text, entities, "Japanese", 1), "group");
  assert.equal(roleOfMention(text, entities, "Japanese government"), "government");
  assert.equal(roleOfMention(text, entities, "Japanese troops"), "forces");
  assert.ok(japan.mentions.length >= 4);
});

test("demonyms and prefixes inside hyphenated compounds name their states", () => {
  const text = "In 1939 a Soviet-Mongol force defeated the Japanese. In 1898 Sino-Russian talks began.";
  const entities = entitiesOf(text);
  assert.equal(entityOfMention(text, entities, "Soviet")?.wikidata, "Q15180");
  assert.equal(entityOfMention(text, entities, "Mongol")?.wikidata, "Q711");
  assert.equal(roleOfMention(text, entities, "Mongol"), "compound");
  assert.equal(entityOfMention(text, entities, "Sino")?.wikidata, "Q8733", "China in 1898 is the Qing");
  assert.equal(entityOfMention(text, entities, "Russian")?.wikidata, "Q34266");
});

test("people keep their titles in the mention, link by full name or surname, and act for their state", () => {
  const text = "In 1939 General Georgi Zhukov took command. Later Zhukov attacked. In 1945 Franklin Roosevelt met Churchill; Roosevelt left early.";
  const entities = entitiesOf(text);
  const zhukov = entityOfMention(text, entities, "General Georgi Zhukov");
  assert.equal(zhukov?.label, "Georgy Zhukov");
  assert.equal(zhukov?.kind, "person");
  assert.equal(entityOfMention(text, entities, "Zhukov", 1), zhukov);
  const ussr = entities.find((e) => e.id === zhukov?.memberOf);
  assert.equal(ussr?.wikidata, "Q15180");
  const fdr = entityOfMention(text, entities, "Franklin Roosevelt");
  assert.equal(fdr?.wikidata, "Q8007");
  assert.equal(entityOfMention(text, entities, "Roosevelt", 1), fdr, "the surname after the full name is the same man");
});

test("'Roosevelt' alone is picked by date between the two presidents", () => {
  const t1905 = "In 1905 Roosevelt mediated between Russia and Japan.";
  assert.equal(entityOfMention(t1905, entitiesOf(t1905), "Roosevelt")?.wikidata, "Q33866");
  const t1941 = "In 1941 Roosevelt froze Japanese assets.";
  assert.equal(entityOfMention(t1941, entitiesOf(t1941), "Roosevelt")?.wikidata, "Q8007");
});

test("unknown proper names are kept unlinked, with a kind from their head noun or title", () => {
  const text =
    "In 1923 Ivan Sidorenko, Soviet Diplomat, met officials of the Dalnevostochny Fishing Company in Harbin. " +
    "The Kamchatka Fisheries Convention was signed there. Colonel Arkady Belov commanded the garrison.";
  const entities = entitiesOf(text);
  const person = entityOfMention(text, entities, "Ivan Sidorenko");
  assert.equal(person?.kind, "person");
  assert.equal(person?.wikidata, null);
  assert.equal(entities.find((e) => e.id === person?.memberOf)?.wikidata, "Q15180");
  const company = entityOfMention(text, entities, "Dalnevostochny Fishing Company");
  assert.equal(company?.kind, "organization");
  assert.equal(company?.wikidata, null);
  assert.equal(entityOfMention(text, entities, "Kamchatka Fisheries Convention")?.kind, "treaty");
  const colonel = entityOfMention(text, entities, "Colonel Arkady Belov");
  assert.equal(colonel?.kind, "person");
  assert.equal(colonel?.label, "Arkady Belov");
  assert.equal(entityOfMention(text, entities, "Harbin")?.coords?.length, 2);
});

test("sentence-initial common words and calendar words are not names", () => {
  const text = "Despite the war, Fish remained cheap; fish was a staple. In March 1938 Japan protested. Talks failed.";
  const labels = entitiesOf(text).map((e) => e.label);
  assert.deepEqual(labels.filter((l) => /Despite|March|Talks|Fish/.test(l)), []);
  assert.ok(labels.includes("Japan"));
});

test("historical place names map to modern places with coordinates", () => {
  const text = "In 1938 supplies went from Alma Ata through Sinkiang to Lanchow, after the fall of Canton; in 1945 troops reached Mukden, Port Arthur and Talien.";
  const entities = entitiesOf(text);
  const expect: [string, string][] = [["Alma Ata", "Almaty"], ["Sinkiang", "Xinjiang"], ["Lanchow", "Lanzhou"], ["Canton", "Guangzhou"], ["Mukden", "Shenyang"], ["Port Arthur", "Port Arthur"], ["Talien", "Dalian"]];
  for (const [old, modern] of expect) {
    const e = entityOfMention(text, entities, old);
    assert.equal(e?.label, modern, old);
    assert.equal(e?.kind, "place");
    assert.ok(e?.coords && Math.abs(e.coords[0]) <= 90 && Math.abs(e.coords[1]) <= 180, `${old} has coordinates`);
  }
});

test("modern cities outside the gazetteer come from GeoNames after a place preposition", () => {
  const text = "In 1944 the delegation travelled to Novosibirsk and then to Irkutsk.";
  const e = entityOfMention(text, entitiesOf(text), "Novosibirsk");
  assert.equal(e?.kind, "place");
  assert.ok(e?.coords && e.coords[0] > 54 && e.coords[0] < 56 && e.coords[1] > 82 && e.coords[1] < 84);
});

test("initials belong to the name: 'John F. Kennedy', 'F. D. Roosevelt', 'G. K. Zhukov'", () => {
  const text = "In 1961 President John F. Kennedy met Nikita Khrushchev in Vienna. In 1945 G. K. Zhukov had taken Berlin, and F. D. Roosevelt had died.";
  const entities = entitiesOf(text);
  assert.equal(entityOfMention(text, entities, "President John F. Kennedy")?.wikidata, "Q9696");
  assert.equal(entityOfMention(text, entities, "G. K. Zhukov")?.label, "Georgy Zhukov");
  assert.equal(entityOfMention(text, entities, "F. D. Roosevelt")?.wikidata, "Q8007");
  assert.equal(entityOfMention(text, entities, "Berlin")?.kind, "place", "a captured capital is a place");
  assert.ok(!entities.some((e) => /^[A-Z]\.?$/.test(e.label)), "no entity is a lone initial");
});

test("a named unit without a demonym acts for the state the text presents as the military actor", () => {
  const text = "In 1945 the Soviet attack came from three directions. The Transbaikal Front attacked eastward from Outer Mongolia. The Japanese reinforced their troops, creating the Sixth Army.";
  const entities = entitiesOf(text);
  const stateOf = (phrase: string) => entities.find((e) => e.id === entityOfMention(text, entities, phrase)?.memberOf)?.label;
  assert.equal(stateOf("Transbaikal Front"), "Soviet Union");
  assert.equal(stateOf("Sixth Army"), "Japan");
});

test("a title without a name is its holder at the time: 'the Japanese Emperor' in 1932, 'the American President' in 1942", () => {
  const text = "In 1932 the Comintern planned to overthrow the Japanese Emperor. In 1942 the American President met the British Prime Minister.";
  const entities = entitiesOf(text);
  assert.equal(entityOfMention(text, entities, "Japanese Emperor")?.wikidata, "Q34479");
  assert.equal(entityOfMention(text, entities, "American President")?.wikidata, "Q8007");
  assert.equal(entityOfMention(text, entities, "British Prime Minister")?.wikidata, "Q8016");
  const later = "In 1962 the Japanese Emperor visited Kyoto.";
  assert.notEqual(entityOfMention(later, entitiesOf(later), "Japanese Emperor")?.wikidata, undefined, "Hirohito reigned until 1989");
});
