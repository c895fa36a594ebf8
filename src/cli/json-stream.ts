// Writes a plain object as JSON.stringify would, in pieces: the JSON of a large document (several times the
// size of its text) never has to exist as one string, nor as one buffer of UTF-8 bytes.
import { once } from "node:events";
import type { Writable } from "node:stream";

/** Characters per write. */
const CHUNK = 1 << 20;

/** The pieces of JSON.stringify(value) for a plain object: its arrays element by element, its long strings in slices. */
export function* jsonPieces(value: object): Generator<string> {
  let open = "{";
  for (const [key, field] of Object.entries(value)) {
    const json = Array.isArray(field) || typeof field === "string" ? "" : JSON.stringify(field);
    if (json === undefined) continue; // undefined, functions and symbols are left out, as JSON.stringify does
    yield `${open}${JSON.stringify(key)}:`;
    open = ",";
    if (Array.isArray(field)) yield* arrayPieces(field);
    else if (typeof field === "string") yield* stringPieces(field);
    else yield json;
  }
  yield open === "{" ? "{}" : "}";
}

function* arrayPieces(items: unknown[]): Generator<string> {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  for (let i = 0; i < items.length; i++) yield (i === 0 ? "[" : ",") + (JSON.stringify(items[i]) ?? "null");
  yield "]";
}

/** A string in slices of CHUNK characters, never cutting a surrogate pair (a lone half would be escaped). */
function* stringPieces(text: string): Generator<string> {
  if (text.length <= CHUNK) {
    yield JSON.stringify(text);
    return;
  }
  yield '"';
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + CHUNK, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    yield JSON.stringify(text.slice(start, end)).slice(1, -1);
    start = end;
  }
  yield '"';
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Writes JSON.stringify(value) + end to out, a megabyte at a time, waiting for the stream to drain. */
export async function writeJson(out: Writable, value: object, end = "\n"): Promise<void> {
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    const chunk = pending.join("");
    pending = [];
    size = 0;
    if (!out.write(chunk)) await once(out, "drain");
  };
  for (const piece of jsonPieces(value)) {
    pending.push(piece);
    size += piece.length;
    if (size >= CHUNK) await flush();
  }
  pending.push(end);
  await flush();
}
