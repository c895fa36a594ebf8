// Where the reasoner's extractions come from: one text file analysed now, or the documents of a knowledge base.
import { existsSync } from "node:fs";
import { AnnalistError } from "../errors.ts";
import type { Extraction } from "../schema.ts";
import { readInput } from "../text/read.ts";
import { extractionOf } from "../extraction-cache.ts";

export interface SourceOptions {
  file?: string;
  db?: string;
  databaseUrl?: string;
  dct?: string | null;
  /** Only this stored document (id or name). */
  document?: string;
}
export interface SourceDocument {
  name: string;
  extraction: Extraction;
}

export async function loadExtractions(opts: SourceOptions): Promise<SourceDocument[]> {
  const fromStore = opts.db !== undefined || opts.databaseUrl !== undefined;
  if (opts.file && fromStore) throw new AnnalistError("give a FILE or --db/--database-url, not both", "USAGE");
  if (opts.file) {
    const { name, text } = await readInput(opts.file);
    return [{ name, extraction: await extractionOf(text, { name, dct: opts.dct ?? null }) }];
  }
  if (!fromStore) throw new AnnalistError("give a FILE to analyse, or --db DIR / --database-url URL to read stored documents", "USAGE");
  if (opts.db !== undefined && !existsSync(opts.db)) throw new AnnalistError(`no knowledge base at ${opts.db} (create one with 'annalist ingest FILE --db ${opts.db}')`, "NOT_FOUND", { file: opts.db });
  const { openStore, storeOptionsOf } = await import("../store/index.ts");
  const store = await openStore(storeOptionsOf(opts));
  try {
    const docs = opts.document ? [{ id: opts.document }] : await store.listDocuments();
    const out: SourceDocument[] = [];
    for (const d of docs) {
      const x = await store.getExtraction(d.id);
      if (!x) throw new AnnalistError(`no stored document "${d.id}"`, "NOT_FOUND");
      out.push({ name: x.name, extraction: x });
    }
    if (out.length === 0) throw new AnnalistError("the knowledge base holds no documents yet (add some with 'annalist ingest')", "NOT_FOUND");
    return out;
  } finally {
    await store.close();
  }
}
