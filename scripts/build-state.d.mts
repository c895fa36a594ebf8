// Types of build-state.mjs, which stays plain JavaScript because bin/annalist.js runs it before anything is built.
export type Manifest = Record<string, [size: number, mtimeMs: number, sha256: string]>;
export interface Stamp {
  version: string;
  /** Product → version of its precomputed files in dist/derived. */
  derived?: Record<string, string>;
  builtAt: string;
  node: string;
  manifest: Manifest;
}
export const root: string;
export const distDir: string;
export const stampPath: string;
export function inputFiles(): string[];
export function manifestNow(): Manifest;
export function versionOf(manifest: Manifest): string;
export function readStamp(): Stamp | null;
export function staleReason(stamp?: Stamp | null): string | null;
