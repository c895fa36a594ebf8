// Telling a database that is away (restarting, unreachable) from an error in what was asked of it:
// the first is waited out and the statement tried again, the second is the document's failure.
import { setTimeout as sleep } from "node:timers/promises";

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED"]);
// SQLSTATE class 08 (connection exception); 57P01–57P03: the server is shutting down, crashed or starting up.
const SERVER_CODES = /^(08...|57P0[123])$/;
const MESSAGES = /connection terminated|connection (?:is )?(?:closed|ended)|client has encountered a connection error|not queryable|timeout exceeded when trying to connect/i;

export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e) return false;
  const code = typeof e.code === "string" ? e.code : "";
  return NETWORK_CODES.has(code) || SERVER_CODES.test(code) || (typeof e.message === "string" && MESSAGES.test(e.message));
}

/** Thrown when the database stayed away until the deadline. */
export class DatabaseAway extends Error {
  constructor(readonly cause: unknown) {
    super(`the database stayed unreachable: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/**
 * Runs `fn`, and again after a pause each time it fails because the database is away, until `deadline`
 * (a Date.now() value); other errors are thrown at once. `onWait` hears of each pause.
 */
export async function persist<T>(fn: () => Promise<T>, deadline: number, onWait?: (error: unknown) => void, signal?: AbortSignal): Promise<T> {
  let pause = 250;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (!isConnectionError(e)) throw e;
      if (Date.now() + pause > deadline || signal?.aborted) throw new DatabaseAway(e);
      onWait?.(e);
      await sleep(pause);
      pause = Math.min(pause * 2, 5000);
    }
  }
}
