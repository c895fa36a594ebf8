// Constructions of war and diplomacy narratives beyond the first lexicon: combat and movement verbs, peace-making
// and concessions, negotiations and offers, battles told as nouns, pressure and challenge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsFor } from "./fixtures.ts";
import type { EntitySpec } from "./fixtures.ts";

const ACTORS: EntitySpec[] = [
  { id: "fr", kind: "state", names: ["France", "French"] },
  { id: "uk", kind: "state", names: ["Britain", "British"] },
  { id: "de", kind: "state", names: ["Germany", "German", "Germans"] },
  { id: "it", kind: "state", names: ["Italy", "Italian"] },
  { id: "gr", kind: "state", names: ["Greece", "Greeks", "Greek"] },
  { id: "ru", kind: "state", names: ["Russia", "Russian", "Soviet Union"] },
  { id: "jp", kind: "state", names: ["Japan", "Japanese"] },
  { id: "cn", kind: "state", names: ["China", "Chinese"] },
  { id: "kp", kind: "state", names: ["North Korea", "North Korean"] },
  { id: "kr", kind: "state", names: ["South Korea", "South Korean"] },
  { id: "us", kind: "state", names: ["United States", "American", "Americans"] },
  { id: "vn", kind: "state", names: ["North Vietnam", "North Vietnamese"] },
  { id: "ro", kind: "state", names: ["Rome", "Romans"] },
  { id: "ca", kind: "state", names: ["Carthage", "Carthaginians"] },
  { id: "pe", kind: "state", names: ["Persia", "Persians"] },
  { id: "at", kind: "state", names: ["Athens", "Athenians"] },
  { id: "tr", kind: "state", names: ["Turkey", "Ottoman Empire"] },
  { id: "fi", kind: "state", names: ["Finland"] },
  { id: "un", kind: "organization", names: ["United Nations", "UN"] },
  { id: "cs", kind: "state", names: ["Confederates", "Confederate"] },
  { id: "un_", kind: "state", names: ["Union"] },
  { id: "al", kind: "place", names: ["Albania"] },
  { id: "eg", kind: "place", names: ["Egypt"] },
  { id: "rh", kind: "place", names: ["Rhine"] },
  { id: "yl", kind: "place", names: ["Yalu River", "Yalu"] },
  { id: "sg", kind: "place", names: ["Seoul"] },
  { id: "ml", kind: "place", names: ["Malta"] },
];

function asserted(text: string, type: string) {
  const { events } = eventsFor(text, ACTORS);
  const hits = events.filter((e) => e.type === type && e.modality === "asserted");
  assert.ok(hits.length >= 1, `an asserted ${type} in ${JSON.stringify(events.map((e) => [e.type, e.trigger.text, e.source, e.target, e.modality]))}`);
  return hits[0];
}

function none(text: string, type: string) {
  const { events } = eventsFor(text, ACTORS);
  const hits = events.filter((e) => e.type === type && e.modality === "asserted");
  assert.equal(hits.length, 0, JSON.stringify(hits.map((e) => [e.type, e.trigger.text])));
}

test("forces driven back are attacked by who drove them back", () => {
  const a = asserted("In October 1940, Italy invaded Greece but within days the Greeks pushed the Italians back into Albania.", "ASSAULT");
  assert.ok(a);
  const b = asserted("The Carthaginians were repulsed by the Romans near the coast.", "ASSAULT");
  assert.deepEqual(b.source, ["ro"]);
  assert.deepEqual(b.target, ["ca"]);
  const c = asserted("In November, Chinese forces drove the Americans back across the Yalu.", "ASSAULT");
  assert.deepEqual(c.source, ["cn"]);
  assert.ok(c.target.includes("us"));
});

test("crossing a border or a river into a country and advancing on it are assaults", () => {
  const a = asserted("On June 25, 1950, North Korean troops crossed the border into South Korea.", "ASSAULT");
  assert.deepEqual(a.source, ["kp"]);
  assert.deepEqual(a.target, ["kr"]);
  const b = asserted("In 1792 the French army crossed the Rhine into Germany.", "ASSAULT");
  assert.deepEqual(b.source, ["fr"]);
  assert.ok(b.target.includes("de"));
  const c = asserted("The Persians advanced on Athens in the summer.", "ASSAULT");
  assert.deepEqual(c.source, ["pe"]);
  assert.deepEqual(c.target, ["at"]);
});

test("sinking, storming and destroying an actor's forces are assaults; destroying a thing is none", () => {
  const a = asserted("In the Atlantic, the British sank the German flagship.", "ASSAULT");
  assert.deepEqual(a.source, ["uk"]);
  assert.deepEqual(a.target, ["de"]);
  const b = asserted("The Romans destroyed Carthage in 146 BC.", "ASSAULT");
  assert.deepEqual(b.source, ["ro"]);
  assert.deepEqual(b.target, ["ca"]);
  none("The French destroyed the records of the ministry.", "ASSAULT");
});

test("making peace is an agreement, making concessions a concession to the recipient", () => {
  const a = asserted("When Rome and Carthage made peace in 241 BC, Rome secured the release of its prisoners.", "AGREE");
  assert.deepEqual([...a.source, ...a.target].sort(), ["ca", "ro"]);
  const b = asserted("In 1878 Russia made peace with the Ottoman Empire.", "AGREE");
  assert.deepEqual(b.source, ["ru"]);
  assert.deepEqual(b.target, ["tr"]);
  const c = asserted("In the end Finland made territorial concessions to Russia.", "CONCEDE");
  assert.deepEqual(c.source, ["fi"]);
  assert.deepEqual(c.target, ["ru"]);
});

test("renouncing or denouncing a treaty is a rejection", () => {
  const a = asserted("In 1935 Germany renounced the treaty.", "REJECT");
  assert.deepEqual(a.source, ["de"]);
  const b = asserted("In 1936 Japan denounced the naval treaty with Britain.", "REJECT");
  assert.deepEqual(b.source, ["jp"]);
  const c = asserted("The Ottoman Empire abrogated the agreement with Russia in 1914.", "REJECT");
  assert.deepEqual(c.source, ["tr"]);
});

test("negotiations attended, offers made and requests repeated", () => {
  const a = asserted("In 1919 Italy attended the negotiations with France and Britain in Paris.", "CONSULT");
  assert.deepEqual(a.source, ["it"]);
  const b = asserted("Germany rejected the offer and made a counter-offer to France.", "COOPERATE");
  assert.deepEqual(b.source, ["de"]);
  const c = asserted("After repeated requests from South Korea, the United States sent more troops.", "REQUEST");
  assert.deepEqual(c.source, ["kr"]);
});

test("a battle or a war between two sides is an assault between them", () => {
  const a = asserted("The Battle of the Marne was the first fighting between France and Germany in the west.", "ASSAULT");
  assert.deepEqual([...a.source, ...a.target].sort(), ["de", "fr"]);
  const b = asserted("In 264 BC a full-scale war between Carthage and Rome broke out.", "ASSAULT");
  assert.deepEqual([...b.source, ...b.target].sort(), ["ca", "ro"]);
  const c = asserted("Italy began a siege of Malta in June.", "ASSAULT");
  assert.deepEqual(c.source, ["it"]);
  assert.deepEqual(c.target, ["ml"]);
});

test("pressure on an actor is a demand, a challenge to its legitimacy an accusation", () => {
  const a = asserted("The United States pressured North Vietnam to withdraw its troops.", "REQUEST");
  assert.deepEqual(a.source, ["us"]);
  assert.deepEqual(a.target, ["vn"]);
  const b = asserted("China challenged the legitimacy of the South Korean government.", "ACCUSE");
  assert.deepEqual(b.source, ["cn"]);
  assert.deepEqual(b.target, ["kr"]);
  const c = asserted("In 1950 the Soviet delegate complained to the United Nations against the United States.", "ACCUSE");
  assert.ok(c.target.length > 0);
});

const COMMANDERS: EntitySpec[] = [
  ...ACTORS,
  { id: "truman", kind: "person", names: ["Truman"], memberOf: "us" },
  { id: "macarthur", kind: "person", names: ["MacArthur"], memberOf: "us" },
  { id: "hitler", kind: "person", names: ["Hitler"], memberOf: "de" },
  { id: "hannibal", kind: "person", names: ["Hannibal"], memberOf: "ca" },
  { id: "tw", kind: "place", names: ["Formosa"] },
  { id: "vf", kind: "state", names: ["Vichy France"] },
];

test("an act ordered is told as done, with the one who ordered it among its sources", () => {
  const { events: a } = eventsFor("In June 1950 President Truman ordered the Seventh Fleet to protect Formosa.", COMMANDERS);
  const fleet = a.find((e) => e.type === "MOBILIZE");
  assert.equal(fleet?.modality, "asserted");
  assert.ok(fleet?.source.includes("us") && fleet.target.includes("tw"), JSON.stringify(fleet));
  const { events: b } = eventsFor("Truman ordered MacArthur to attack China.", COMMANDERS);
  const attack = b.find((e) => e.type === "ASSAULT");
  assert.equal(attack?.modality, "asserted");
  assert.ok(attack?.source.includes("truman") && attack.source.includes("macarthur") && attack.target.includes("cn"), JSON.stringify(attack));
  const { events: c } = eventsFor("Hitler responded by ordering the occupation of Vichy France.", COMMANDERS);
  const occupation = c.find((e) => e.type === "ASSAULT");
  assert.equal(occupation?.modality, "asserted");
  assert.deepEqual(occupation?.source, ["hitler", "de"]);
  const { events: d } = eventsFor("Hannibal ordered his army to cross the river into Italy.", COMMANDERS);
  const crossing = d.find((e) => e.type === "ASSAULT");
  assert.ok(crossing?.source.includes("ca") && crossing.target.includes("it") && crossing.modality === "asserted", JSON.stringify(d));
});

test("a demand or a plan still leaves the act it asks for unasserted", () => {
  none("The United States pressured North Vietnam to withdraw its troops.", "RETREAT");
  none("Germany planned to invade Britain in 1940.", "ASSAULT");
  none("Italy called for the withdrawal of French troops.", "RETREAT");
});

test("a verb right before a conjunction shares the next verb's object", () => {
  const a = asserted("The Greeks, however, intercepted and turned back the Persians at Marathon.", "ASSAULT");
  assert.deepEqual(a.source, ["gr"]);
  assert.deepEqual(a.target, ["pe"]);
  const { events } = eventsFor("In 1941 Germany attacked and occupied Greece.", ACTORS);
  assert.deepEqual(events.map((e) => e.target), [["gr"], ["gr"]]);
  const { events: b } = eventsFor("Rome besieged and destroyed Carthage in 146 BC.", ACTORS);
  assert.ok(b.length === 2 && b.every((e) => e.target.includes("ca") && e.source.includes("ro")), JSON.stringify(b));
});

function modalityOfType(text: string, type: string): string[] {
  return eventsFor(text, ACTORS).events.filter((e) => e.type === type).map((e) => e.modality);
}

test("an event noun that a plan, a fear or a condition is about is not asserted", () => {
  assert.deepEqual(modalityOfType("By September the plans for an invasion of Britain were cancelled.", "ASSAULT"), ["hypothetical"]);
  assert.deepEqual(modalityOfType("The German invasion plans were cancelled.", "ASSAULT"), ["hypothetical"]);
  assert.deepEqual(modalityOfType("Italy pledged neutrality in the event of an attack on Germany.", "ASSAULT"), ["hypothetical"]);
  assert.deepEqual(modalityOfType("In 1950 Japan made preparations for an attack on China.", "ASSAULT"), ["hypothetical"]);
  assert.deepEqual(modalityOfType("Spain entered the war with the goal of recapturing Malta.", "ASSAULT").at(-1), "hypothetical");
  // the act itself stays asserted
  assert.deepEqual(modalityOfType("Germany launched an invasion of Russia in June.", "ASSAULT"), ["asserted"]);
});

test("a noun or gerund a negative governor takes did not happen", () => {
  assert.deepEqual(modalityOfType("Finland avoided total conquest of the country by Russia.", "ASSAULT"), ["negated"]);
  assert.deepEqual(modalityOfType("The Greeks, however, intercepted the fleet, preventing the invasion of Greece.", "ASSAULT").at(-1), "negated");
  assert.deepEqual(modalityOfType("The treaty prevented Germany from attacking France.", "ASSAULT"), ["negated"]);
  assert.deepEqual(modalityOfType("Rome avoided fighting Carthage for a decade.", "ASSAULT"), ["negated"]);
});

test("a speaker who tells of another's attack accuses it; the attack stays reported", () => {
  const { events } = eventsFor("North Korea said that South Korean troops had attacked the border town.", ACTORS);
  assert.equal(events.find((e) => e.type === "ASSAULT")?.modality, "reported");
  const accuse = events.find((e) => e.type === "ACCUSE");
  assert.deepEqual([accuse?.source, accuse?.target, accuse?.modality], [["kp"], ["kr"], "asserted"]);
  const b = asserted("China claimed that American aircraft had bombed Chinese villages.", "ACCUSE");
  assert.deepEqual([b.source, b.target], [["cn"], ["us"]]);
  const c = asserted("In 149 BC Rome charged that Carthage had attacked its allies.", "ACCUSE");
  assert.deepEqual([c.source, c.target], [["ro"], ["ca"]]);
  // telling one's own act accuses no one
  assert.equal(eventsFor("Japan stated that it had occupied the city.", ACTORS).events.filter((e) => e.type === "ACCUSE").length, 0);
});

test("a complaint against an actor targets it; an event noun's doer does what its clause says", () => {
  const a = asserted("The Soviet Union complained to the United Nations against the United States.", "ACCUSE");
  assert.ok(a.target.includes("us"));
  const b = asserted("A counter-attack by the forces of China defeated the Americans near the river.", "ASSAULT");
  assert.deepEqual([b.source, b.target], [["cn"], ["us"]]);
  const c = asserted("An assault by the Persians defeated the Athenians at the pass.", "ASSAULT");
  assert.deepEqual([c.source, c.target], [["pe"], ["at"]]);
});

test("a measure or a speech act declared, issued or repeated is its subject's", () => {
  const a = asserted("Japan declared a closure of the ports to American ships.", "SANCTION");
  assert.deepEqual(a.source, ["jp"]);
  const b = asserted("The Chinese repeated their requests for a ceasefire.", "REQUEST");
  assert.deepEqual(b.source, ["cn"]);
  const c = asserted("In 1914 Britain issued an ultimatum to Germany.", "THREATEN");
  assert.deepEqual([c.source, c.target], [["uk"], ["de"]]);
});

test("a retreat is from whom the troops leave; troops removed act for their side", () => {
  const a = asserted("In 1958 China withdrew its troops from North Korea.", "RETREAT");
  assert.deepEqual([a.source, a.target], [["cn"], ["kp"]]);
  const b = asserted("Many American troops were removed from Japan.", "RETREAT");
  assert.deepEqual([b.source, b.target], [["us"], ["jp"]]);
  const c = asserted("In 241 BC the Carthaginians withdrew from Rome's territory.", "RETREAT");
  assert.deepEqual(c.source, ["ca"]);
});

test("defending or protecting an actor is military protection", () => {
  const a = asserted("In 218 BC Rome defended Athens with a fleet.", "AID");
  assert.deepEqual([a.source, a.target, a.cameo], [["ro"], ["at"], "074"]);
  const b = asserted("The United States protected South Korea after 1953.", "AID");
  assert.deepEqual([b.source, b.target], [["us"], ["kr"]]);
  const { events } = eventsFor("President Truman announced that the United States would defend South Korea.", ACTORS);
  assert.equal(events.find((e) => e.type === "AID")?.modality, "reported");
});

test("firing on an actor and forcing, pressing or driving it back are assaults", () => {
  const a = asserted("In April 1861 the ship was fired upon by Confederate forces.", "ASSAULT");
  assert.deepEqual(a.source, ["cs"]);
  const b = asserted("In July the Union troops were forced back to Washington by the Confederates.", "ASSAULT");
  assert.deepEqual([b.source, b.target], [["cs"], ["un_"]]);
  const c = asserted("The Romans kept pressing the Carthaginians back to the coast.", "ASSAULT");
  assert.deepEqual([c.source, c.target], [["ro"], ["ca"]]);
  const e = asserted("The Confederates were driven from Missouri by the Union.", "ASSAULT");
  assert.deepEqual([e.source, e.target], [["un_"], ["cs"]]);
});
