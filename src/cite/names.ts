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

/** "Eudin and Slusser" → {names: ["Eudin", "Slusser"], etAl: false}; "Smith et al." → {names: ["Smith"], etAl: true}. */
export function splitCitedNames(source: string): { names: string[]; etAl: boolean } {
  let s = source.trim();
  const etAl = /\bet al\.?$/i.test(s);
  if (etAl) s = s.replace(/,?\s*et al\.?$/i, "");
  const names = s
    .split(/\s*(?:,\s*and\s+|,\s*&\s*|\s+and\s+|\s*&\s*|,\s*)/)
    .map((n) => n.trim())
    .filter(Boolean);
  return { names, etAl };
}
