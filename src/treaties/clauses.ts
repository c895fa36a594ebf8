// Clauses: the sentences that say what an instrument provides, typed by kind, with their conditional
// structure parsed into data: trigger {attacker, target, provoked, mode} and duty {who, does}.
import type { Token } from "../text/tokens.ts";
import { firstAtOrAfter, tokenAt } from "../text/tokens.ts";
import { sentenceAt, type TreatyContext } from "./context.ts";
import { clauseKinds, cues, impliedClauses, type ClauseKindName, type DutyKind } from "./lexicon.ts";
import type { Cluster } from "./merge.ts";
import type { PhraseHit } from "./phrases.ts";
import type { SpanIndex } from "./spans.ts";

export interface Trigger {
  /** "any" | "third_party" | "party" | "non_belligerent" | an entity id */
  attacker: string;
  /** "party" | "either" | an entity id */
  target: string;
  provoked: "any" | "unprovoked";
  /** "attacked": the target is attacked; "hostilities": a party is at war with the attacker on either side. */
  mode: "attacked" | "hostilities";
}
export interface Duty {
  /** "other_parties" | "all" | an entity id */
  who: string;
  does: DutyKind;
}
export interface ParsedClause {
  start: number;
  end: number;
  kind: ClauseKindName;
  article: string | null;
  secret: boolean;
  citations: number[];
  trigger: Trigger | null;
  duty: Duty | null;
  duties: Duty[];
  /** The state a duty concerns: whom not to aid, with whom no separate treaty, relations with whom are unchanged. */
  concerning: string | null;
  /** "text": stated by the text; "name": read from the instrument's name ("Non-aggression Pact"). */
  source: "text" | "name";
  /** Every condition the text states as alternatives ("if France attacked Germany or Austria Russia"). */
  triggers?: Trigger[];
  /** Where the condition or the duty holds ("in the Pacific"): a place's entity id, or the text's words. */
  region?: string | null;
  text: string;
}

export function readClauses(ctx: TreatyContext, clusters: Cluster[], parties: Map<Cluster, string[]>, dates: Map<Cluster, string | null>): Map<Cluster, ParsedClause[]> {
  const out = new Map<Cluster, ParsedClause[]>(clusters.map((c) => [c, []]));
  const mentionsOf = mentionsBySentence(ctx, clusters);
  let previous: { cluster: Cluster; si: number; secret: boolean } | null = null;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const here = mentionsOf[si];
    if (!here && !previous) continue;
    const owner = here ? ownerOf(ctx, here, si) : null;
    let cluster = owner?.cluster;
    let secret = owner?.secret ?? false;
    let from = s.from;
    const follows = !!previous && previous.si === si - 1 && ctx.paragraphOf[si] === ctx.paragraphOf[previous.si];
    if (!cluster && follows && (startsWithContinuation(ctx.tokens, s.from, s.to) || partyUndertakes(ctx, si, parties.get(previous!.cluster) ?? [], dates.get(previous!.cluster) ?? null))) {
      cluster = previous!.cluster;
      secret = previous!.secret;
      from = s.from;
    }
    if (!cluster) {
      previous = null;
      continue;
    }
    if (cues.secret.has(ctx.tokens, s.from, s.to)) secret = true;
    const clause = readClause(ctx, si, from, secret, parties.get(cluster) ?? [], dates.get(cluster) ?? null);
    if (clause) {
      out.get(cluster)!.push(clause);
      previous = { cluster, si, secret };
    } else {
      previous = owner ? { cluster, si, secret } : null;
    }
  }
  for (const c of clusters) addImplied(ctx, c, out.get(c)!);
  return out;
}

type SentenceMentions = { c: Cluster; m: Cluster["mentions"][number] }[];

/** The mentions of each sentence, and which sentences hold a secret part of an instrument. */
function mentionsBySentence(ctx: TreatyContext, clusters: Cluster[]): (SentenceMentions | undefined)[] {
  const bySentence: (SentenceMentions | undefined)[] = new Array(ctx.sentences.length);
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i];
    for (let k = 0; k < c.mentions.length; k++) {
      const m = c.mentions[k];
      (bySentence[m.sentence] ??= []).push({ c, m });
    }
  }
  return bySentence;
}

const secretParts = new WeakMap<Cluster, Set<number>>();
function hasSecretPart(c: Cluster, si: number): boolean {
  let sentences = secretParts.get(c);
  if (!sentences) secretParts.set(c, (sentences = new Set(c.parts.filter((p) => p.secret).map((p) => p.sentence))));
  return sentences.has(si);
}

/** The instrument a sentence speaks of: the last mention before its first stipulation cue, or a part's whole. */
function ownerOf(ctx: TreatyContext, here: SentenceMentions, si: number): { cluster: Cluster; start: number; secret: boolean } | null {
  const s = ctx.sentences[si];
  const stip = cues.stipulation.firstIn(ctx.tokens, s.from, s.to);
  const stipAt = stip ? ctx.tokens[stip.i].start : s.end;
  let best: { cluster: Cluster; start: number; secret: boolean } | null = null;
  for (const { c, m } of here) {
    const before = m.start < stipAt;
    if (!best || (before && (m.start > best.start || best.start >= stipAt))) {
      best = { cluster: c, start: m.start, secret: hasSecretPart(c, si) || m.secret };
    }
  }
  return best;
}

/** "Subsequently, Thailand undertook to “assist” Japan …": right after a signing, a party binds itself. */
function partyUndertakes(ctx: TreatyContext, si: number, parties: string[], date: string | null): boolean {
  if (parties.length === 0) return false;
  const s = ctx.sentences[si];
  const hit = cues.undertake.firstIn(ctx.tokens, s.from, s.to);
  if (!hit) return false;
  const before = ctx.tokens[hit.i].start;
  const subject = ctx.states.mentionsIn(s.start, before, date, false, s.from, hit.i).pop();
  return !!subject && parties.includes(subject.entity);
}

function startsWithContinuation(tokens: readonly Token[], from: number, to: number): boolean {
  return cues.continuation.matchAt(tokens, from, to) > 0;
}

function citationsFor(ctx: TreatyContext, si: number): number[] {
  const s = ctx.sentences[si];
  const cits = ctx.layers.citations;
  const inside: number[] = [];
  for (let i = firstAtOrAfter(ctx.layers.citations, s.start); i < cits.length && cits[i].start < s.end + 2; i++) inside.push(i);
  if (inside.length > 0) return inside;
  // The citation that closes the group of sentences in this paragraph.
  const next = firstAtOrAfter(ctx.layers.citations, s.end);
  if (next >= cits.length) return [];
  const at = sentenceAt(ctx, cits[next].start);
  return ctx.paragraphOf[at] === ctx.paragraphOf[si] ? [next] : [];
}

function clauseSpan(ctx: TreatyContext, si: number): { start: number; end: number } {
  const s = ctx.sentences[si];
  // the sentence up to the citation that closes it (a citation inside it, "…Policy[1]) is …", does not end it)
  const cits = ctx.layers.citations;
  let cite: { start: number; end: number } | undefined;
  for (let i = firstAtOrAfter(cits, s.start + 1); i < cits.length && cits[i].start < s.end; i++) cite = cits[i];
  if (cite && ctx.text.slice(cite.end, s.end).trim().length > 1) cite = undefined;
  let end = cite ? cite.start : s.end;
  while (end > s.start && /\s/.test(ctx.text[end - 1])) end--;
  return { start: s.start, end };
}

function readClause(ctx: TreatyContext, si: number, from: number, secret: boolean, parties: string[], date: string | null): ParsedClause | null {
  const { tokens } = ctx;
  const s = ctx.sentences[si];
  if (!cues.stipulation.has(tokens, from, s.to)) return null;
  const found: { kind: ClauseKindName; does: DutyKind | null; hit: PhraseHit }[] = [];
  const outside = outsideNames(ctx.treatySpans, tokens);
  for (let c = 0; c < clauseKinds.length; c++) {
    const k = clauseKinds[c];
    const hit = k.cues.firstIn(tokens, from, s.to, outside);
    if (hit && !found.some((f) => overlaps(f.hit, hit))) found.push({ kind: k.kind, does: k.does, hit });
  }
  let kind: ClauseKindName;
  if (found.length > 0) kind = found[0].kind;
  else if (cues.other.has(tokens, from, s.to)) kind = "other";
  else return null;
  const span = clauseSpan(ctx, si);
  const article = articleIn(tokens, s.from, s.to);
  const kindHit = found[0]?.hit;
  const states = ctx.states.mentionsIn(s.start, s.end, date, false, s.from, s.to);

  let trigger: Trigger | null = null;
  let alternatives: Trigger[] = [];
  let condEnd = kindHit ? kindHit.i : s.to;
  let condFrom = -1;
  // a condition of attack or war ("if either party were attacked"), not "if necessary"
  const cond = cues.conditional.firstIn(tokens, from, s.to, (h) => (tokens[h.i].norm === "if" || h.n > 1) && cues.attack.has(tokens, h.i, Math.min(s.to, h.i + 24)));
  if (cond && kindHit && cond.i > kindHit.i) {
    // "… promised mutual support in the event of an attack by …": the condition follows the duty
    trigger = parseTrigger(ctx, cond.i, s.to, states);
    condFrom = cond.i;
    condEnd = s.to;
    alternatives = alternativeTriggers(ctx, cond.i, s.to, states, trigger);
  } else if (cond) {
    const others = cues.dutyOthers.firstIn(tokens, cond.i, condEnd);
    const attack = cues.attack.firstIn(tokens, cond.i, condEnd);
    const comma = attack ? tokens.slice(attack.i, condEnd).findIndex((t) => t.text === ",") : -1;
    const commaEnd = comma >= 0 ? attack!.i + comma : -1;
    // ", unprovoked," sits inside the condition: only a comma after the attack's object ends it
    const attackObjectComma = commaEnd >= 0 && !cues.unprovoked.matchAt(tokens, commaEnd + 1, condEnd) ? commaEnd : -1;
    condEnd = others ? others.i : attackObjectComma >= 0 ? attackObjectComma : condEnd;
    trigger = parseTrigger(ctx, cond.i, condEnd, states);
    condFrom = cond.i;
    alternatives = alternativeTriggers(ctx, cond.i, condEnd, states, trigger);
  }
  // "resist armed attacks by Germany or its allies against Finland": an attack named without "if"
  if (!trigger && kindHit && (kind === "mutual_assistance" || kind === "defense")) {
    const attack = cues.attack.firstIn(tokens, kindHit.i, s.to);
    if (attack && attack.i - kindHit.i <= 4) {
      const end = clauseEndAfter(tokens, attack.i, s.to);
      trigger = parseTrigger(ctx, attack.i, end, states);
      condFrom = attack.i;
      condEnd = end;
      alternatives = alternativeTriggers(ctx, attack.i, end, states, trigger);
    }
  }

  const duties: Duty[] = [];
  const condFirst = !!cond && !(kindHit && cond.i > kindHit.i);
  const who = dutyHolder(ctx, condFirst ? condEnd : from, kindHit ? kindHit.i : s.to, states, parties, condFirst);
  for (const f of found) if (f.does) duties.push({ who, does: f.does });
  let concerning: string | null = null;
  if (kindHit) {
    const after = states.filter((m) => m.start >= tokens[kindHit.i].start);
    // "sign a treaty with the Soviet Union without the consent …": the state after "with"
    const withState = states.find((m) => m.start >= tokens[from].start && wordBefore(tokens, m.start) === "with");
    concerning = after[0]?.entity ?? withState?.entity ?? null;
  }
  // "undertook to assist Japan in its war against the Allies": the assisted state at war with the one named
  if (!trigger && kindHit && (kind === "mutual_assistance" || kind === "defense") && concerning) {
    const war = warAgainst(ctx, kindHit.i, s.to, states);
    if (war) trigger = { attacker: war, target: concerning, provoked: "any", mode: "hostilities" };
  }
  // "Italy committed itself to assisting Germany in the case of a French attack": the assisted state is the one attacked
  const assisted = kindHit ? states.find((m) => m.start >= tokens[kindHit.i + kindHit.n - 1].end && m.start - tokens[kindHit.i + kindHit.n - 1].end <= 6) : undefined;
  if (trigger && trigger.target === "either" && assisted && assisted.entity === concerning && concerning !== who && who !== "all" && who !== "other_parties" && (kind === "mutual_assistance" || kind === "defense")) {
    trigger = { ...trigger, target: concerning };
  }
  if (!trigger && (kind === "mutual_assistance" || kind === "defense") && concerning && concerning !== who) {
    // "the Soviet Union would defend the Mongolian People's Republic": a guarantee of that state
    trigger = { attacker: "any", target: concerning, provoked: "any", mode: "attacked" };
  }
  if (!trigger && kind === "neutrality") trigger = { attacker: "third_party", target: "either", provoked: "any", mode: "hostilities" };
  if (!trigger && (kind === "mutual_assistance" || kind === "defense")) trigger = { attacker: "any", target: "either", provoked: "any", mode: "attacked" };
  if (!trigger && kind === "non_aggression") trigger = { attacker: "party", target: "party", provoked: "any", mode: "attacked" };
  return {
    start: span.start,
    end: span.end,
    kind,
    article,
    secret,
    citations: citationsFor(ctx, si),
    trigger,
    duty: duties[0] ?? null,
    duties,
    concerning: kind === "mutual_assistance" || kind === "defense" ? (trigger && trigger.target === concerning ? concerning : null) : concerning,
    source: "text",
    ...(alternatives.length > 1 ? { triggers: alternatives } : {}),
    region: regionIn(ctx, condFrom >= 0 ? condFrom : kindHit ? kindHit.i : from, condFrom >= 0 ? condEnd : s.to),
    text: ctx.text.slice(span.start, span.end),
  };
}

/** Accepts the hits that lie outside every treaty name ("Non-aggression" in "Non-aggression Pact" is no clause). */
function outsideNames(spans: SpanIndex, tokens: readonly Token[]): (h: PhraseHit) => boolean {
  return (h) => !spans.covers(tokens[h.i].start, tokens[h.i + h.n - 1].end);
}

const overlaps = (a: PhraseHit, b: PhraseHit) => a.i < b.i + b.n && b.i < a.i + a.n;

function articleIn(tokens: readonly Token[], from: number, to: number): string | null {
  for (let i = from; i + 1 < to; i++) {
    if (tokens[i].norm === "article" && (tokens[i + 1].kind === "number" || /^[IVXLC]+$/.test(tokens[i + 1].text))) return tokens[i + 1].text;
  }
  return null;
}

function parseTrigger(ctx: TreatyContext, from: number, to: number, states: { start: number; end: number; entity: string }[]): Trigger {
  const { tokens } = ctx;
  const startOff = tokens[from].start;
  const endOff = tokens[Math.min(to, tokens.length - 1)]?.start ?? ctx.text.length;
  const inCond = states.filter((m) => m.start >= startOff && m.end <= endOff);
  const attack = cues.attack.firstIn(tokens, from, to);
  const attackAt = attack ? tokens[attack.i].start : endOff;
  const provoked = cues.unprovoked.has(tokens, from, to) ? "unprovoked" : "any";
  const mode = cues.hostilities.has(tokens, from, to) ? "hostilities" : "attacked";
  // "France was attacked by Germany" (passive: subject attacked) or "Germany attacks France" (active)
  const passive = !!attack && (["was", "were", "be", "been", "is", "being", "are"].includes(tokens[attack.i - 1]?.norm ?? "") || tokens[attack.i + attack.n]?.norm === "by");
  const by = inCond.find((m) => m.start > attackAt && preceded(tokens, m.start, "by"));
  const subject = [...inCond].reverse().find((m) => m.end <= attackAt);
  const object = inCond.find((m) => m.start > attackAt && !preceded(tokens, m.start, "by"));
  let attacker = "any";
  if (cues.nonBelligerent.has(tokens, from, to)) attacker = "non_belligerent";
  else if (cues.thirdParty.has(tokens, from, to)) attacker = "third_party";
  else attacker = (passive ? by?.entity : subject?.entity) ?? by?.entity ?? "any";
  let target = "either";
  const eitherHit = cues.either.firstIn(tokens, from, to, (h) => h.phrase.includes("part") || h.phrase.includes("signator"));
  if (eitherHit) target = "party";
  else if (!cues.either.has(tokens, from, to)) {
    // "attacks by Germany against Finland": a nominal attack names its target after "against" or "on"
    const against = inCond.find((m) => m.start > attackAt && TARGET_WORDS.has(wordBefore(tokens, m.start) ?? ""));
    const named = passive ? subject ?? against : object;
    if (named && named.entity !== attacker) target = named.entity;
  }
  return { attacker, target, provoked, mode };
}

/**
 * The conditions a clause states as alternatives: "in the case that France attacked Germany or an Austrian attack on
 * Russia" (each part with an attack of its own), "an attack by Germany or the Soviet Union" (several attackers).
 */
function alternativeTriggers(ctx: TreatyContext, from: number, to: number, states: StateLike[], first: Trigger): Trigger[] {
  const { tokens } = ctx;
  const parts: { from: number; to: number }[] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    // split at "or" only after a part that names an attack ("either the European or the Asian-Pacific war" is one)
    const named = parts.length > 0 && states.some((m) => m.start >= tokens[start].start && m.end <= tokens[k].start);
    if (tokens[k].norm === "or" && (cues.attack.has(tokens, start, k) || named) && tokens[k - 1]?.norm !== "either") {
      parts.push({ from: start, to: k });
      start = k + 1;
    }
  }
  parts.push({ from: start, to });
  if (parts.length === 1) return [];
  const out: Trigger[] = [first];
  const same = (a: Trigger, b: Trigger) => a.attacker === b.attacker && a.target === b.target;
  for (const p of parts.slice(1)) {
    const own = cues.attack.firstIn(tokens, p.from, p.to);
    let t: Trigger | null = null;
    if (own) t = parseTrigger(ctx, p.from, p.to, states);
    else {
      // "… by Germany or the Soviet Union": another attacker in the first part's place; "… or against the Soviet
      // Union": another target
      const startOff = tokens[p.from].start;
      const endOff = tokens[p.to - 1]?.end ?? startOff;
      const named = states.find((m) => m.start >= startOff && m.end <= endOff);
      if (named && TARGET_WORDS.has(wordBefore(tokens, named.start) ?? "")) t = { ...first, target: named.entity };
      else if (named && first.attacker !== "any") t = { ...first, attacker: named.entity };
    }
    if (t && (t.attacker !== "any" || t.target !== "either") && !out.some((x) => same(x, t!))) out.push(t);
  }
  return out.length > 1 ? out : [];
}
type StateLike = { start: number; end: number; entity: string };
const TARGET_WORDS = new Set(["against", "on", "upon"]);

/** "in its war against the Allies": the state the war is against, after the duty. */
function warAgainst(ctx: TreatyContext, from: number, to: number, states: StateLike[]): string | null {
  const { tokens } = ctx;
  for (let k = from; k < to && k < from + 8; k++) {
    if (tokens[k].norm !== "war" || tokens[k + 1]?.norm !== "against") continue;
    const after = tokens[k + 1].end;
    return states.find((m) => m.start >= after && m.start - after <= 6)?.entity ?? null;
  }
  return null;
}

/** The token where the clause after token k ends (",", ";", "and" before a new clause, or the sentence's end). */
function clauseEndAfter(tokens: readonly Token[], k: number, to: number): number {
  for (let j = k; j < to; j++) if (tokens[j].text === ";" || (tokens[j].text === "," && tokens[j + 1]?.norm === "and")) return j;
  return to;
}

/** "the status quo in the Pacific", "against the Soviet Union through Finland": the place a clause holds in. */
function regionIn(ctx: TreatyContext, from: number, to: number): string | null {
  const { tokens } = ctx;
  for (const hit of cues.region.findIn(tokens, from, to)) {
    const after = tokens[hit.i + hit.n - 1].end;
    const place = placeAt(ctx, after);
    if (place) return place;
  }
  return null;
}

/** The place or state entity whose mention starts right after an offset (past spaces). */
function placeAt(ctx: TreatyContext, offset: number): string | null {
  let at = offset;
  while (at < ctx.text.length && /\s/.test(ctx.text[at])) at++;
  let starts = placeStarts.get(ctx);
  if (!starts) {
    starts = new Map();
    for (const e of ctx.layers.entities) if (e.kind === "place" || e.kind === "state") for (const m of e.mentions) if (!starts.has(m.start)) starts.set(m.start, e.id);
    placeStarts.set(ctx, starts);
  }
  return starts.get(at) ?? null;
}
const placeStarts = new WeakMap<TreatyContext, Map<number, string>>();

/** The word right before offset `start`, or before a "the" there, is `word`. */
function preceded(tokens: Token[], start: number, word: string): boolean {
  let k = tokenAt(tokens, start);
  if (QUOTES.has(tokens[k - 1]?.text ?? "")) k--;
  return tokens[k - 1]?.norm === word || (tokens[k - 1]?.norm === "the" && tokens[k - 2]?.norm === word);
}
const QUOTES = new Set(["“", '"', "‘"]);

function dutyHolder(ctx: TreatyContext, from: number, kindAt: number, states: { start: number; end: number; entity: string }[], parties: string[], conditional: boolean): string {
  const { tokens } = ctx;
  if (cues.dutyOthers.matchAt(tokens, from) > 0 || cues.dutyOthers.has(tokens, from, Math.min(kindAt, from + 3))) return "other_parties";
  const fromOff = tokens[from]?.start ?? 0;
  const toOff = tokens[kindAt]?.start ?? ctx.text.length;
  // Subjects only: "with the Soviet Union", "against …", "to …" are objects.
  const region = states.filter((m) => m.start >= fromOff && m.end <= toOff && !OBJECT_MARKERS.has(wordBefore(tokens, m.start) ?? ""));
  const firstState = region[0] ? tokenAt(tokens, region[0].start) : kindAt;
  if (cues.dutyAll.firstIn(tokens, from, firstState, isAll)) return "all";
  const ids: string[] = [];
  for (let i = 0; i < region.length; i++) if (!ids.includes(region[i].entity)) ids.push(region[i].entity);
  if (ids.length >= 2 && parties.length > 0 && parties.every((p) => ids.includes(p))) return "all";
  if (ids.length === 1 && (!conditional || parties.includes(ids[0]))) return ids[0];
  return "all";
}
/** The word before a state mention starting at `start`, past a "the" ("with the Soviet Union" → "with"). */
function wordBefore(tokens: readonly Token[], start: number): string | undefined {
  const k = tokenAt(tokens as Token[], start);
  return tokens[k - 1]?.norm === "the" ? tokens[k - 2]?.norm : tokens[k - 1]?.norm;
}
const ALL_WORDS = new Set(["neither", "each", "both", "all"]);
const isAll = (h: PhraseHit) => ALL_WORDS.has(h.phrase);
const OBJECT_MARKERS = new Set(["with", "against", "to", "by", "from", "on", "of"]);

/**
 * The weaker reading of what an instrument is called ("Non-aggression Pact", "Mutual Defense Treaty", "a treaty of
 * defensive alliance"): one clause per duty the text does not state itself, marked as read from the name, with the
 * name's mention as evidence.
 */
function addImplied(ctx: TreatyContext, cluster: Cluster, clauses: ParsedClause[]): void {
  const named = cluster.mentions.filter((m) => (m.kind === "named" || m.kind === "description") && !m.pronoun);
  if (named.length === 0) return;
  for (const [key, spec] of Object.entries(impliedClauses)) {
    const m = named.find((x) => x.typeWords.includes(key) || key.split(" ").every((w) => x.distinctive.includes(w)));
    if (!m) continue;
    if (clauses.some((c) => c.kind === spec.kind || c.duties.some((d) => d.does === spec.does))) continue;
    const who = spec.does === "non_aggression" ? "all" : "other_parties";
    // "… as a Treaty of Alliance and Mutual Assistance in the event of a possible attack by Germany or the Soviet Union"
    let trigger: Trigger = { attacker: spec.attacker, target: spec.target, provoked: "any", mode: spec.mode };
    let alternatives: Trigger[] = [];
    const s = ctx.sentences[m.sentence];
    const cond = cues.conditional.firstIn(ctx.tokens, m.next, s.to);
    if (cond && cond.i <= m.next + 1 && spec.does === "assist" && cues.attack.has(ctx.tokens, cond.i, Math.min(s.to, cond.i + 10))) {
      const states = ctx.states.mentionsIn(s.start, s.end, null, false, s.from, s.to);
      const end = clauseEndAfter(ctx.tokens, cond.i, s.to);
      const parsed = parseTrigger(ctx, cond.i, end, states);
      trigger = { ...parsed, target: parsed.target === "either" ? spec.target : parsed.target };
      alternatives = alternativeTriggers(ctx, cond.i, end, states, trigger);
    }
    clauses.push({
      start: m.start,
      end: m.end,
      kind: spec.kind,
      article: null,
      secret: false,
      citations: citationsFor(ctx, m.sentence),
      trigger,
      ...(alternatives.length > 1 ? { triggers: alternatives } : {}),
      duty: { who, does: spec.does },
      duties: [{ who, does: spec.does }],
      concerning: null,
      source: "name",
      text: m.text,
    });
  }
}
