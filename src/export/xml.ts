// XML escaping shared by the XML exports (TEI, GEXF).

/**
 * Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) become U+FFFD,
 * one for one, so that the text keeps its length.
 */
const NOT_XML_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(NOT_XML_CHAR, "\uFFFD");
}

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;" };

/** Character data: "&", "<", ">" escaped (so "]]>" cannot occur) and CR kept as a reference so parsers keep it. */
export function escapeText(s: string): string {
  return xmlSafe(s).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

export function escapeAttr(s: string): string {
  return xmlSafe(s).replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c]);
}

export function attrs(a: Record<string, string | number | null | undefined>): string {
  let out = "";
  for (const [k, v] of Object.entries(a)) if (v !== undefined && v !== null && v !== "") out += ` ${k}="${escapeAttr(String(v))}"`;
  return out;
}

/** An NCName usable as xml:id: letters, digits, "-", "_", "." and not starting with a digit. */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}${id.replace(/[^\p{L}\p{N}_.-]/gu, "_")}`;
}
