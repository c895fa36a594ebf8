// Readable headlines for events ("Japan invaded Manchuria", "Soviet Union and Japan signed the Neutrality
// Pact"), built from the event's type, its actors as of its date and its trigger; the codes stay in the card.
import words from "./data/headlines.json" with { type: "json" };
import { edtfRange } from "./time.ts";
import type { Event, Model, Treaty } from "./model.ts";

type TypePhrases = { with: string; alone: string; noun: string };
const TYPES = words.types as Record<string, TypePhrases>;
const SYMMETRIC = new Set(words.symmetric);
const TREATY_VERBS = new Set(words.treatyVerbs);
const VERBS = [...words.verbs].sort((a, b) => b.length - a.length);
const IRREGULAR = new Set(words.irregular);

const MODALITY_NOTE: Record<string, string> = { negated: " (did not happen)", hypothetical: " (hypothetical)", counterfactual: " (counterfactual)", reported: " (reported)" };

/** "A", "A and B", "A, B and C", "A, B, C and 2 others". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length > 4) return `${names.slice(0, 3).join(", ")} and ${names.length - 3} others`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withArticle = (name: string) => (/^(the|a|an)\s/i.test(name) || /^[A-Z][\w-]*'s\s/.test(name) ? name : `the ${name}`);

/** The treaty an event's sentence names, if any (its mention inside the sentence). */
export function treatyInSentence(m: Model, v: Event): Treaty | undefined {
  const s = m.x.sentences[v.sentence];
  if (!s) return undefined;
  return m.x.treaties.find((t) => t.mentions.some((mention) => mention.start >= s.start && mention.end <= s.end));
}

/** A finite past-tense verb the trigger starts with, from the lists, or an -ed form; null for nouns and participles. */
function triggerVerb(trigger: string): { verb: string; listed: boolean } | null {
  const t = trigger.toLowerCase().replace(/\s+/g, " ").trim();
  const listed = VERBS.find((w) => t === w || t.startsWith(`${w} `));
  if (listed) return { verb: listed, listed: true };
  const first = t.split(" ")[0];
  if (IRREGULAR.has(first) || /^[a-z]{3,}ed$/.test(first)) return { verb: first, listed: false };
  return null;
}

/** A listed verb as it takes an object ("declared war" → "declared war on"). */
const withObject = (verb: string) => (verb === "declared war" ? "declared war on" : verb);

export function headline(m: Model, v: Event): string {
  const at = edtfRange(v.date)?.[0] ?? null;
  const names = (ids: string[], except = new Set<string>()) => {
    const out: string[] = [];
    const keys = new Set<string>();
    for (const id of ids) {
      const a = m.actorAt(id, at);
      if (keys.has(a.key) || except.has(a.key)) continue;
      keys.add(a.key);
      out.push(a.label);
    }
    return { out, keys };
  };
  const src = names(v.source);
  const tgt = names(v.target, src.keys);
  const phrases = TYPES[v.type] ?? TYPES.OTHER;
  const verb = triggerVerb(v.trigger.text);
  const treaty = SYMMETRIC.has(v.type) || (verb && TREATY_VERBS.has(verb.verb)) ? treatyInSentence(m, v) : undefined;
  const all = [...src.out, ...tgt.out];
  let text: string;
  if (treaty && all.length > 0) {
    const how = verb && TREATY_VERBS.has(verb.verb) ? verb.verb : v.type === "AGREE" ? "agreed on" : `${phrases.alone} on`;
    text = `${joinNames(all)} ${how} ${withArticle(treaty.name)}`;
  } else if (treaty) {
    text = `${verb && TREATY_VERBS.has(verb.verb) ? capital(verb.verb) : "Agreement on"}: ${withArticle(treaty.name)}`;
  } else if (SYMMETRIC.has(v.type) && src.out.length && tgt.out.length) {
    text = `${joinNames(src.out)} ${verb?.listed ? withObject(verb.verb) : phrases.with} ${joinNames(tgt.out)}`;
  } else if (src.out.length && tgt.out.length) {
    text = `${joinNames(src.out)} ${verb?.listed ? withObject(verb.verb) : phrases.with} ${joinNames(tgt.out)}`;
  } else if (src.out.length) {
    // With no one acted on, the trigger's own words read best ("Spain sent troops"), when they start with a verb.
    const words = v.trigger.text.replace(/\s+/g, " ").trim();
    text = `${joinNames(src.out)} ${verb ? (words.split(" ").length <= 4 ? words.toLowerCase() : verb.verb) : phrases.alone}`;
  } else if (tgt.out.length) {
    const noun = /^[a-z]+(ion|ment|ure|ade|ege)$/i.test(v.trigger.text.trim()) ? `${capital(v.trigger.text.trim().toLowerCase())} of` : phrases.noun;
    text = `${noun} ${joinNames(tgt.out)}`;
  } else {
    text = `${phrases.noun.replace(/ \w+$/, "")} (“${v.trigger.text.replace(/\s+/g, " ").trim()}”)`;
  }
  const place = v.place ? m.label(v.place) : "";
  if (place && !text.includes(place)) text += ` at ${place}`;
  return capital(text) + (MODALITY_NOTE[v.modality] ?? "");
}
