// The life of an instrument read from the sentences that mention it: concluded (date, place, parties),
// proposed, refused, extended, denounced, expired, and how long it was to last.
import type { Token } from "../text/tokens.ts";
import { firstAtOrAfter } from "../text/tokens.ts";
import { tokenAt } from "../text/tokens.ts";
import type { TreatyContext } from "./context.ts";
import { eventsIn, narrativeTime, sentenceDates } from "./context.ts";
import type { DateRef } from "./dates.ts";
import { cues, definite, endingPassives, gapWords, genericModifiers, hostileWords, roleCues, type RoleName } from "./lexicon.ts";
import type { Cluster } from "./merge.ts";
import { IMPOSED, type TreatyMention } from "./mentions.ts";
import { memberValidAt } from "./states.ts";
import type { PhraseHit, PhraseSet } from "./phrases.ts";
import { actDate, actParties, actsOf, targetsIn, type Act } from "./acts.ts";
import { groupAt, lastStates, statesOf } from "./groups.ts";

export interface Dated {
  start: number;
  end: number;
  date: string | null;
}
export interface ActDated extends Dated {
  by: string[];
}
export interface Extension extends Dated {
  until: string | null;
  negated: boolean;
}

export interface TreatyFacts {
  signed: string | null;
  signedEvidence: { start: number; end: number } | null;
  signedFrom: "conclusion" | "name" | "narrative" | null;
  parties: string[];
  place: string | null;
  duration: string | null;
  renewable: boolean;
  proposed: ActDated[];
  refused: ActDated[];
  extensions: Extension[];
  denounced: ActDated[];
  expires: Dated | null;
  partOf: TreatyMention | null;
  /** Ratification, and entry into force, when the text dates them. */
  ratified: Dated | null;
  inForce: Dated | null;
  /** States that became parties after the signing, each with its own date. */
  accessions: Accession[];
  /** States named beside the instrument that are not its parties. */
  roles: Role[];
  /** Some parties were read from another instrument's ("the League member states"). */
  refersToOthers: boolean;
  /** An unnamed instrument whose signing names fewer than two states: its narrative may name them. */
  wantsNarrative: boolean;
}

/** The facts of the instruments read so far, for an instrument that refers to another ("the League member states"). */
export type Known = ReadonlyMap<Cluster, TreatyFacts>;

export function readFacts(ctx: TreatyContext, cluster: Cluster, all: Cluster[], known: Known = new Map(), options: { narrative?: boolean } = {}): TreatyFacts {
  const acts = actsOf(ctx, cluster).filter((a) => !a.negated);
  const conclusions = acts.filter((a) => a.kind === "conclude");
  const proposals = acts.filter((a) => a.kind === "propose");
  const refusals = acts.filter((a) => a.kind === "refuse");

  // Signing date: the date of the conclusion; a later, more precise date of the same instrument refines it.
  let signed: string | null = null;
  let signedEvidence: TreatyFacts["signedEvidence"] = null;
  let signedFrom: TreatyFacts["signedFrom"] = null;
  for (const c of conclusions) {
    const d = actDate(ctx, c);
    if (!d) continue;
    if (signed === null || (d.value.startsWith(signed) && d.value.length > signed.length)) {
      signed = d.value;
      signedEvidence = { start: d.start, end: d.end };
      signedFrom = "conclusion";
    }
  }
  // "One month following its conclusion, a similar agreement … was concluded": a span after the instrument before it
  if (signed === null && conclusions.length > 0) {
    const d = relativeDate(ctx, conclusions[0], cluster, known);
    if (d) {
      signed = d.value;
      signedEvidence = { start: d.start, end: d.end };
      signedFrom = "conclusion";
    }
  }
  // "Russia acceded to the Treaty of … on 3 March 1918": with no signing told, the first dated accession concludes it
  if (signed === null && conclusions.length === 0) {
    const joined = acts.filter((a) => a.kind === "join").map((a) => actDate(ctx, a)).find((d) => d !== null);
    if (joined) {
      signed = joined.value;
      signedEvidence = { start: joined.start, end: joined.end };
      signedFrom = "conclusion";
    }
  }
  // "allied with … since 1882 as part of the Triple Alliance": the alliance stands since that date
  if (signed === null && conclusions.length === 0) {
    for (const a of acts) {
      const since = a.kind === "member" ? sinceDate(ctx, a.m.sentence, a.verb) : null;
      if (!since) continue;
      signed = since.value;
      signedEvidence = { start: since.start, end: since.end };
      signedFrom = "conclusion";
      break;
    }
  }
  const named = cluster.mentions.find((m) => m.years.length > 0 && m.kind !== "anaphor");
  if (signed === null && named && refusals.length === 0 && proposals.length === 0) {
    signed = String(named.years[named.years.length - 1]);
    signedEvidence = { start: named.start, end: named.end };
    signedFrom = "name";
  }
  // "(Anglo-Japanese Friendship Treaty, October 1854)": a date right after the name, inside its parenthesis
  if (signed === null || (signedFrom === "name" && signed.length === 4)) {
    for (const m of cluster.mentions) {
      const d = appendedDate(ctx, m);
      if (d && (signed === null || d.value.startsWith(signed))) {
        signed = d.value;
        signedEvidence = { start: d.start, end: d.end };
        signedFrom = "conclusion";
        break;
      }
    }
  }
  const firstM = cluster.mentions.find((m) => m.kind !== "anaphor") ?? cluster.mentions[0];
  if (signed === null && refusals.length === 0 && proposals.length === 0 && !endedRightAfter(ctx, firstM)) {
    const opener = openerDate(ctx, firstM);
    if (opener && firstM.kind === "description") {
      signed = opener.value;
      signedEvidence = { start: opener.start, end: opener.end };
      signedFrom = "conclusion";
    } else if (opener) {
      signed = opener.value.slice(0, 4);
      signedEvidence = { start: opener.start, end: opener.end };
      signedFrom = "narrative";
    } else if (isSubject(ctx, firstM) && !onlyEndDates(ctx, firstM.sentence)) {
      // "The Russo-Japanese Treaty of Portsmouth gave …": an instrument the narrative presents as in being at its time
      const narrative = narrativeTime(ctx, firstM.sentence) ?? previousDate(ctx, firstM.sentence)?.value ?? null;
      if (narrative && /^\d{4}/.test(narrative)) {
        signed = narrative.slice(0, 4);
        signedEvidence = null;
        signedFrom = "narrative";
      }
    }
  }

  // "This was formalised by the Treaty of …": a conclusion the sentence does not date is told at the narrative's time
  const formalised = conclusions.find((c) => !c.after && FORMALISED.has(ctx.tokens[c.verb].norm));
  // "Both parties formed a Second United Front": a group formed in a sentence with no date is formed at the narrative's time
  const undated = conclusions.find((c) => !c.after && c.m.kind === "named" && FORMING.has(ctx.tokens[c.verb].norm));
  const toldAt = formalised ?? undated;
  if (signed === null && toldAt && refusals.length === 0) {
    const narrative = narrativeTime(ctx, toldAt.m.sentence);
    if (narrative && /^-?\d{4}/.test(narrative)) {
      signed = narrative;
      signedEvidence = null;
      signedFrom = "narrative";
    }
  }

  // "T was nullified by the terms of the Armistice of A": an instrument that ends another is in being at its sentence's time
  if (signed === null && refusals.length === 0 && proposals.length === 0) {
    for (const m of cluster.mentions) {
      if (m.kind === "anaphor" || !endsAnother(ctx, m)) continue;
      const own = sentenceDates(ctx, m.sentence);
      const value = own.length === 1 ? own[0].value : narrativeTime(ctx, m.sentence);
      if (!value || !/^-?\d{4}/.test(value)) continue;
      signed = value;
      signedEvidence = own.length === 1 ? { start: own[0].start, end: own[0].end } : null;
      signedFrom = "narrative";
      break;
    }
  }

  // "Under the terms of the German unconditional surrender …": an instrument whose terms the narrative applies is in being at its time
  if (signed === null && refusals.length === 0 && proposals.length === 0 && firstM.kind === "description" && termsOf(ctx, firstM)) {
    const narrative = narrativeTime(ctx, firstM.sentence) ?? previousDate(ctx, firstM.sentence)?.value ?? null;
    if (narrative && /^-?\d{4}/.test(narrative)) {
      signed = narrative;
      signedEvidence = null;
      signedFrom = "narrative";
    }
  }

  // Parties: the states of the name, of "between …", and those the acts name; never the states it is aimed at.
  const parties: string[] = [];
  const targets: string[] = [];
  const add = (ids: readonly string[]) => {
    for (const id of ids) if (!parties.includes(id)) parties.push(id);
  };
  const onDate = signed ?? (cluster.years.size > 0 ? String(Math.min(...cluster.years)) : null);
  for (const m of cluster.mentions) {
    for (const w of m.partyWords) {
      const e = resolveNameWord(ctx, w.text, m.sentence, onDate);
      if (e && !parties.includes(e)) parties.push(e);
    }
    if (m.between) {
      const g = groupAt(ctx, m.sentence, m.between.from + 1, onDate);
      if (g) add(g.coref > 0 ? lastStates(ctx, m.sentence, g.first, g.coref, onDate) : g.ids);
    }
    // "an Italian armistice with the Allies": the "with" side of a description whose name gives the other
    else if (m.kind === "description" && m.partyWords.length > 0 && ctx.tokens[m.next]?.norm === "with") {
      const g = groupAt(ctx, m.sentence, m.next + 1, onDate);
      if (g && g.coref === 0) add(g.ids);
    }
  }
  const accessions: Accession[] = [];
  for (const a of acts) {
    if (a.kind === "refuse" || a.kind === "entry") continue;
    const p = actParties(ctx, a, onDate);
    targets.push(...p.targets);
    if (a.kind === "join") {
      const d = actDate(ctx, a);
      const s = ctx.sentences[a.m.sentence];
      for (const id of p.parties) if (!accessions.some((x) => x.party === id)) accessions.push({ party: id, date: d?.value ?? null, start: s.start, end: s.end });
    }
    add(p.parties);
  }
  const refs = { others: false };
  add(contextParties(ctx, cluster, onDate, known, refs));
  // a surrender is made "to" its receiver ("surrendered to the Allies"), never to the states of its narrative
  const surrender = cluster.mentions.every((m) => m.kind === "anaphor" || m.headWord === "surrender");
  if (surrender) for (const m of cluster.mentions) add(surrenderedTo(ctx, m, onDate));
  const wantsNarrative = parties.length < 2 && conclusions.length > 0 && !cluster.mentions.some((m) => m.kind === "named") && !surrender;
  if (wantsNarrative && options.narrative) add(narrativeParties(ctx, conclusions[0].m.sentence, parties, onDate));
  // "In April 1915 Italy joined the Entente. This was formalised by the Treaty of London.": the states of the act it formalises
  if (formalised && parties.length < 2) add(formalisedParties(ctx, formalised, onDate, all, known).filter((p) => !targets.includes(p)));
  const roles = readRoles(ctx, cluster, acts, onDate, targets);
  const kept = distinctStates(ctx, parties.filter((p) => !roles.some((r) => r.entity === p)), onDate);

  let place: string | null = null;
  for (const c of conclusions) {
    place ??= placeIn(ctx, c.m.sentence, c.verb, c.m);
  }
  const dated = (kind: string): Dated | null => {
    for (const a of acts) {
      if (a.kind !== kind) continue;
      const d = actDate(ctx, a);
      const s = ctx.sentences[a.m.sentence];
      if (d) return { start: s.start, end: s.end, date: d.value };
    }
    return null;
  };

  const proposed = proposals.map((p) => acted(ctx, p.m.sentence, p.verb, onDate));
  const refused = refusals.map((r) => acted(ctx, r.m.sentence, r.verb, onDate));
  const mentionSentences = [...new Set(cluster.mentions.map((m) => m.sentence))];
  const { duration, renewable } = readDuration(ctx, mentionSentences);
  return {
    signed,
    signedEvidence,
    signedFrom,
    parties: kept,
    place,
    duration,
    renewable,
    proposed,
    refused,
    extensions: readExtensions(ctx, cluster),
    denounced: readDenunciations(ctx, cluster, all, onDate),
    expires: readExpiry(ctx, cluster, all),
    partOf: null,
    ratified: dated("ratify"),
    inForce: dated("entry"),
    refersToOthers: refs.others,
    wantsNarrative,
    accessions: accessions.filter((x) => !(signed && x.date && (x.date === signed || (x.date <= signed && conclusions.length > 0)))),
    roles,
  };
}

/** "an unconditional surrender to the Allies", "a surrender … signed with the Allied commanders": the state it is made to. */
function surrenderedTo(ctx: TreatyContext, m: TreatyMention, date: string | null): string[] {
  const { tokens } = ctx;
  const s = ctx.sentences[m.sentence];
  for (let k = m.next; k < s.to && k <= m.next + 6; k++) {
    if (tokens[k].text === "," || tokens[k].text === ";") break;
    // "the surrender dictated by the Allies": the side that dictates it receives it
    if (IMPOSED.has(tokens[k].norm) && tokens[k + 1]?.norm === "by") {
      const g = groupAt(ctx, m.sentence, k + 2, date);
      if (g) return g.ids;
    }
    if (tokens[k].norm !== "to" && tokens[k].norm !== "with") continue;
    const g = groupAt(ctx, m.sentence, k + 1, date);
    if (g) return g.ids;
  }
  return [];
}

/**
 * The states of the act an instrument formalises when the formalising clause names none before its verb ("This was
 * formalised by …", "The peace was sealed by …"): those of the sentence before, which tells the act.
 */
function formalisedParties(ctx: TreatyContext, act: Act, date: string | null, all: Cluster[], known: Known): string[] {
  const si = act.m.sentence;
  if (si === 0 || ctx.paragraphOf[si - 1] !== ctx.paragraphOf[si]) return [];
  const verbAt = ctx.tokens[act.verb].start;
  if (statesOf(ctx, si, date).some((m) => m.start < verbAt)) return [];
  const { tokens } = ctx;
  const states = statesOf(ctx, si - 1, date)
    .filter((m) => {
      let j = firstAtOrAfter(tokens, m.start) - 1;
      if (tokens[j]?.norm === "the") j--;
      return !hostileWords.has(tokens[j]?.norm ?? "");
    })
    .map((m) => m.entity);
  // "Italy joined the Entente": a group the act names stands for its members
  const before = states.length;
  for (const c of all) if (c.mentions.some((m) => m.sentence === si - 1)) states.push(...(known.get(c)?.parties ?? []));
  // a group whose members the text does not list stands as itself ("joined the Entente")
  if (states.length === before) {
    const prev = ctx.sentences[si - 1];
    for (const m of ctx.states.mentionsIn(prev.start, prev.end, date, false, prev.from, prev.to)) if (ctx.treatySpans.covers(m.start, m.end)) states.push(m.entity);
  }
  return [...new Set(states)];
}

/** "the terms of the surrender", "under the provisions of the armistice". */
function termsOf(ctx: TreatyContext, m: TreatyMention): boolean {
  const { tokens } = ctx;
  const k = definite.has(tokens[m.first - 1]?.norm ?? "") ? m.first - 1 : m.first;
  return tokens[k - 1]?.norm === "of" && (tokens[k - 2]?.norm === "terms" || tokens[k - 2]?.norm === "provisions" || tokens[k - 2]?.norm === "conditions");
}

/** "T was nullified …", "T was denounced …": the sentence tells the instrument's end, not a time it was in being. */
function endedRightAfter(ctx: TreatyContext, m: TreatyMention): boolean {
  const { tokens } = ctx;
  const s = ctx.sentences[m.sentence];
  let k = m.next;
  while (k < s.to && k < m.next + 3 && (tokens[k].norm === "was" || tokens[k].norm === "were" || tokens[k].norm === "been" || tokens[k].norm === "had" || tokens[k].norm === "formally" || tokens[k].norm === "then")) k++;
  return k < s.to && (endingPassives.has(tokens[k].norm) || cues.denounce.matchAt(tokens, k, s.to) > 0);
}

/** "… was nullified by (the terms of) the Armistice of A", "… superseded by the treaty": the mention is the instrument ending another. */
function endsAnother(ctx: TreatyContext, m: TreatyMention): boolean {
  const { tokens } = ctx;
  const s = ctx.sentences[m.sentence];
  let k = m.first - 1;
  if (definite.has(tokens[k]?.norm ?? "")) k--;
  // "by the terms of", "by the provisions of"
  if (tokens[k]?.norm === "of" && (tokens[k - 1]?.norm === "terms" || tokens[k - 1]?.norm === "provisions")) {
    k -= 2;
    if (tokens[k]?.norm === "the") k--;
  }
  if (tokens[k]?.norm !== "by" || k - 1 < s.from) return false;
  const verb = k - 1;
  return cues.denounce.matchAt(tokens, verb, k) > 0 || endingPassives.has(tokens[verb].norm);
}

const FORMING = new Set(["formed", "form", "forming"]);
const FORMALISED = new Set(["formalised", "formalized", "sealed", "confirmed"]);

/** "The Riga Agreement held until 1939": the sentence's only dates are ends, no time it is told at. */
function onlyEndDates(ctx: TreatyContext, si: number): boolean {
  const dates = sentenceDates(ctx, si);
  return dates.length > 0 && dates.every((d) => END_MARKERS.has(ctx.tokens[firstAtOrAfter(ctx.tokens, d.start) - 1]?.norm ?? ""));
}
const END_MARKERS = new Set(["until", "till", "to", "through"]);

/** The date after "since" in the sentence, before token k. */
function sinceDate(ctx: TreatyContext, si: number, k: number): DateRef | null {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  for (const d of sentenceDates(ctx, si)) {
    if (d.start >= tokens[k].start) break;
    const j = firstAtOrAfter(tokens, d.start);
    if (j > s.from && tokens[j - 1].norm === "since") return d;
  }
  return null;
}

/** ", under which …", ", by which …", ", whereby …" right after the mention or after its date ("in January 1814, under which"). */
function termsRelativeAfter(tokens: readonly Token[], k: number, to: number): boolean {
  for (let j = k; j < to && j <= k + 5; j++) {
    if (tokens[j].text !== ",") continue;
    const a = tokens[j + 1]?.norm ?? "";
    return a === "whereby" || (TERMS_PREPOSITIONS.has(a) && tokens[j + 2]?.norm === "which");
  }
  return false;
}
const TERMS_PREPOSITIONS = new Set(["under", "by", "in"]);

export interface Accession {
  party: string;
  date: string | null;
  start: number;
  end: number;
}
export interface Role {
  role: RoleName;
  entity: string;
  start: number;
  end: number;
}

/**
 * A party word of a name resolved on the treaty's date; when several states fit that date ("Sino-" in 1954), the one
 * the sentence names in full ("… with the Republic of China").
 */
function resolveNameWord(ctx: TreatyContext, word: string, si: number, date: string | null): string | null {
  const members = ctx.states.membersFor(word, date).filter((m) => memberValidAt(m, date));
  if (members.length > 1) {
    const s = ctx.sentences[si];
    const named = new Set(statesOf(ctx, si, date).filter((x) => /\s/.test(ctx.text.slice(x.start, x.end))).map((x) => x.entity));
    for (const m of members) {
      const e = ctx.states.entityFor(m);
      if (e && named.has(e.id) && s) return e.id;
    }
  }
  return ctx.states.resolveWord(word, date)?.id ?? null;
}

/** "(Treaty of Shimoda, February 7, 1855)": a date after a comma right after the mention, before the parenthesis closes. */
function appendedDate(ctx: TreatyContext, m: TreatyMention): DateRef | null {
  const { tokens } = ctx;
  if (m.pronoun || tokens[m.next]?.text !== ",") return null;
  const s = ctx.sentences[m.sentence];
  const d = ctx.dates.datesIn(tokens[m.next].end, s.end)[0];
  if (!d) return null;
  let k = m.next + 1;
  while (k < s.to && tokens[k].start < d.start) k++;
  if (k !== m.next + 1) return null;
  while (k < s.to && tokens[k].end <= d.end) k++;
  return tokens[k]?.text === ")" ? d : null;
}

/**
 * Parties the sentences around an instrument give without a verb of signing: its terms ("By the terms of the treaty,
 * Finland ceded … to the Soviet Union", "In the resulting Treaty of Bucharest, Bulgaria lost … to Romania"), and the war
 * it closed ("Hostilities between Finland and the USSR ended with a ceasefire", "… was concluded formally for Finland …
 * with the signing of the Paris Peace Treaties").
 */
function contextParties(ctx: TreatyContext, cluster: Cluster, date: string | null, known: Known, refs: { others: boolean }): string[] {
  const { tokens } = ctx;
  const out: string[] = [];
  const add = (ids: readonly string[]) => {
    for (const id of ids) if (!out.includes(id)) out.push(id);
  };
  const seen = new Set<number>();
  for (const m of cluster.mentions) {
    if (seen.has(m.sentence)) continue;
    seen.add(m.sentence);
    const s = ctx.sentences[m.sentence];
    // the war it closed: "Hostilities between A and B ended with …", "… was concluded formally for A … with the signing of T"
    const ended = cues.endedWith.findIn(tokens, s.from, m.first).pop();
    if (ended) {
      for (let k = s.from; k < ended.i; k++) {
        if (tokens[k].norm === "between") {
          const g = groupAt(ctx, m.sentence, k + 1, date);
          if (g) add(g.ids);
          break;
        }
      }
      if (tokens[ended.i + ended.n - 1].norm === "for") {
        const g = groupAt(ctx, m.sentence, ended.i + ended.n, date);
        if (g) add(g.ids);
      }
    }
    // "The First Balkan War began when the League member states attacked the Ottoman Empire … and ended … with the
    // signing of the Treaty of London": the belligerents the sentence names
    const end = cues.end.findIn(tokens, s.from, m.first).pop();
    if (end && !ended && withSigning(tokens, end.i + end.n, m.first)) add(belligerents(ctx, m.sentence, tokens[end.i].start, date, known, refs));
    // "the Locarno Treaties, which improved relations between Germany and …"
    if (!m.pronoun) {
      let k = m.next;
      if (tokens[k]?.text === ",") k++;
      if (tokens[k]?.norm === "which" || tokens[k]?.norm === "that") {
        const n = cues.relations.matchAt(tokens, k + 1, s.to);
        if (n > 0) {
          const g = groupAt(ctx, m.sentence, k + 1 + n, date);
          if (g) add(g.ids);
        }
      }
    }
    // "similar agreements with the United Kingdom (Anglo-Japanese Friendship Treaty, …), the Russians (Treaty of Shimoda, …)":
    // the state a parenthesis follows, and the party every other instrument of the list shares
    const paren = parenthesisedAfter(ctx, m, date);
    if (paren) {
      add([paren]);
      const shared = sharedBySiblings(ctx, m, cluster, date, known);
      if (shared.length > 0) {
        refs.others = true;
        add(shared);
      }
    }
    // its terms: the instrument opens the sentence (in a phrase or as subject) and a cession follows
    const opens = m.first - s.from <= 6 && (m.first === s.from || m.first - 1 === s.from || cues.termsOpeners.findIn(tokens, s.from, m.first).some((h) => h.i === s.from));
    // "… the Treaty of Kiel, under which Denmark ceded Norway to Sweden": terms in a relative clause right after it
    const relativeTerms = !m.pronoun && termsRelativeAfter(tokens, m.next, s.to);
    if (!opens && !relativeTerms) continue;
    // "In the Four-Power Treaty …, Japan, the United States, Britain, and France agreed to …": who undertakes in it
    if (m.first > s.from) {
      const comma = commaAfter(tokens, m.next, s.to);
      const g = comma >= 0 ? groupAt(ctx, m.sentence, comma + 1, date) : null;
      if (g) {
        let v = g.next;
        while (v < s.to && (gapWords.has(tokens[v].norm) || AUX.has(tokens[v].norm))) v++;
        if (cues.undertake.matchAt(tokens, v, s.to) > 0) add(g.coref > 0 ? lastStates(ctx, m.sentence, g.first, g.coref, date) : g.ids);
      }
    }
    const cessions = cues.cession.findIn(tokens, m.next, s.to);
    if (cessions.length === 0) continue;
    const states = statesOf(ctx, m.sentence, date).filter((x) => x.start >= m.end);
    const giver = states.find((x) => x.start < tokens[cessions[0].i].start);
    if (giver) add([giver.entity]);
    // the receiver: "… to Romania" after any of the cessions ("lost most of the territories … being forced to cede … to Romania")
    for (const cession of cessions) {
      for (let k = cession.i + cession.n; k < s.to && k < cession.i + 16; k++) {
        if (tokens[k].norm === "to" || tokens[k].norm === "from") {
          const g = groupAt(ctx, m.sentence, k + 1, date);
          if (g) {
            add(g.ids);
            break;
          }
        }
      }
    }
  }
  return out;
}

const AUX = new Set(["would", "will", "shall", "were", "was", "had", "have", "also", "both", "all", "each"]);

/**
 * "One month following its conclusion": a duration, a word of following and a noun of conclusion in the act's sentence,
 * counted from the signing of the instrument mentioned last before it, at the precision of the duration.
 */
function relativeDate(ctx: TreatyContext, act: Act, self: Cluster, known: Known): { value: string; start: number; end: number } | null {
  const s = ctx.sentences[act.m.sentence];
  const { tokens } = ctx;
  for (const d of ctx.dates.durationsIn(s.start, s.end)) {
    let k = firstAtOrAfter(tokens, d.end);
    const rel = cues.relative.matchAt(tokens, k, s.to);
    if (rel === 0) continue;
    k += rel;
    if (tokens[k]?.norm === "its" || tokens[k]?.norm === "the" || tokens[k]?.norm === "their") k++;
    if (cues.anchors.matchAt(tokens, k, s.to) === 0) continue;
    let anchor: TreatyFacts | undefined;
    let at = -1;
    for (const [c, f] of known) {
      if (c === self || !f.signed) continue;
      const last = c.mentions.filter((x) => x.start < d.start).pop();
      if (last && last.start > at) {
        at = last.start;
        anchor = f;
      }
    }
    if (!anchor?.signed) return null;
    const value = addSpan(anchor.signed, d.value);
    return value ? { value, start: d.start, end: tokens[k].end } : null;
  }
  return null;
}

/** An EDTF date plus an ISO duration (PnY, PnM, PnW, PnD), at the precision of the duration's unit. */
function addSpan(date: string, duration: string): string | null {
  const m = /^P(\d+)([YMWD])$/.exec(duration);
  const d = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m || !d) return null;
  const n = Number(m[1]);
  const day = new Date(Date.UTC(Number(d[1]), Number(d[2] ?? 1) - 1, Number(d[3] ?? 1)));
  if (m[2] === "Y") return String(day.getUTCFullYear() + n);
  if (m[2] === "M") day.setUTCMonth(day.getUTCMonth() + n);
  else day.setUTCDate(day.getUTCDate() + (m[2] === "W" ? 7 * n : n));
  const iso = day.toISOString();
  return m[2] === "M" || !d[3] ? iso.slice(0, 7) : iso.slice(0, 10);
}

/**
 * The parties as distinct states: a group whose members are all parties already ("the League member states" beside
 * Greece, Serbia, …) adds nothing, and two entities of one country ("Weimar Republic" and "Nazi Germany" for "Germany")
 * are one party, the one of the treaty's date.
 */
function distinctStates(ctx: TreatyContext, ids: string[], date: string | null): string[] {
  const out: string[] = [];
  const byCountry = new Map<string, string>();
  for (const id of ids) {
    const e = ctx.states.entity(id) as (ReturnType<TreatyContext["states"]["entity"]> & { members?: string[] }) | undefined;
    if (e?.kind === "group" && (e.members ?? []).length > 0 && e.members!.every((m) => ids.includes(m))) continue;
    const member = e ? ctx.states.memberOf(e, null) : undefined;
    const country = member?.country;
    if (country && byCountry.has(country)) {
      const kept = byCountry.get(country)!;
      const keptMember = ctx.states.memberOf(ctx.states.entity(kept)!, null);
      // the member valid on the treaty's date wins
      if (date && member && memberValidAt(member, date) && !(keptMember && memberValidAt(keptMember, date))) {
        out[out.indexOf(kept)] = id;
        byCountry.set(country, id);
      }
      continue;
    }
    if (country) byCountry.set(country, id);
    out.push(id);
  }
  return out;
}

/** The state right before the parenthesis that opens with the mention: "the Russians (Treaty of Shimoda, …)". */
function parenthesisedAfter(ctx: TreatyContext, m: TreatyMention, date: string | null): string | null {
  const { tokens } = ctx;
  if (m.pronoun || tokens[m.first - 1]?.text !== "(") return null;
  const before = tokens[m.first - 2];
  if (!before) return null;
  const states = statesOf(ctx, m.sentence, date);
  return states.find((x) => x.end === before.end)?.entity ?? null;
}

/** The parties that all the other parenthesised instruments of the sentence have besides the state before their parenthesis. */
function sharedBySiblings(ctx: TreatyContext, m: TreatyMention, self: Cluster, date: string | null, known: Known): string[] {
  let shared: string[] | null = null;
  for (const [c, f] of known) {
    if (c === self) continue;
    for (const x of c.mentions) {
      if (x.sentence !== m.sentence || x === m) continue;
      const own = parenthesisedAfter(ctx, x, date);
      if (!own) continue;
      const rest = f.parties.filter((p) => p !== own);
      shared = shared === null ? rest : shared.filter((p) => rest.includes(p));
    }
  }
  return shared ?? [];
}

/** "… with the signing of" (or "with") right before the mention, after the verb of ending. */
function withSigning(tokens: readonly Token[], from: number, first: number): boolean {
  for (let k = from; k < first && k < from + 8; k++) if (tokens[k].norm === "with" && first - k <= 5) return true;
  return false;
}

/**
 * The states at war in a sentence before an offset: the attackers and attacked of its assault events, and "the League
 * member states", "the members of the alliance": the parties of that alliance, read before.
 */
function belligerents(ctx: TreatyContext, si: number, before: number, date: string | null, known: Known, refs: { others: boolean }): string[] {
  const s = ctx.sentences[si];
  const out: string[] = [];
  const add = (id: string | null) => {
    if (id && !out.includes(id)) out.push(id);
  };
  for (const e of eventsIn(ctx, s.start, before)) {
    if (e.type !== "ASSAULT") continue;
    for (const id of [...e.source, ...e.target]) add(stateIdOf(ctx, id));
  }
  const { tokens } = ctx;
  for (let k = s.from; k < s.to && tokens[k].start < before; k++) {
    if (tokens[k].norm !== "member" && tokens[k].norm !== "members") continue;
    // "the League member states" (the word before), "the members of the alliance" (the word after "of")
    const word = tokens[k].norm === "member" ? tokens[k - 1]?.norm : tokens[k + 1]?.norm === "of" ? tokens[k + 3]?.norm ?? tokens[k + 2]?.norm : undefined;
    if (!word) continue;
    refs.others = true;
    let best: TreatyFacts | undefined;
    for (const [c, f] of known) if (f.parties.length > 0 && c.mentions.some((x) => x.headWord === word)) best = f;
    for (const id of best?.parties ?? []) add(id);
  }
  return out;
}

function stateIdOf(ctx: TreatyContext, id: string): string | null {
  const e = ctx.states.entity(id);
  if (!e) return null;
  if (e.kind === "state" || e.kind === "group") return e.id;
  return e.memberOf && ctx.states.entity(e.memberOf)?.kind === "state" ? e.memberOf : null;
}

/** The comma that ends an opening phrase, within a few words after token k, outside parentheses. */
function commaAfter(tokens: readonly Token[], k: number, to: number): number {
  let depth = 0;
  for (let j = k; j < to && j < k + 14; j++) {
    const t = tokens[j].text;
    if (t === "(") depth++;
    else if (t === ")") depth--;
    else if (t === "," && depth === 0) return j;
  }
  return -1;
}

/**
 * "Military authorities signed an agreement on 12 September": a signing that names no state (or only one) takes the
 * states the narrative just before it is about: the states named most often in this sentence and the one before
 * ("Germany had rejected Finnish appeals … the secret sale of weapons to Finland was permitted": Finland, Germany).
 */
const NARRATIVE_PREPOSITIONS = new Set(["of", "with", "against", "to", "from", "by", "in", "on", "at", "for", "over", "into", "between", "among"]);

function narrativeParties(ctx: TreatyContext, si: number, known: readonly string[], date: string | null): string[] {
  const counts = new Map<string, number>();
  const sentences = si > 0 && ctx.paragraphOf[si - 1] === ctx.paragraphOf[si] ? [si - 1, si] : [si];
  // "the Kuomintang and the Communist Party met in Chongqing. An agreement was reached …": the states named together
  for (const sj of [...sentences].reverse()) {
    for (const m of statesOf(ctx, sj, date)) {
      let k = firstAtOrAfter(ctx.tokens, m.start);
      if (ctx.tokens[k - 1]?.norm === "the") k--;
      // "after the war with Japan, …": a state after a preposition is no subject
      if (NARRATIVE_PREPOSITIONS.has(ctx.tokens[k - 1]?.norm ?? "")) continue;
      const g = groupAt(ctx, sj, k, date);
      const together = g ? g.ids.filter((id) => !known.includes(id)) : [];
      if (g && g.ids.length >= 2 && together.length >= 2 - known.length) return together;
    }
  }
  for (const sj of sentences) for (const m of statesOf(ctx, sj, date)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const others = ranked.filter((id) => !known.includes(id));
  // as many as the narrative gives, up to the two a signing needs
  return others.slice(0, Math.max(0, 2 - known.length));
}

/** The states named beside the instrument in another role: aimed at, mediator, witness, guarantor. */
function readRoles(ctx: TreatyContext, cluster: Cluster, acts: Act[], date: string | null, targets: string[]): Role[] {
  const out: Role[] = [];
  const push = (role: RoleName, entity: string, si: number) => {
    if (out.some((r) => r.role === role && r.entity === entity)) return;
    const s = ctx.sentences[si];
    out.push({ role, entity, start: s.start, end: s.end });
  };
  for (const a of acts) for (const t of targetsIn(ctx, a.m.sentence, a.after ? a.verb : a.m.next, date)) if (targets.includes(t)) push("target", t, a.m.sentence);
  const seen = new Set<number>();
  for (const m of cluster.mentions) {
    if (seen.has(m.sentence)) continue;
    seen.add(m.sentence);
    const s = ctx.sentences[m.sentence];
    for (const { role, cues: set } of roleCues) {
      if (role === "target") continue;
      for (const h of set.findIn(ctx.tokens, s.from, s.to)) {
        const g = groupAt(ctx, m.sentence, h.i + h.n, date);
        if (g) for (const id of g.ids) push(role, id, m.sentence);
      }
    }
  }
  return out;
}

function negated(tokens: readonly Token[], verb: number, from: number): boolean {
  for (let k = Math.max(from, verb - 3); k < verb; k++) if (cues.negation.matchAt(tokens, k, verb) > 0) return true;
  return false;
}

function nearestDate(dates: DateRef[], offset: number): DateRef | null {
  let best: DateRef | null = null;
  for (const d of dates) if (!best || Math.abs(d.start - offset) < Math.abs(best.start - offset)) best = d;
  return best;
}

/** "In 1907 the Russo-Japanese Fishery Convention allowed …": a date opening the sentence right before the mention. */
function openerDate(ctx: TreatyContext, m: TreatyMention): DateRef | null {
  const s = ctx.sentences[m.sentence];
  const dates = sentenceDates(ctx, m.sentence).filter((d) => d.end <= m.start);
  const d = dates[dates.length - 1];
  if (!d) return null;
  const between = ctx.tokens.slice(tokenAt(ctx.tokens, d.end), m.first);
  // "1972 election and Paris Peace Accords": a year before a lower-case noun qualifies that noun, it sets no time
  const startTokens = ctx.tokens.slice(s.from, tokenAt(ctx.tokens, d.start));
  const after = between[0];
  const before = startTokens[startTokens.length - 1];
  if (after && after.kind === "word" && after.text.charCodeAt(0) >= 97 && (!before || definite.has(before.norm)) && /^\d{4}$/.test(ctx.text.slice(d.start, d.end))) return null;
  return between.length <= 2 && startTokens.length <= 2 ? d : null;
}

/** The mention opens its sentence, or its main clause after an opening phrase ("In 1907, the … Convention allowed"), and is no modal's object. */
function isSubject(ctx: TreatyContext, m: TreatyMention): boolean {
  if (m.kind === "anaphor" || m.pronoun) return false;
  const s = ctx.sentences[m.sentence];
  const k = m.first;
  if (k === s.from) return true;
  if (k - s.from === 1 && definite.has(ctx.tokens[s.from].norm)) return true;
  return ctx.tokens[k - 1]?.text === "," && k - s.from <= 8;
}

/** The last date of the previous sentence in the same paragraph: the narrative time a dated sentence sets. */
function previousDate(ctx: TreatyContext, si: number): DateRef | null {
  if (si === 0 || ctx.paragraphOf[si - 1] !== ctx.paragraphOf[si]) return null;
  const dates = sentenceDates(ctx, si - 1);
  return dates[dates.length - 1] ?? null;
}

const placeIndex = new WeakMap<TreatyContext, { e: TreatyContext["layers"]["entities"][number]; mm: { start: number; end: number } }[]>();
function placesIn(ctx: TreatyContext, start: number, end: number) {
  let list = placeIndex.get(ctx);
  if (!list) {
    list = ctx.layers.entities.filter((e) => e.kind === "place").flatMap((e) => e.mentions.map((mm) => ({ e, mm }))).sort((a, b) => a.mm.start - b.mm.start);
    placeIndex.set(ctx, list);
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].mm.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let i = lo; i < list.length && list[i].mm.start < end; i++) if (list[i].mm.end <= end) out.push(list[i]);
  return out;
}

/** "In Berlin on …, A and B entered into …", "signed in Moscow", "signed on 5 May 1935 in Paris": a place next to the signing. */
function placeIn(ctx: TreatyContext, si: number, verb: number, m: TreatyMention): string | null {
  const s = ctx.sentences[si];
  const { tokens } = ctx;
  let dates: DateRef[] | null = null;
  for (const { e, mm } of placesIn(ctx, s.start, s.end)) {
    const k = tokenAt(tokens, mm.start);
    const prep = tokens[k - 1]?.norm;
    if (prep !== "in" && prep !== "at") continue;
    if (k - 1 === s.from) return e.id;
    const after = Math.max(tokens[verb].end <= m.start ? m.next : verb + 1, verb + 1);
    if (k - 1 < after || k - 1 - after > 8) continue;
    dates ??= ctx.dates.datesIn(s.start, s.end);
    let fillers = true;
    for (let j = after; j < k - 1 && fillers; j++) fillers = isFiller(tokens[j], dates);
    if (fillers) return e.id;
  }
  return null;
}

/** "on", a comma or a word of a date: what may stand between the signing and its place. */
function isFiller(t: Token, dates: readonly DateRef[]): boolean {
  if (t.norm === "on" || t.norm === ",") return true;
  for (const d of dates) if (d.start <= t.start && t.end <= d.end) return true;
  return false;
}

function acted(ctx: TreatyContext, si: number, verb: number, date: string | null): ActDated {
  const s = ctx.sentences[si];
  const verbStart = ctx.tokens[verb].start;
  const before = ctx.states.mentionsIn(s.start, verbStart, date, true, s.from, verb).filter((m) => !ctx.treatySpans.covers(m.start, m.end));
  const by = before.length > 0 ? [before[before.length - 1].entity] : [];
  const d = nearestDate(sentenceDates(ctx, si), verbStart);
  return { start: s.start, end: s.end, date: d?.value ?? narrativeTime(ctx, si), by };
}

function readDuration(ctx: TreatyContext, sentences: number[]): { duration: string | null; renewable: boolean } {
  for (const si of sentences) {
    const s = ctx.sentences[si];
    const hit = cues.duration.firstIn(ctx.tokens, s.from, s.to);
    if (!hit) continue;
    const after = ctx.dates.durationsIn(ctx.tokens[hit.i].start, s.end);
    if (after.length === 0) continue;
    return { duration: after[0].value, renewable: cues.renewable.has(ctx.tokens, s.from, s.to) };
  }
  return { duration: null, renewable: false };
}

/** Mentions of the instrument that a cue phrase governs in the same sentence (cue before, or "X would be extended"). */
function cueHits(ctx: TreatyContext, cluster: Cluster, set: typeof cues.extend): { m: TreatyMention; cue: number }[] {
  const hits: { m: TreatyMention; cue: number }[] = [];
  const { tokens } = ctx;
  for (const m of cluster.mentions) {
    for (const h of hitsIn(ctx, set, m.sentence)) {
      const before = h.i < m.first;
      if (!before && h.i < m.next) continue;
      const from = before ? h.i + h.n : m.next;
      const to = before ? m.first : h.i;
      if (to - from > (before ? 3 : 4)) continue;
      let ok = true;
      let passive = false;
      for (let k = from; k < to && ok; k++) {
        const t = tokens[k];
        ok = before ? definite.has(t.norm) || t.norm === "of" || genericModifiers.has(t.norm) || OPENING_QUOTES.has(t.text) : AUXILIARIES.has(t.norm);
        if (PASSIVE_AUX.has(t.norm)) passive = true;
      }
      // after the mention only as a passive ("The agreement was renounced"): in "the Pact renounced the use of war" it acts
      if (ok && (before || passive || set !== cues.denounce)) hits.push({ m, cue: h.i });
    }
  }
  return hits;
}

const OPENING_QUOTES = new Set(["“", "\"", "‘"]);
const PASSIVE_AUX = new Set(["was", "were", "been", "be", "is", "are", "being"]);
const hitCache = new WeakMap<TreatyContext, Map<PhraseSet, PhraseHit[][]>>();
/** The hits of a cue set in a sentence, found once per sentence however many mentions it has. */
function hitsIn(ctx: TreatyContext, set: PhraseSet, si: number): PhraseHit[] {
  let bySet = hitCache.get(ctx);
  if (!bySet) hitCache.set(ctx, (bySet = new Map()));
  let bySentence = bySet.get(set);
  if (!bySentence) bySet.set(set, (bySentence = new Array(ctx.sentences.length)));
  let hits = bySentence[si];
  if (!hits) {
    const s = ctx.sentences[si];
    hits = bySentence[si] = set.findIn(ctx.tokens, s.from, s.to);
  }
  return hits;
}
const AUXILIARIES = new Set(["would", "will", "shall", "should", "be", "was", "were", "is", "are", "been", "being", "to", "not", "never", "formally", "also", ","]);

function readExtensions(ctx: TreatyContext, cluster: Cluster): Extension[] {
  const out: Extension[] = [];
  const seen = new Set<number>();
  for (const { m, cue } of cueHits(ctx, cluster, cues.extend)) {
    const s = ctx.sentences[m.sentence];
    if (seen.has(s.start)) continue;
    if (normIn(ctx.tokens, Math.max(s.from, cue - 3), cue, MODALS) >= 0) continue;
    const negatedHere = negated(ctx.tokens, cue, s.from) || normIn(ctx.tokens, s.from, s.to, UNLESS) >= 0;
    const untilAt = normIn(ctx.tokens, cue, s.to, UNTIL);
    const untilTok = untilAt >= 0 ? ctx.tokens[untilAt] : undefined;
    const until = untilTok ? ctx.dates.datesIn(untilTok.end, s.end)[0]?.value ?? null : null;
    const dates = sentenceDates(ctx, m.sentence);
    const d = nearestDate(untilTok ? datesBefore(dates, untilTok.start) : dates, ctx.tokens[cue].start);
    out.push({ start: s.start, end: s.end, date: d?.value ?? narrativeTime(ctx, m.sentence), until, negated: negatedHere });
    seen.add(s.start);
  }
  return out;
}

const MODALS = new Set(["could", "may", "might", "can"]);
const UNLESS = new Set(["unless"]);
const UNTIL = new Set(["until"]);
const PRONOUNS = new Set(["it", "which"]);

/** Index of the first token in [from, to) whose norm is in the set, or -1 (a plain loop: no closures to compile). */
function normIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): number {
  for (let k = from; k < to; k++) if (words.has(tokens[k].norm)) return k;
  return -1;
}

function datesBefore(dates: DateRef[], offset: number): DateRef[] {
  const out: DateRef[] = [];
  for (const x of dates) if (x.start < offset) out.push(x);
  return out;
}

function readDenunciations(ctx: TreatyContext, cluster: Cluster, all: Cluster[], date: string | null): ActDated[] {
  const out: ActDated[] = [];
  const seen = new Set<number>();
  for (const { m, cue } of cueHits(ctx, cluster, cues.denounce)) {
    const s = ctx.sentences[m.sentence];
    if (seen.has(s.start)) continue;
    out.push(acted(ctx, m.sentence, cue, date));
    seen.add(s.start);
  }
  // "it was annulled by …": a pronoun subject stands for the instrument mentioned last
  for (const { si, hit: h } of cuesByInstrument(ctx, all, cues.denounce).get(cluster) ?? []) {
    const s = ctx.sentences[si];
    if (normIn(ctx.tokens, Math.max(s.from, h.i - 3), h.i, PRONOUNS) < 0) continue;
    if (seen.has(s.start)) continue;
    const after = ctx.dates.datesIn(ctx.tokens[h.i].end, s.end)[0];
    const act = acted(ctx, si, h.i, date);
    if (after) act.date = after.value;
    out.push(act);
    seen.add(s.start);
  }
  return out;
}

interface CueAt {
  si: number;
  hit: PhraseHit;
}
const cueOwners = new WeakMap<Cluster[], Map<PhraseSet, Map<Cluster, CueAt[]>>>();
/**
 * The hits of a cue set, grouped by the instrument mentioned last before each (in its sentence or the one before),
 * in text order; computed once per text and cue set, over the sentences that have a mention or follow one.
 */
function cuesByInstrument(ctx: TreatyContext, all: Cluster[], set: PhraseSet): Map<Cluster, CueAt[]> {
  let bySet = cueOwners.get(all);
  if (!bySet) cueOwners.set(all, (bySet = new Map()));
  let owners = bySet.get(set);
  if (!owners) {
    owners = groupByOwner(ctx, all, set, sentencesNear(ctx, all));
    bySet.set(set, owners);
  }
  return owners;
}

/** The sentences that have a mention or follow one, in order. */
function sentencesNear(ctx: TreatyContext, all: Cluster[]): number[] {
  const near: number[] = [];
  const list = mentionsByStart(all);
  for (let k = 0; k < list.length; k++) {
    const si = list[k].m.sentence;
    if (near.length === 0 || near[near.length - 1] < si) near.push(si);
    if (si + 1 < ctx.sentences.length && near[near.length - 1] < si + 1) near.push(si + 1);
  }
  return near;
}

function groupByOwner(ctx: TreatyContext, all: Cluster[], set: PhraseSet, near: number[]): Map<Cluster, CueAt[]> {
  const owners = new Map<Cluster, CueAt[]>();
  for (let n = 0; n < near.length; n++) {
    const si = near[n];
    const s = ctx.sentences[si];
    const hits = set.findIn(ctx.tokens, s.from, s.to);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      const owner = lastMentionBefore(all, ctx.tokens[hit.i].start, si - 1);
      if (!owner) continue;
      let list = owners.get(owner);
      if (!list) owners.set(owner, (list = []));
      list.push({ si, hit });
    }
  }
  return owners;
}

/** "when it expired April 12, 1945": the instrument is the one mentioned last before the cue (this sentence or the one before). */
function readExpiry(ctx: TreatyContext, cluster: Cluster, all: Cluster[]): Dated | null {
  for (const { si, hit: h } of cuesByInstrument(ctx, all, cues.expire).get(cluster) ?? []) {
    const s = ctx.sentences[si];
    const d = ctx.dates.datesIn(ctx.tokens[h.i + h.n - 1].end, s.end)[0];
    if (d) return { start: s.start, end: s.end, date: d.value };
  }
  return null;
}

const mentionIndex = new WeakMap<Cluster[], { c: Cluster; m: TreatyMention }[]>();
function mentionsByStart(all: Cluster[]): { c: Cluster; m: TreatyMention }[] {
  let list = mentionIndex.get(all);
  if (!list) {
    list = all.flatMap((c) => c.mentions.map((m) => ({ c, m }))).sort((a, b) => a.m.start - b.m.start);
    mentionIndex.set(all, list);
  }
  return list;
}

/** The instrument mentioned last before an offset (in sentence minSentence or later), by binary search over all mentions. */
function lastMentionBefore(all: Cluster[], offset: number, minSentence: number): Cluster | undefined {
  const list = mentionsByStart(all);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].m.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const last = list[lo - 1];
  return last && last.m.sentence >= minSentence ? last.c : undefined;
}
