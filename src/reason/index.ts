// The reasoner over an extraction's treaties: what-if scenarios and the timeline of a pair's treaties.
export { whatif, type Scenario, type WhatifAnswer } from "./whatif.ts";
export { relations, type RelationsResult, type Binding } from "./relations.ts";
export { whatifText, relationsText } from "./explain.ts";
export { statusOn, endOf } from "./status.ts";
export { Actors } from "./actors.ts";
