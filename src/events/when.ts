// When an event happened: a date of its own, of its clause, of its sentence, else the narrative's reference time.
import type { Timex } from "../schema.ts";
import type { SentenceView } from "./sentence.ts";
import type { Trigger } from "./triggers.ts";
import { nounPhrasesAfter } from "./arguments.ts";

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

/** Is the timex inside a parenthesis or quotation of the sentence that does not also hold the trigger? */
function inOtherScope(view: SentenceView, tx: Timex, trigger: number): boolean {
  for (const sc of view.scopes) {
    const from = view.toks[sc.from]?.start ?? 0;
    const to = view.toks[sc.to - 1]?.end ?? 0;
    if (tx.start >= from && tx.end <= to && !(trigger >= sc.from && trigger < sc.to)) return true;
  }
  return false;
}

/** Token range [from, to) of the words a timex covers. */
function tokenRange(view: SentenceView, tx: Timex): [number, number] {
  let from = -1;
  let to = -1;
  for (let k = 0; k < view.toks.length; k++) {
    const t = view.toks[k];
    if (t.end > tx.start && t.start < tx.end) {
      if (from < 0) from = k;
      to = k + 1;
    }
  }
  return [from, to];
}

/** The nearest of `list` to token `at` (by characters). */
function nearest(view: SentenceView, list: Timex[], at: number): Timex | null {
  const pos = view.toks[at].start;
  let best: Timex | null = null;
  let bestDist = Infinity;
  for (const tx of list) {
    const d = Math.abs(tx.start - pos);
    if (d < bestDist) {
      best = tx;
      bestDist = d;
    }
  }
  return best;
}

/**
 * The token ranges that belong to a noun trigger itself: its phrase and the prepositional phrases after it ("the
 * signing of the Treaty of London on 30 May 1913"), a relative clause or participle about it ("a ceasefire, which
 * was called on 5 September 1944").
 */
function nounOwnRanges(view: SentenceView, trig: Trigger): [number, number][] {
  const m = view.npAt[trig.head];
  if (m < 0) return [];
  const ranges: [number, number][] = [[view.nps[m].from, view.nps[m].to]];
  for (const x of nounPhrasesAfter(view, m)) ranges.push([view.nps[x].from, view.nps[x].to]);
  for (const c of view.clauses) if (c.antecedent === m) ranges.push([c.from, c.to]);
  for (const vg of view.vgs) if (vg.form === "participle" && vg.subjectFrom === "host" && vg.subject.includes(m)) {
    let end = vg.to;
    for (const x of [...vg.obliques, ...vg.objects]) end = Math.max(end, view.nps[x].to);
    ranges.push([vg.from, end]);
  }
  return ranges;
}

/**
 * The words of a verb trigger's own group: from the conjunction or comma that separates it from the verb before
 * (or the clause start) to the next verb group of its clause ("In December 1889, the Italians … took the cities of
 * Asmara and Keren and in January 1890 took Adowa").
 */
function verbOwnRange(view: SentenceView, trig: Trigger): [number, number] | null {
  const v = view.vgAt[trig.head];
  if (v < 0) return null;
  const vg = view.vgs[v];
  const c = view.clauseOf[vg.head];
  const clause = view.clauses[c];
  let from = vg.from;
  // A verb coordinated with an earlier one owns what stands after their conjunction ("and in January 1890 took");
  // what stands before the clause's first verb ("In December 1889, the Italians advanced") belongs to them all.
  const first = !view.vgs.some((w) => w !== vg && w.form === "finite" && view.clauseOf[w.head] === c && w.from < vg.from);
  if (!first) {
    for (let k = vg.from - 1; k >= clause.from; k--) {
      if (view.vgAt[k] >= 0 && view.vgAt[k] !== v) break;
      from = k;
      if (view.toks[k].pos === "CCONJ") break;
    }
  }
  let to = clause.to;
  for (const w of view.vgs) {
    if (w === vg || view.clauseOf[w.head] !== c || w.from <= vg.from || w.from >= to || w.form !== "finite") continue;
    // a coordinated verb after it starts at its conjunction: "took the cities … and in January 1890 took Adowa"
    let end = w.from;
    for (let k = w.from - 1; k >= vg.to; k--) if (view.toks[k].pos === "CCONJ" || view.toks[k].norm === ",") {
      end = k;
      break;
    }
    to = end;
  }
  return [from, to];
}

/**
 * The EDTF date of an event, in this order: a date of its own (a noun's own phrases, a verb's own group), a date of
 * its clause, of its sentence, else the narrative's reference time. Dates inside a parenthesis or quotation that
 * does not hold the trigger are never used.
 */
export function eventDate(view: SentenceView, trig: Trigger, timexes: SentenceTimexes, reference: string | null): string | null {
  const usable = timexes.dating.filter((tx) => !inOtherScope(view, tx, trig.head));
  const within = (ranges: [number, number][]) =>
    usable.filter((tx) => {
      const [a, b] = tokenRange(view, tx);
      return a >= 0 && ranges.some(([from, to]) => a >= from && b <= to);
    });
  const own = trig.entry.pos === "noun" ? nounOwnRanges(view, trig) : [verbOwnRange(view, trig)].filter((r): r is [number, number] => !!r);
  const mine = nearest(view, within(own), trig.head);
  if (mine) return mine.value;
  const clause = view.clauses[view.clauseOf[trig.head]];
  // not a date another verb of the clause has as its own ("… took the cities … and in January 1890 took Adowa")
  const others: [number, number][] = [];
  for (const vg of view.vgs) {
    if (vg.head === trig.head || vg.form !== "finite" || view.clauseOf[vg.head] !== view.clauseOf[trig.head]) continue;
    const r = verbOwnRange(view, { ...trig, head: vg.head });
    if (r && !(trig.head >= r[0] && trig.head < r[1])) others.push(r);
  }
  const ownedByOthers = new Set(within(others));
  const inClause = nearest(view, within([[clause.from, clause.to]]).filter((tx) => !ownedByOthers.has(tx)), trig.head);
  if (inClause) return inClause.value;
  // "until September 19, 1934 when the railway was sold": a relative "when" takes the time just before it.
  const opener = view.toks[clause.from];
  if (opener.norm === "when") {
    const prev = timexes.all.find((tx) => datable(tx) && tx.end <= opener.start && opener.start - tx.end <= 3);
    if (prev) return prev.value;
  }
  if (usable.length) return usable[0].value;
  return reference;
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

/** Character ranges of the parentheses and quotations in text[start, end). */
export function scopedRanges(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const open: number[] = [];
  let curly = -1;
  let straight = -1;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 40 || c === 91) open.push(k); // ( [
    else if ((c === 41 || c === 93) && open.length) out.push([open.pop()!, k + 1]);
    else if (c === 0x201c) curly = k;
    else if (c === 0x201d && curly >= 0) {
      out.push([curly, k + 1]);
      curly = -1;
    } else if (c === 34) {
      if (straight < 0) straight = k;
      else {
        out.push([straight, k + 1]);
        straight = -1;
      }
    }
  }
  return out;
}

/**
 * The narrative's reference time for each sentence, read in order: a sentence with a date of its own (outside its
 * parentheses and quotations) sets it; a sentence without one takes the last date of its paragraph, else the first
 * date its paragraph gives later, else (a paragraph with no dates at all) the time the paragraphs before left, each
 * kept to its year when inherited. A date never crosses into a paragraph that has dates of its own.
 */
export class NarrativeTime {
  private paragraph = -1;
  private lastInParagraph: string | null = null;
  private carried: string | null = null;
  private firstLater: string | null | undefined;

  constructor(
    private readonly text: string,
    private readonly sentences: { start: number; end: number; paragraph?: number }[],
    private readonly timexes: Timex[],
    private readonly sentenceTimes: (string | null)[],
  ) {}

  /** The dating timexes of sentence i outside its parentheses and quotations. */
  ownDates(i: number): Timex[] {
    const s = this.sentences[i];
    const all = timexesIn(this.timexes, s.start, s.end).filter((tx) => datable(tx) && !isNameModifier(this.text, tx));
    if (!all.length) return all;
    const scoped = scopedRanges(this.text, s.start, s.end);
    return all.filter((tx) => !scoped.some(([a, b]) => tx.start >= a && tx.end <= b));
  }

  /** The reference time of sentence i; sentences must be asked for in increasing order. */
  reference(i: number): string | null {
    const p = this.sentences[i].paragraph ?? -1;
    if (p !== this.paragraph) {
      if (this.lastInParagraph) this.carried = coarsen(this.lastInParagraph);
      this.paragraph = p;
      this.lastInParagraph = null;
      this.firstLater = undefined;
    }
    const own = this.ownDates(i);
    if (own.length) {
      this.lastInParagraph = this.sentenceTimes[i] ?? own[0].value;
      return this.lastInParagraph;
    }
    if (this.lastInParagraph) return coarsen(this.lastInParagraph);
    if (this.firstLater === undefined) {
      this.firstLater = null;
      for (let j = i + 1; j < this.sentences.length && (this.sentences[j].paragraph ?? -1) === p; j++) {
        const later = this.ownDates(j);
        if (later.length) {
          this.firstLater = this.sentenceTimes[j] ?? later[0].value;
          break;
        }
      }
    }
    // before any date of the text's own, the time layer's narrative time (a document creation time, say)
    return this.firstLater ? coarsen(this.firstLater) : this.carried ?? coarsen(this.sentenceTimes[i] ?? null);
  }
}
