// The JSON of a long text analysed in sections (src/sections/), written without ever holding the whole
// extraction: as each section is done, its items are appended to one spool file per array; once every section is,
// the output is put together from the spools, the merged entities made one at a time. Memory is then that of one
// section, whatever the length of the text. The output is byte for byte JSON.stringify(analyze(text)).
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { Writable } from "node:stream";
import type { AnalyzeOptions } from "../pipeline.ts";
import { ARRAY_KEYS, analyzeInSections, extractionShape, type SectionArrays } from "../sections/index.ts";
import { SECTION_CHARS } from "../text/sections.ts";
import { writeJson, type RawJson } from "./json-stream.ts";

const CHUNK = 1 << 20;

/** A JSON array written to a file item by item, read back in pieces. */
class Spool implements RawJson {
  private readonly fd: number;
  private items = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, "w+");
  }

  add(items: unknown[]): void {
    if (items.length === 0) return;
    const json = items.map((item, i) => (this.items + i === 0 ? "" : ",") + (JSON.stringify(item) ?? "null")).join("");
    this.items += items.length;
    writeSync(this.fd, json);
  }

  *rawJson(): Generator<string> {
    yield "[";
    const buffer = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder("utf8"); // a character cut between two reads is joined again
    for (let at = 0, n: number; (n = readSync(this.fd, buffer, 0, CHUNK, at)) > 0; at += n) yield decoder.write(buffer.subarray(0, n));
    yield decoder.end() + "]";
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Writes the extraction of a text analysed in sections to out as JSON, followed by `end`. */
export async function writeSectionedJson(out: Writable, text: string, options: AnalyzeOptions = {}, end = "\n", size = SECTION_CHARS): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "annalist-sections-"));
  const spools = Object.fromEntries(ARRAY_KEYS.map((key) => [key, new Spool(join(dir, key))])) as Record<keyof SectionArrays, Spool>;
  try {
    const rest = analyzeInSections(text, options, (arrays) => ARRAY_KEYS.forEach((key) => spools[key].add(arrays[key])), size);
    await writeJson(out, extractionShape(text, options, rest, spools, rest.entities()[Symbol.iterator]()), end);
  } finally {
    for (const spool of Object.values(spools)) spool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
