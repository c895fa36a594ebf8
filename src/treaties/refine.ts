// Refines instruments once their facts are read. Two objects that the text shows to be one instrument merge: a word
// of their own in common ("Convention of Kanagawa", "Kanagawa treaty"), the same parties and a date that agrees
// ("1939 Soviet–German non-aggression pact" after "the Soviet Union and Germany signed the Molotov–Ribbentrop Pact"),
// the same armistice. Objects that are no instrument are dropped: a "League" that no state formed and the text never
// calls an alliance, and a description the text tells nothing about.
import type { TreatyContext } from "./context.ts";
import type { TreatyFacts } from "./facts.ts";
import { commonNameWords, distinctiveModifiers, typeWords } from "./lexicon.ts";
import type { Cluster } from "./merge.ts";
import type { TreatyMention } from "./mentions.ts";

type Read = (c: Cluster, all: Cluster[]) => TreatyFacts;

export function mergeSameInstruments(ctx: TreatyContext, clusters: Cluster[], facts: Map<Cluster, TreatyFacts>, read: Read): Cluster[] {
  const signs = new Map<Cluster, Signature>(clusters.map((c) => [c, signatureOf(c, facts.get(c)!)]));
  const merged = new Set<Cluster>();
  const grown = new Set<Cluster>();
  for (let i = 1; i < clusters.length; i++) {
    const b = clusters[i];
    // an instrument is told again close to where it was told first: only the last clusters are candidates
    for (let j = i - 1; j >= 0 && j >= i - CANDIDATES; j--) {
      const a = clusters[j];
      if (merged.has(a) || !sameInstrument(signs.get(a)!, signs.get(b)!)) continue;
      absorb(a, b);
      merged.add(b);
      grown.add(a);
      // the merged facts are read once at the end; meanwhile the signature joins both
      signs.set(a, joinSignatures(a, signs.get(a)!, signs.get(b)!));
      facts.delete(b);
      break;
    }
  }
  const out = merged.size > 0 ? clusters.filter((c) => !merged.has(c)) : clusters;
  // the cues of ending were shared out among the clusters before the merge: read the grown ones again
  if (merged.size > 0) for (const c of grown) facts.set(c, read(c, out));
  return out.filter((c) => !unformedLeague(c, facts.get(c)!));
}
const CANDIDATES = 60;

interface Signature {
  c: Cluster;
  f: TreatyFacts;
  types: Set<string>;
  own: string[];
  parties: Set<string>;
  plural: boolean;
  heads: string[];
  conditional: boolean;
  /** It has a mention that is not an anaphor, and none that sets it apart ("a separate peace"). */
  opens: boolean;
}

function joinSignatures(c: Cluster, x: Signature, y: Signature): Signature {
  const signed = !x.f.signed ? y.f.signed : y.f.signed && y.f.signed.startsWith(x.f.signed) ? y.f.signed : x.f.signed;
  const parties = new Set([...x.parties, ...y.parties]);
  return {
    c,
    f: { ...x.f, signed, parties: [...parties] },
    types: new Set([...x.types, ...y.types]),
    own: [...new Set([...x.own, ...y.own])],
    parties,
    plural: x.plural && y.plural,
    heads: [...new Set([...x.heads, ...y.heads])],
    conditional: x.conditional && y.conditional,
    opens: x.opens && y.opens,
  };
}

function signatureOf(c: Cluster, f: TreatyFacts): Signature {
  return {
    c,
    f,
    types: typesOf(c),
    own: ownWords(c),
    parties: new Set(f.parties),
    plural: pluralOf(c),
    heads: headWords(c),
    conditional: c.mentions.every((m) => m.conditional || m.kind === "anaphor"),
    opens: c.mentions.some((m) => m.kind !== "anaphor") && !c.mentions.some((m) => m.contrast && m.kind !== "anaphor"),
  };
}

/** A described instrument of which the text says nothing: no name, no party, no conclusion, no clause. */
export function isBare(c: Cluster, f: TreatyFacts, clauseCount: number): boolean {
  // clauseCount: the clauses the text states (not those read from the name)
  if (c.mentions.some((m) => m.kind === "named")) return false;
  if (f.proposed.length > 0 || f.refused.length > 0) return false;
  if (c.mentions.every((m) => m.needsParties || m.kind === "anaphor") && f.parties.length < 2) return true;
  const plural = c.mentions.every((m) => m.plural || m.kind === "anaphor");
  if (plural) return f.signedFrom !== "conclusion" || f.parties.length === 0;
  return f.parties.length === 0 && f.signedFrom !== "conclusion" && clauseCount === 0;
}

function unformedLeague(c: Cluster, f: TreatyFacts): boolean {
  if (!c.mentions.every((m) => m.conditional || m.kind === "anaphor")) return false;
  return !(f.signedFrom === "conclusion" && f.parties.length > 0);
}

function absorb(a: Cluster, b: Cluster): void {
  a.mentions = [...a.mentions, ...b.mentions].sort((x, y) => x.start - y.start);
  for (const d of b.distinctive) a.distinctive.add(d);
  for (const y of b.years) a.years.add(y);
  for (const c of b.countries) a.countries.add(c);
  for (const m of b.aliasOnly) a.aliasOnly.add(m);
  a.parts.push(...b.parts);
}

function sameInstrument(x: Signature, y: Signature): boolean {
  const { c: a, f: fa } = x;
  const { c: b, f: fb } = y;
  // a "League" no state formed joins only the alliance the text names so ("This alliance … became known as the Balkan League")
  if (x.conditional && y.conditional) return false;
  if ((x.conditional || y.conditional) && !x.own.some((p) => !commonNameWords.has(p) && y.own.includes(p))) return false;
  if (!y.opens) return false;
  // "the Paris Peace Accords" and "the Paris Peace Accord": one name, told in both numbers
  if (x.plural !== y.plural && !sameNameBothNumbers(a, b)) return false;
  if (!datesAgree(fa.signed, fb.signed)) return false;
  // the years told near the mentions matter only while signing dates do not settle it for both
  if (!(fa.signed && fb.signed) && a.years.size > 0 && b.years.size > 0 && ![...b.years].some((yr) => a.years.has(yr))) return false;
  const pa = x.parties;
  const pb = y.parties;
  if (pa.size > 0 && pb.size > 0 && !subset(pa, pb) && !subset(pb, pa)) return false;
  if (x.types.size > 0 && y.types.size > 0 && !subset(x.types, y.types) && !subset(y.types, x.types)) return false;
  const wa = x.own;
  const wb = y.own;
  if (wa.length > 0 && wb.length > 0) return wa.some((p) => !commonNameWords.has(p) && wb.some((q) => spelledAlike(p, q)));
  if (!classesAgree(a, b)) return false;
  const equalParties = pa.size > 0 && pa.size === pb.size && subset(pa, pb);
  if (equalParties && fa.signed && fb.signed) return true;
  if (equalParties && (wa.length === 0) !== (wb.length === 0) && (fa.signed === null) !== (fb.signed === null)) return true;
  if (fa.signed && fa.signed === fb.signed && fa.signed.length === 10) return true;
  // "a nonaggression pact" proposed, then "a nonaggression agreement" never reached; "Japan entered into a neutrality
  // treaty with the Soviet Union" after the Neutrality Treaty signed by both: the same kind, no party or date against it
  const sameKind = x.types.size > 0 && x.types.size === y.types.size && subset(x.types, y.types);
  // "maintained a neutrality agreement with Japan" after the neutrality pact of Japan and the Soviet Union: one party in common
  const oneOfThem = (pa.size === 1 && pb.size >= 2) || (pb.size === 1 && pa.size >= 2);
  if (sameKind && (equalParties || pb.size === 0 || pa.size === 0 || oneOfThem) && (!fa.signed || !fb.signed)) return true;
  const truce = a.headClass === "truce" && b.headClass === "truce" && x.heads.some((w) => y.heads.includes(w));
  return truce && wa.length === 0 && wb.length === 0;
}

const pluralOf = (c: Cluster) => c.mentions.filter((m) => m.kind !== "anaphor").every((m) => m.plural);
const datesAgree = (x: string | null, y: string | null) => !x || !y || x.startsWith(y) || y.startsWith(x);
const headWords = (c: Cluster) => c.mentions.filter((m) => m.kind !== "anaphor").map((m) => m.headWord);

function classesAgree(a: Cluster, b: Cluster): boolean {
  const treatyLike = (h: string) => h === "treaty" || h === "agreement" || h === "convention";
  return a.headClass === b.headClass || a.headClass === "agreement" || b.headClass === "agreement" || (treatyLike(a.headClass) && treatyLike(b.headClass));
}

/** What kind of instrument the names say: type words ("neutrality", "defensive") and topics ("fishery", "commerce"). */
function typesOf(c: Cluster): Set<string> {
  const out = new Set<string>();
  for (const m of c.mentions) {
    if (m.kind === "anaphor") continue;
    for (const w of m.typeWords) if (w !== "alliance" || m.headWord !== "alliance") out.add(w);
    for (const w of m.distinctive) if (distinctiveModifiers.has(w) && !typeWords.has(w)) out.add(w);
  }
  return out;
}

/** Words of its own in an instrument's names: not a kind of instrument, a year or a generic word ("kanagawa", "hewett"). */
function ownWords(c: Cluster): string[] {
  const out = new Set<string>();
  for (const m of c.mentions) if (m.kind !== "anaphor") for (const w of m.distinctive) if (isOwnWord(w)) out.add(w);
  return [...out];
}
export const isOwnWord = (w: string) => !typeWords.has(w) && !distinctiveModifiers.has(w) && !/^\d+$/.test(w);

/** Equal, or one letter apart in a word of six letters or more ("Hewett" and "Hewettt"). */
function spelledAlike(x: string, y: string): boolean {
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 6 || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const [long, short] = x.length >= y.length ? [x, y] : [y, x];
  if (long.length === short.length) return long.slice(i + 1) === short.slice(i + 1);
  return long.slice(i + 1) === short.slice(i);
}

function subset<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export type { TreatyMention };

/** Both have a name that is the other's but for the number of its head ("Paris Peace Accords", "Paris Peace Accord"). */
function sameNameBothNumbers(a: Cluster, b: Cluster): boolean {
  const singular = (c: Cluster) => new Set(c.mentions.filter((m) => m.kind === "named").map((m) => m.nameText.toLowerCase().replace(/s$/, "")));
  const sa = singular(a);
  for (const n of singular(b)) if (sa.has(n)) return true;
  return false;
}
