// Writes a plain object as JSON.stringify would, in pieces: the JSON of a large document (several times the
// size of its text) never has to exist as one string, nor as one buffer of UTF-8 bytes.
import { once } from "node:events";
import type { Writable } from "node:stream";

/** Characters per write. */
const CHUNK = 1 << 20;

/** JSON made elsewhere (written to a file as it was made), given in pieces and written as it is. */
export interface RawJson {
  rawJson(): Iterable<string>;
}

/**
 * The pieces of JSON.stringify(value) for a plain object: its arrays element by element, its long strings in
 * slices. A field may also be a RawJson, or an iterator (a generator's), written as an array.
 */
export function* jsonPieces(value: object): Generator<string> {
  let open = "{";
  for (const [key, field] of Object.entries(value)) {
    const streamed = isRawJson(field) || isListLike(field) || typeof field === "string";
    const json = streamed ? "" : JSON.stringify(field);
    if (json === undefined) continue; // undefined, functions and symbols are left out, as JSON.stringify does
    yield `${open}${JSON.stringify(key)}:`;
    open = ",";
    if (isRawJson(field)) yield* field.rawJson();
    else if (isListLike(field)) yield* arrayPieces(field);
    else if (typeof field === "string") yield* stringPieces(field);
    else yield json;
  }
  yield open === "{" ? "{}" : "}";
}

const isRawJson = (v: unknown): v is RawJson => typeof v === "object" && v !== null && typeof (v as RawJson).rawJson === "function";

/** An array, or an iterator such as a generator's (not a Map or Set, which JSON.stringify writes as {}). */
const isListLike = (v: unknown): v is Iterable<unknown> =>
  Array.isArray(v) || (typeof v === "object" && v !== null && typeof (v as Iterator<unknown>).next === "function" && typeof (v as Iterable<unknown>)[Symbol.iterator] === "function");

function* arrayPieces(items: Iterable<unknown>): Generator<string> {
  let open = "[";
  // An array's holes are undefined here, written as null as JSON.stringify writes them.
  for (const item of items) {
    yield open + (JSON.stringify(item) ?? "null");
    open = ",";
  }
  yield open === "[" ? "[]" : "]";
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
