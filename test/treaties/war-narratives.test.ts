// Readings of constructions that war narratives use for treaties and alliances.
import assert from "node:assert/strict";
import { test } from "node:test";
import { read } from "./read.ts";

const blocs =
  "Blocs\n\n" +
  "Germany had been allied with Austria-Hungary and Italy since 1882 as part of the Triple Alliance. " +
  "France, Russia and Britain formed the Triple Entente in 1907. In April 1915 Italy joined the Entente.\n";

const holy =
  "Leagues\n\n" +
  "Russia, Prussia and Austria formed the Holy Alliance in September 1815. In 1571 Spain and Venice formed the Holy League against the Ottoman Empire.\n";

const leagues =
  "Balkans\n\n" +
  "In 1912 Serbia and Bulgaria formed the Balkan League. In 1934 Greece, Turkey, Romania and Yugoslavia signed the Balkan Entente.\n";

test("proper names that share a word but end in different group heads are different instruments", () => {
  const b = read(blocs);
  const alliance = b.byName("Triple Alliance");
  const entente = b.byName("Triple Entente");
  assert.notEqual(alliance, entente);
  assert.equal(alliance.signed, "1882");
  assert.deepEqual(b.countries(alliance.parties), ["Austria", "Germany", "Italy"]);
  assert.equal(entente.signed, "1907");
  // a state joining the group ("the Entente") accedes to the group's alliance
  assert.ok(entente.accessions.some((a: { party: string }) => b.countries([a.party])[0] === "Italy"));
  const h = read(holy);
  assert.notEqual(h.byName("Holy Alliance"), h.byName("Holy League"));
  assert.equal(h.byName("Holy League").signed, "1571");
  const l = read(leagues);
  assert.notEqual(l.byName("Balkan League"), l.byName("Balkan Entente"));
  assert.equal(l.byName("Balkan Entente").signed, "1934");
});

const peaceMakers =
  "Romania\n\n" +
  "Romania entered the war in 1916. Romania made peace with the Central Powers signing the Treaty of Bucharest on 7 May 1918.\n";

const balkan = "Balkans\n\nIn 1913 Serbia made peace with Bulgaria by signing the Treaty of Bucharest.\n";

const pyrenees = "Spain\n\nIn 1659 Spain concluded peace with France in the Treaty of the Pyrenees.\n";

const brest = "Russia\n\nIn March 1918 Russia made a separate peace with Germany through the Treaty of Brest-Litovsk.\n";

test("a state that makes peace with another by, in or signing an instrument: both sides are its parties", () => {
  const r = read(peaceMakers);
  const bucharest = r.byName("Treaty of Bucharest");
  assert.equal(bucharest.signed, "1918-05-07");
  assert.ok(r.countries(bucharest.parties).includes("Romania"));
  assert.equal(bucharest.parties.length, 2);
  const b = read(balkan);
  assert.deepEqual(b.countries(b.byName("Treaty of Bucharest").parties), ["Bulgaria", "Serbia"]);
  const p = read(pyrenees);
  assert.deepEqual(p.countries(p.byName("Treaty of the Pyrenees").parties), ["France", "Spain"]);
  assert.equal(p.byName("Treaty of the Pyrenees").signed, "1659");
  const s = read(brest);
  assert.deepEqual(s.countries(s.byName("Treaty of Brest-Litovsk").parties), ["Germany", "Russia"]);
});

const london =
  "Italy\n\n" +
  "France, Russia and Britain formed the Triple Entente in 1907. In April 1915 Italy joined the Entente. This was formalised by the Treaty of London.\n";

const berlin = "Prussia\n\nIn April 1866 Prussia and Italy agreed to fight Austria together. This was sealed by the Treaty of Berlin.\n";

const anglo = "Far East\n\nIn January 1902 Britain and Japan agreed to stand together against Russia. The understanding was confirmed by the Treaty of London.\n";

test("an instrument that formalises the act told before it takes that act's states (a joined group for its members) and date", () => {
  const l = read(london);
  const treaty = l.byName("Treaty of London");
  assert.equal(treaty.signed, "1915-04");
  assert.deepEqual(l.countries(treaty.parties), ["France", "Italy", "Russia", "United Kingdom"]);
  const b = read(berlin);
  assert.equal(b.byName("Treaty of Berlin").signed, "1866-04");
  assert.deepEqual(b.countries(b.byName("Treaty of Berlin").parties), ["Italy", "Kingdom of Prussia"]);
  const a = read(anglo);
  assert.equal(a.byName("Treaty of London").signed, "1902-01");
  assert.deepEqual(a.countries(a.byName("Treaty of London").parties), ["Japan", "United Kingdom"]);
});

const bolsheviks =
  "Revolution\n\n" +
  "In November 1917 the Bolsheviks seized power in Russia. The new government acceded to the Treaty of Brest-Litovsk on 3 March 1918.\n";

const vichy =
  "France\n\n" +
  "In June 1940 Marshal Pétain became head of the French state. The new regime signed the Armistice of Compiègne on 22 June 1940.\n";

const ottoman =
  "Empire\n\n" +
  "In 1913 the Young Turks took power in the Ottoman Empire. The new government concluded a secret treaty with Germany on 2 August 1914.\n";

test("a government that names no state is the state the narrative is about at its date", () => {
  const b = read(bolsheviks);
  const brest = b.byName("Treaty of Brest-Litovsk");
  assert.equal(brest.signed, "1918-03-03");
  assert.deepEqual(brest.parties.map((id: string) => b.x.entities.find((e) => e.id === id)?.label), ["Russian Soviet Federative Socialist Republic"]);
  const v = read(vichy);
  assert.deepEqual(v.countries(v.byName("Armistice of Compiègne").parties), ["France"]);
  const o = read(ottoman);
  const secret = o.treaties.find((t) => t.name.startsWith("secret treaty"));
  assert.deepEqual(secret.parties.map((id: string) => o.x.entities.find((e) => e.id === id)?.label).sort(), ["German Empire", "Ottoman Empire"]);
});

const compiegne =
  "Armistice\n\n" +
  "On 10 November 1918 the Kaiser abdicated. The next day, the Treaty of Brest-Litovsk was nullified by the terms of the Armistice of Compiègne.\n";

const superseded = "Naval limits\n\nIn 1936 the Washington Naval Treaty was superseded by the Second London Naval Treaty.\n";

const annulled = "Baltic\n\nOn 5 August 1940 the Treaty of Riga was annulled by the Treaty of Moscow.\n";

test("an instrument named only as what ends another is dated by its sentence's time", () => {
  const c = read(compiegne);
  assert.equal(c.byName("Armistice of Compiègne").signed, "1918-11-11");
  assert.equal(c.byName("Treaty of Brest-Litovsk").denounced, "1918-11-11");
  const s = read(superseded);
  assert.equal(s.byName("Second London Naval Treaty").signed, "1936");
  const a = read(annulled);
  assert.equal(a.byName("Treaty of Moscow").signed, "1940-08-05");
  // the instrument that is ended is not dated by its end
  assert.equal(a.byName("Treaty of Riga").signed, null);
});

const germanSurrender =
  "Defeat\n\n" + "In May 1945 Germany collapsed. Under the terms of the German unconditional surrender dictated by the Allies, the country was divided.\n";

const japaneseSurrender =
  "Japan\n\n" + "In August 1945 Japan was exhausted. Under the terms of the Japanese surrender accepted by the Allies, the army was disbanded.\n";

const italianSurrender =
  "Italy\n\n" + "In September 1943 Italy was defeated. Under the terms of the Italian surrender dictated by the Allies, the fleet sailed to Malta.\n";

test("a surrender whose terms the narrative applies: the demonym's state and the side that dictates or accepts it, at the narrative's date", () => {
  for (const [text, name, date, state] of [
    [germanSurrender, "German unconditional surrender", "1945-05", "Germany"],
    [japaneseSurrender, "Japanese surrender", "1945-08", "Japan"],
    [italianSurrender, "Italian surrender", "1943-09", "Italy"],
  ]) {
    const r = read(text);
    const surrender = r.byName(name);
    assert.equal(surrender.signed, date);
    assert.equal(surrender.parties.length, 2);
    assert.ok(r.countries(surrender.parties).includes(state));
    assert.ok(surrender.parties.some((id: string) => /Allies/.test(r.x.entities.find((e) => e.id === id)?.label ?? "")));
  }
});

const riga =
  "Riga\n\n" +
  "Poland and Soviet Russia opened talks at Riga in September 1920. The peace talks went on for months until the agreement was reached in March 1921.\n";

const panmunjom =
  "Panmunjom\n\n" + "The United States and North Korea met at Panmunjom in 1951. The talks dragged on for two years until the agreement was signed in July 1953.\n";

const perry = "Perry\n\nPerry made it clear that he would not be leaving until the treaty was signed in March.\n";

test("'until the agreement was reached in March 1921': the dated outcome of talks, between the sides named before", () => {
  const r = read(riga);
  assert.equal(r.treaties.length, 1);
  assert.equal(r.treaties[0].signed, "1921-03");
  assert.deepEqual(r.countries(r.treaties[0].parties), ["Poland", "Russia"]);
  const p = read(panmunjom);
  assert.equal(p.treaties.length, 1);
  assert.equal(p.treaties[0].signed, "1953-07");
  assert.deepEqual(p.countries(p.treaties[0].parties), ["North Korea", "United States"]);
  // an outcome a modal sentence waits for is not told
  assert.equal(read(perry).treaties.length, 0);
});

const secondFront =
  "Front\n\n" + "In 1937 the Kuomintang and the Chinese Communist Party stopped fighting. Both parties formed a Second United Front against Japan.\n";

const firstFront =
  "Front\n\n" + "In 1923 the Kuomintang and the Chinese Communist Party agreed to cooperate. Both parties formed the First United Front against the warlords.\n";

const antiComintern =
  "Axis\n\n" + "In November 1936 Germany and Japan found common ground. The two sides formed the Anti-Comintern Pact against the Soviet Union.\n";

test("'both parties' or 'the two sides' that form an instrument are the two named before; a group formed in an undated sentence takes the narrative's date", () => {
  for (const [text, name, date] of [
    [secondFront, "Second United Front", "1937"],
    [firstFront, "First United Front", "1923"],
  ]) {
    const r = read(text);
    const front = r.byName(name);
    assert.equal(front.signed, date);
    assert.deepEqual(front.parties.map((id: string) => r.x.entities.find((e) => e.id === id)?.label).sort(), ["Chinese Communist Party", "Republic of China"]);
  }
  const a = read(antiComintern);
  assert.equal(a.byName("Anti-Comintern Pact").signed, "1936-11");
  assert.deepEqual(a.countries(a.byName("Anti-Comintern Pact").parties), ["Germany", "Japan"]);
});

const kidnapping =
  "Kidnapping\n\n" + "In December 1936 Zhang Xueliang kidnapped Chiang Kai-shek and forced him to a truce with the Chinese Communist Party.\n";

const winter = "Winter\n\n" + "In March 1940 the Red Army compelled Finland to accept a ceasefire with the Soviet Union.\n";

const tanggu = "Manchuria\n\n" + "In 1933 the army forced the Chinese government to a truce with Japan.\n";

test("a side forced to a truce with another: the forced side and the 'with' side are its parties, never the one who forces", () => {
  const k = read(kidnapping);
  assert.equal(k.treaties.length, 1);
  assert.equal(k.treaties[0].signed, "1936-12");
  assert.deepEqual(k.treaties[0].parties.map((id: string) => k.x.entities.find((e) => e.id === id)?.label).sort(), ["Chinese Communist Party", "Republic of China"]);
  const w = read(winter);
  assert.equal(w.treaties[0].signed, "1940-03");
  assert.deepEqual(w.countries(w.treaties[0].parties), ["Finland", "Russia"]);
  const t = read(tanggu);
  assert.equal(t.treaties[0].signed, "1933");
  assert.deepEqual(t.countries(t.treaties[0].parties), ["China", "Japan"]);
});

const secession =
  "Secession\n\n" +
  "Lincoln's victory in the presidential election of 1860 triggered South Carolina's declaration of secession from the Union. " +
  "In April 1917 the United States made a declaration of war on Germany.\n";

const neutrality = "Neutrality\n\nIn 1914 Italy issued a declaration of neutrality.\n";

test("a declaration of secession, of war or of neutrality is one side's act, not an instrument", () => {
  assert.equal(read(secession).treaties.length, 0);
  assert.equal(read(neutrality).treaties.length, 0);
});

const charter = "Charter\n\nIn August 1941, the United Kingdom and the United States jointly issued the Atlantic Charter.\n";

const potsdam = "Potsdam\n\nOn 26 July 1945 the United States, the United Kingdom and China issued the Potsdam Declaration.\n";

const cairo = "Cairo\n\nIn November 1943 Britain, the United States and China issued the Cairo Declaration.\n";

test("a charter or declaration that states issue together is concluded by them", () => {
  const c = read(charter);
  assert.equal(c.byName("Atlantic Charter").signed, "1941-08");
  assert.deepEqual(c.countries(c.byName("Atlantic Charter").parties), ["United Kingdom", "United States"]);
  const p = read(potsdam);
  assert.equal(p.byName("Potsdam Declaration").signed, "1945-07-26");
  assert.deepEqual(p.countries(p.byName("Potsdam Declaration").parties), ["China", "United Kingdom", "United States"]);
  const k = read(cairo);
  assert.equal(k.byName("Cairo Declaration").signed, "1943-11");
  assert.equal(k.byName("Cairo Declaration").parties.length, 3);
});

const italian = "Invasion\n\nIn early September 1943, the Western Allies invaded the Italian mainland, following an Italian armistice with the Allies.\n";

const bulgarian = "Bulgaria\n\nIn October 1944 the war in the east ended for Sofia after a Bulgarian armistice with the Soviet Union.\n";

const austrian = "Austria\n\nThe fighting stopped in November 1918 with the Austrian armistice with Italy.\n";

test("the 'with' side of a described instrument whose adjective names the other", () => {
  const i = read(italian);
  const it = i.treaties.find((t) => t.name.startsWith("Italian armistice"));
  assert.ok(i.countries(it.parties).includes("Italy"));
  assert.ok(it.parties.some((id: string) => /Allies/.test(i.x.entities.find((e) => e.id === id)?.label ?? "")));
  const b = read(bulgarian);
  assert.deepEqual(b.countries(b.treaties.find((t) => t.name.startsWith("Bulgarian armistice")).parties), ["Bulgaria", "Russia"]);
  const a = read(austrian);
  assert.deepEqual(a.countries(a.treaties.find((t) => t.name.startsWith("Austrian armistice")).parties), ["Austria", "Italy"]);
});

const sofa = "Bases\n\nIn January 1960 Japan and the United States signed the Status of Forces Agreement.\n";

const cessation = "Border war\n\nOn 18 June 2000 Ethiopia and Eritrea signed the Cessation of Hostilities Agreement in Algiers.\n";

const exchange = "Exchange\n\nOn 30 January 1923 Greece and Turkey signed the Exchange of Populations Convention at Lausanne.\n";

test("a capitalised name joined by 'of' before its head is one name ('Status of Forces Agreement')", () => {
  const s = read(sofa);
  assert.equal(s.byName("Status of Forces Agreement").signed, "1960-01");
  assert.deepEqual(s.countries(s.byName("Status of Forces Agreement").parties), ["Japan", "United States"]);
  const c = read(cessation);
  assert.equal(c.byName("Cessation of Hostilities Agreement").signed, "2000-06-18");
  const e = read(exchange);
  assert.equal(e.byName("Exchange of Populations Convention").signed, "1923-01-30");
  assert.deepEqual(e.countries(e.byName("Exchange of Populations Convention").parties), ["Greece", "Turkey"]);
});

const twoBucharests =
  "Romania\n\n" +
  "In 1913 Serbia made peace with Bulgaria by signing the Treaty of Bucharest. " +
  "Romania entered the Great War in 1916. Romania made peace with the Central Powers signing the Treaty of Bucharest on 7 May 1918.\n";

const twoLondons =
  "London\n\n" + "In 1839 Britain and Prussia signed the Treaty of London. In 1915 Italy, France and Britain signed the Treaty of London.\n";

const oneParis =
  "Paris\n\n" + "In 1763 Britain and France signed the Treaty of Paris. The Treaty of Paris gave Canada to Britain. In 1763 Spain also signed the Treaty of Paris.\n";

test("one name signed in two different years is two instruments; signed again in its year it is one", () => {
  const b = read(twoBucharests).treaties.filter((t) => t.name === "Treaty of Bucharest");
  assert.deepEqual(b.map((t) => t.signed).sort(), ["1913", "1918-05-07"]);
  const l = read(twoLondons).treaties.filter((t) => t.name === "Treaty of London");
  assert.deepEqual(l.map((t) => t.signed).sort(), ["1839", "1915"]);
  const p = read(oneParis);
  const paris = p.treaties.filter((t) => t.name === "Treaty of Paris");
  assert.equal(paris.length, 1);
  assert.equal(paris[0].signed, "1763");
});

const revolutionary =
  "Russia\n\n" +
  "In 1917 the October Revolution brought the Bolsheviks to power in Russia. The revolutionary government signed the Treaty of Brest-Litovsk on 3 March 1918, ending the war with the Central Powers.\n";

const vereeniging = "Boers\n\nOn 31 May 1902 the Transvaal signed the Treaty of Vereeniging with Britain, ending the war with the British Empire.\n";

const portsmouth = "Manchuria\n\nIn September 1905 Japan signed the Treaty of Portsmouth, ending the war with Russia.\n";

test("', ending the war with B' after a signing: B is the other party", () => {
  const r = read(revolutionary);
  const brest = r.byName("Treaty of Brest-Litovsk");
  assert.equal(brest.parties.length, 2);
  assert.ok(brest.parties.some((id: string) => r.x.entities.find((e) => e.id === id)?.label === "Russian Soviet Federative Socialist Republic"));
  assert.ok(brest.parties.some((id: string) => r.x.entities.find((e) => e.id === id)?.label === "Central Powers"));
  const p = read(portsmouth);
  assert.deepEqual(p.countries(p.byName("Treaty of Portsmouth").parties), ["Japan", "Russia"]);
  const v = read(vereeniging);
  assert.ok(v.countries(v.byName("Treaty of Vereeniging").parties).includes("United Kingdom"));
});

const entente = "Italy\n\nIn 1914 Italy stayed neutral. In April 1915 Italy joined the Entente. This was formalised by the Treaty of London.\n";

const axis = "Thailand\n\nIn 1941 Thailand stayed out of the war. In December 1941 Thailand joined the Axis. This was sealed by the Treaty of Bangkok.\n";

const allies = "Romania\n\nIn 1914 Romania stayed neutral. In August 1916 Romania joined the Allies. This was formalised by the Treaty of Bucharest.\n";

test("a group the formalised act joins is a party as itself when the text lists no members", () => {
  for (const [text, name, date, state, group] of [
    [entente, "Treaty of London", "1915-04", "Italy", /Entente/],
    [axis, "Treaty of Bangkok", "1941-12", "Thailand", /Axis/],
    [allies, "Treaty of Bucharest", "1916-08", "Romania", /Allied/],
  ] as const) {
    const r = read(text);
    const t = r.byName(name);
    assert.equal(t.signed, date);
    assert.equal(t.parties.length, 2);
    assert.ok(r.countries(t.parties).includes(state));
    assert.ok(t.parties.some((id: string) => group.test(r.x.entities.find((e) => e.id === id)?.label ?? "")));
  }
});

test("a proper name keeps its own words: 'between …' after it gives parties, not name", () => {
  const c = read("Church\n\nThe Concordat of 1801 between Napoleon and the Church ended the de-Christianization period.\n");
  assert.equal(c.treaties[0].name, "Concordat of 1801");
  const b = read("Belgium\n\nThe Treaty of 1839 between Belgium and the Netherlands settled the border.\n");
  assert.equal(b.treaties[0].name, "Treaty of 1839");
  assert.deepEqual(b.countries(b.treaties[0].parties), ["Belgium", "Netherlands"]);
  const l = read("Lausanne\n\nThe Treaty of Lausanne between Turkey and the Allies was signed on 24 July 1923.\n");
  assert.equal(l.treaties[0].name, "Treaty of Lausanne");
});
