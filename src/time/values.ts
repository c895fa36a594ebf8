// Values written by the parsers: ISO 8601 durations and EDTF dates.
import type { UnitWord } from "./lexicon.ts";
import { formatYear } from "./calendar.ts";

/** "P6M", "P5Y", "P2W", "PT3H", "P10Y" (a decade); an unknown count is X as in TimeML ("PXY"). */
export function durationValue(n: number | null, unit: UnitWord): string {
  const count = n === null ? "X" : String(+(n * unit.times).toFixed(3));
  if (unit.unit === "H") return `PT${count}H`;
  if (unit.unit === "MIN") return `PT${count}M`;
  return `P${count}${unit.unit}`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

export function monthValue(y: number, m: number): string {
  return `${formatYear(y)}-${pad2(m)}`;
}

export function dayValue(y: number, m: number, d: number): string {
  return `${formatYear(y)}-${pad2(m)}-${pad2(d)}`;
}
