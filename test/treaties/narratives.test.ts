// How the treaty layer reads instruments in war narratives: what is no instrument between states, the acts that name
// a treaty (acceding, making peace, formalising, being allied as part of it) with the parties and the date they give.
// Every rule is tried on sentences of several texts (the whole pipeline runs on each).
import { test } from "node:test";
import assert from "node:assert/strict";
import { read } from "./read.ts";

const revolution =
  "American Revolutionary War\n\n" +
  "Boston had seen much unrest, which led to the Massachusetts Government Act of 1774. Washington had the newly issued Declaration of Independence read to his men. " +
  "France signed the Treaty of Alliance with the United States on February 6, 1778.\n";

const republic =
  "French Revolution\n\n" +
  "The National Convention abolished the monarchy in September 1792. The Assembly adopted the Declaration of the Rights of Man and of the Citizen in August 1789. " +
  "In August 1791 Austria and Prussia issued the Declaration of Pillnitz.\n";

const wartime =
  "The Second World War\n\n" +
  "In November 1939, the American Neutrality Act was amended to allow purchases by the Allies. In 1948 the Democratic National Convention met in Philadelphia. " +
  "In 1906 the powers signed the General Act of Algeciras, and in 1945 the Potsdam Declaration was issued.\n";

test("a law of one state, a unilateral declaration and an assembly are no instruments: '… Government Act', 'Declaration of Independence', 'the National Convention'", () => {
  const names = [revolution, republic, wartime].flatMap((t) => read(t).treaties.map((x) => x.name));
  for (const not of ["Massachusetts Government Act", "Declaration of Independence", "National Convention", "Declaration of the Rights of Man and of the Citizen", "American Neutrality Act", "Democratic National Convention"]) {
    assert.ok(!names.some((n) => n.includes(not)), `${not} is no instrument: ${names.join(" | ")}`);
  }
  for (const kept of ["Treaty of Alliance", "Declaration of Pillnitz", "General Act", "Potsdam Declaration"]) assert.ok(names.some((n) => n.startsWith(kept)), `${kept} among ${names.join(" | ")}`);
});

const eastern =
  "The war in the east\n\n" +
  "Romania acceded to the Treaty of Bucharest on 7 May 1918. In 1920 Poland made peace with Lithuania, signing the Treaty of Suwalki on 7 October 1920. " +
  "After the defeat of 1813 Denmark gave way; this was formalised by the Treaty of Kiel in January 1814, under which Denmark ceded Norway to Sweden.\n";

const axis =
  "The Axis\n\n" +
  "At the end of September 1940, the Tripartite Pact united Japan, Italy, and Germany to formalize the Axis Powers. " +
  "The Axis expanded in November 1940 when Hungary, Slovakia, and Romania joined the Tripartite Pact.\n\n" +
  "In 1879 Russia made peace with the Ottoman Empire, signing the Treaty of Constantinople on 8 February 1879. " +
  "Finland acceded to the Treaty of Tartu on 14 October 1920, and the border was settled.\n";

test("an accession with no signing told dates the instrument and names its party: 'Romania acceded to the Treaty of … on 7 May 1918'", () => {
  const e = read(eastern);
  assert.equal(e.byName("Treaty of Bucharest").signed, "1918-05-07");
  assert.deepEqual(e.countries(e.byName("Treaty of Bucharest").parties), ["Romania"]);
  const a = read(axis);
  assert.equal(a.byName("Treaty of Tartu").signed, "1920-10-14");
  assert.deepEqual(a.countries(a.byName("Treaty of Tartu").parties), ["Finland"]);
  // a signing told elsewhere stays the signing, and the later joiners are accessions
  const pact = a.byName("Tripartite Pact");
  assert.equal(pact.signed, "1940-09");
  assert.deepEqual(a.countries(pact.accessions.map((x: { party: string }) => x.party)), ["Hungary", "Romania", "Slovakia"]);
});

test("a participle of signing takes the main clause's subject and its 'with' state: 'Poland made peace with Lithuania, signing the Treaty of …'", () => {
  const e = read(eastern);
  assert.deepEqual(e.countries(e.byName("Treaty of Suwalki").parties), ["Lithuania", "Poland"]);
  assert.equal(e.byName("Treaty of Suwalki").signed, "1920-10-07");
  const a = read(axis);
  assert.deepEqual(a.countries(a.byName("Treaty of Constantinople").parties), ["Russia", "Turkey"]);
  assert.equal(a.byName("Treaty of Constantinople").signed, "1879-02-08");
});

test("an instrument that unites states or formalises what the sentence tells: its object states, its terms after ', under which', the date of its clause", () => {
  const a = read(axis);
  const pact = a.byName("Tripartite Pact");
  for (const c of ["Germany", "Italy", "Japan"]) assert.ok(a.countries(pact.parties).includes(c), `${c} in ${a.countries(pact.parties)}`);
  const e = read(eastern);
  assert.deepEqual(e.countries(e.byName("Treaty of Kiel").parties), ["Denmark", "Sweden"]);
  assert.equal(e.byName("Treaty of Kiel").signed, "1814-01");
});

const alliances =
  "Before the Great War\n\n" +
  "Italy had been allied with the German and Austro-Hungarian Empires since 1882 as part of the Triple Alliance. " +
  "Rome, however, had a pact with France, and in 1902 the two governments exchanged letters.\n\n" +
  "The Balkans\n\nSerbia had a secret treaty with Bulgaria, which divided Macedonia between them. The war cost a great deal of money.\n";

const north =
  "The Winter War\n\n" +
  "In March 1940 Finland struck a deal with the Soviet Union and ceded Karelia. " +
  "Sweden had been allied with Britain since 1805 as a member of the Northern Alliance. On 7 May 1945 Germany signed an unconditional surrender to the Allies at Reims. " +
  "The surrender of the fort came a week later.\n";

test("being allied 'since' a date 'as part of' an alliance: the subject and its allies are parties, the date is the alliance's", () => {
  const a = read(alliances);
  const triple = a.byName("Triple Alliance");
  assert.deepEqual(a.countries(triple.parties), ["Austria", "Germany", "Italy"]);
  assert.equal(triple.signed, "1882");
  const n = read(north);
  const coalition = n.byName("Northern Alliance");
  assert.deepEqual(n.countries(coalition.parties), ["Sweden", "United Kingdom"]);
  assert.equal(coalition.signed, "1805");
});

test("'had a pact with', 'struck a deal with', 'signed an unconditional surrender': descriptions of instruments with their holders as parties", () => {
  const a = read(alliances);
  const pact = a.treaties.find((t) => t.name.startsWith("pact"));
  assert.deepEqual(a.countries(pact.parties), ["France", "Italy"]);
  const secret = a.treaties.find((t) => t.name.startsWith("secret treaty"));
  assert.deepEqual(a.countries(secret.parties), ["Bulgaria", "Serbia"]);
  assert.ok(!a.treaties.some((t) => t.name.includes("deal")), "a great deal of money is no instrument");
  const n = read(north);
  const deal = n.treaties.find((t) => t.name.startsWith("deal"));
  assert.deepEqual(n.countries(deal.parties), ["Finland", "Russia"]);
  assert.equal(deal.signed, "1940-03");
  const surrender = n.treaties.filter((t) => t.name.includes("surrender"));
  assert.equal(surrender.length, 1, "the surrender of the fort is no instrument");
  assert.equal(surrender[0].signed, "1945-05-07");
  assert.ok(n.countries(surrender[0].parties).includes("Germany") && !n.countries(surrender[0].parties).includes("Sweden"));
});

const endings =
  "Endings\n\n" +
  "In December 1917 the Bolshevik government sought an armistice and negotiations with Germany. Trotsky led the delegation. " +
  "The Treaty of Constantinople ended the second war. The treaty was signed by the Ottoman and the Bulgarian governments on 29 September 1913.\n\n" +
  "In 1940 the French government sued for an armistice with Germany.\n";

const balkan =
  "The Balkan alliances\n\n" +
  "In March 1912 the Serbian and the Bulgarian governments signed the Treaty of Friendship and Alliance. " +
  "In 1939 Finland sought a pact and negotiations with Sweden.\n";

test("who sought an instrument, and coordinated adjectives of governments, are its parties: 'sought an armistice and negotiations with Germany', 'by the Ottoman and the Bulgarian governments'", () => {
  const e = read(endings);
  const armistices = e.treaties.filter((t) => t.name.startsWith("armistice"));
  assert.deepEqual(armistices.map((t) => e.countries(t.parties)), [["Germany", "Russia"], ["France", "Germany"]]);
  assert.deepEqual(e.countries(e.byName("Treaty of Constantinople").parties), ["Bulgaria", "Turkey"]);
  assert.equal(e.byName("Treaty of Constantinople").signed, "1913-09-29");
  const b = read(balkan);
  assert.deepEqual(b.countries(b.byName("Treaty of Friendship and Alliance").parties), ["Bulgaria", "Serbia"]);
  const pact = b.treaties.find((t) => t.name.startsWith("pact"));
  assert.deepEqual(b.countries(pact.parties), ["Finland", "Sweden"]);
});

const civil =
  "The civil war\n\n" +
  "In December 1936 the Kuomintang and the Chinese Communist Party agreed to end the civil war, and both parties formed a united front against Japan. " +
  "The Japanese army held the Eastern Front and the front line did not move.\n\n" +
  "After the surrender of Japan, the Kuomintang and the Chinese Communist Party met in Chongqing. An agreement was reached on 10 October 1945, but fighting resumed.\n";

const spain =
  "The Spanish Civil War\n\n" +
  "In 1936 the Socialist Party and the Communist Party of Spain formed a united front against the Nationalists. " +
  "After the war with Italy, France and Britain met in London. An accord was signed on 2 January 1937.\n";

test("an instrument told only as reached or formed takes the states the narrative names together as subject, never one after a preposition", () => {
  const c = read(civil);
  const agreement = c.treaties.find((t) => t.name.startsWith("agreement"));
  assert.equal(agreement.signed, "1945-10-10");
  assert.ok(!c.countries(agreement.parties).includes("Japan"), `parties ${c.countries(agreement.parties)}`);
  assert.equal(agreement.parties.length, 2);
  const s = read(spain);
  const accord = s.treaties.find((t) => t.name.startsWith("accord"));
  assert.equal(accord.signed, "1937-01-02");
  assert.deepEqual(s.countries(accord.parties), ["France", "United Kingdom"]);
});

test("'a united front' is an alliance of those who form it; any other front is no instrument", () => {
  const c = read(civil);
  const fronts = c.treaties.filter((t) => /front/i.test(t.name));
  assert.equal(fronts.length, 1, fronts.map((t) => t.name).join(" | "));
  assert.equal(fronts[0].signed, "1936-12");
  assert.equal(fronts[0].parties.length, 2);
  assert.ok(!c.countries(fronts[0].parties).includes("Japan"));
  const s = read(spain);
  assert.equal(s.treaties.filter((t) => /united front/.test(t.name)).length, 1);
});

const vietnam =
  "1972 election and Paris Peace Accords\n\n" +
  "The war was the central issue of the 1972 presidential election. The Paris Peace Accords on \"Ending the War and Restoring Peace in Vietnam\" were signed on 27 January 1973. " +
  "The Paris Peace Accords stipulated a sixty-day period for the withdrawal of troops.\n\n" +
  "Under the Paris Peace Accord, prisoners were exchanged. The protests ended after the Paris Peace Accords were signed in 1973.\n";

const westphalia =
  "1648 settlement and the Peace of Westphalia\n\n" +
  "The Westphalia Accords on \"the Peace between the Empire and Sweden\" were signed on 24 October 1648. Under the Westphalia Accord, Sweden gained Pomerania.\n\n" +
  "The Riga Agreements for \"Peace between Poland and Russia\" were signed on 18 March 1921. Under the Riga Agreement, Poland gained land.\n";

test("one object for a name told in both numbers, dated by a signing after its quoted title, never by a year qualifying a noun in a heading", () => {
  const v = read(vietnam);
  const paris = v.treaties.filter((t) => /Paris/.test(t.name));
  assert.equal(paris.length, 1, paris.map((t) => `${t.name} ${t.signed}`).join(" | "));
  assert.equal(paris[0].signed, "1973-01-27");
  const w = read(westphalia);
  const accords = w.treaties.filter((t) => /Westphalia/.test(t.name));
  assert.equal(accords.length, 1, accords.map((t) => t.name).join(" | "));
  assert.equal(accords[0].signed, "1648-10-24");
  const riga = w.treaties.filter((t) => /Riga/.test(t.name));
  assert.equal(riga.length, 1, riga.map((t) => t.name).join(" | "));
  assert.equal(riga[0].signed, "1921-03-18");
});

const ratifications =
  "Ratifications\n\n" +
  "The Treaty of Portsmouth was signed by Russia on 5 September 1905. Japan ratified the treaty on 10 October 1905.\n\n" +
  "The Treaty of Trianon was signed by France on 4 June 1920. Hungary ratified the treaty on 13 November 1920.\n";

const lausanne = "Lausanne\n\nThe Treaty of Lausanne was signed by Turkey on 24 July 1923. The British government ratified the treaty in August 1924.\n";

test("a state that ratifies an instrument is its party, and the ratification keeps its own date", () => {
  const r = read(ratifications);
  assert.deepEqual(r.countries(r.byName("Treaty of Portsmouth").parties), ["Japan", "Russia"]);
  assert.equal(r.byName("Treaty of Portsmouth").ratified, "1905-10-10");
  assert.deepEqual(r.countries(r.byName("Treaty of Trianon").parties), ["France", "Hungary"]);
  const l = read(lausanne);
  assert.deepEqual(l.countries(l.byName("Treaty of Lausanne").parties), ["Turkey", "United Kingdom"]);
  assert.equal(l.byName("Treaty of Lausanne").signed, "1923-07-24");
});

const formalised =
  "Settlements\n\n" +
  "In May 1918 the fighting in the east ended. This was formalised by the Treaty of Bucharest, under which Romania ceded Dobruja to Bulgaria.\n\n" +
  "In 1864 Denmark lost the war. The loss was sealed by the Treaty of Vienna, by which Denmark ceded Schleswig to Prussia.\n";

const kiel = "Kiel\n\nIn January 1814 Denmark gave way. The defeat was confirmed by the Treaty of Kiel, under which Denmark ceded Norway to Sweden.\n";

test("an instrument that formalises what the narrative tells takes the narrative's date when its sentence gives none", () => {
  const f = read(formalised);
  assert.equal(f.byName("Treaty of Bucharest").signed, "1918-05");
  assert.deepEqual(f.countries(f.byName("Treaty of Bucharest").parties), ["Bulgaria", "Romania"]);
  assert.equal(f.byName("Treaty of Vienna").signed, "1864");
  assert.deepEqual(f.countries(f.byName("Treaty of Vienna").parties), ["Denmark", "Kingdom of Prussia"]);
  const k = read(kiel);
  assert.equal(k.byName("Treaty of Kiel").signed, "1814-01");
});

const kinds =
  "Recognition\n\n" +
  "The Dutch Republic signed a friendship and trade agreement with the United States in 1782. In 1858 Japan signed a peace and friendship treaty with France.\n";

const commerce = "Commerce\n\nOn 4 March 1826 Britain concluded a trade and navigation treaty with Brazil.\n";

test("coordinated kinds of instrument before its head are one description: 'a friendship and trade agreement with the United States'", () => {
  const k = read(kinds);
  const trade = k.treaties.find((t) => t.name.startsWith("friendship and trade agreement"));
  assert.deepEqual(k.countries(trade.parties), ["Dutch Republic", "United States"]);
  assert.equal(trade.signed, "1782");
  const peace = k.treaties.find((t) => t.name.startsWith("friendship treaty") && t.signed === "1858");
  assert.deepEqual(k.countries(peace.parties), ["France", "Japan"]);
  const c = read(commerce);
  const navigation = c.treaties.find((t) => t.name.startsWith("trade and navigation treaty"));
  assert.deepEqual(c.countries(navigation.parties), ["Brazil", "United Kingdom"]);
  assert.equal(navigation.signed, "1826-03-04");
});
