// Moves one section's annotations into the whole text: offsets shifted by where the section begins, ids
// numbered on from the sections before, indices (sentence, paragraph, citation, quantity) counted on from theirs.
// What lies past the section's own text (the bibliography copied after it, see index.ts) is dropped.
import type { Citation, Event, Paragraph, Quantity, Sentence, Span, Timex, Warning } from "../schema.ts";

/** Ids of the form prefix + number ("t12", "v3"): numbered on from the highest number of the sections before. */
export class IdSequence {
  private base = 0;
  private top = 0;

  constructor(private readonly prefix: string) {}

  /** The whole text's id for a section's id. */
  map(local: string): string {
    const n = this.numberOf(local);
    if (n === null) return local;
    if (n > this.top) this.top = n;
    return `${this.prefix}${n + this.base}`;
  }

  /** Whether an id is one this sequence numbers (prefix + a number ≥ 1). */
  owns(id: string): boolean {
    return this.numberOf(id) !== null;
  }

  /** Starts the next section's numbering after the highest id of this one. */
  nextSection(): void {
    this.base += this.top;
    this.top = 0;
  }

  private numberOf(id: string): number | null {
    if (!id.startsWith(this.prefix)) return null;
    const digits = id.slice(this.prefix.length);
    if (!/^[1-9]\d*$/.test(digits)) return null;
    return Number(digits);
  }
}

/** An index map from a section's array to the whole text's (−1 for an item that was dropped). */
class IndexMap {
  private readonly map: Int32Array;
  constructor(length: number) {
    this.map = new Int32Array(length).fill(-1);
  }
  set(local: number, global: number): void {
    this.map[local] = global;
  }
  get(local: number): number {
    return local >= 0 && local < this.map.length ? this.map[local] : -1;
  }
}

/** What the whole text counts so far: items of each array, and the id sequences. */
export class Totals {
  paragraphs = 0;
  sentences = 0;
  citations = 0;
  quantities = 0;
  readonly timexIds = new IdSequence("t");
  readonly eventIds = new IdSequence("v");
  /** Warnings about the whole text (no offsets) that a section gave: each is given once. */
  readonly textWarnings = new Set<string>();
}

export interface SectionArrays {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  citations: Citation[];
  timexes: Timex[];
  events: Event[];
  quantities: Quantity[];
  warnings: Warning[];
}

/**
 * One section's move into the whole text. `at` is where the section begins in the whole text; `ownEnd` the
 * length of its own text within the section's (what follows is the copied bibliography).
 */
export class Relocation {
  readonly citationIndex: IndexMap;
  private readonly sentenceIndex: IndexMap;
  private readonly quantityIndex: IndexMap;

  constructor(
    readonly at: number,
    readonly ownEnd: number,
    private readonly totals: Totals,
    private readonly local: SectionArrays,
    /** The whole text's id of a section entity id. */
    readonly entity: (id: string) => string,
    /** The whole text's id of the timex a section's first timexes were anchored on before it ("carried"). */
    private readonly anchorOf: (id: string) => string | undefined,
  ) {
    this.citationIndex = new IndexMap(local.citations.length);
    this.sentenceIndex = new IndexMap(local.sentences.length);
    this.quantityIndex = new IndexMap(local.quantities.length);
  }

  own(s: Span): boolean {
    return s.start < this.ownEnd;
  }

  shift<T extends Span>(s: T): T {
    return { ...s, start: s.start + this.at, end: s.end + this.at };
  }

  /** The section's arrays in the whole text's terms; advances the totals. */
  arrays(): SectionArrays {
    const { local, totals } = this;
    const paragraphIndex = new IndexMap(local.paragraphs.length);
    const paragraphs = this.keep(local.paragraphs, paragraphIndex, totals.paragraphs);
    const sentences = this.keep(local.sentences, this.sentenceIndex, totals.sentences).map((s) =>
      s.paragraph === undefined ? s : { ...s, paragraph: paragraphIndex.get(s.paragraph) },
    );
    const citations = this.keep(local.citations, this.citationIndex, totals.citations);
    const quantities = this.keep(local.quantities, this.quantityIndex, totals.quantities);
    const timexes = local.timexes.filter((t) => this.own(t)).map((t) => this.timex(t));
    const events = local.events.filter((e) => this.own(e.trigger)).map((e) => this.event(e));
    const warnings = local.warnings.filter((w) => this.ownWarning(w)).map((w) => (w.start === undefined ? w : this.shift(w as Warning & Span)));
    totals.paragraphs += paragraphs.length;
    totals.sentences += sentences.length;
    totals.citations += citations.length;
    totals.quantities += quantities.length;
    totals.timexIds.nextSection();
    totals.eventIds.nextSection();
    return { paragraphs, sentences, citations, timexes, events, quantities, warnings };
  }

  private ownWarning(w: Warning): boolean {
    if (w.start !== undefined) return w.start < this.ownEnd;
    const key = JSON.stringify(w);
    if (this.totals.textWarnings.has(key)) return false;
    this.totals.textWarnings.add(key);
    return true;
  }

  /** The whole text's id of a section's timex id. */
  timexId(id: string): string {
    return this.totals.timexIds.map(id);
  }

  /** The items of the section's own text, shifted, with their new indices recorded. */
  private keep<T extends Span>(items: T[], index: IndexMap, base: number): T[] {
    const out: T[] = [];
    for (let i = 0; i < items.length; i++) {
      if (!this.own(items[i])) continue;
      index.set(i, base + out.length);
      out.push(this.shift(items[i]));
    }
    return out;
  }

  private timex(t: Timex): Timex {
    const moved: Timex = { ...this.shift(t), id: t.id === undefined ? undefined : this.timexId(t.id) };
    if (t.anchor !== undefined) moved.anchor = this.anchorOf(t.anchor) ?? (this.totals.timexIds.owns(t.anchor) ? this.timexId(t.anchor) : t.anchor);
    return moved;
  }

  private event(e: Event): Event {
    const moved: Event = {
      ...e,
      id: this.totals.eventIds.map(e.id),
      trigger: this.shift(e.trigger),
      sentence: this.sentenceIndex.get(e.sentence),
      source: e.source.map(this.entity),
      target: e.target.map(this.entity),
      place: e.place === null ? null : this.entity(e.place),
      citations: this.citations(e.citations),
    };
    if (e.quantities !== undefined) moved.quantities = e.quantities.map((q) => this.quantityIndex.get(q)).filter((q) => q >= 0);
    return moved;
  }

  citations(list: number[]): number[] {
    return list.map((c) => this.citationIndex.get(c)).filter((c) => c >= 0);
  }
}
