// Routes declared with their zod schemas: the same declaration validates requests and describes
// the route in the OpenAPI document, so the two cannot drift apart.
import type { Context, Hono } from "hono";
import { z } from "zod";

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 413 | 415 | 422 | 500 | 501,
    readonly error: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

type Method = "get" | "post";

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: Method;
  /** Hono path, e.g. /api/documents/:id */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  /** A JSON body; `text/plain` bodies are read by the handler itself and declared with `textBody`. */
  body?: B;
  textBody?: string;
  response: { status: number; description: string; schema?: z.ZodType; mediaType?: string };
}

export interface Input<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  c: Context;
}

export interface OpenApiOperation {
  spec: RouteSpec<z.ZodType, z.ZodType, z.ZodType>;
}

export class Router {
  readonly operations: OpenApiOperation[] = [];
  constructor(readonly app: Hono) {}

  route<P extends z.ZodType = z.ZodObject<{}>, Q extends z.ZodType = z.ZodObject<{}>, B extends z.ZodType = z.ZodUnknown>(
    spec: RouteSpec<P, Q, B>,
    handler: (input: Input<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<Response> | Response,
  ): void {
    this.operations.push({ spec: spec as unknown as RouteSpec<z.ZodType, z.ZodType, z.ZodType> });
    this.app[spec.method](spec.path, async (c) => {
      const params = parse("path parameter", spec.params, c.req.param());
      const query = parse("query", spec.query, c.req.query());
      let body: unknown = undefined;
      if (spec.body) {
        let raw: unknown;
        try {
          raw = await c.req.json();
        } catch {
          throw new ApiError(400, "bad_request", "the body must be JSON");
        }
        body = parse("body", spec.body, raw);
      }
      return handler({ params, query, body, c } as Input<z.infer<P>, z.infer<Q>, z.infer<B>>);
    });
  }
}

function parse(where: string, schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const detail = result.error.issues.map((i) => `${where}${i.path.length ? ` ${i.path.join(".")}` : ""}: ${i.message}`).join("; ");
  throw new ApiError(400, "invalid_request", detail);
}

/** The OpenAPI 3.1 document of the declared routes. */
export function openApiDocument(router: Router, info: { title: string; version: string }): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  const json = (schema: z.ZodType) => z.toJSONSchema(schema, { unrepresentable: "any", io: "input" });
  for (const { spec } of router.operations) {
    const path = spec.path.replace(/:(\w+)/g, "{$1}");
    const parameters: unknown[] = [];
    for (const [where, schema] of [["path", spec.params], ["query", spec.query]] as const) {
      if (!(schema instanceof z.ZodObject)) continue;
      for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
        parameters.push({ name, in: where, required: where === "path" || !field.safeParse(undefined).success, schema: json(field), description: field.description });
      }
    }
    const requestBody = spec.body
      ? { required: true, content: { "application/json": { schema: json(spec.body) } } }
      : spec.textBody
        ? { required: true, description: spec.textBody, content: { "text/plain": { schema: { type: "string" } } } }
        : undefined;
    const okContent = spec.response.schema
      ? { [spec.response.mediaType ?? "application/json"]: { schema: json(spec.response.schema) } }
      : { [spec.response.mediaType ?? "application/json"]: {} };
    paths[path] ??= {};
    paths[path][spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      parameters,
      ...(requestBody ? { requestBody } : {}),
      responses: {
        [spec.response.status]: { description: spec.response.description, content: okContent },
        "4XX": { description: "invalid request", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: { schemas: { Error: json(z.object({ error: z.string(), detail: z.string() })) } },
  };
}
