// Whether to colour output: --color first, then NO_COLOR / FORCE_COLOR, then "is it a
// terminal". Pure.

export type ColorWhen = 'auto' | 'always' | 'never';

const set = (v: string | undefined) => v !== undefined && v !== '';

export function wantColor(
  when: ColorWhen | undefined,
  env: Record<string, string | undefined>,
  isTTY: boolean,
): boolean {
  if (when === 'always') return true;
  if (when === 'never') return false;
  // no-color.org: any non-empty value. FORCE_COLOR: "0" / "false" mean off, anything else on.
  if (set(env.NO_COLOR)) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}
