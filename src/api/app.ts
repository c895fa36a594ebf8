// The HTTP API: documents, entities, events, treaties, what-if, search, exports and corrections.
// Every input is validated by the zod schema its route declares; every error is JSON {error, detail}.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { compareDays, dayInterval, isDay } from "../dates/index.ts";
import { AnnalistError } from "../errors.ts";
import { decodeText } from "../text/read.ts";
import { EXTENSIONS, exportAs, FORMATS, MEDIA_TYPES } from "../export/index.ts";
import { citationLabel } from "../export/lookup.ts";
import { DocumentInfo, Entity, Event, Extraction, Modality, PloverType, StateLife, Treaty, WhatifResult } from "../schema.ts";
import type { KnowledgeStore } from "./store.ts";
import { ApiError, openApiDocument, Router } from "./route.ts";
import { runWhatif } from "./whatif.ts";
import { statesOf } from "./states.ts";
import { queueRoutes } from "./queue.ts";

export interface AppOptions {
  /** Largest accepted upload in bytes (413 beyond). */
  maxUploadBytes?: number;
  /** Extra routes (the static web explorer) added after the API. */
  mount?: (app: Hono) => void;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
const JSON_BODY_LIMIT = 64 * 1024;

const DocumentId = z.object({ id: z.string().min(1).max(128) });
const EdtfBound = z.string().regex(/^-?\d{4}(?:-\d{2}){0,2}$/, "a date YYYY, YYYY-MM or YYYY-MM-DD").refine((v) => dayInterval(v) !== null, "not a calendar date");
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD").refine(isDay, "not a calendar date");
const Dct = IsoDate.optional().describe("document creation date, the anchor of 'yesterday' in news-like text");
const withDocument = <T extends z.ZodObject>(schema: T) => schema.extend({ document: z.string() });
const Actor = z.string().min(1).max(200);
const WhatifQuery = z.object({
  document: z.string().max(128).optional().describe("document id; may be left out when the store holds one document"),
  attacker: Actor.describe("entity id, Wikidata id, name or alias"),
  target: Actor,
  date: IsoDate,
  unprovoked: z.enum(["true", "false"]).optional().transform((v) => v === "true"),
});

export function createApp(store: KnowledgeStore, options: AppOptions = {}): { app: Hono; router: Router } {
  const app = new Hono();
  const router = new Router(app);
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json({ error: err.error, detail: err.detail }, err.status);
    if (err instanceof AnnalistError) {
      const status = err.code === "NOT_FOUND" ? 404 : err.code === "NOT_YET" ? 501 : err.code === "TOO_LARGE" ? 413 : 422;
      return c.json({ error: err.code.toLowerCase(), detail: err.describe() }, status);
    }
    console.error(err);
    return c.json({ error: "internal", detail: err instanceof Error ? err.message : String(err) }, 500);
  });
  app.notFound((c) => c.json({ error: "not_found", detail: `no route ${c.req.method} ${c.req.path}` }, 404));

  const extractionOf = async (id: string) => {
    const extraction = await store.getExtraction(id);
    if (!extraction) throw new ApiError(404, "not_found", `no document with id ${id}`);
    return extraction;
  };

  router.route(
    { method: "get", path: "/api/documents", summary: "List the stored documents", tag: "documents", response: { status: 200, description: "the documents", schema: z.array(DocumentInfo) } },
    async ({ c }) => c.json(await store.listDocuments()),
  );

  const limit = (maxSize: number) => bodyLimit({ maxSize, onError: (c) => c.json({ error: "too_large", detail: `the request body is larger than the limit of ${maxSize} bytes` }, 413) });
  app.use("/api/documents", limit(maxUploadBytes));
  app.use("/api/corrections", limit(JSON_BODY_LIMIT));
  app.use("/api/whatif", limit(JSON_BODY_LIMIT));
  router.route(
    {
      method: "post",
      path: "/api/documents",
      summary: "Upload a text document (text/plain body, or JSON {name, text, dct}); it is analysed and stored",
      tag: "documents",
      query: z.object({ name: z.string().min(1).max(300).optional(), dct: Dct }),
      textBody: "the document as UTF-8 text (or application/json {name, text, dct})",
      response: { status: 201, description: "the stored document (200 when the same text was already stored)", schema: DocumentInfo.extend({ created: z.boolean() }) },
    },
    async ({ c, query }) => {
      const type = c.req.header("content-type") ?? "";
      let name = query.name ?? "upload.txt";
      let dct = query.dct ?? null;
      let text: string;
      if (type.startsWith("application/json")) {
        const parsed = z.object({ name: z.string().min(1).max(300).optional(), text: z.string().min(1), dct: Dct }).safeParse(await c.req.json().catch(() => undefined));
        if (!parsed.success) throw new ApiError(400, "invalid_request", parsed.error.issues.map((i) => `body ${i.path.join(".")}: ${i.message}`).join("; "));
        name = parsed.data.name ?? name;
        dct = parsed.data.dct ?? dct;
        text = decodeText(new TextEncoder().encode(parsed.data.text), name);
      } else if (type === "" || type.startsWith("text/plain")) {
        text = decodeText(new Uint8Array(await c.req.arrayBuffer()), name);
      } else {
        throw new ApiError(415, "unsupported_media_type", `send text/plain or application/json, not ${type}`);
      }
      const stored = await store.ingest(name, text, { dct });
      return c.json(stored, stored.created ? 201 : 200);
    },
  );

  router.route(
    {
      method: "get",
      path: "/api/documents/:id",
      summary: "One document with all its layers (the extract --format json object) and the lifetimes of the states it names",
      tag: "documents",
      params: DocumentId,
      response: { status: 200, description: "the document, its extraction (corrections applied) and its states by Wikidata id", schema: z.object({ document: DocumentInfo, extraction: Extraction, states: z.record(z.string(), StateLife) }) },
    },
    async ({ c, params }) => {
      const document = await store.getDocument(params.id);
      if (!document) throw new ApiError(404, "not_found", `no document with id ${params.id}`);
      const extraction = await extractionOf(params.id);
      return c.json({ document, extraction, states: statesOf(extraction) });
    },
  );

  router.route(
    {
      method: "get",
      path: "/api/documents/:id/export/:format",
      summary: "Export a document in one of the export formats (corrections applied)",
      tag: "documents",
      params: DocumentId.extend({ format: z.enum(FORMATS) }),
      query: z.object({
        download: z.enum(["0", "1"]).optional().describe("1: sent as a file to save (Content-Disposition: attachment)"),
        bom: z.enum(["0", "1"]).optional().describe("csv only: 1 starts the file with a UTF-8 byte order mark, so that Excel reads it as UTF-8"),
      }),
      response: { status: 200, description: "the export", mediaType: "text/plain" },
    },
    async ({ c, params, query }) => {
      const body = exportAs(params.format, await extractionOf(params.id), { bom: query.bom === "1" });
      c.header("content-type", MEDIA_TYPES[params.format]);
      if (query.download === "1") {
        const document = await store.getDocument(params.id);
        const base = (document?.name ?? params.id).replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "_") || params.id;
        c.header("content-disposition", `attachment; filename="${base}.${EXTENSIONS[params.format]}"`);
      }
      return c.body(body);
    },
  );

  router.route(
    {
      method: "get",
      path: "/api/entities",
      summary: "Entities (actors, places, treaties…) with their Wikidata ids and mentions",
      tag: "facts",
      query: z.object({ document: z.string().max(128).optional(), kind: Entity.shape.kind.optional(), q: z.string().max(200).optional() }),
      response: { status: 200, description: "the entities", schema: z.array(withDocument(Entity)) },
    },
    async ({ c, query }) => c.json(await store.entities(query)),
  );

  router.route(
    {
      method: "get",
      path: "/api/events",
      summary: "Coded events, filtered by actor, type, modality, date range and document",
      tag: "facts",
      query: z.object({
        document: z.string().max(128).optional(),
        actor: Actor.optional().describe("entity id, Wikidata id, name or alias; matches source or target"),
        type: PloverType.optional(),
        modality: Modality.optional(),
        from: EdtfBound.optional(),
        to: EdtfBound.optional(),
      }),
      response: { status: 200, description: "the events", schema: z.array(withDocument(Event)) },
    },
    async ({ c, query }) => {
      if (query.from && query.to && startsAfter(query.from, query.to)) throw new ApiError(400, "invalid_request", `query from ${query.from} is after to ${query.to}`);
      return c.json(await store.events(query));
    },
  );

  router.route(
    {
      method: "get",
      path: "/api/treaties",
      summary: "Treaties with parties, dates and typed clauses",
      tag: "facts",
      query: z.object({ document: z.string().max(128).optional() }),
      response: { status: 200, description: "the treaties", schema: z.array(withDocument(Treaty)) },
    },
    async ({ c, query }) => c.json(await store.treaties(query)),
  );

  const whatif = async (c: import("hono").Context, input: z.infer<typeof WhatifQuery>) => {
    let document = input.document;
    if (!document) {
      const docs = await store.listDocuments();
      if (docs.length !== 1) throw new ApiError(400, "invalid_request", `name the document (the store holds ${docs.length})`);
      document = docs[0].id;
    }
    return c.json(await runWhatif(await extractionOf(document), input));
  };
  router.route(
    { method: "get", path: "/api/whatif", summary: "Treaty obligations that an attack triggers", tag: "reasoning", query: WhatifQuery, response: { status: 200, description: "obligations, breaches and treaties not in force", schema: WhatifResult } },
    async ({ c, query }) => whatif(c, query),
  );
  router.route(
    { method: "post", path: "/api/whatif", summary: "Treaty obligations that an attack triggers (JSON body)", tag: "reasoning", body: WhatifQuery.extend({ unprovoked: z.boolean().optional() }), response: { status: 200, description: "obligations, breaches and treaties not in force", schema: WhatifResult } },
    async ({ c, body }) => whatif(c, { ...body, unprovoked: body.unprovoked ?? false }),
  );

  router.route(
    {
      method: "get",
      path: "/api/search",
      summary: "Full-text search over the stored documents",
      tag: "facts",
      query: z.object({ q: z.string().trim().min(2, "at least 2 characters").max(200) }),
      response: { status: 200, description: "matching sentences", schema: z.array(z.object({ document: z.string(), name: z.string(), sentence: z.number(), start: z.number(), end: z.number(), snippet: z.string() })) },
    },
    async ({ c, query }) => c.json(await store.search(query.q)),
  );

  const CorrectionBody = z.object({
    document: z.string().min(1).max(128),
    target: z.enum(["entity", "event", "timex", "treaty"]),
    id: z.string().min(1).max(128),
    field: z.string().min(1).max(64),
    value: z.unknown().refine((v) => v !== undefined, "a value is required"),
    author: z.string().min(1).max(200),
    note: z.string().max(2000).optional(),
  });
  router.route(
    { method: "post", path: "/api/corrections", summary: "Record a human correction of an entity link, an event or a timex", tag: "corrections", body: CorrectionBody, response: { status: 201, description: "the stored correction", schema: z.object({ id: z.string() }).passthrough() } },
    async ({ c, body }) => {
      if (!(await store.getDocument(body.document))) throw new ApiError(404, "not_found", `no document with id ${body.document}`);
      return c.json(await store.addCorrection(body as z.infer<typeof CorrectionBody> & { value: unknown }), 201);
    },
  );

  router.route(
    { method: "get", path: "/api/conflicts", summary: "Facts on which the stored documents disagree", tag: "reasoning", response: { status: 200, description: "the disagreements, with both sources" } },
    async ({ c }) => c.json(await withCitations(await store.conflicts(), extractionOf)),
  );

  queueRoutes(router, store);

  app.get("/api/openapi.json", (c) => c.json(openApiDocument(router, { title: "annalist API", version: "0.1.0" })));
  app.all("/api/*", (c) => c.json({ error: "not_found", detail: `no route ${c.req.method} ${c.req.path}` }, 404));

  options.mount?.(app);
  return { app, router };
}


interface ConflictLike {
  values?: { evidence?: { document: string; start: number; end: number; citations?: string[] }[] }[];
}

/** Each piece of a conflict's evidence with the citations of the sentences it lies in ("Jones, pg. 178"). */
async function withCitations(conflicts: unknown[], extractionOf: (id: string) => Promise<import("../schema.ts").Extraction>): Promise<unknown[]> {
  const extractions = new Map<string, Promise<import("../schema.ts").Extraction | null>>();
  const load = (id: string) => extractions.get(id) ?? extractions.set(id, extractionOf(id).catch(() => null)).get(id)!;
  for (const conflict of conflicts as ConflictLike[]) {
    for (const value of conflict.values ?? []) {
      for (const e of value.evidence ?? []) {
        const x = await load(e.document);
        if (!x) continue;
        const sentences = x.sentences.filter((s) => s.end > e.start && s.start < Math.max(e.end, e.start + 1));
        const from = sentences[0]?.start ?? e.start;
        const to = sentences[sentences.length - 1]?.end ?? e.end;
        e.citations = x.citations.filter((ci) => ci.start >= from && ci.start < to).map(citationLabel);
      }
    }
  }
  return conflicts;
}

/** Whether the first day of one date comes after the last day of another (from 1942 to 1941-06). */
function startsAfter(from: string, to: string): boolean {
  const first = dayInterval(from)?.earliest;
  const last = dayInterval(to)?.latest;
  return !!first && !!last && (compareDays(first, last) ?? 0) > 0;
}
