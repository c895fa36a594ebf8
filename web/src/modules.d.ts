// topojson-client ships no types; the explorer uses only `feature`.
declare module "topojson-client" {
  export function feature(topology: unknown, object: unknown): unknown;
}
