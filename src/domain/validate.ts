import { isValidDate, type DayList, type Paper, type SourceName } from './paper.js';
import { defined, isRec, type Rec } from './records.js';

/** Thrown when stored or imported data does not have the shape we wrote; names the field. */
export class ValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationError';
  }
}

function str(o: Rec, key: string, where: string, required = false): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (required) throw new ValidationError(`${where}.${key} is missing`);
    return undefined;
  }
  if (typeof v !== 'string') throw new ValidationError(`${where}.${key} is not a string`);
  return v;
}

function num(o: Rec, key: string, where: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new ValidationError(`${where}.${key} is not a number`);
  return v;
}

function strList(o: Rec, key: string, where: string): string[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new ValidationError(`${where}.${key} is not a list of strings`);
  // A copy: the paper must not share arrays with whatever it was read from.
  return [...(v as string[])];
}

function validatePaper(v: unknown, where: string): Paper {
  if (!isRec(v)) throw new ValidationError(`${where} is not an object`);
  const links = v.links === undefined ? {} : v.links;
  if (!isRec(links)) throw new ValidationError(`${where}.links is not an object`);
  const paper: Paper = {
    id: str(v, 'id', where, true)!,
    title: str(v, 'title', where, true)!,
    authors: strList(v, 'authors', where),
    date: str(v, 'date', where, true)!,
    abstract: str(v, 'abstract', where) ?? '',
    summary: str(v, 'summary', where) ?? '',
    takeaways: strList(v, 'takeaways', where),
    links: defined({
      abs: str(links, 'abs', `${where}.links`),
      pdf: str(links, 'pdf', `${where}.links`),
      code: str(links, 'code', `${where}.links`),
      project: str(links, 'project', `${where}.links`),
    }),
    keywords: strList(v, 'keywords', where),
    sources: strList(v, 'sources', where) as SourceName[],
  };
  // Optional fields are left out when absent, so a round trip through disk (JSON drops
  // undefined) gives the same object.
  return Object.assign(
    paper,
    defined({
      publishedAt: str(v, 'publishedAt', where),
      summarySource: str(v, 'summarySource', where),
      takeawaysSource: str(v, 'takeawaysSource', where),
      upvotes: num(v, 'upvotes', where),
      numComments: num(v, 'numComments', where),
      githubStars: num(v, 'githubStars', where),
      comment: str(v, 'comment', where),
      topics: v.topics === undefined ? undefined : strList(v, 'topics', where),
      categories: v.categories === undefined ? undefined : strList(v, 'categories', where),
      organization: str(v, 'organization', where),
      translation: str(v, 'translation', where),
      translationLang: str(v, 'translationLang', where),
    }),
  );
}

/** Validates a day file's content; `where` names the file in messages. */
export function validateDay(v: unknown, where = 'day'): DayList {
  if (!isRec(v)) throw new ValidationError(`${where} is not an object`);
  const date = str(v, 'date', where, true)!;
  if (!isValidDate(date)) throw new ValidationError(`${where}.date "${date}" is not YYYY-MM-DD`);
  if (!Array.isArray(v.papers)) throw new ValidationError(`${where}.papers is not a list`);
  return {
    date,
    papers: v.papers.map((p, i) => validatePaper(p, `${where}.papers[${i}]`)),
    sources: strList(v, 'sources', where) as SourceName[],
    updatedAt: str(v, 'updatedAt', where),
  };
}
