// Turns errors into a message on stderr and a non-zero exit code; never a stack trace for bad input.
import { AnnalistError } from "../errors.ts";

export function exitWith(error: unknown): never {
  if (isClosedPipe(error)) process.exit(0);
  if (error instanceof AnnalistError) {
    process.stderr.write(`annalist: ${error.describe()}\n`);
    process.exit(2);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`annalist: internal error: ${message}\n`);
  if (process.env.ANNALIST_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
  process.exit(70);
}

/** Wraps a command action so that every failure ends in exitWith. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void) {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      exitWith(e);
    }
  };
}

/** A reader that stopped early (`annalist extract … | head`) closes our stdout: that ends the output, not an error. */
export function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EPIPE";
}
