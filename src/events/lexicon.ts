// The trigger, modality and unit lexicons of data/events/, loaded once and indexed by surface form.
import { readFileSync } from "node:fs";
import type { PloverType } from "../schema.ts";

const dataDir = new URL("../../data/events/", import.meta.url);
const readJson = (name: string): any => JSON.parse(readFileSync(new URL(name, dataDir), "utf8"));

export interface TriggerEntry {
  lemma: string;
  pos: "verb" | "noun";
  type: PloverType;
  cameo: string;
  /** Words of which one must follow the trigger closely ("declared war"). */
  with?: string[];
  /** A particle right after the verb ("broke off"). */
  particle?: string;
  /** The clause must name an entity of one of these kinds after the subject ("entered Outer Mongolia", "Zhukov was sent"). */
  objectKind?: string[];
  /** The verb's direct object (its subject in the passive) must name an entity of one of these kinds ("took Adowa", "supported Bulgaria"). */
  objectIs?: string[];
  /** A direct object, when there is one, must name an actor ("met with Halder", "the envoys met"; not "met fierce resistance"). */
  actorObjectOrNone?: boolean;
  /** A noun whose "of" phrase names the actor ("the surrender of Japan"). */
  ofAgent?: boolean;
  /** The code of the trigger when it is negated ("would not accept" is a rejection). */
  negatedAs?: { type: PloverType; cameo: string };
  /** The preposition of a recipient that is the target rather than the object's owner ("cede X to Romania"). */
  recipient?: string;
  /** A verb whose object is what it brings into being, no target ("formed the Balkan League"). */
  creates?: boolean;
  /** A verb whose object (or passive subject) is the force sent, which acts for the sender ("sent troops", "was sent with a fleet"). */
  theme?: boolean;
  /** A noun whose premodifiers and possessor undergo the event rather than do it ("the Italian defeat"). */
  premodifier?: "target";
}

export interface Lexicon {
  verbs: Map<string, TriggerEntry[]>;
  nouns: Map<string, TriggerEntry[]>;
  /** Verbs a noun trigger's phrases may reach across ("a skirmish broke out between …"). */
  supportVerbs: Set<string>;
  /** Verbs whose subject undergoes the event their object names ("faced a surprise attack", "suffered a defeat"). */
  experiencerVerbs: Set<string>;
  /** Nouns of forces, means or places an -ing event noun may premodify ("fighting forces", "landing craft"). */
  meansNouns: Set<string>;
}

const VOWEL = /[aeiou]/;

/** Regular inflections of an English verb lemma: 3rd person, past, gerund (with consonant doubling variants). */
export function inflect(lemma: string): string[] {
  const forms = new Set([lemma]);
  const last = lemma[lemma.length - 1];
  const prev = lemma[lemma.length - 2] ?? "";
  if (/(s|x|z|ch|sh)$/.test(lemma)) forms.add(lemma + "es");
  else if (last === "y" && !VOWEL.test(prev)) forms.add(lemma.slice(0, -1) + "ies");
  else forms.add(lemma + "s");
  if (last === "e") {
    forms.add(lemma + "d");
    forms.add(lemma.endsWith("ee") ? lemma + "ing" : lemma.slice(0, -1) + "ing");
  } else if (last === "y" && !VOWEL.test(prev)) {
    forms.add(lemma.slice(0, -1) + "ied");
    forms.add(lemma + "ing");
  } else {
    forms.add(lemma + "ed");
    forms.add(lemma + "ing");
    const cvc = VOWEL.test(prev) && !VOWEL.test(last) && !"wxy".includes(last) && !VOWEL.test(lemma[lemma.length - 3] ?? "a");
    if (cvc && lemma.length <= 5) {
      forms.add(lemma + last + "ed");
      forms.add(lemma + last + "ing");
    }
  }
  return [...forms];
}

/** Entries with a required word or particle are tried first, then those with an object constraint, then bare ones. */
function specificity(e: TriggerEntry): number {
  return e.with || e.particle ? 0 : e.objectKind ? 1 : 2;
}

function index(entries: TriggerEntry[], formsOf: (e: TriggerEntry) => string[]): Map<string, TriggerEntry[]> {
  const map = new Map<string, TriggerEntry[]>();
  for (const e of [...entries].sort((a, b) => specificity(a) - specificity(b))) {
    for (const f of formsOf(e)) {
      const list = map.get(f) ?? [];
      if (!list.includes(e)) list.push(e);
      map.set(f, list);
    }
  }
  return map;
}

function loadTriggers(): Lexicon {
  const raw = readJson("triggers.json");
  const irregular: Record<string, string[]> = raw.irregular ?? {};
  const verbs: TriggerEntry[] = raw.verbs.map((v: any) => ({ ...v, pos: "verb" }));
  const nouns: TriggerEntry[] = raw.nouns.map((n: any) => ({ ...n, pos: "noun" }));
  return {
    verbs: index(verbs, (e) => [...inflect(e.lemma), ...(irregular[e.lemma] ?? [])]),
    nouns: index(nouns, (e) => (e.lemma.endsWith("s") ? [e.lemma] : [e.lemma, e.lemma + "s"])),
    supportVerbs: new Set(raw.supportVerbs ?? []),
    experiencerVerbs: new Set(raw.experiencerVerbs ?? []),
    meansNouns: new Set(raw.meansNouns ?? []),
  };
}

export interface ModalityCues {
  negation: Set<string>;
  negationPairs: [string, string][];
  negativeGovernors: Set<string>;
  implicativeGovernors: Set<string>;
  reportingVerbs: Set<string>;
  irrealisGovernors: Set<string>;
  conditionals: Set<string>;
  modals: Set<string>;
  missionGovernors: Set<string>;
  /** Orders in a chain of command ("ordered the fleet to protect"): the act ordered is told as done, by the one who ordered it too. */
  commandGovernors: Set<string>;
  /** Nouns whose of/for-phrase or compound event has not happened ("plans for an invasion", "invasion plans"). */
  irrealisNouns: Set<string>;
  /** Words before "between" that name a choice among acts ("choose between"). */
  choiceWords: Set<string>;
  /** Speech verbs whose that-clause telling another's attack is an accusation ("said that X's troops had attacked"). */
  accusingReports: Set<string>;
  /** Talks and agreements whose on-phrase names the act discussed or stipulated ("talks on the withdrawal"). */
  topicNouns: Set<string>;
}

function loadModality(): ModalityCues {
  const raw = readJson("modality.json");
  const set = (k: string) => new Set<string>(raw[k]);
  return {
    negation: set("negation"),
    negationPairs: raw.negationPairs,
    negativeGovernors: set("negativeGovernors"),
    implicativeGovernors: set("implicativeGovernors"),
    reportingVerbs: set("reportingVerbs"),
    irrealisGovernors: set("irrealisGovernors"),
    conditionals: set("conditionals"),
    modals: set("modals"),
    missionGovernors: set("missionGovernors"),
    commandGovernors: set("commandGovernors"),
    irrealisNouns: set("irrealisNouns"),
    choiceWords: set("choiceWords"),
    accusingReports: set("accusingReports"),
    topicNouns: set("topicNouns"),
  };
}

export interface UnitEntry {
  words: string[];
  unit: string;
  kind: string;
}

export interface UnitLexicon {
  scales: Map<string, number>;
  numberWords: Map<string, number | null>;
  /** Unit phrases (currencies and others), longest first. */
  units: UnitEntry[];
  /** The unit phrases by their first word. */
  unitsByFirst: Map<string, UnitEntry[]>;
  symbols: Map<string, string>;
}

function loadUnits(): UnitLexicon {
  const raw = readJson("units.json");
  const units: UnitEntry[] = [
    ...raw.currencies.map((c: any) => ({ ...c, kind: "money" })),
    ...raw.units,
  ].sort((a, b) => b.words.length - a.words.length);
  const unitsByFirst = new Map<string, UnitEntry[]>();
  for (const u of units) unitsByFirst.set(u.words[0], [...(unitsByFirst.get(u.words[0]) ?? []), u]);
  return {
    unitsByFirst,
    scales: new Map(Object.entries(raw.scales)),
    numberWords: new Map(Object.entries(raw.numberWords)),
    units,
    symbols: new Map(Object.entries(raw.symbols)),
  };
}

let triggers: Lexicon | undefined;
let modality: ModalityCues | undefined;
let units: UnitLexicon | undefined;
export const triggerLexicon = (): Lexicon => (triggers ??= loadTriggers());
export const modalityCues = (): ModalityCues => (modality ??= loadModality());
export const unitLexicon = (): UnitLexicon => (units ??= loadUnits());
