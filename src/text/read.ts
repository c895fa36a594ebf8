// Reading a document: bytes → text, rejecting what is not UTF-8 prose with an error naming the place.
import { readFileSync, statSync } from "node:fs";
import { AnnalistError, lineColumn } from "../errors.ts";

export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** Decodes bytes as UTF-8 text: strips a BOM, rejects empty, binary and invalid UTF-8 input. */
export function decodeText(bytes: Uint8Array, file = "<input>"): string {
  if (bytes.length === 0) throw new AnnalistError("the file is empty", "EMPTY", { file });
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new AnnalistError(`the file is ${bytes.length} bytes, more than the limit of ${MAX_DOCUMENT_BYTES}`, "TOO_LARGE", { file });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new AnnalistError("binary file: it contains a NUL byte", "BINARY", { file, offset: nul });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
    const { line, column } = lineColumn(before, before.length);
    throw new AnnalistError(`not valid UTF-8: bad byte 0x${bytes[offset].toString(16).padStart(2, "0")} at byte offset ${offset}`, "ENCODING", { file, line, column });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new AnnalistError("the file holds only white space", "EMPTY", { file });
  const control = firstControlChar(text);
  if (control !== -1) {
    const { line, column } = lineColumn(text, control);
    throw new AnnalistError(`binary file: control character U+${text.charCodeAt(control).toString(16).padStart(4, "0")}`, "BINARY", { file, line, column });
  }
  return text;
}

export function readDocument(file: string): string {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) throw new AnnalistError("is a directory, not a text file", "NOT_A_FILE", { file });
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof AnnalistError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String((e as Error).message);
    throw new AnnalistError(why, "READ", { file });
  }
  return decodeText(bytes, file);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks), "<stdin>");
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}

/** Control characters other than tab, newline, carriage return and form feed mark a binary file. */
function firstControlChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) return i;
  }
  return -1;
}

/** A FILE argument: a path, or "-" for standard input. */
export async function readInput(file: string): Promise<{ name: string; text: string }> {
  if (file === "-") return { name: "<stdin>", text: await readStdin() };
  return { name: file, text: readDocument(file) };
}
