import { paneLines } from './wrap.js';

/**
 * What the detail pane shows until marked-terminal has loaded (a few frames after start):
 * the Markdown source without its markup, wrapped by display width.
 */
export function renderPlain(md: string, width: number): string[] {
  const plain = md
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return paneLines(plain, width);
}
