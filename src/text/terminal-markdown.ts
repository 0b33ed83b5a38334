// Markdown → terminal text through marked + marked-terminal. Importing marked-terminal costs
// ~115 ms, so callers load this module lazily, after the first frame.
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { paneLines } from './wrap.js';

let instance: Marked | undefined;

function marked(): Marked {
  if (instance) return instance;
  const m = new Marked();
  // marked-terminal's own reflow counts characters, not columns (CJK comes out twice as
  // wide), so it emits long lines and paneLines wraps them by display width.
  m.use(
    markedTerminal({
      reflowText: false,
      width: 10_000,
      showSectionPrefix: false,
      tab: 2,
      emoji: false,
    }) as never,
  );
  // Links stay plain text: no OSC 8 sequences reach the terminal, whatever the URL.
  // List items: marked-terminal prints their raw source, so escapes (`\<`) and `**bold**`
  // would show as typed; render their inline tokens instead.
  m.use({
    renderer: {
      text(
        this: { parser: { parseInline(t: unknown): string } },
        token: Tokens.Text | Tokens.Escape,
      ) {
        return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
      link(this: { parser: { parseInline(t: unknown): string } }, token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        return text && text !== token.href ? `${text} (${token.href})` : token.href;
      },
    },
  });
  instance = m;
  return m;
}

/** Renders Markdown for a pane `width` columns wide; returns the lines. */
export function renderMarkdown(md: string, width: number): string[] {
  const out = marked().parse(md, { async: false }) as string;
  return paneLines(out, width);
}
