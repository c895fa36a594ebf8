// Errors are values with a position until the CLI or the API turns them into messages and exit codes.
export interface Position {
  file?: string;
  line?: number;
  column?: number;
  offset?: number;
}

export class AnnalistError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly position: Position = {},
  ) {
    super(message);
    this.name = "AnnalistError";
  }

  /** "file:line:column: message" in the style of compilers, so editors can jump to it. */
  describe(): string {
    const { file, line, column, offset } = this.position;
    const where = [file, line, line !== undefined ? column : undefined].filter((x) => x !== undefined).join(":");
    const at = offset !== undefined && line === undefined ? ` (offset ${offset})` : "";
    return `${where ? `${where}: ` : ""}${this.message}${at}`;
  }
}

/** Line and column (1-based) of a UTF-16 offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
