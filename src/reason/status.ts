// Whether a treaty is in force on a day, and why not: not yet signed, never signed, denounced, expired,
// or its stated term elapsed without a renewal in the text.
import type { Treaty } from "../schema.ts";
import { addDuration, interval } from "./dates.ts";

export interface TreatyStatus {
  inForce: boolean;
  /** Why it is not in force, or the caveats on its being in force; one short phrase. */
  why: string;
  /** The last day it is known to have been in force, when the text gives an end. */
  until: string | null;
}

interface Dated {
  date: string | null;
}
type TreatyLike = Treaty & {
  denounced?: string | null;
  expires?: string | null;
  renewable?: boolean;
  refused?: Dated[];
  proposed?: Dated[];
  extensions?: (Dated & { until: string | null; negated: boolean })[];
};

/** The day a treaty stops being in force per the text (exclusive), with the reason, or null. */
export function endOf(t: TreatyLike): { day: string; why: string } | null {
  const ends: { day: string; why: string }[] = [];
  const denounced = interval(t.denounced ?? null);
  if (denounced) ends.push({ day: denounced.earliest, why: `denounced ${t.denounced}` });
  const expires = interval(t.expires ?? null);
  if (expires) ends.push({ day: expires.earliest, why: `expired ${t.expires}` });
  const signed = interval(t.signed);
  const extended = (t.extensions ?? []).filter((x) => !x.negated && x.until).map((x) => interval(x.until)).filter((x) => x !== null);
  const lastExtension = extended.map((x) => x.latest).sort().pop();
  if (t.duration && signed) {
    const termEnd = addDuration(signed.latest, t.duration);
    if (termEnd && !(lastExtension && lastExtension >= termEnd)) {
      ends.push({ day: termEnd, why: `its term of ${t.duration} from ${t.signed} elapsed${t.renewable ? " (renewable; the text states no renewal)" : ""}` });
    }
  }
  if (lastExtension && !t.duration) ends.push({ day: nextDay(lastExtension), why: `extended only until ${lastExtension}` });
  ends.sort((a, b) => (a.day < b.day ? -1 : 1));
  return ends[0] ?? null;
}

export function statusOn(t: TreatyLike, day: string): TreatyStatus {
  const signed = interval(t.signed);
  const end = endOf(t);
  if (!signed) {
    const refused = (t.refused ?? []).map((r) => r.date).filter(Boolean);
    const proposed = (t.proposed ?? []).map((r) => r.date).filter(Boolean);
    const story = [proposed.length ? `proposed ${proposed.join(", ")}` : "", refused.length ? `refused ${refused.join(", ")}` : ""].filter(Boolean).join(", ");
    return { inForce: false, why: story ? `never signed (${story})` : "no signing stated in the text", until: null };
  }
  if (day < signed.earliest) return { inForce: false, why: `not yet signed (${t.signed})`, until: null };
  if (end && day >= end.day) {
    const all = allEnds(t).filter((e) => day >= e.day).map((e) => e.why);
    return { inForce: false, why: [...new Set(all)].join("; "), until: previousDay(end.day) };
  }
  const caveats: string[] = [];
  if (day <= signed.latest && signed.earliest !== signed.latest) caveats.push(`signed ${t.signed}, possibly after ${day}`);
  return { inForce: true, why: caveats.join("; "), until: end ? previousDay(end.day) : null };
}

function allEnds(t: TreatyLike): { day: string; why: string }[] {
  const out: { day: string; why: string }[] = [];
  const first = endOf(t);
  if (first) out.push(first);
  for (const k of ["denounced", "expires"] as const) {
    const i = interval(t[k] ?? null);
    if (i) out.push({ day: i.earliest, why: `${k === "denounced" ? "denounced" : "expired"} ${t[k]}` });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : 1));
}

function nextDay(day: string): string {
  return addDuration(day, "P1D") ?? day;
}
export function previousDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
