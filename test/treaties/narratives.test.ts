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
