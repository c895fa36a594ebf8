// What must hold of any extraction of any text: the contract schema, spans inside the text with start ≤ end,
// texts equal to their slice, and references (ids, indices) that resolve.
import { Extraction } from "../../src/schema.ts";

export function problemsOf(x: Extraction, text: string): string[] {
  const problems: string[] = [];
  const parsed = Extraction.safeParse(x);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  if (x.text !== text) problems.push("text differs from the input");
  const n = text.length;
  const span = (where: string, s: { start?: number; end?: number } | undefined) => {
    if (!s || s.start === undefined || s.end === undefined) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n)) problems.push(`${where}: span [${s.start}, ${s.end}) outside the text of ${n}`);
  };
  const textSpan = (where: string, s: { start: number; end: number; text: string }) => {
    span(where, s);
    if (text.slice(s.start, s.end) !== s.text) problems.push(`${where}: text ${JSON.stringify(s.text)} is not the slice ${JSON.stringify(text.slice(s.start, s.end))}`);
  };
  if (x.contentEnd !== undefined && x.contentEnd > n) problems.push(`contentEnd ${x.contentEnd} > ${n}`);
  (x.paragraphs ?? []).forEach((p, i) => span(`paragraphs[${i}]`, p));
  x.sentences.forEach((s, i) => span(`sentences[${i}]`, s));
  const bibIds = new Set(x.bibliography.map((b) => b.id));
  x.bibliography.forEach((b, i) => span(`bibliography[${i}]`, b));
  x.citations.forEach((c, i) => {
    textSpan(`citations[${i}]`, c);
    for (const r of c.refs) if (r.bib !== null && !bibIds.has(r.bib)) problems.push(`citations[${i}]: bib ${r.bib} is not in the bibliography`);
  });
  x.timexes.forEach((t, i) => textSpan(`timexes[${i}]`, t));
  const entityIds = new Set(x.entities.map((e) => e.id));
  if (entityIds.size !== x.entities.length) problems.push("entity ids are not unique");
  x.entities.forEach((e) => e.mentions.forEach((m, k) => textSpan(`entity ${e.id} mention ${k}`, m)));
  const entity = (where: string, id: string | null | undefined) => {
    if (id !== null && id !== undefined && !entityIds.has(id)) problems.push(`${where}: entity ${id} does not exist`);
  };
  const citation = (where: string, i: number) => {
    if (!(i >= 0 && i < x.citations.length)) problems.push(`${where}: citation index ${i} out of range`);
  };
  x.quantities.forEach((q, i) => textSpan(`quantities[${i}]`, q));
  x.events.forEach((ev) => {
    const where = `event ${ev.id}`;
    textSpan(`${where} trigger`, ev.trigger);
    if (!(ev.sentence >= 0 && ev.sentence < x.sentences.length)) problems.push(`${where}: sentence ${ev.sentence} out of range`);
    [...ev.source, ...ev.target].forEach((id) => entity(where, id));
    entity(`${where} place`, ev.place);
    ev.citations.forEach((c) => citation(where, c));
    (ev.quantities ?? []).forEach((q) => {
      if (!(q >= 0 && q < x.quantities.length)) problems.push(`${where}: quantity ${q} out of range`);
    });
  });
  x.treaties.forEach((t) => {
    const where = `treaty ${t.id}`;
    t.mentions.forEach((m, k) => span(`${where} mention ${k}`, m));
    t.clauses.forEach((c, k) => {
      span(`${where} clause ${k}`, c);
      c.citations.forEach((ci) => citation(`${where} clause ${k}`, ci));
    });
    t.parties.forEach((id) => entity(where, id));
    entity(`${where} place`, t.place);
    entity(`${where} entity`, t.entity);
  });
  (x.warnings ?? []).forEach((w, i) => span(`warnings[${i}]`, w));
  return problems;
}
