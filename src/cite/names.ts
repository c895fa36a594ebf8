// Comparing personal names as cited with names as listed: case, diacritics and apostrophes folded.

export function foldName(s: string): string {
  if (/^[A-Za-z ]*$/.test(s)) return s.toLowerCase().trim();
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
