// Spans sorted once by start, with the running maximum of their ends, so that asking whether some span covers
// or overlaps [start, end), or which spans overlap it, is a binary search instead of a scan of all spans.
import { lowerBound } from "../text/tokens.ts";

export interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span = Span> {
  private readonly sorted: T[];
  private readonly starts: number[];
  /** reach[i]: the largest end among sorted[0..i]. */
  private readonly reach: number[];
  private readonly longest: number;

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = this.sorted.map((s) => s.start);
    this.reach = [];
    let reach = -Infinity;
    let longest = 0;
    for (let i = 0; i < this.sorted.length; i++) {
      const s = this.sorted[i];
      reach = Math.max(reach, s.end);
      longest = Math.max(longest, s.end - s.start);
      this.reach.push(reach);
    }
    this.longest = longest;
  }

  /** Some span contains [start, end). Offsets are integers: the spans starting at or before `start` are those before start + 1. */
  covers(start: number, end: number): boolean {
    const n = lowerBound(this.starts, start + 1);
    return n > 0 && this.reach[n - 1] >= end;
  }

  /** Some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const n = lowerBound(this.starts, end);
    return n > 0 && this.reach[n - 1] > start;
  }

  /** The spans overlapping [start, end), in order of start: none can start before start - longest. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = lowerBound(this.starts, start - this.longest + 1); i < this.sorted.length && this.sorted[i].start < end; i++) {
      if (this.sorted[i].end > start) out.push(this.sorted[i]);
    }
    return out;
  }

  /** The spans starting in [from, to]. */
  startingIn(from: number, to: number): T[] {
    const out: T[] = [];
    for (let i = lowerBound(this.starts, from); i < this.sorted.length && this.sorted[i].start <= to; i++) out.push(this.sorted[i]);
    return out;
  }
}
