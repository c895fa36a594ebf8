// Every value the time layer writes is checked: dates with the `edtf` package (EDTF levels 0–2),
// durations and set periods as ISO 8601 durations (with TimeML's X for an unknown count, and
// "P2M/P3M" for a range of durations). Parsing EDTF is slow, so results are remembered per value.
import { parse } from "edtf";
import type { TimexKind } from "./proposal.ts";
import { REFERENCE_VALUES } from "./timex3.ts";

const known = new Map<string, boolean>();

export function isValidEdtf(value: string): boolean {
  let ok = known.get(value);
  if (ok === undefined) {
    try {
      parse(value);
      ok = true;
    } catch {
      ok = false;
    }
    if (known.size > 100_000) known.clear();
    known.set(value, ok);
  }
  return ok;
}

const DATE_DESIGNATORS = "YMWD";
const TIME_DESIGNATORS = "HMS";

/** ISO 8601 duration "PnYnMnWnDTnHnMnS" (each part optional, in order), read by hand, without a regex. */
export function isIsoDuration(value: string): boolean {
  if (value.length < 3 || value[0] !== "P") return false;
  let i = 1;
  let designators = DATE_DESIGNATORS;
  let last = -1;
  let parts = 0;
  while (i < value.length) {
    if (value[i] === "T" && designators === DATE_DESIGNATORS) {
      designators = TIME_DESIGNATORS;
      last = -1;
      i++;
      continue;
    }
    const from = i;
    if (value[i] === "X") i++;
    else {
      while (i < value.length && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) i++;
      if (value[i] === "." && i > from) {
        i++;
        const fraction = i;
        while (i < value.length && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) i++;
        if (i === fraction) return false;
      }
    }
    if (i === from) return false;
    const d = designators.indexOf(value[i]);
    if (d <= last) return false;
    last = d;
    parts++;
    i++;
  }
  return parts > 0;
}

export function isValidValue(type: TimexKind, value: string): boolean {
  if (type === "DURATION" || type === "SET") {
    const slash = value.indexOf("/");
    return slash < 0 ? isIsoDuration(value) : isIsoDuration(value.slice(0, slash)) && isIsoDuration(value.slice(slash + 1));
  }
  return isValidEdtf(value) || (type === "DATE" && REFERENCE_VALUES.has(value));
}
