// Everything that can happen to the reader, as data: key presses and what effects report.
import type { DayList } from '../domain/paper.js';
import type { SearchHit } from '../search/engine/types.js';
import type { KeyPress } from './keys/parse.js';
import type { Renderer } from './model.js';
import type { DaySummary, ForYouResult, RefreshResult } from './services.js';
import type { Follow } from '../triage/follows.js';

export type Msg =
  | { type: 'key'; key: KeyPress }
  | { type: 'resize'; columns: number; rows: number }
  | { type: 'dayLoaded'; day: DayList; days: string[] | undefined; open?: string }
  | { type: 'dayFailed'; message: string; days?: string[] }
  | { type: 'goToDay'; date: string; wrapped?: boolean }
  | { type: 'summaries'; list: DaySummary[] }
  | { type: 'followedCounts'; counts: ReadonlyMap<string, number> | undefined }
  | { type: 'searchResult'; query: string; hits: SearchHit[] }
  | { type: 'refreshed'; date: string; result: RefreshResult; updatedAt: string | undefined }
  | { type: 'refreshStart' }
  | { type: 'rendererLoaded'; render: Renderer }
  | { type: 'status'; text: string; kind: 'info' | 'error' }
  | { type: 'statusExpired'; id: number }
  | { type: 'start' }
  | { type: 'select'; id: string }
  | { type: 'emptyDays'; days: string[] }
  | { type: 'fetchProgress'; text: string }
  | { type: 'fetched'; newest?: string; offline: boolean; days: string[] }
  | { type: 'forYouRanked'; date: string; result: ForYouResult }
  | { type: 'follows'; list: Follow[]; said?: string }
  | { type: 'relatedResult'; id: string; hits: SearchHit[] }
  | { type: 'indexProgress'; done: number; total: number };
