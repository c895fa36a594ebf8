// The span of days an EDTF date allows, as [from, to] ISO days: enough to filter and to compare dates.
// "1945" → [1945-01-01, 1945-12-31]; "1945-08~" → the month; "1941-04-13/1946-04-13" → the interval.

export interface DayRange {
  from: string;
  to: string;
}

const DATE = /^(-?\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}))?(?:-(\d{2}))?$/;

export function dayRange(edtf: string | null | undefined): DayRange | null {
  if (!edtf) return null;
  const value = edtf.trim();
  const slash = value.indexOf("/");
  if (slash !== -1) {
    const a = value.slice(0, slash);
    const b = value.slice(slash + 1);
    const from = a === "" || a === ".." ? null : dayRange(a);
    const to = b === "" || b === ".." ? null : dayRange(b);
    if (!from && !to) return null;
    return { from: from?.from ?? "0000-01-01", to: to?.to ?? "9999-12-31" };
  }
  const m = DATE.exec(value.replace(/[?~%]/g, "")); // qualifiers (uncertain, approximate) keep the span
  if (!m) return null;
  const [, y, mm, dd] = m;
  if (y.startsWith("-")) return null;
  const yFrom = y.replaceAll("X", "0");
  const yTo = y.replaceAll("X", "9");
  if (!mm) return { from: `${yFrom}-01-01`, to: `${yTo}-12-31` };
  const month = Number(mm);
  if (month >= 21 && month <= 24) {
    // EDTF seasons (northern hemisphere): 21 spring … 24 winter
    const seasons: Record<number, [string, string]> = { 21: ["03-01", "05-31"], 22: ["06-01", "08-31"], 23: ["09-01", "11-30"], 24: ["12-01", "12-31"] };
    const [f, t] = seasons[month];
    return { from: `${yFrom}-${f}`, to: `${yTo}-${t}` };
  }
  if (month < 1 || month > 12) return null;
  if (!dd) return { from: `${yFrom}-${mm}-01`, to: `${yTo}-${mm}-${String(daysIn(Number(yTo), month)).padStart(2, "0")}` };
  return { from: `${yFrom}-${mm}-${dd}`, to: `${yTo}-${mm}-${dd}` };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days between two ranges: 0 when they overlap. */
export function gapInDays(a: DayRange, b: DayRange): number {
  if (a.to < b.from) return days(a.to, b.from);
  if (b.to < a.from) return days(b.to, a.from);
  return 0;
}

function days(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function overlaps(a: DayRange, b: DayRange): boolean {
  return gapInDays(a, b) === 0;
}
