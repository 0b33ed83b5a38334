// How a paper is named to a user. Papers without an arXiv id carry an internal key ("t-" and
// a hash of the title) that means nothing to anyone: it is never shown or copied.
import type { Paper } from '../domain/paper.js';
import { sanitizeLine, truncateForDisplay } from './sanitize.js';

const internal = (p: Pick<Paper, 'id'>) => p.id.startsWith('t-');

/** The id column of a list row: the arXiv id, or nothing. */
export function shownId(p: Pick<Paper, 'id'>): string {
  return internal(p) ? '' : p.id;
}

/** A paper named in a message ("starred: …"): its arXiv id, else its title, cut. */
export function paperLabel(p: Pick<Paper, 'id' | 'title'>): string {
  return internal(p)
    ? `"${truncateForDisplay(sanitizeLine(truncateForDisplay(p.title, 240)), 60)}"`
    : p.id;
}

/**
 * What "copy the id" copies (the reader's `y`): the arXiv id, else the paper's page (or
 * project, PDF, code) URL, else its title. Every one of these finds the paper again with
 * `papers show`.
 */
export function paperRef(p: Pick<Paper, 'id' | 'title' | 'links'>): string {
  if (!internal(p)) return p.id;
  const l = p.links;
  return l.abs ?? l.project ?? l.pdf ?? l.code ?? p.title;
}
