// Historical identity: one name, the state of the narrative's date.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf, entityOfMention } from "./support.ts";

const labelOf = (text: string, phrase: string) => entityOfMention(text, entitiesOf(text), phrase)?.label;
const qidOf = (text: string, phrase: string) => entityOfMention(text, entitiesOf(text), phrase)?.wikidata;

test("'China' after 1949 is the People's Republic, or the Republic of China on Taiwan when the text is about the Nationalists", () => {
  assert.equal(qidOf("In December 1954 the United States and China signed a mutual defense treaty while Chiang Kai-shek held Taiwan.", "China"), "Q865");
  assert.equal(qidOf("In February 1950 Mao Zedong went to Moscow, and China and the Soviet Union signed a treaty of friendship.", "China"), "Q148");
  assert.equal(qidOf("In 1937 Japan invaded China.", "China"), "Q13426199");
  assert.equal(qidOf("In 1895 China ceded Taiwan to Japan.", "China"), "Q8733");
});

test("'Russia' is the Tsardom, the Empire, Soviet Russia or the Soviet Union by date", () => {
  assert.equal(labelOf("In 1700 Russia went to war with Sweden.", "Russia"), "Tsardom of Russia");
  assert.equal(labelOf("In 1880 Russia and Austria-Hungary competed for influence.", "Russia"), "Russian Empire");
  assert.equal(labelOf("In 1919 Russia was torn by civil war.", "Russia"), "Russian Soviet Federative Socialist Republic");
  assert.equal(labelOf("In 1939 Russia attacked Finland.", "Russia"), "Soviet Union");
});

test("Germany, Austria, Prussia and Turkey by date", () => {
  assert.equal(labelOf("In 1890 Germany let the treaty lapse.", "Germany"), "German Empire");
  assert.equal(labelOf("In 1925 Germany signed the Locarno treaties.", "Germany"), "Weimar Republic");
  assert.equal(labelOf("In 1940 Germany invaded France.", "Germany"), "Nazi Germany");
  assert.equal(labelOf("In 1866 Prussia defeated Austria at Königgrätz.", "Austria"), "Austrian Empire");
  assert.equal(labelOf("In 1866 Prussia defeated Austria at Königgrätz.", "Prussia"), "Kingdom of Prussia");
  assert.equal(labelOf("In 1912 Turkey lost Libya to Italy.", "Turkey"), "Ottoman Empire");
  assert.equal(labelOf("In 1936 Turkey regained the Straits at Montreux.", "Turkey"), "Turkey");
});

test("Japan before 1868 is the same actor under the Tokugawa shogunate; Britain before 1801 is Great Britain", () => {
  const text = "On March 31, 1854, the first treaty between the United States and the Tokugawa shogunate was signed.";
  assert.equal(qidOf(text, "Tokugawa shogunate"), "Q17");
  assert.equal(labelOf("In 1778 Britain declared war on France.", "Britain"), "Kingdom of Great Britain");
  assert.equal(labelOf("In 1854 Britain declared war on Russia.", "Britain"), "United Kingdom of Great Britain and Ireland");
});
