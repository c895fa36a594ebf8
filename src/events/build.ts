// The event layer proper: tag the sentences that hold a trigger word, find triggers, read their arguments,
// modality, date, place and citations, then merge duplicates and attach quantities.
import type { BodyLayer, CiteLayer, Doc, EntityLayer, EventLayer, StructureLayer, TimeLayer } from "../layers.ts";
import type { Entity, Event, Quantity, Sentence } from "../schema.ts";
import type { SyntaxLayer } from "../syntax/index.ts";
import { firstStartingAt, lowerBound, tokenAt, type Token } from "../text/tokens.ts";
import { argumentsOf, nounPhrasesAfter, withMemberOf, ACTOR_KINDS } from "./arguments.ts";
import type { Arguments } from "./arguments.ts";
import { citationsFor } from "./citations.ts";
import { modalityCues, triggerLexicon } from "./lexicon.ts";
import type { TriggerEntry } from "./lexicon.ts";
import { conditionalThreat, isCounterfactualSentence, isReported, modalityOf, reportingCue } from "./modality.ts";
import type { ModalityReading } from "./modality.ts";
import { findQuantities } from "./quantities.ts";
import { buildView, indexMentions, mentionsWithin } from "./sentence.ts";
import type { MentionIndex, SentenceView } from "./sentence.ts";
import { findTriggers } from "./triggers.ts";
import { pronounResolver, topicOf } from "./pronouns.ts";
import type { Trigger } from "./triggers.ts";
import { eventDate, NarrativeTime, scopedRanges, sentenceTimexes } from "./when.ts";

type Layers = StructureLayer & CiteLayer & BodyLayer & TimeLayer & EntityLayer & SyntaxLayer;

/** An event kept, with the char range of its trigger's clause for attaching quantities. */
interface Kept {
  /** Its id is given once all events are kept. */
  event: Event;
  clauseStart: number;
  clauseEnd: number;
}

/** What a trigger says before it becomes an event. */
interface Read {
  trig: Trigger;
  args: Arguments;
  reading: ModalityReading;
}

const ACCUSABLE = new Set(["ASSAULT", "COERCE", "SANCTION", "THREATEN"]);

/**
 * "North Korea said that South Korean troops had attacked": a speaker who tells of another's hostile act accuses it.
 * The told act stays as reported; the accusation is the speaker's, against the act's doers.
 */
function accusations(view: SentenceView, reads: Read[], resolve: Parameters<typeof argumentsOf>[2], counterfactual: boolean): Read[] {
  const out: Read[] = [];
  const speech = modalityCues().accusingReports;
  for (const r of reads) {
    if (r.reading.modality !== "reported" || !ACCUSABLE.has(r.trig.entry.type) || r.args.source.length === 0) continue;
    // "said that Britain would attack France" foretells, it does not accuse
    const v = view.vgAt[r.trig.head];
    if (v >= 0 && view.vgs[v].modal >= 0) continue;
    const cue = reportingCue(view, r.trig.head);
    if (cue < 0 || !speech.has(view.toks[cue].norm) || view.vgAt[cue] < 0) continue;
    if (reads.some((o) => o.trig.head === cue) || out.some((o) => o.trig.head === cue)) continue;
    const entry: TriggerEntry = { lemma: view.toks[cue].norm, pos: "verb", type: "ACCUSE", cameo: r.trig.entry.type === "ASSAULT" ? "1123" : "112" };
    const trig: Trigger = { entry, head: cue, last: cue };
    const args = argumentsOf(view, trig, resolve);
    const accused = r.args.source.filter((e) => !args.source.includes(e));
    if (args.source.length === 0 || accused.length === 0) continue;
    args.target = accused;
    out.push({ trig, args, reading: modalityOf(view, trig, counterfactual) });
  }
  return out;
}

const TREATY_WORDS = new Set(["it", "treaty", "pact", "agreement", "convention", "accord", "armistice", "protocol"]);

/** The treaty an agreement event is about: a treaty named in its object (or passive subject), or "it"/"the pact" for the treaty named last. */
function treatyOf(view: SentenceView, trig: Trigger, lastTreaty: Entity | null): Entity | null {
  const v = view.vgAt[trig.head];
  const phrases = v < 0 ? [view.npAt[trig.head]] : view.vgs[v].passive ? view.vgs[v].subject : view.vgs[v].objects;
  for (const m of phrases) {
    if (m < 0) continue;
    for (const x of [m, ...nounPhrasesAfter(view, m)]) {
      const np = view.nps[x];
      for (const ref of view.mentions) if (ref.entity.kind === "treaty" && ref.first >= np.from && ref.last < np.to) return ref.entity;
    }
    if (TREATY_WORDS.has(view.toks[view.nps[m].head].norm) && (view.toks[view.nps[m].from].norm === "the" || view.toks[view.nps[m].head].norm === "it")) return lastTreaty;
  }
  return null;
}

/** The last treaty named in text[start, end), outside parentheses ("The Kellogg–Briand Pact (or Pact of Paris …)"). */
function lastTreatyIn(text: string, index: MentionIndex, start: number, end: number): Entity | null {
  let last: Entity | null = null;
  let asides: [number, number][] | undefined;
  for (const m of mentionsWithin(index, start, end)) {
    if (m.entity.kind !== "treaty") continue;
    asides ??= scopedRanges(text, start, end);
    if (!asides.some(([a, b]) => m.start >= a && m.end <= b)) last = m.entity;
  }
  return last;
}

/** An event read in the sentence at hand. */
interface Candidate extends Kept {
  trig: Trigger;
  view: SentenceView;
  clause: number;
}

const ANAPHORIC = new Set(["this", "that", "these", "those"]);
const PARTY_NOUN_TYPES = new Set(["AGREE", "CONSULT"]);

/** A noun trigger that refers back to an event told before ("this threat", "such agreements"). */
function isAnaphoricNoun(view: SentenceView, trig: Trigger): boolean {
  for (let k = trig.head - 1; k >= 0 && k >= trig.head - 3; k--) {
    const t = view.toks[k];
    if (ANAPHORIC.has(t.norm)) return true;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "NUM") return false;
  }
  return false;
}

/** Agreement words that name an agreement or a meeting as a thing ("the treaty was ratified", "it was signed"). */
const AGREEMENT_WORDS = new Set(["treaty", "pact", "agreement", "agreements", "convention", "armistice", "accord", "protocol", "text", "it", "peace", "truce", "ceasefire", "alliance", "deal", "settlement"]);
/** Nouns that are an act of agreeing or meeting by nature, wherever they stand ("ended with the signing of …"). */
const ACTS_BY_NATURE = new Set(["signing", "ratification", "ceasefire", "armistice", "truce", "negotiations", "talks", "accession"]);
const LINKING_PREPS = new Set(["with", "by", "after", "following", "upon", "on"]);

/**
 * An agreement or meeting whose text names no party of its own: "an agreement was reached", "Negotiations began on
 * March 8", "ended … with the signing of the Treaty of London", "The treaty was ratified on February 21, 1855".
 */
function actorlessParty(view: SentenceView, trig: Trigger): boolean {
  if (!PARTY_NOUN_TYPES.has(trig.entry.type)) return false;
  const { toks } = view;
  const support = triggerLexicon().supportVerbs;
  if (trig.entry.pos === "verb") {
    const v = view.vgAt[trig.head];
    if (v < 0) return false;
    const vg = view.vgs[v];
    return vg.passive && vg.agent.length === 0 && vg.subject.some((m) => AGREEMENT_WORDS.has(toks[view.nps[m].head].norm));
  }
  const m = view.npAt[trig.head];
  if (m < 0) return false;
  const np = view.nps[m];
  if (np.prep >= 0 && LINKING_PREPS.has(toks[np.prep].norm) && ACTS_BY_NATURE.has(toks[trig.head].norm)) return true;
  // the subject of a support verb with no agent: "a second convention was held", "Negotiations began"
  for (const vg of view.vgs) {
    if (vg.subjectFrom !== "own" || !vg.subject.includes(m) || !support.has(toks[vg.head].norm)) continue;
    return vg.agent.length === 0 && !vg.obliques.some((x) => toks[view.nps[x].prep].norm === "by");
  }
  return false;
}

/** The actors of the between-phrases of a sentence ("Hostilities between Finland and the USSR ended with a ceasefire"). */
function betweenActors(view: SentenceView): Entity[] {
  const out: Entity[] = [];
  for (let m = 0; m < view.nps.length; m++) {
    const np = view.nps[m];
    if (np.prep < 0 || view.toks[np.prep].norm !== "between") continue;
    for (const ref of view.mentions) {
      let k = ref.last;
      while (k > ref.first && view.npAt[k] < 0) k--;
      if (view.npAt[k] === m && ACTOR_KINDS.has(ref.entity.kind) && !out.includes(ref.entity)) out.push(ref.entity);
    }
  }
  return out;
}

const PARTIES_WINDOW = 5;

/** The parties of the narrative: the participants of the latest event with two or more, told in the last few sentences. */
function narrativeParties(kept: Kept[], sentence: number, byId: Map<string, Entity>, sentences: Sentence[], headings: Set<number>): Entity[] {
  const paragraph = sentences[sentence].paragraph ?? 0;
  for (let k = kept.length - 1; k >= 0; k--) {
    const e = kept[k].event;
    if (sentence - e.sentence > PARTIES_WINDOW) break;
    // the narrative goes on across a paragraph break, not across a heading
    let heading = false;
    for (let p = (sentences[e.sentence].paragraph ?? 0) + 1; p <= paragraph && !heading; p++) heading = headings.has(p);
    if (heading) break;
    if (e.modality !== "asserted" && e.modality !== "reported") continue;
    const ids = [...new Set([...e.source, ...e.target])];
    const actors = ids.map((id) => byId.get(id)).filter((x): x is Entity => !!x && ACTOR_KINDS.has(x.kind) && !x.memberOf);
    if (actors.length >= 2) return actors;
  }
  return [];
}

const RETELLING_WINDOW = 5;

/** "the alliance", "the Soviet attack": a definite noun phrase may name an event told before. */
function definite(c: Candidate): boolean {
  for (let k = c.trig.head - 1; k >= 0 && k >= c.trig.head - 6; k--) {
    const t = c.view.toks[k];
    if (t.pos === "DET") return t.norm === "the";
    if (t.pos === "PART" && (t.norm === "'s" || t.norm === "’s")) return true;
  }
  return false;
}

/**
 * A noun event that repeats one told in the last few sentences, with the same type, modality, actors and time
 * ("This resulted in an anti-Axis alliance … As a direct result of the anti-Axis alliance …"), is the same event.
 */
function retold(earlier: Kept[], c: Candidate): boolean {
  if (c.trig.entry.pos !== "noun") return false;
  const word = c.view.toks[c.trig.head].norm.replace(/s$/, "");
  let mine: Set<string> | undefined;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k].event;
    if (c.event.sentence - e.sentence > RETELLING_WINDOW) break;
    if (e.type !== c.event.type || e.modality !== c.event.modality) continue;
    // the same word told again ("an alliance … the alliance"), not another act of the same kind ("a ceasefire …
    // formalised by the signing of the armistice")
    if (!e.trigger.text.toLowerCase().startsWith(word)) continue;
    mine ??= participants(c.event);
    const theirs = participants(e);
    const subset = within(mine, theirs);
    const sameActors = subset && (mine.size === theirs.size || definite(c));
    const sameTime = !c.event.date || c.event.date === e.date || (e.date ?? "").startsWith(c.event.date);
    if (sameActors && sameTime) return true;
  }
  return false;
}

const PRONOUN_WORDS = new Set(["he", "she", "it", "they"]);

/** "it", or a contraction of it ("it's", "they'd"), which the tagger splits. */
function isPronoun(norm: string): boolean {
  if (PRONOUN_WORDS.has(norm)) return true;
  const apostrophe = norm.indexOf("'");
  return apostrophe > 0 && PRONOUN_WORDS.has(norm.slice(0, apostrophe));
}

/**
 * Can the entry of a trigger word at shared token k fire? Its particle must come next ("broke off"), one of its
 * required words must follow it (or, for a noun, be anywhere in the sentence: "declared war", "a declaration of
 * war"), and a mention of its object kind must be in the sentence.
 */
const PASSIVE_BE = new Set(["was", "were", "is", "are", "been", "be", "being"]);

function mayFire(e: TriggerEntry, tokens: Token[], k: number, from: number, to: number, mentions: MentionIndex["items"], m0: number, m1: number): boolean {
  if (e.particle && tokens[k + 1]?.norm !== e.particle) return false;
  if (e.with) {
    let found = false;
    // in the passive the required word may be the subject: "many American troops were removed"
    const passive = PASSIVE_BE.has(tokens[k - 1]?.norm ?? "") || PASSIVE_BE.has(tokens[k - 2]?.norm ?? "");
    for (let j = e.pos === "noun" || passive ? from : k + 1; j < to && !found; j++) found = j !== k && e.with.includes(tokens[j].norm);
    if (!found) return false;
  }
  if (e.objectKind) {
    let found = false;
    for (let j = m0; j < m1 && !found; j++) found = e.objectKind.includes(mentions[j].entity.kind);
    if (!found) return false;
  }
  return true;
}

let formSet: Set<string> | undefined;
/** Every form of every trigger word, verb or noun, and its possessive. */
const triggerForms = (): Set<string> => {
  if (!formSet) {
    formSet = new Set([...triggerLexicon().verbs.keys(), ...triggerLexicon().nouns.keys()]);
    for (const form of [...formSet]) formSet.add(form + "'s");
  }
  return formSet;
};

/**
 * Only a sentence that can hold an event is tagged (tagging is most of the stage's time). A check on the shared
 * tokens and the mention index for what every event needs: someone to act (an actor or place mention, or a pronoun
 * that may refer back) and a trigger word that may fire: outside any mention ("the Neutrality Pact"), not a
 * capitalised noun inside the sentence, with its particle, required words and object kind (`mayFire`).
 * Word for word the tagger's tokens are the shared ones, so every trigger the tagger would find passes.
 */
function mayHoldEvent(layers: Layers, mentions: MentionIndex, start: number, end: number): boolean {
  const lex = triggerLexicon();
  const { tokens } = layers;
  const { items } = mentions;
  const m0 = lowerBound(mentions.starts, start);
  let m1 = m0;
  let actor = false;
  for (; m1 < items.length && items[m1].start < end; m1++) {
    const kind = items[m1].entity.kind;
    if (ACTOR_KINDS.has(kind) || kind === "place") actor = true;
  }
  const from = tokenAt(tokens, start);
  const to = firstStartingAt(tokens, end, from);
  for (let k = from; k < to && !actor; k++) actor = isPronoun(tokens[k].norm);
  if (!actor && !agentlessSupportIn(tokens, from, to)) return false;
  let m = m0;
  let exact = false;
  let fires = false;
  const forms = triggerForms();
  for (let k = from; k < to && !(exact && fires); k++) {
    const tok = tokens[k];
    let word = tok.norm;
    if (!forms.has(word)) continue;
    let verbs = lex.verbs.get(word);
    let nouns = lex.nouns.get(word);
    if (verbs || nouns) exact = true;
    else if (word.endsWith("'s")) {
      // "the alliance's": the tagger splits off the possessive.
      word = word.slice(0, -2);
      verbs = lex.verbs.get(word);
      nouns = lex.nouns.get(word);
    }
    if (fires || (!verbs && !nouns)) continue;
    while (m < m1 && items[m].end <= tok.start) m++;
    let inMention = false;
    let endsThing = true;
    for (let j = m; j < m1 && items[j].start < tok.end; j++) {
      if (items[j].end <= tok.start) continue;
      inMention = true;
      // an event noun ending the name of a thing ("Petrozavodsk Offensive", "ceasefire") may fire
      if (items[j].end !== tok.end || ACTOR_KINDS.has(items[j].entity.kind) || items[j].entity.kind === "place") endsThing = false;
    }
    if (inMention && !endsThing) continue;
    if (inMention) verbs = undefined;
    // The tagger's first token may come after one it drops, hence the first two.
    if (k > from + 1 && tok.text[0] !== tok.text[0].toLowerCase() && !inMention) nouns = undefined;
    for (const e of verbs ?? []) fires ||= mayFire(e, tokens, k, from, to, items, m0, m1);
    for (const e of nouns ?? []) fires ||= mayFire(e, tokens, k, from, to, items, m0, m1);
  }
  // A sentence is never tagged for a possessive alone, as before.
  return exact && fires;
}

const BE = new Set(["was", "were", "is", "are"]);

/**
 * Tokens [from, to) hold a party noun with a passive support verb and no agent ("a second convention was held"):
 * an event whose parties come from the narrative before, so the sentence needs no actor of its own.
 */
function agentlessSupportIn(tokens: readonly Token[], from: number, to: number): boolean {
  const lex = triggerLexicon();
  for (let k = from; k + 1 < to; k++) {
    const nouns = lex.nouns.get(tokens[k].norm);
    if (!nouns?.some((e) => PARTY_NOUN_TYPES.has(e.type))) continue;
    // "a convention was held", "Negotiations began", "ended with the signing of", "The treaty was ratified"
    const next = tokens[k + 1].norm;
    if (lex.supportVerbs.has(next) || (BE.has(next) && k + 2 < to && (lex.supportVerbs.has(tokens[k + 2].norm) || lex.verbs.has(tokens[k + 2].norm)))) return true;
    if (ACTS_BY_NATURE.has(tokens[k].norm)) return true;
  }
  for (let k = from; k + 2 < to; k++) {
    if (AGREEMENT_WORDS.has(tokens[k].norm) && BE.has(tokens[k + 1].norm) && lex.verbs.get(tokens[k + 2].norm)?.some((e) => PARTY_NOUN_TYPES.has(e.type))) return true;
  }
  return false;
}

/** Does [start, end) hold the whole mention of an actor? */
function namesActor(index: MentionIndex, start: number, end: number): boolean {
  for (let k = lowerBound(index.starts, start); k < index.items.length && index.items[k].start < end; k++) {
    if (index.items[k].end <= end && ACTOR_KINDS.has(index.items[k].entity.kind)) return true;
  }
  return false;
}

function participants(e: Event): Set<string> {
  const out = new Set(e.source);
  for (const id of e.target) out.add(id);
  return out;
}

/** Is every member of a in b? */
function within(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

const REFERENCE_WINDOW = 5;

/** The latest event of a type told in this sentence or the few before ("these demands" → the demand made). */
function referredEvent(kept: Kept[], local: Candidate[], type: string, sentence: number): Event | undefined {
  for (let k = local.length - 1; k >= 0; k--) if (local[k].event.type === type && local[k].event.modality !== "negated") return local[k].event;
  for (let k = kept.length - 1; k >= 0; k--) {
    const e = kept[k].event;
    if (sentence - e.sentence > REFERENCE_WINDOW) break;
    if (e.type === type && e.modality !== "negated" && e.modality !== "hypothetical" && e.modality !== "counterfactual" && e.source.length) return e;
  }
  return undefined;
}

/** A date at month precision at most: a response follows what it answers, within the same weeks. */
function monthOf(date: string): string {
  const m = date.match(/^(-?\d{4}-\d{2})-\d{2}$/);
  return m ? m[1] : date;
}

/** One event per trigger; a noun that is the object of an event verb ("sent aid", "reached an agreement") is folded into it. */
function merge(cands: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of cands) {
    const absorbed = cands.some((v) => v !== c && c.trig.entry.pos === "noun" && v.trig.entry.pos === "verb" && v.clause === c.clause && c.trig.head > v.trig.head && c.trig.head - v.trig.last <= 6);
    if (absorbed) continue;
    // A noun that names again what a verb of its clause tells ("attacked … the attack") adds no event; two verbs do.
    const same = kept.find((k) => k.event.type === c.event.type && k.clause === c.clause && k.event.modality === c.event.modality && (k.trig.entry.pos === "noun" || c.trig.entry.pos === "noun"));
    if (same) {
      const a = participants(same.event);
      const b = participants(c.event);
      if (within(b, a)) continue;
      if (within(a, b)) {
        kept[kept.indexOf(same)] = c;
        continue;
      }
    }
    kept.push(c);
  }
  return kept;
}

export function buildEvents(doc: Doc, layers: Layers): EventLayer {
  const text = doc.text;
  const bodyEnd = Math.min(layers.bodyEnd ?? text.length, text.length);
  const quantitiesFirst = findQuantities(text, layers.tokens, 0, tokenAt(layers.tokens, bodyEnd));
  // "50 million US dollars": a name inside a quantity is its unit, not an actor.
  const mentionIndex = indexMentions(layers.entities, quantitiesFirst);
  const byId = new Map(layers.entities.map((e) => [e.id, e]));
  const timexes = [...layers.timexes].sort((a, b) => a.start - b.start);
  const citeStarts = layers.citations.map((c) => c.start);
  const quantities: Quantity[] = quantitiesFirst;
  const cands: Kept[] = [];
  const { sentences } = layers;

  /** The actors that sentence j names. */
  const actorsOf = (j: number): Entity[] => {
    const s = sentences[j];
    const out: Entity[] = [];
    for (const m of mentionsWithin(mentionIndex, s.start, Math.min(s.end, bodyEnd))) if (ACTOR_KINDS.has(m.entity.kind)) out.push(m.entity);
    return out;
  };
  // The last sentence before the current one that names an actor: a pronoun may stand for one of its actors.
  let recentSentence = -1;
  // The subject actors of the sentence before (its first actor when it was not parsed): a subject pronoun continues them.
  let topic: Entity[] = [];
  // The treaty named last, and the dates of signings told so far by treaty: a signing told again keeps its date.
  let lastTreaty: Entity | null = null;
  const signedOn = new Map<string, string>();

  const narrative = new NarrativeTime(text, sentences, timexes, layers.sentenceTimes);
  // Headings: short paragraphs that end without a sentence's final punctuation.
  const headings = new Set<number>();
  layers.paragraphs.forEach((p, k) => {
    const last = text[p.end - 1];
    if (p.end - p.start < 100 && last !== "." && last !== "!" && last !== "?" && last !== "”" && last !== '"' && last !== "]" && last !== ")") headings.add(k);
  });
  const candidate = sentences.map((s) => s.start < bodyEnd && mayHoldEvent(layers, mentionIndex, s.start, Math.min(s.end, bodyEnd)));
  layers.syntax.plan(candidate);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.start >= bodyEnd) continue;
    const end = Math.min(s.end, bodyEnd);
    const reference = narrative.reference(i);
    if (!candidate[i]) {
      lastTreaty = lastTreatyIn(text, mentionIndex, s.start, end) ?? lastTreaty;
      if (namesActor(mentionIndex, s.start, end)) {
        recentSentence = i;
        topic = actorsOf(i).slice(0, 1);
      }
      continue;
    }
    const view = buildView(layers.syntax.sentence(i), mentionIndex);
    let recentActors: Entity[] | undefined;
    const recent = (): Entity[] => (recentActors ??= recentSentence >= 0 ? actorsOf(recentSentence) : []);
    const resolve = pronounResolver(view, recent, topic);
    const counterfactual = isCounterfactualSentence(view);
    const timexesOfSentence = sentenceTimexes(text, timexes, s.start, end);
    const citations = citationsFor(s, layers.paragraphs, layers.citations, citeStarts);
    const local: Candidate[] = [];
    // First what each trigger says (its arguments and modality), then the parties that an agreement or a meeting
    // naming none takes from the others ("began when X attacked Y and ended with the signing of …").
    const reads: Read[] = [];
    for (const trig of findTriggers(view)) {
      if (trig.entry.pos === "noun" && isAnaphoricNoun(view, trig)) continue;
      reads.push({ trig, args: argumentsOf(view, trig, resolve), reading: modalityOf(view, trig, counterfactual) });
    }
    reads.push(...accusations(view, reads, resolve, counterfactual));
    for (const r of reads) {
      const { trig, args } = r;
      if (args.source.length || args.target.length || !actorlessParty(view, trig)) continue;
      // The parties of an agreement or meeting that names none: those of a between-phrase of its sentence, else the
      // participants of the sentence's other events, else the parties of the narrative just before it in its paragraph.
      let parties = betweenActors(view);
      if (!parties.length) {
        for (const o of reads) if (o !== r && o.reading.modality === "asserted") for (const e of [...o.args.source, ...o.args.target]) if (ACTOR_KINDS.has(e.kind) && !e.memberOf && !parties.includes(e)) parties.push(e);
      }
      if (!parties.length) parties = narrativeParties(cands, i, byId, sentences, headings);
      args.source = [...new Set(parties)];
    }
    for (const { trig, args, reading } of reads) {
      let responseDate: string | null = null;
      if (args.respondsTo) {
        // "The Baltic governments acquiesced to these demands": the target is whoever made them, told shortly before.
        const earlier = referredEvent(cands, local, args.respondsTo, i);
        if (earlier) {
          for (const id of earlier.source) {
            const e = byId.get(id);
            if (e && !args.source.includes(e) && !args.target.includes(e)) args.target.push(e);
          }
          responseDate = earlier.date;
        }
      }
      if (args.source.length === 0 && args.target.length === 0) continue;
      let { type, cameo } = trig.entry;
      let modality = reading.modality;
      if (modality !== "hypothetical" && modality !== "counterfactual" && conditionalThreat(view, trig.head)) {
        type = "THREATEN";
        cameo = "139";
        modality = isReported(view, trig.head) ? "reported" : "asserted";
      } else if (modality === "negated" && trig.entry.negatedAs) {
        ({ type, cameo } = trig.entry.negatedAs);
        modality = isReported(view, trig.head) ? "reported" : "asserted";
      }
      const source = withMemberOf(args.source, byId);
      const head = view.toks[trig.head];
      const last = view.toks[trig.last];
      const clause = view.clauses[view.clauseOf[trig.head]];
      let date = timexesOfSentence.dating.length === 0 && responseDate ? monthOf(responseDate) : eventDate(view, trig, timexesOfSentence, reference);
      // "After negotiations, the pact was signed …": a signing of a treaty told before with its date is that signing.
      const treaty = type === "AGREE" ? treatyOf(view, trig, lastTreaty) : null;
      if (treaty && modality === "asserted") {
        const known = signedOn.get(treaty.id);
        if (known && timexesOfSentence.dating.length === 0) date = known;
        else if (!known && timexesOfSentence.dating.length) signedOn.set(treaty.id, date ?? "");
      }
      const event: Event = {
        id: "",
        type,
        cameo,
        trigger: { start: head.start, end: last.end, text: text.slice(head.start, last.end) },
        sentence: i,
        source,
        target: withMemberOf(args.target, byId).filter((id) => !source.includes(id)),
        date: date || null,
        place: args.place?.id ?? null,
        modality,
        citations,
        quantities: [],
      };
      if (reading.futureInPast && modality === "asserted") event.futureInPast = true;
      local.push({ event, trig, view, clause: view.clauseOf[trig.head], clauseStart: view.toks[clause.from].start, clauseEnd: view.toks[clause.to - 1].end });
    }
    // Only what the quantities need is kept: the sentence's tokens are let go.
    for (const c of merge(local)) if (!retold(cands, c)) cands.push({ event: c.event, clauseStart: c.clauseStart, clauseEnd: c.clauseEnd });
    if (namesActor(mentionIndex, s.start, end)) recentSentence = i;
    topic = topicOf(view);
    lastTreaty = lastTreatyIn(text, mentionIndex, s.start, end) ?? lastTreaty;
  }

  const events: Event[] = cands.map((c, k) => {
    c.event.id = `v${k + 1}`;
    return c.event;
  });
  const bySentence = new Map<number, number[]>();
  cands.forEach((c, k) => {
    const list = bySentence.get(c.event.sentence);
    if (list) list.push(k);
    else bySentence.set(c.event.sentence, [k]);
  });
  const sentenceStarts = sentences.map((s) => s.start);
  quantities.forEach((q, qi) => {
    const sentence = lowerBound(sentenceStarts, q.start + 1) - 1;
    let best = -1;
    let bestDist = Infinity;
    for (const k of bySentence.get(sentence) ?? []) {
      const c = cands[k];
      if (q.start < c.clauseStart || q.end > c.clauseEnd) continue;
      const d = Math.abs(q.start - c.event.trigger.start);
      if (d < bestDist) {
        best = k;
        bestDist = d;
      }
    }
    if (best >= 0) events[best].quantities!.push(qi);
  });
  return { events, quantities };
}
