// When an event happened: the date of its own timex in its clause, else the narrative time of its sentence.
import type { Timex } from "../schema.ts";
import type { SentenceView } from "./sentence.ts";
import type { Trigger } from "./triggers.ts";

const PREMODIFIER_BEFORE = new Set(["the", "its", "their", "his", "her", "a", "this", "that"]);

function wordBefore(text: string, at: number): { word: string; start: number } {
  let e = at;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  let s = e;
  while (s > 0 && /[\p{L}\p{M}'’]/u.test(text[s - 1])) s--;
  return { word: text.slice(s, e), start: s };
}

/**
 * A timex that names a thing rather than dating the clause: "the 1928 Convention", "the Treaty of 1925".
 */
function isNameModifier(text: string, tx: Timex): boolean {
  const before = wordBefore(text, tx.start);
  const bare = /^\d{4}$/.test(tx.text);
  if (bare && PREMODIFIER_BEFORE.has(before.word.toLowerCase())) {
    const after = text.slice(tx.end).match(/^\s+(\p{L}+)/u);
    if (after && !/^(and|or|to|until|when|the|in|on|at|by)$/i.test(after[1])) return true;
  }
  if (before.word.toLowerCase() === "of") {
    const head = wordBefore(text, before.start);
    if (/^\p{Lu}/u.test(head.word) && !/^(End|Summer|Winter|Spring|Autumn|Fall|Beginning|Start|Middle)$/.test(head.word)) return true;
  }
  return false;
}

export function datable(t: Timex): boolean {
  return (t.type === "DATE" || t.type === "TIME") && !!t.value && !t.value.startsWith("P");
}

/** The timexes overlapping a sentence, and those of them that date something rather than name it. */
export interface SentenceTimexes {
  all: Timex[];
  dating: Timex[];
}

export function sentenceTimexes(text: string, sorted: Timex[], start: number, end: number): SentenceTimexes {
  const all = timexesIn(sorted, start, end);
  return { all, dating: all.filter((tx) => datable(tx) && !isNameModifier(text, tx)) };
}

/** The EDTF date of the event: its clause's own timex nearest the trigger, else the sentence's narrative time. */
export function eventDate(view: SentenceView, trig: Trigger, timexes: SentenceTimexes, sentenceTime: string | null): string | null {
  const clause = view.clauses[view.clauseOf[trig.head]];
  const from = view.toks[clause.from].start;
  const to = view.toks[clause.to - 1].end;
  const at = view.toks[trig.head].start;
  let best: Timex | null = null;
  let bestDist = Infinity;
  for (const tx of timexes.dating) {
    if (tx.end <= from || tx.start >= to) continue;
    const d = Math.abs(tx.start - at);
    if (d < bestDist) {
      best = tx;
      bestDist = d;
    }
  }
  if (best) return best.value;
  // "until September 19, 1934 when the railway was sold": a relative "when" takes the time just before it.
  const opener = view.toks[clause.from];
  if (opener.norm === "when") {
    const prev = timexes.all.find((tx) => datable(tx) && tx.end <= opener.start && opener.start - tx.end <= 3);
    if (prev) return prev.value;
  }
  // A sentence with a date of its own has that as its narrative time; an inherited narrative time is kept to its year.
  if (timexes.dating.length) return sentenceTime ?? timexes.dating[0].value;
  return coarsen(sentenceTime);
}

/**
 * An event dated only by the narrative is placed in the narrative's year: "On July 1 Zhukov was sent … The Soviet
 * military amassed a large force" happened in 1939, not necessarily on July 1.
 */
export function coarsen(value: string | null): string | null {
  if (!value) return null;
  const m = value.match(/^(-?\d{4})-\d{2}(-\d{2})?$/);
  return m ? m[1] : value;
}

/** Timexes overlapping [start, end), from a list sorted by start. */
export function timexesIn(sorted: Timex[], start: number, end: number): Timex[] {
  const out: Timex[] = [];
  // Timexes are short: one that overlaps [start, end) begins at most a few hundred characters before it.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start - 500) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && sorted[k].start < end; k++) if (sorted[k].end > start) out.push(sorted[k]);
  return out;
}
