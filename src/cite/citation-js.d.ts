// The parts of @citation-js/core that csl.ts uses (the package ships no type declarations).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: "bibliography" | "citation" | "data", options?: Record<string, unknown>): string | object;
  }
  export const plugins: {
    config: { get(name: string): Record<string, unknown> };
  };
}
declare module "@citation-js/plugin-csl";
