// The digests cut some code URLs short ("…/hipne" for "…/hipnet") while the comment or
// abstract of the same record holds the whole URL. Pure.

const URL_IN_TEXT = /https?:\/\/[^\s"'<>()[\]{}，。；]+/g;

/** A URL as written in prose, without the sentence's punctuation after it. */
function trimmed(url: string): string {
  return url.replace(/[.,;:!?]+$/, '');
}

/**
 * `cut` made whole from a longer URL found in `texts` that extends it within its last path
 * segment ("…/hipne" → "…/hipnet"). A longer URL that only adds "/", ".git" or a further
 * path is not a repair: `cut` was complete. Returns `cut` itself when nothing extends it, or
 * when two different URLs would.
 */
export function repairCutUrl(cut: string, texts: readonly string[]): string {
  if (cut.endsWith('/')) return cut;
  const found = new Set<string>();
  for (const t of texts)
    for (const m of t.matchAll(URL_IN_TEXT)) {
      const url = trimmed(m[0]);
      if (url.startsWith(cut) && /^[\w-]+$/.test(url.slice(cut.length))) found.add(url);
    }
  return found.size === 1 ? [...found][0]! : cut;
}
