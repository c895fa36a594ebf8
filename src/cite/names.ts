// Comparing personal names as cited with names as listed: case, diacritics and apostrophes folded.

const folded = new Map<string, string>();

export function foldName(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = fold(s);
    if (folded.size >= 10_000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

function fold(s: string): string {
  if (/^[A-Za-z ]*$/.test(s)) return s.toLowerCase().trim();
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
