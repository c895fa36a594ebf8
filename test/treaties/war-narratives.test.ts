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
