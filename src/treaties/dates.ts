// Dates for treaty facts: the time layer's timexes, or, while a text has none, a small reading of
// explicit calendar dates ("April 13, 1941", "November 1934", "1925") so treaties still get dated.
import type { Token } from "../text/tokens.ts";
import { firstAtOrAfter, tokenAt } from "../text/tokens.ts";
import type { Timex } from "../schema.ts";
import { durationUnits, numberWords } from "./lexicon.ts";
import { SpanIndex, type Span } from "./spans.ts";

export interface DateRef {
  start: number;
  end: number;
  value: string;
  type: "DATE" | "DURATION";
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const EDTF_DATE = /^-?\d{4}(-\d{2}(-\d{2})?)?[~?%]?$/;

export class DateIndex {
  private readonly refs: DateRef[];
  /** The refs that are calendar dates, and those that are durations, for the queries that want only those. */
  private readonly calendar: DateRef[];
  private readonly durations: DateRef[];

  /** From the time layer's timexes, or from the tokens when there are none; `parts` makes an index of given lists. */
  constructor(timexes: readonly Timex[], tokens: readonly Token[], bodyEnd: number, parts?: { refs: DateRef[]; calendar: DateRef[]; durations: DateRef[] }) {
    if (parts) {
      this.refs = parts.refs;
      this.calendar = parts.calendar;
      this.durations = parts.durations;
      return;
    }
    const usable = timexes.filter((t) => t.value && (t.type === "DATE" || t.type === "DURATION") && t.start < bodyEnd);
    this.refs = usable.length > 0
      ? usable.map((t) => ({ start: t.start, end: t.end, value: t.value!, type: t.type as "DATE" | "DURATION" })).sort((a, b) => a.start - b.start)
      : readDates(tokens, bodyEnd);
    this.calendar = this.refs.filter((r) => r.type === "DATE" && EDTF_DATE.test(r.value));
    this.durations = this.refs.filter((r) => r.type === "DURATION" && /^P\d/.test(r.value));
  }

  /** The same index without the dates inside the given spans (the year of "the 1928 Convention" names it, it does not date the sentence). */
  without(spans: readonly Span[]): DateIndex {
    const index = new SpanIndex(spans);
    return new DateIndex([], [], 0, { refs: outside(this.refs, index), calendar: outside(this.calendar, index), durations: outside(this.durations, index) });
  }

  in(start: number, end: number): DateRef[] {
    return within(this.refs, start, end);
  }

  /** Calendar dates (EDTF year, month or day precision) in [start, end). */
  datesIn(start: number, end: number): DateRef[] {
    return within(this.calendar, start, end);
  }

  durationsIn(start: number, end: number): DateRef[] {
    return within(this.durations, start, end);
  }
}

function outside(refs: readonly DateRef[], spans: SpanIndex): DateRef[] {
  const out: DateRef[] = [];
  for (let i = 0; i < refs.length; i++) if (!spans.overlaps(refs[i].start, refs[i].end)) out.push(refs[i]);
  return out;
}

/** The refs of a list sorted by start that lie in [start, end). */
function within(refs: readonly DateRef[], start: number, end: number): DateRef[] {
  const out: DateRef[] = [];
  for (let i = firstAtOrAfter(refs, start); i < refs.length && refs[i].start < end; i++) if (refs[i].end <= end) out.push(refs[i]);
  return out;
}

/** Reads "Month D, YYYY", "D Month YYYY", "Month YYYY", "YYYY" and "N years" from tokens, carrying the year forward. */
export function readDates(tokens: readonly Token[], bodyEnd: number): DateRef[] {
  const refs: DateRef[] = [];
  let year: number | null = null;
  const end = Math.min(tokens.length, tokenAt(tokens as Token[], bodyEnd));
  const isYear = (t: Token | undefined) => t?.kind === "number" && /^\d{4}$/.test(t.text) && +t.text >= 1000 && +t.text <= 2100;
  const isDay = (t: Token | undefined) => t?.kind === "number" && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31;
  const pad = (n: number) => String(n).padStart(2, "0");
  for (let i = 0; i < end; i++) {
    const t = tokens[i];
    const month = t.kind === "word" && /^[A-Z]/.test(t.text) ? MONTHS.indexOf(t.norm) + 1 : 0;
    if (month > 0 && !(t.norm === "may" && !isDay(tokens[i + 1]) && !isYear(tokens[i + 1]) && tokens[i + 1]?.text !== ",")) {
      if (isDay(tokens[i + 1])) {
        const day = +tokens[i + 1].text;
        const j = tokens[i + 2]?.text === "," ? i + 3 : i + 2;
        if (isYear(tokens[j])) {
          year = +tokens[j].text;
          refs.push({ start: t.start, end: tokens[j].end, value: `${year}-${pad(month)}-${pad(day)}`, type: "DATE" });
          i = j;
        } else if (year !== null) {
          refs.push({ start: t.start, end: tokens[i + 1].end, value: `${year}-${pad(month)}-${pad(day)}`, type: "DATE" });
          i += 1;
        }
        continue;
      }
      const j = tokens[i + 1]?.text === "," ? i + 2 : i + 1;
      if (isYear(tokens[j])) {
        year = +tokens[j].text;
        refs.push({ start: t.start, end: tokens[j].end, value: `${year}-${pad(month)}`, type: "DATE" });
        i = j;
      }
      continue;
    }
    if (isDay(t) && MONTHS.includes(tokens[i + 1]?.norm ?? "") && isYear(tokens[i + 2])) {
      year = +tokens[i + 2].text;
      refs.push({ start: t.start, end: tokens[i + 2].end, value: `${year}-${pad(MONTHS.indexOf(tokens[i + 1].norm) + 1)}-${pad(+t.text)}`, type: "DATE" });
      i += 2;
      continue;
    }
    if (isYear(t) && tokens[i + 1]?.text !== "-" && tokens[i - 1]?.text !== "-") {
      year = +t.text;
      refs.push({ start: t.start, end: t.end, value: t.text, type: "DATE" });
      continue;
    }
    const n = t.kind === "number" && /^\d{1,3}$/.test(t.text) ? +t.text : t.kind === "word" && t.norm !== "a" && t.norm !== "an" ? numberWords[t.norm] : undefined;
    const unit = durationUnits[tokens[i + 1]?.norm ?? ""];
    if (n !== undefined && unit) {
      const value = unit === "10Y" ? `P${n * 10}Y` : `P${n}${unit}`;
      refs.push({ start: t.start, end: tokens[i + 1].end, value, type: "DURATION" });
      i += 1;
    }
  }
  return refs;
}

/** The year of an EDTF value, or null. */
export function yearOf(value: string | null | undefined): number | null {
  const m = value ? /^(-?\d{4})/.exec(value) : null;
  return m ? Number(m[1]) : null;
}
