import { useEffect, useMemo, useState } from 'react';
import { paperToMarkdown } from '../../text/markdown.js';
import type { Paper } from '../../domain/paper.js';
import { renderPlain } from '../../text/plain-markdown.js';

type Renderer = (md: string, width: number) => string[];

/**
 * The detail pane's lines for a paper at a width, memoized. Starts with a plain renderer and
 * swaps in marked-terminal once it has loaded, so the first frame never waits for it.
 */
export function useDetailLines(
  paper: Paper | undefined,
  width: number,
  translation: boolean,
  loadRenderer: () => Promise<Renderer>,
): string[] {
  const [renderer, setRenderer] = useState<{ render: Renderer } | undefined>();
  useEffect(() => {
    let live = true;
    // Deferred a tick so the first frame is painted before the heavy import starts.
    const timer = setTimeout(() => {
      loadRenderer().then(
        (render) => live && setRenderer({ render }),
        () => {},
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [loadRenderer]);
  return useMemo(() => {
    if (!paper) return [];
    const md = paperToMarkdown(paper, { translation });
    return (renderer?.render ?? renderPlain)(md, width);
  }, [paper, width, translation, renderer]);
}
