// EDTF calendar values (YYYY, YYYY-MM, YYYY-MM-DD, with an optional ~ ? % qualifier) as day intervals,
// so "signed 1936" and "on 1941-06-22" can be compared without pretending to more precision than the text gives.

export interface DayInterval {
  earliest: string;
  latest: string;
}

const VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[~?%]?$/;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function interval(value: string | null | undefined): DayInterval | null {
  const m = value ? VALUE.exec(value) : null;
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return { earliest: `${m[1]}-${m[2]}-${m[3]}`, latest: `${m[1]}-${m[2]}-${m[3]}` };
  if (m[2]) return { earliest: `${m[1]}-${m[2]}-01`, latest: `${m[1]}-${m[2]}-${pad(daysIn(y, Number(m[2])))}` };
  return { earliest: `${m[1]}-01-01`, latest: `${m[1]}-12-31` };
}

/** Adds an ISO-8601 duration of years, months, weeks or days (P5Y, P18M, P10Y6M) to a YYYY-MM-DD day. */
export function addDuration(day: string, duration: string): string | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!m || duration === "P") return null;
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  d.setUTCFullYear(d.getUTCFullYear() + Number(m[1] ?? 0));
  d.setUTCMonth(d.getUTCMonth() + Number(m[2] ?? 0));
  d.setUTCDate(d.getUTCDate() + 7 * Number(m[3] ?? 0) + Number(m[4] ?? 0));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
