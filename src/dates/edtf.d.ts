// Types for the parts of the `edtf` package that src/dates uses (the package ships none); they merge with
// the declarations of src/time/edtf.d.ts.
declare module "edtf" {
  export interface Constraints {
    level?: number;
  }
  /** What the package's edtf() returns: a date, season, decade, century, interval, list or set. */
  export interface ExtendedDate {
    type: "Date" | "Year" | "Decade" | "Century" | "Season" | "Interval" | "List" | "Set";
    edtf: string;
    /** First and last millisecond (UTC) the value allows; ±Infinity when open. */
    min: number;
    max: number;
    /** Interval ends: null when unknown ("1941/"), Infinity when open ("1941/.."). */
    lower?: ExtendedDate | null | number;
    upper?: ExtendedDate | null | number;
    /** Season: its code (21–41). */
    season?: number;
  }
  export interface ParseNode {
    type: string;
    values: unknown[];
    unspecified?: number;
  }
  /** The package's classes of values (for instanceof: their names, and so `type`, change when bundled). */
  export class Interval {}
  export class Season {}
  export default function edtf(value: string, constraints?: Constraints): ExtendedDate;
  export function parse(value: string, constraints?: Constraints): ParseNode & { level: number };
}
