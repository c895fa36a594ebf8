// Dates: EDTF values as spans of days (./intervals.ts, on the `edtf` package) and calendar arithmetic on days
// (./calendar.ts). One place for what the reasoner, the store, the queries, the exports and the explorer need.
export * from "./calendar.ts";
export * from "./intervals.ts";
