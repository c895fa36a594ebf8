// Persons: regnal names with numerals, first- and second-person pronouns in quotations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, entityOfMention } from "./support.ts";

function personAt(text: string, phrase: string, occurrence = 0) {
  const entities = entitiesOf(text);
  const e = entityOfMention(text, entities, phrase, occurrence);
  const state = e?.memberOf ? entities.find((x) => x.id === e.memberOf)?.label : undefined;
  return { e, state, entities };
}

test("a regnal name is a person of its own, never another monarch with the same numeral", () => {
  const a = "In 1780 Catherine II of Russia proclaimed the League of Armed Neutrality.";
  const ca = personAt(a, "Catherine II of Russia");
  assert.equal(ca.e?.kind, "person");
  assert.equal(ca.state, "Russian Empire");
  assert.ok(!ca.entities.some((e) => e.label === "Wilhelm II"), "not the German Kaiser because of the numeral");

  const b = "Paul I was murdered in March 1801, and his son took the throne.";
  const paul = personAt(b, "Paul I");
  assert.equal(paul.e?.kind, "person");
  assert.ok(!paul.entities.some((e) => /Franz Joseph/.test(e.label)));

  const c = "In 1460 Christian I of Denmark was elected Duke of Schleswig.";
  const christian = personAt(c, "Christian I of Denmark");
  assert.equal(christian.e?.kind, "person");
  assert.equal(christian.state, "Denmark");
});

test("a known regnal name qualified by another state is not the known monarch", () => {
  const text = "In 1844 King William II of the Netherlands sent a letter urging Japan to open its ports.";
  const { e, state, entities } = personAt(text, "King William II of the Netherlands");
  assert.equal(e?.kind, "person");
  assert.notEqual(e?.wikidata, "Q2677", "not Wilhelm II of Germany");
  assert.equal(state, "Netherlands");
  assert.ok(!entities.some((x) => x.label === "German Empire"), "the Kaiser's state is not dragged in");
});

test("a regnal name the gazetteer knows links by name, numeral and date", () => {
  const a = "In 1896 Menelik II defeated the Italian army at Adwa.";
  assert.equal(personAt(a, "Menelik II").e?.kind, "person");
  const b = "After 1888 Wilhelm II dismissed Bismarck and let the Reinsurance Treaty lapse.";
  assert.equal(personAt(b, "Wilhelm II").e?.wikidata, "Q2677");
  const c = "Yohannes IV fell at Gallabat in 1889 fighting the Mahdists.";
  assert.equal(personAt(c, "Yohannes IV").e?.kind, "person");
});

test("a numeral alone, or 'I' as a pronoun, is no person", () => {
  const text = "Emperor Franz Joseph I ruled until 1916. “I have weighed everything,” he wrote in 1914; “I am ready.”";
  const entities = entitiesOf(text);
  for (let i = 1; i <= 2; i++) assert.equal(entityOfMention(text, entities, "I", i), undefined, `"I" number ${i} is the pronoun`);
  const war = "In 1945 World War II ended, and Chapter II of the report deals with 1946.";
  const warEntities = entitiesOf(war);
  assert.equal(entityOfMention(war, warEntities, "II", 1), undefined);
  assert.ok(!warEntities.some((e) => e.kind === "person"));
});

test("first- and second-person pronouns inside quotations never link to a named entity", () => {
  const texts = [
    "In 1914 the Kaiser told the Austrian envoy: “We will stand by you, and our army is ready.”",
    "In 1905 Witte wrote from Portsmouth: “I shall not pay a kopeck; my government forbids it.”",
    "“You must choose,” Hitler told Schuschnigg in 1938, “or your country will be invaded.”",
  ];
  for (const text of texts) {
    const entities = entitiesOf(text);
    for (const word of ["We", "you", "our", "I", "my", "You", "your"]) {
      const re = new RegExp(`\\b${word}\\b`, "g");
      for (const m of text.matchAll(re)) {
        const hit = entities.find((e) => e.mentions.some((x) => x.start <= m.index! && x.end >= m.index! + word.length));
        assert.equal(hit, undefined, `"${word}" at ${m.index} in: ${text}`);
      }
    }
  }
});

function stateOf(text: string, phrase: string, occurrence = 0): string | undefined {
  const { state } = personAt(text, phrase, occurrence);
  return state;
}

test("a titled signatory or official resolves to the person and, through memberOf, to the state of that date", () => {
  const a = "On 30 January 1902 a treaty was signed in London by Lord Lansdowne and Hayashi Tadasu.";
  assert.equal(stateOf(a, "Lord Lansdowne"), "United Kingdom of Great Britain and Ireland");
  assert.equal(stateOf(a, "Hayashi Tadasu"), "Japan");
  const b = "In December 1943 İnönü met Churchill and Roosevelt at Cairo.";
  assert.equal(stateOf(b, "İnönü"), "Turkey");
  const c = "In 1853 Commodore Perry anchored in Edo Bay with four warships.";
  const perry = personAt(c, "Commodore Perry");
  assert.equal(perry.e?.kind, "person");
  assert.equal(perry.state, "United States");
  const d = "In 1919 Stalin was a commissar of the Bolshevik government.";
  assert.equal(stateOf(d, "Stalin"), "Russian Soviet Federative Socialist Republic", "Stalin acts for Soviet Russia in 1919");
});

test("a state, a title and a name make a titled person, not an organisation", () => {
  const a = "In 1853, United States Navy Commodore Matthew C. Perry was sent to Japan.";
  const perry = personAt(a, "Commodore Matthew C. Perry");
  assert.equal(perry.e?.kind, "person");
  assert.equal(perry.state, "United States");
  assert.ok(!perry.entities.some((e) => /Commodore|Perry/.test(e.label) && e.kind !== "person"), "no 'United States Navy Commodore …' organisation");
  const b = "In 1941 Finnish Foreign Minister Rolf Witting received the German ambassador.";
  const witting = personAt(b, "Foreign Minister Rolf Witting");
  assert.equal(witting.e?.kind, "person");
  assert.equal(witting.state, "Finland");
  const c = "In 1928, United States Secretary of State Frank B. Kellogg proposed a multilateral pact.";
  assert.equal(stateOf(c, "Frank B. Kellogg"), "United States");
});

test("unknown officials named by demonym and office stand for their state; a capital after 'in' stays a place", () => {
  const text = "In 1941 the Japanese envoy met American representatives in Berlin.";
  const entities = entitiesOf(text);
  assert.equal(entityOfMention(text, entities, "Japanese envoy")?.label, "Japan");
  assert.equal(entityOfMention(text, entities, "American representatives")?.label, "United States");
  assert.equal(entityOfMention(text, entities, "Berlin")?.kind, "place");
  const t2 = "In 1914 the German ambassador in Vienna urged haste.";
  const e2 = entitiesOf(t2);
  assert.equal(entityOfMention(t2, e2, "German ambassador")?.label, "German Empire");
  assert.equal(entityOfMention(t2, e2, "Vienna")?.kind, "place");
});

test("a person named in a later retrospect acts for the state of their own time", () => {
  const a = "In 1995 historians still judged Trotsky harshly.";
  assert.equal(stateOf(a, "Trotsky"), "Soviet Union");
  const b = "In 2005 a biography of Bismarck appeared.";
  assert.equal(stateOf(b, "Bismarck"), "German Empire");
  const c = "In 1880 Louis XIV was still admired in France.";
  assert.equal(stateOf(c, "Louis XIV"), "France");
});
