// The what-if reasoner: given an attack (attacker, target, date, provoked or not), which treaties of the
// extraction are in force, which of their clauses the attack triggers, the obligations those clauses
// impose, the breaches it commits, and the treaties not in force with the reason. Every obligation is
// backed by an extracted clause (its span and citations); nothing is inferred beyond the clauses.
import { AnnalistError } from "../errors.ts";
import type { Clause, Extraction, Treaty, WhatifResult } from "../schema.ts";
import { Actors } from "./actors.ts";
import { interval, isDay } from "./dates.ts";
import { statusOn } from "./status.ts";

export interface Scenario {
  attacker: string;
  target: string;
  /** YYYY-MM-DD */
  date: string;
  /** true: the attack is stated to be unprovoked; undefined: not said. */
  unprovoked?: boolean;
}

type Party = WhatifResult["obligations"][number]["party"];
type TreatyRef = { id: string; name: string };
export interface Conditional {
  party: Party;
  duty: string;
  treaty: TreatyRef;
  clause: number;
  why: string;
}
export interface NotTriggered {
  treaty: TreatyRef;
  clause: number;
  why: string;
}
export type WhatifAnswer = WhatifResult & {
  /** Treaties that concern the scenario but whose answer the text leaves open (no date, no clause), with what is missing. */
  unknown: { treaty: TreatyRef; why: string }[];
  /** Obligations that hold only under a condition the scenario leaves open (e.g. the attack being unprovoked). */
  conditional: Conditional[];
  /** Clauses of treaties in force that the attack does not trigger, with the reason. */
  notTriggered: NotTriggered[];
  /** Labels of the resolved actors. */
  actors: { attacker: Party; target: Party };
};

const TRIGGERED_KINDS = new Set(["neutrality", "mutual_assistance", "defense", "non_aid"]);
const PEACE_KINDS = new Set(["neutrality", "non_aggression"]);
const KEYWORDS = new Set(["any", "third_party", "party", "non_belligerent", "either", "other_parties", "all"]);

export function whatif(extraction: Extraction, scenario: Scenario): WhatifAnswer {
  if (!isDay(scenario.date)) throw new AnnalistError(`the date must be YYYY-MM-DD, got "${scenario.date}"`, "USAGE");
  const actors = new Actors(extraction);
  const attacker = actors.resolve(scenario.attacker, scenario.date).id;
  const target = actors.resolve(scenario.target, scenario.date).id;
  if (actors.same(attacker, target, scenario.date)) {
    throw new AnnalistError(`the attacker and the target are the same state (${actors.label(attacker)})`, "USAGE");
  }
  const day = scenario.date;
  const provoked = scenario.unprovoked ? false : null;
  const result: WhatifAnswer = {
    scenario: { attacker, target, date: day, provoked },
    obligations: [],
    breaches: [],
    notInForce: [],
    conditional: [],
    notTriggered: [],
    unknown: [],
    actors: { attacker: actors.party(attacker), target: actors.party(target) },
  };
  const A = actors.label(attacker);
  const T = actors.label(target);

  for (const treaty of extraction.treaties) {
    const ref = { id: treaty.id, name: treaty.name };
    // a state that joined later is a party from its own date; one whose date the text does not give, with that caveat
    const joined = new Map((treaty.accessions ?? []).map((a) => [a.party, a.date]));
    const partyOf = (x: string) => treaty.parties.find((p) => actors.same(p, x, day) && !joinedAfter(joined.get(p), day));
    const concernsScenario = !!partyOf(attacker) || !!partyOf(target) || treaty.clauses.some((c) => TRIGGERED_KINDS.has(c.kind));
    const status = statusOn(treaty, day);
    if (!status.inForce) {
      if (!concernsScenario) continue;
      const story = treaty as Treaty & { proposed?: unknown[]; refused?: unknown[] };
      if (!treaty.signed && (story.proposed ?? []).length === 0 && (story.refused ?? []).length === 0) {
        result.unknown.push({ treaty: ref, why: `the text states no date of signing for the ${treaty.name}: whether it was in force on ${day} is not known` });
      } else result.notInForce.push({ treaty: ref, why: status.why });
      continue;
    }
    const caveats = [A, T].flatMap((who, i) => {
      const p = partyOf(i === 0 ? attacker : target);
      return p && joined.has(p) && !joined.get(p) ? [`${who} joined on a date the text does not give`] : [];
    });
    const inForce = `${treaty.name} (signed ${treaty.signed}${status.why ? `; ${status.why}` : ""}${caveats.length ? `; ${caveats.join("; ")}` : ""}) in force on ${day}`;
    // parties to a treaty whose clauses the text does not state: say what is missing rather than "no obligation"
    if (treaty.clauses.length === 0 && (partyOf(attacker) || partyOf(target))) {
      const who = [partyOf(attacker) ? A : null, partyOf(target) ? T : null].filter(Boolean).join(" and ");
      result.unknown.push({ treaty: ref, why: `${who} ${who.includes(" and ") ? "are parties" : "is a party"} to the ${inForce}, but the text states none of its clauses: what it obliges is not known` });
    }
    treaty.clauses.forEach((clause, ci) => {
      const evidence = [{ start: clause.start, end: clause.end, citations: clause.citations }];
      const quote = quoteOf(extraction.text, clause);
      const aParty = partyOf(attacker);
      const tParty = partyOf(target);
      if (PEACE_KINDS.has(clause.kind) && aParty && tParty && aParty !== tParty) {
        const inferred = clause.source === "name" ? ` (read from the name "${nameOf(extraction.text, clause)}", not a stated clause)` : "";
        result.breaches.push({
          party: actors.party(attacker),
          treaty: ref,
          clause: ci,
          why: `${A} attacks ${T}, its partner under the ${kindWord(clause.kind)} clause of the ${inForce}${inferred}: ${quote}`,
        });
        // the duty the attack breaks: the attacker was bound to refrain from aggression against its partner
        if (clause.kind === "non_aggression") {
          result.obligations.push({
            party: actors.party(attacker),
            duty: "non_aggression",
            treaty: ref,
            clause: ci,
            why: `${A} must refrain from aggression against ${T}, its partner, under the ${kindWord(clause.kind)} clause of the ${inForce}${inferred}; the attack breaches it: ${quote}`,
            evidence,
          });
        }
        return;
      }
      if (clause.kind === "no_separate_treaty" && clause.concerning && (actors.same(clause.concerning, attacker, day) || actors.same(clause.concerning, target, day)) && (aParty || tParty)) {
        for (const p of treaty.parties.filter((p) => !actors.same(p, clause.concerning!, day))) {
          result.obligations.push({
            party: actors.party(p), duty: "no_separate_treaty", treaty: ref, clause: ci, evidence,
            why: `${actors.label(p)} may sign no treaty with ${actors.label(clause.concerning)} without its partners' consent under the ${inForce}: ${quote}`,
          });
        }
        return;
      }
      if (!TRIGGERED_KINDS.has(clause.kind) || !clause.trigger) return;
      // a clause with several conditions ("if France attacked Germany or Austria Russia") binds when any of them holds
      const checks = (clause.triggers && clause.triggers.length > 0 ? clause.triggers : [clause.trigger]).map((t) =>
        triggered(t, partyOf, actors, attacker, target, day, extraction),
      );
      const check = checks.find((c) => c.ok) ?? checks.find((c) => c.relevant) ?? checks[0];
      if (!check.ok) {
        if (check.relevant) result.notTriggered.push({ treaty: ref, clause: ci, why: `${clauseName(clause)} of the ${treaty.name} not triggered: ${check.why}` });
        return;
      }
      const holders = dutyHolders(clause, treaty, actors, attacker, target, check.involved, day).filter((p) => !joinedAfter(joined.get(p), day));
      const duties = clause.duties && clause.duties.length > 0 ? clause.duties : clause.duty ? [clause.duty] : [];
      for (const holder of holders) {
        for (const duty of duties) {
          const inferred = clause.source === "name" ? ` (a reading of the name "${nameOf(extraction.text, clause)}": the text states no such clause)` : "";
          const why = `${actors.label(holder)} must ${dutyWords(duty.does, clause, actors)} under ${clauseName(clause)} of the ${inForce}${inferred}: ${check.why}; ${quote}`;
          if (clause.trigger.provoked === "unprovoked" && provoked === null) {
            result.conditional.push({ party: actors.party(holder), duty: duty.does, treaty: ref, clause: ci, why: `only if the attack is unprovoked: ${why}` });
          } else {
            result.obligations.push({ party: actors.party(holder), duty: duty.does, treaty: ref, clause: ci, why, evidence });
          }
        }
      }
    });
  }
  return result;
}

/** A party that joined after the day (its accession dated later) is not bound on that day. */
function joinedAfter(date: string | null | undefined, day: string): boolean {
  if (!date) return false;
  const i = interval(date);
  return !!i && i.earliest > day;
}

interface Check {
  ok: boolean;
  /** The party drawn in (the attacked party, or the party at war with a third party). */
  involved: string | null;
  why: string;
  /** For a failed check: whether the scenario came close enough to mention it. */
  relevant: boolean;
}

function triggered(trigger: NonNullable<Clause["trigger"]>, partyOf: (x: string) => string | undefined, actors: Actors, attacker: string, target: string, day: string, extraction: Extraction): Check {
  const A = actors.label(attacker);
  const T = actors.label(target);
  const aParty = partyOf(attacker) ?? null;
  const tParty = partyOf(target) ?? null;
  const fail = (why: string, relevant = !!aParty || !!tParty): Check => ({ ok: false, involved: null, why, relevant });

  if (trigger.mode === "hostilities") {
    if (aParty && tParty) return fail(`both ${A} and ${T} are parties`);
    const involved = aParty ?? tParty;
    if (!involved) return fail(`neither ${A} nor ${T} is a party`, false);
    const other = aParty ? T : A;
    if (!KEYWORDS.has(trigger.attacker) && !actors.covers(trigger.attacker, aParty ? target : attacker, day)) {
      return fail(`the clause concerns hostilities with ${actors.label(trigger.attacker)}, not ${other}`);
    }
    return { ok: true, involved, why: `${actors.label(involved)}, a party, is at war with ${other}, a third party`, relevant: true };
  }

  // mode "attacked": the target must be the one the clause protects
  if (trigger.target === "either" || trigger.target === "party") {
    if (!tParty) return fail(`${T} is not a party`);
  } else if (!actors.same(trigger.target, target, day)) {
    return fail(`it protects ${actors.label(trigger.target)}, not ${T}`);
  }
  switch (trigger.attacker) {
    case "any":
    case "third_party":
      if (aParty && (trigger.target === "either" || trigger.target === "party")) return fail(`the attacker ${A} is itself a party`);
      break;
    case "party":
      if (!aParty) return fail(`${A} is not a party`);
      break;
    case "non_belligerent": {
      if (aParty) return fail(`the attacker ${A} is itself a party, not a power outside the war`);
      const war = belligerence(extraction, actors, attacker, day);
      if (war) return fail(`${A} was already at war (${war})`);
      break;
    }
    default:
      if (!actors.covers(trigger.attacker, attacker, day)) return fail(`it concerns an attack by ${actors.label(trigger.attacker)}, not by ${A}`);
  }
  const by = trigger.attacker === "non_belligerent" ? `${A}, a power not yet in the war (no earlier hostilities of ${A} in the text)` : A;
  const provokedWord = trigger.provoked === "unprovoked" ? " unprovoked" : "";
  return { ok: true, involved: tParty ?? target, why: `${T}${tParty ? ", a party," : ""} is attacked${provokedWord} by ${by}`, relevant: true };
}

/** An asserted attack involving the actor before the day, from the event layer, as a short phrase; or null. */
function belligerence(extraction: Extraction, actors: Actors, actor: string, day: string): string | null {
  let latest: { date: string; text: string } | null = null;
  for (const e of extraction.events) {
    const when = interval(e.date);
    if (e.type !== "ASSAULT" || e.modality !== "asserted" || !when || when.latest >= day) continue;
    if (![...e.source, ...e.target].some((id) => actors.same(id, actor, day))) continue;
    if (!latest || when.latest > latest.date) latest = { date: e.date!, text: e.trigger.text };
  }
  return latest ? `"${latest.text}" on ${latest.date}` : null;
}

function dutyHolders(clause: Clause, treaty: Treaty, actors: Actors, attacker: string, target: string, involved: string | null, day: string): string[] {
  const who = clause.duty?.who ?? "other_parties";
  const out = (p: string) => !actors.same(p, attacker, day) && !actors.same(p, target, day) && (!involved || !actors.same(p, involved, day));
  if (who === "other_parties" || who === "all") return treaty.parties.filter(out);
  return out(who) ? [who] : [];
}

function clauseName(c: Clause): string {
  return c.article ? `Article ${c.article}` : `the ${kindWord(c.kind)} clause${c.secret ? " (secret)" : ""}`;
}

function kindWord(kind: string): string {
  return kind.replace(/_/g, "-");
}

function dutyWords(does: string, clause: Clause, actors: Actors): string {
  const whom = clause.concerning ? actors.label(clause.concerning) : "the attacker";
  switch (does) {
    case "neutral": return "remain neutral";
    case "assist": return "assist the attacked party";
    case "declare_war": return "declare war on the attacker";
    case "not_aid": return `not aid ${whom}`;
    case "consult": return "consult its partners";
    case "no_separate_treaty": return `sign no separate treaty with ${whom}`;
    default: return "refrain from aggression";
  }
}

function nameOf(text: string, c: Clause): string {
  return text.slice(c.start, c.end).replace(/\s+/g, " ").trim();
}

function quoteOf(text: string, c: Clause): string {
  const s = text.slice(c.start, c.end).replace(/\s+/g, " ").trim();
  return `“${s.length > 160 ? `${s.slice(0, 157)}…` : s}”`;
}
