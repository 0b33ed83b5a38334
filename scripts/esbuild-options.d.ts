/** A library Ink imports, replaced by our drop-in module for the listed importers. */
export interface Swap {
  module: string;
  by: string;
  for: string[];
}
export const swaps: Swap[];
export function bundleOptions(define: Record<string, string>): Record<string, unknown>;
/** What wraps the script bundle dist/cli.js (started by src/boot/start.ts). */
export const SCRIPT_WRAPPER: { banner: string; footer: string };
export function scriptBundleOptions(define: Record<string, string>): Record<string, unknown>;
