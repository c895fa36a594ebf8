import { test } from "node:test";
import assert from "node:assert/strict";
import { mergeEvents, mergeTreaties, type EventRow, type TreatyRow } from "../../src/store/merge.ts";

const label = (k: string) => ({ Q17: "Japan", Q15180: "Soviet Union", Q30: "United States" })[k] ?? k;

function report(document: string, date: string | null, more: Partial<EventRow> = {}): EventRow {
  return {
    document, documentName: `${document}.txt`, id: "v1", type: "CONCEDE", date, modality: "asserted",
    sources: ["Q17"], targets: ["Q30"], start: 10, end: 18, evidence: `${document} says so`, quantities: [], ...more,
  };
}

test("two documents dating the same event a day apart are merged and their dates shown as a conflict", () => {
  const merged = mergeEvents([report("a", "1945-08-14"), report("b", "1945-08-15")], label);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].documents.sort(), ["a", "b"]);
  const [conflict] = merged[0].conflicts;
  assert.equal(conflict.field, "date");
  assert.deepEqual(conflict.values.map((v) => [v.value, v.evidence[0].documentName]), [["1945-08-14", "a.txt"], ["1945-08-15", "b.txt"]]);
  assert.match(conflict.subject, /Japan CONCEDE United States/);
});

test("a report that names no target is the same event as one that does", () => {
  const merged = mergeEvents([report("a", "1945-08-14", { targets: [] }), report("b", "1945-08-15")], label);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].targets, ["Q30"]);
  assert.deepEqual(merged[0].conflicts.map((c) => c.field), ["date"]);
});

test("a year and a day inside it are the same date told less precisely, not a conflict", () => {
  const merged = mergeEvents([report("a", "1945"), report("b", "1945-08-14")], label);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].conflicts, []);
  assert.equal(merged[0].date, "1945-08-14");
});

test("reports months apart, with other actors or another type are different events", () => {
  const rows = [
    report("a", "1945-08-14"), report("b", "1946-03-01"), report("c", "1945-08-14", { sources: ["Q15180"] }),
    report("d", "1945-08-14", { type: "ASSAULT" }), report("e", "1945-08-14", { targets: ["Q15180"] }),
  ];
  assert.equal(mergeEvents(rows, label).length, 5);
});

test("two reports of one document never conflict with each other", () => {
  const merged = mergeEvents([report("a", "1945-08-14"), report("a", "1945-08-20", { id: "v2" })], label);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].conflicts, []);
});

test("an event one document asserts and another negates is a conflict of modality", () => {
  const merged = mergeEvents([report("a", "1945-08-14"), report("b", "1945-08-14", { modality: "negated" })], label);
  assert.deepEqual(merged[0].conflicts.map((c) => c.field), ["modality"]);
});

test("different numbers for the same event are a conflict per unit", () => {
  const merged = mergeEvents([report("a", "1945-08-14", { quantities: [{ value: 300000, unit: "troops" }] }), report("b", "1945-08-14", { quantities: [{ value: 250000, unit: "troops" }] })], label);
  assert.deepEqual(merged[0].conflicts.map((c) => [c.field, c.values.map((v) => v.value)]), [["quantity (troops)", ["300000", "250000"]]]);
});

function treaty(document: string, more: Partial<TreatyRow>): TreatyRow {
  return {
    document, documentName: `${document}.txt`, id: "t1", name: "Neutrality Pact", entity: null, signed: null, ends: null, duration: null,
    place: null, parties: [], start: 0, end: 10, evidence: "", ...more,
  };
}

test("treaties of the same name merge; a different expiry is shown with both sources", () => {
  const merged = mergeTreaties([treaty("a", { ends: "1946-04-13", signed: "1941-04-13" }), treaty("b", { name: "the Neutrality Pact", ends: "1945-04", signed: "1941-04-13" })], label);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].conflicts.map((c) => [c.field, c.values.map((v) => `${v.value}@${v.evidence[0].document}`)]), [["ends", ["1946-04-13@a", "1945-04@b"]]]);
});

test("treaties with the same parties signed the same day merge under different names", () => {
  const parties = ["Q17", "Q15180"];
  const merged = mergeTreaties([treaty("a", { name: "Neutrality Pact", parties, signed: "1941-04-13" }), treaty("b", { name: "Soviet–Japanese Neutrality Treaty", parties: ["Q15180", "Q17"], signed: "1941-04" })], label);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].names, ["Neutrality Pact", "Soviet–Japanese Neutrality Treaty"]);
});

test("parties that one document lists only in part are not a conflict; different parties are", () => {
  const partial = mergeTreaties([treaty("a", { parties: ["Q17", "Q15180"] }), treaty("b", { parties: ["Q17"] })], label);
  assert.deepEqual(partial[0].conflicts, []);
  const different = mergeTreaties([treaty("a", { parties: ["Q17", "Q15180"] }), treaty("b", { parties: ["Q17", "Q30"] })], label);
  assert.deepEqual(different[0].conflicts.map((c) => c.field), ["parties"]);
});
