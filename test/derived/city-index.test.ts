import test from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { allCities, buildCityTrie, type RawCity } from "../../src/entities/cities.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cityIndexOf, encodeCityIndex, openCityIndex, type CityIndex } from "../../src/derived/city-index.ts";
import { nameKeys } from "../../src/entities/trie.ts";

type Lookup = { longest(keys: readonly string[], from: number, limit?: number): { end: number; values: { cityId: number }[] } | null };
const answer = (index: Lookup, keys: string[], from: number, limit?: number) => {
  const m = index.longest(keys, from, limit);
  return m && { end: m.end, cities: m.values.map((c) => c.cityId) };
};

function bothOf(cities: RawCity[]): [Lookup, Lookup] {
  return [buildCityTrie(cities), cityIndexOf(encodeCityIndex(cities))];
}

const city = (cityId: number, name: string, population: number, altName = ""): RawCity => ({ cityId, name, altName, country: "XX", population, loc: { coordinates: [cityId / 7, -cityId / 11] } });

test("the city index answers as the token trie on names that extend each other", () => {
  const cities = [
    city(1, "San Jose", 1_000_000), city(2, "San Jose", 30_000), city(3, "San", 500), city(4, "San Jose de Mayo", 40_000),
    city(5, "Sankt Petersburg", 5_000_000, "Saint Petersburg"), city(6, "Alma-Ata", 2_000_000, "Almaty"), city(7, "São Paulo", 12_000_000),
    city(8, "Sa", 10),
  ];
  const [trie, index] = bothOf(cities);
  const queries = [["san", "jose", "de", "mayo", "river"], ["san", "jose", "de"], ["san"], ["sankt", "petersburg"], ["saint", "petersburg", "was"], ["alma", "-", "ata"], ["almaty"], ["sao", "paulo"], ["sa", "n"], ["nowhere"], ["san", "francisco"]];
  for (const q of queries) for (let from = 0; from < q.length; from++) assert.deepEqual(answer(index, q, from), answer(trie, q, from), q.join(" "));
  assert.deepEqual(answer(index, ["san", "jose", "de", "mayo"], 0, 2), { end: 2, cities: [1, 2] });
  assert.deepEqual(answer(index, ["sao", "paulo"], 0), { end: 2, cities: [7] });
});

test("the city index answers as the token trie on random names and queries (property)", () => {
  const word = fc.constantFrom("san", "jose", "new", "york", "de", "la", "paz", "-", "ata", "alma", "x", "sao");
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));
  fc.assert(
    fc.property(fc.array(fc.tuple(name, fc.nat(1_000_000), fc.option(name)), { minLength: 1, maxLength: 30 }), fc.array(word, { minLength: 1, maxLength: 6 }), (specs, query) => {
      const cities = specs.map(([n, pop, alt], i) => city(i + 1, n, pop, alt ?? ""));
      const [trie, index] = bothOf(cities);
      for (let from = 0; from < query.length; from++) assert.deepEqual(answer(index, query, from), answer(trie, query, from));
    }),
    { numRuns: 300 },
  );
});

test("on GeoNames cities the index answers as the trie, with the same city fields", () => {
  const cities = allCities().filter((c, i) => i % 13 === 0 || c.population > 1_000_000);
  assert.ok(cities.length > 10_000);
  const [trie, index] = bothOf(cities);
  for (const c of cities) {
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      const q = [...nameKeys(n), "city", "of"];
      assert.deepEqual(answer(index, q, 0), answer(trie, q, 0), n);
      assert.deepEqual(answer(index, q, 1), answer(trie, q, 1), n);
    }
  }
  const tokyo = (index as CityIndex).longest(["tokyo"], 0)!.values[0];
  assert.deepEqual(tokyo, (trie as ReturnType<typeof buildCityTrie>).longest(["tokyo"], 0)!.values[0]);
  assert.equal(tokyo.name, "Tokyo");
});

test("the index read from its files answers as the one in memory, reading only the cities it returns", () => {
  const cities = allCities().filter((c, i) => i % 97 === 0 || /^(São|Zürich|Kraków|Tōkyō|Ciudad)/.test(c.name));
  const encoded = encodeCityIndex(cities);
  const dir = mkdtempSync(join(tmpdir(), "annalist-cities-"));
  try {
    const paths = { keys: join(dir, "keys"), cities: join(dir, "cities"), offsets: join(dir, "offsets") };
    writeFileSync(paths.keys, encoded.keys);
    writeFileSync(paths.cities, encoded.cities);
    writeFileSync(paths.offsets, new Uint8Array(encoded.offsets.buffer));
    const [fromFiles, inMemory] = [openCityIndex(paths), cityIndexOf(encoded)];
    for (const c of cities) {
      const q = nameKeys(c.name);
      assert.deepEqual(fromFiles.longest(q, 0), inMemory.longest(q, 0), c.name);
    }
    assert.ok(cities.some((c) => /[^\x00-\x7f]/.test(c.name)), "names beyond ASCII are read back whole");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
