import { Text } from 'ink';
import { memo } from 'react';
import type { Paper } from '../../domain/paper.js';
import type { Tier } from '../../search/engine/filter.js';
import { fitWidth, highlightSegments, rowColumns } from '../../text/row-layout.js';
import { authorLabel, rowText } from '../../text/plain.js';

export interface PaperRowProps {
  paper: Paper;
  selected: boolean;
  read: boolean;
  starred: boolean;
  titleRanges: [number, number][];
  width: number;
  /** Shown before the title in cross-day lists. */
  dateLabel?: string;
  /** False when no paper of the list has authors: no author column then. */
  authorColumn?: boolean;
  /** The paper matches a follow: marked beside the star. */
  followed?: boolean;
  /** TL;DR mode: the one-line summary, shown dim on a second line. */
  tldr?: string;
  /** How the filter matched: a fuzzy (typo) match gets a dim "~" in the marker column. */
  tier?: Tier;
}

/** One line, cells fitted to exact widths: cursor, unread dot, "~" for a fuzzy match, star, follow,
 *  title (matches highlighted), first author, upvotes. */
export const PaperRow = memo(function PaperRow(props: PaperRowProps) {
  const { paper, selected, read, starred, width } = props;
  const cols = rowColumns(width, Boolean(props.dateLabel), props.authorColumn ?? true);
  const title = fitWidth(rowText(paper.title), cols.title);
  const votes = paper.upvotes === undefined ? '' : `▲${paper.upvotes}`;
  return (
    // One text with styled parts: one layout node per row keeps the first frame and every
    // redraw cheap (cells are fitted to exact widths, so nothing wraps).
    <Text>
      <Text color={selected ? 'cyan' : 'blue'} bold={selected}>
        {selected ? '›' : ' '}
        {read ? ' ' : '●'}
      </Text>
      {props.tier === 'fuzzy' ? <Text dimColor>~</Text> : ' '}
      <Text color="yellow">
        {starred ? '★' : ' '}
        {props.followed ? '+' : ' '}
      </Text>
      {props.dateLabel ? <Text dimColor>{fitWidth(props.dateLabel, cols.date)}</Text> : null}
      <Text bold={!read} dimColor={read && !selected} inverse={selected}>
        {highlightSegments(title, props.titleRanges).map((s, i) =>
          s.hit ? (
            <Text key={i} color="yellow" underline>
              {s.text}
            </Text>
          ) : (
            s.text
          ),
        )}
      </Text>
      {cols.author ? (
        <Text dimColor>{` ${fitWidth(authorLabel(paper.authors), cols.author)}`}</Text>
      ) : null}
      <Text color="green">{votes.padStart(6)}</Text>
      {props.tldr !== undefined ? <Text dimColor>{`\n     ${props.tldr}`}</Text> : null}
    </Text>
  );
});
