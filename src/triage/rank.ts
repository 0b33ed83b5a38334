// The "for you" order of a day and the one-line reason for each paper. Pure: no I/O.
import type { Paper } from '../domain/paper.js';
import { followMatcher, type Follow } from './follows.js';
import { cachedTerms, MIN_STARS, paperVector, type InterestModel } from './interest.js';
import { idf, type DocFreq, type Vec } from './vectors.js';
import { AUTHOR, ORG, PAIR, PHRASE, stem } from './terms.js';
import { words } from '../search/engine/index-core.js';

/** A followed paper moves up about as far as a close match to the reader's stars would. */
export const FOLLOW_BONUS = 0.3;
/** The score from which a paper is said to be "like" the stars (strong matches are 0.05+). */
const LIKE_SCORE = 0.02;
/** A hidden paper goes below everything not hidden. */
const HIDDEN_PENALTY = 10;

export interface ForYouRow {
  paper: Paper;
  /** The model's closeness plus follow bonus; what `--json` shows as `forYou`. */
  score: number;
  followed: Follow[];
}

export interface ForYou {
  rows: ForYouRow[];
  /** True when there were fewer than MIN_STARS stars and upvotes decided the order. */
  coldStart: boolean;
  /** Says how the order was made, for a status line ("for you: …"). */
  note: string;
}

export interface Triage {
  model: InterestModel;
  stats: DocFreq;
  follows: Follow[];
  isHidden: (id: string) => boolean;
}

const byUpvotes = (a: ForYouRow, b: ForYouRow) =>
  (b.paper.upvotes ?? -1) - (a.paper.upvotes ?? -1) || a.paper.title.localeCompare(b.paper.title);

/**
 * `papers` ordered for this reader: best first, hidden papers last. With fewer than MIN_STARS
 * stars the order is upvotes (followed papers still first) and the note says why.
 */
export function rankForYou(papers: Paper[], t: Triage): ForYou {
  const match = followMatcher(t.follows);
  const stars = t.model.stars;
  const coldStart = stars < MIN_STARS;
  const rows = papers.map((paper): ForYouRow => {
    const followed = match(paper);
    let score = coldStart ? 0 : t.model.score(cachedTerms(paper), t.stats);
    if (followed.length > 0) score += FOLLOW_BONUS;
    if (t.isHidden(paper.id)) score -= HIDDEN_PENALTY;
    return { paper, score, followed };
  });
  // Upvotes break ties (and order everything in a cold start); the sort is stable.
  rows.sort((a, b) => b.score - a.score || byUpvotes(a, b));
  const note = coldStart
    ? `for you needs ${MIN_STARS} stars (you have ${stars}): sorted by upvotes${t.follows.length ? ', follows first' : ''}`
    : `for you: learned from ${stars} starred paper${stars === 1 ? '' : 's'}`;
  return { rows, coldStart, note };
}

/** Readable words for a term of `p`: the phrase itself, or the words in `p` it stems from. */
function surface(term: string, p: Paper): string | undefined {
  if (term.startsWith(PHRASE)) return term.slice(PHRASE.length);
  if (term.startsWith(AUTHOR) || term.startsWith(ORG)) return undefined;
  const parts = term.split(PAIR);
  const text = words(`${p.title} ${p.keywords.join(' ')} ${p.abstract}`);
  const found = parts.map((s) => text.find((w) => stem(w) === s));
  return found.every(Boolean) ? found.join(' ') : undefined;
}

/**
 * Why a paper ranks where it does, in a line: "like 3 papers you starred: gaussian
 * splatting, avatars; follows: author Tomas Pfister". Empty when nothing explains it.
 */
export function explainForYou(
  p: Paper,
  t: Pick<Triage, 'model' | 'stats'>,
  followed: Follow[] = [],
  maxTopics = 2,
): string {
  const parts: string[] = [];
  // Only a paper clearly nearer the stars than the library at large is "like" them.
  if (t.model.stars >= MIN_STARS && t.model.score(cachedTerms(p), t.stats) >= LIKE_SCORE) {
    const vec: Vec = paperVector(p, t.stats);
    // A term's share of the score: how much more the stars hold it than the library does
    // ("real-world" is in most robotics papers, and in many others too). Two-word topics
    // ("gaussian splatting") say more than one word, and a topic one star had is no pattern.
    const { n, alpha } = t.stats;
    const positive = t.model.positive || 1;
    const shared = [...vec]
      .map(([term, w]) => {
        const multi = term.startsWith(PHRASE) || term.includes(PAIR);
        const library = n ? (alpha * idf(t.stats, term) * t.stats.df(term)) / n : 0;
        const liked = (t.model.profile.get(term) ?? 0) / positive;
        return { term, gain: w * (liked - library) * (multi ? 2 : 1) };
      })
      .filter((x) => x.gain > 0 && (t.model.starTerms.get(x.term) ?? 0) >= 2)
      .sort((a, b) => b.gain - a.gain);
    const labels: string[] = [];
    let liked = 0;
    for (const { term, gain } of shared) {
      // A second topic far behind the first is noise, not a reason.
      if (labels.length >= maxTopics || gain < shared[0]!.gain / 4) break;
      const label = surface(term, p)?.toLowerCase();
      // "gaussian splatting" already says "gaussian".
      if (!label || label.length < 3 || labels.some((l) => l.includes(label) || label.includes(l)))
        continue;
      // How many starred papers hold the leading topic.
      if (labels.length === 0) liked = t.model.starTerms.get(term) ?? 0;
      labels.push(label);
    }
    if (labels.length > 0)
      parts.push(`like ${liked} paper${liked === 1 ? '' : 's'} you starred: ${labels.join(', ')}`);
  }
  if (followed.length > 0) parts.push(`follows: ${followed.map((f) => f.value).join(', ')}`);
  return parts.join('; ');
}

export { MIN_STARS };
