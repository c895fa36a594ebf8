// TimeML 1.2.1, as the TempEval-3 toolkit reads it: the document date in <DCT>, and the unchanged text in
// <TEXT> with its time expressions as inline TIMEX3 elements carrying their TIMEX3 values. Stripping the
// tags from <TEXT> gives back the text. A range ("1915–17") is written as TimeML writes ranges, with its
// two ends as timexes of their own; the EDTF interval of the JSON has no TIMEX3 of its own.
import type { Extraction, Timex } from "../schema.ts";
import { attrs, escapeText } from "./xml.ts";

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n`;

/** The document date's id, as the time layer names it in `anchor`. */
const DCT_ID = "t0";

/** The timexes TimeML writes: no interval made of parts (its parts are written), none crossing another; in text order. */
function inlineTimexes(timexes: readonly Timex[]): { written: Timex[]; rangeEnd: Map<string, string> } {
  const rangeEnd = new Map<string, string>();
  for (const t of timexes) if (t.parts && t.id) rangeEnd.set(t.id, t.parts[1]);
  const written: Timex[] = [];
  let end = 0;
  for (const t of [...timexes].filter((t) => !t.parts).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (t.start < end || t.end <= t.start) continue;
    written.push(t);
    end = t.end;
  }
  return { written, rangeEnd };
}

function timex3(t: Timex, tid: string, anchor: string | undefined): string {
  return attrs({
    tid,
    type: t.type,
    value: t.timex3 ?? t.value ?? "",
    mod: t.mod,
    temporalFunction: anchor ? "true" : "false",
    anchorTimeID: anchor,
    functionInDocument: "NONE",
  });
}

export function toTimeml(x: Extraction): string {
  const { written, rangeEnd } = inlineTimexes(x.timexes);
  const ids = new Set(written.map((t) => t.id));
  let out = HEADER;
  if (x.dct) {
    out += `<DCT><TIMEX3${attrs({ tid: DCT_ID, type: "DATE", value: x.dct, temporalFunction: "false", functionInDocument: "CREATION_TIME" })}>${escapeText(x.dct)}</TIMEX3></DCT>\n`;
  }
  out += "<TEXT>";
  let at = 0;
  written.forEach((t, i) => {
    // an anchor on an interval is on its end, the date the interval moved the narrative to
    const target = t.anchor && (rangeEnd.get(t.anchor) ?? t.anchor);
    const anchor = target && (target === DCT_ID ? (x.dct ? DCT_ID : undefined) : ids.has(target) ? target : undefined);
    out += escapeText(x.text.slice(at, t.start));
    out += `<TIMEX3${timex3(t, t.id ?? `t${i + 1}`, anchor)}>${escapeText(x.text.slice(t.start, t.end))}</TIMEX3>`;
    at = t.end;
  });
  out += escapeText(x.text.slice(at));
  return `${out}</TEXT>\n</TimeML>`;
}
