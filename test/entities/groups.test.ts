// Group actors: lists referred back to ("both nations", "these countries"), alliances and regional groups of states.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, entityOfMention } from "./support.ts";

function referents(text: string, phrase: string, occurrence = 0): string[] {
  const entities = entitiesOf(text);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1);
  return entities.filter((e) => e.mentions.some((m) => m.start === at && m.end === at + phrase.length)).map((e) => e.label).sort();
}

test("'both nations', 'the two powers', 'both countries' take the last pair the text coordinated, not the states named most", () => {
  const balkans = "In 1903 the Ottoman Empire crushed a rising. Bulgaria and Greece contended for Ottoman Macedonia. " +
    "Ethnic Greeks and Bulgars fought each other. Both nations sent armed irregulars into Ottoman territory.";
  assert.deepEqual(referents(balkans, "Both nations"), ["Bulgaria", "Greece"]);
  const reinsurance = "In 1879, Germany formed the Dual Alliance with Austria-Hungary against Russia. " +
    "In 1887 a treaty was signed between Germany and Russia. In it, the two powers agreed on neutrality.";
  assert.deepEqual(referents(reinsurance, "the two powers"), ["German Empire", "Russian Empire"]);
  const paris = "In 1919 American and British representatives refused the French claim. Clemenceau wanted an alliance with both countries.";
  assert.deepEqual(referents(paris, "both countries"), ["United Kingdom of Great Britain and Ireland", "United States"]);
});

test("'these countries' and 'the three powers' take the whole last list of that size", () => {
  const a = "By 1910 Bulgaria, Greece, Montenegro and Serbia had won independence from the Ottoman Empire. In 1912 these countries formed an alliance.";
  assert.deepEqual(referents(a, "these countries"), ["Bulgaria", "Greece", "Montenegro", "Serbia"]);
  const b = "In 1882 Germany, Austria-Hungary and Italy signed a treaty, and France protested. The three powers renewed it in 1887.";
  assert.deepEqual(referents(b, "The three powers"), ["Austria-Hungary", "German Empire", "Kingdom of Italy"]);
  const c = "In 1948 Belgium, the Netherlands and Luxembourg joined France and the United Kingdom at Brussels. These states pledged mutual aid.";
  assert.deepEqual(referents(c, "These states"), ["France", "United Kingdom"]);
});

test("a list phrase without a list of states before it refers to nothing new", () => {
  const text = "In 1950 the war began in Korea. These countries were far away.";
  assert.deepEqual(referents(text, "These countries"), []);
});

test("regional groups named by their adjective are group actors, places with the same adjective are not", () => {
  const baltic = "In 1939 the Soviet Union demanded bases from the Baltic states. The Baltic governments acquiesced.";
  const entities = entitiesOf(baltic);
  const group = entityOfMention(baltic, entities, "Baltic states");
  assert.equal(group?.kind, "group");
  assert.equal(entityOfMention(baltic, entities, "Baltic governments")?.id, group?.id);
  const balkan = "In 1912 four Balkan states defeated the Ottoman Empire.";
  assert.equal(entityOfMention(balkan, entitiesOf(balkan), "Balkan states")?.label, "Balkan states");
  const sea = "In 1919 British ships entered the Baltic Sea.";
  const seaEntities = entitiesOf(sea);
  assert.notEqual(entityOfMention(sea, seaEntities, "Baltic Sea")?.kind, "group");
  assert.ok(!seaEntities.some((e) => e.kind === "group"));
});

test("alliances are group actors with the members the text names; 'the League member states' and 'the alliance' refer back to them", () => {
  const text = "In 1912 Bulgaria, Greece, Montenegro and Serbia formed the Balkan League. Greece built a navy. " +
    "In October the League member states attacked the Ottoman Empire. After an ultimatum the remaining members of the alliance entered the war.";
  const entities = entitiesOf(text);
  const league = entityOfMention(text, entities, "Balkan League");
  assert.equal(league?.kind, "group");
  assert.deepEqual(league?.members?.map((id) => entities.find((e) => e.id === id)?.label).sort(), ["Bulgaria", "Greece", "Montenegro", "Serbia"]);
  assert.equal(entityOfMention(text, entities, "the League")?.id, league?.id);
  assert.equal(entityOfMention(text, entities, "the alliance")?.id, league?.id);
  const wwi = "In 1918 the Allied Powers and Germany signed an armistice. The Central Powers had collapsed, and Allied troops entered Germany.";
  const w = entitiesOf(wwi);
  assert.equal(entityOfMention(wwi, w, "Allied Powers")?.label, "Allied Powers");
  assert.equal(entityOfMention(wwi, w, "Allied", 1)?.label, "Allied Powers");
  assert.equal(entityOfMention(wwi, w, "Central Powers")?.kind, "group");
});

test("'the League of Nations' is not read as a league just named", () => {
  const text = "In 1912 the Balkan League was formed. In 1920 the League of Nations met at Geneva.";
  const entities = entitiesOf(text);
  assert.equal(entityOfMention(text, entities, "League of Nations")?.label, "League of Nations");
  assert.notEqual(entityOfMention(text, entities, "the League")?.label, "Balkan League");
});
