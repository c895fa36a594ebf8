// A corpus of many different documents made from the essay: a seeded choice of its paragraphs, in a
// shuffled order, with its Works Cited, so each text (and its hash) differs while staying real prose.
import { segment } from "../../src/text/index.ts";
import { essay } from "../helpers.ts";

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

let parts: { paragraphs: string[]; worksCited: string } | undefined;
function essayParts() {
  if (!parts) {
    const cited = essay.indexOf("Works Cited");
    const body = essay.slice(0, cited === -1 ? essay.length : cited);
    const { paragraphs } = segment({ name: "essay", text: body, dct: null });
    parts = {
      paragraphs: paragraphs.map((p) => body.slice(p.start, p.end).trim()).filter((p) => p.length > 200),
      worksCited: cited === -1 ? "" : essay.slice(cited).split(/\n\s*No comments:/)[0].trim(),
    };
  }
  return parts;
}

/** Document n of a generated corpus: `size` paragraphs of the essay chosen and ordered by the seed n. */
export function generatedDocument(n: number, size = 3): string {
  const { paragraphs, worksCited } = essayParts();
  const next = random(n * 7919 + 17);
  const chosen: string[] = [];
  for (let i = 0; i < size; i++) chosen.push(paragraphs[Math.floor(next() * paragraphs.length)]);
  return `Reading notes ${n}\n\n${chosen.join("\n\n")}\n\n${worksCited}\n`;
}
