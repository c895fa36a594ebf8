// Entity layer: mentions of states, organisations, people, places, treaties and groups in the
// narrative body, linked to Wikidata through the historical gazetteer (data/gazetteer/).
import type { Doc, EntityLayer } from "../layers.ts";
import type { Entity, Mention } from "../schema.ts";
import { references } from "./coref.ts";
import { findMentions } from "./mentions.ts";
import { link } from "./resolve.ts";
import { readBody, type EntityInput } from "./text.ts";

function add(mentionsOf: Map<string, Mention[]>, key: string, m: Mention): void {
  const list = mentionsOf.get(key);
  if (list) list.push(m);
  else mentionsOf.set(key, [m]);
}

export function entityLayer(doc: Doc, layers: EntityInput): EntityLayer {
  const body = readBody(doc, layers);
  const raws = findMentions(body);
  const { linked, drafts } = link(body, raws);
  const refs = references(body, linked, drafts);

  const mentionsOf = new Map<string, Mention[]>();
  for (let li = 0; li < linked.length; li++) {
    const l = linked[li];
    const start = body.tokens[l.raw.first].start;
    const end = body.tokens[l.raw.last - 1].end;
    add(mentionsOf, l.key, { start, end, text: doc.text.slice(start, end), role: l.role });
  }
  for (let ri = 0; ri < refs.length; ri++) {
    const r = refs[ri];
    for (const key of r.keys) add(mentionsOf, key, { start: r.start, end: r.end, text: doc.text.slice(r.start, r.end), role: r.role });
  }

  const order = [...drafts.values()]
    .map((d) => ({ d, mentions: (mentionsOf.get(d.key) ?? []).sort((a, b) => a.start - b.start || b.end - a.end) }))
    .sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  const ids = new Map(order.map(({ d }, i) => [d.key, `e${i + 1}`]));
  const entities: Entity[] = order.map(({ d, mentions }) => {
    const e: Entity = { id: ids.get(d.key)!, label: d.label, kind: d.kind, wikidata: d.wikidata, mentions };
    if (d.coords) e.coords = d.coords;
    if (d.memberOfKey && ids.has(d.memberOfKey)) e.memberOf = ids.get(d.memberOfKey);
    return e;
  });
  return { entities };
}

export { entityAt, mentionIndex, mentionsIn, type MentionRef } from "./lookup.ts";
