// Types for the parts of the `edtf` package the time layer uses (the package ships none).
declare module "edtf" {
  export interface Parsed {
    type: string;
    level: number;
  }
  export function parse(value: string): Parsed;
}
