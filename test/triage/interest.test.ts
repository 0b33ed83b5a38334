import { describe, expect, it } from 'vitest';
import { makePaper, type Paper } from '../../src/domain/paper.js';
import {
  InterestModel,
  MIN_STARS,
  modelFromJson,
  modelToJson,
  paperVector,
} from '../../src/triage/interest.js';
import { explainForYou, rankForYou } from '../../src/triage/rank.js';
import { paperTerms } from '../../src/triage/terms.js';
import { TermCounts } from '../../src/triage/vectors.js';
import { isRobotics, realDays } from './real-days.js';

const days = realDays();
const stats = new TermCounts();
for (const d of days) for (const p of d.papers) stats.add(paperTerms(p).keys());
stats.calibrate(days.flatMap((d) => d.papers).map(paperTerms));

function roboticsReader(): InterestModel {
  const m = new InterestModel();
  for (const d of days.slice(0, 30))
    for (const p of d.papers) if (isRobotics(p)) m.learn(p.id, paperVector(p, stats), 1);
  return m;
}

const triage = (model: InterestModel, hidden: string[] = []) => ({
  model,
  stats,
  follows: [],
  isHidden: (id: string) => hidden.includes(id),
});

describe('the "for you" model', () => {
  it('puts a robotics paper first on most later days for a reader who starred robotics', () => {
    const model = roboticsReader();
    let days_ = 0;
    let first = 0;
    for (const d of days.slice(30)) {
      if (!d.papers.some(isRobotics)) continue;
      days_++;
      if (isRobotics(rankForYou(d.papers, triage(model)).rows[0]!.paper)) first++;
    }
    expect(days_).toBeGreaterThan(10);
    expect(first / days_).toBeGreaterThanOrEqual(0.8);
  });

  it('falls back to upvotes below five stars and says so', () => {
    const m = new InterestModel();
    const robots = days.flatMap((d) => d.papers).filter(isRobotics);
    for (const p of robots.slice(0, MIN_STARS - 1)) m.learn(p.id, paperVector(p, stats), 1);
    const day = days[40]!.papers;
    const r = rankForYou(day, triage(m));
    expect(r.coldStart).toBe(true);
    expect(r.note).toMatch(/needs 5 stars \(you have 4\).*upvotes/);
    const votes = r.rows.map((x) => x.paper.upvotes ?? -1);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
  });

  it('ranks hidden papers last and counts a hide against similar papers', () => {
    const model = roboticsReader();
    const day = days.slice(30).find((d) => d.papers.filter(isRobotics).length >= 2)!.papers;
    const top = rankForYou(day, triage(model)).rows[0]!.paper;
    const after = rankForYou(day, triage(model, [top.id])).rows;
    expect(after.at(-1)!.paper.id).toBe(top.id);
    const before = model.score(paperTerms(top), stats);
    model.learn(top.id, paperVector(top, stats), -0.6);
    expect(model.score(paperTerms(top), stats)).toBeLessThan(before);
  });

  it('unstarring undoes a star exactly (incremental retraining)', () => {
    const model = roboticsReader();
    const p = days[50]!.papers[0]!;
    const before = modelToJson(model);
    model.learn(p.id, paperVector(p, stats), 1);
    model.learn(p.id, paperVector(p, stats), 0);
    const after = modelToJson(model);
    expect(after.contributors).toEqual(before.contributors);
    expect(after.positive).toBeCloseTo(before.positive, 9);
    const score = (j: typeof before) => modelFromJson(j)!.score(paperTerms(p), stats);
    expect(score(after)).toBeCloseTo(score(before), 6);
  });

  it('survives a round trip through its saved form and refuses what is not one', () => {
    const model = roboticsReader();
    const back = modelFromJson(JSON.parse(JSON.stringify(modelToJson(model))))!;
    const p = days[45]!.papers[3]!;
    expect(back.score(paperTerms(p), stats)).toBeCloseTo(model.score(paperTerms(p), stats), 5);
    expect(back.stars).toBe(model.stars);
    for (const bad of [null, [], { format: 2 }, { ...modelToJson(model), profile: [['x', 'y']] }])
      expect(modelFromJson(bad)).toBeUndefined();
  });

  it('explains a ranked paper by the topics it shares with the stars and by follows', () => {
    const model = roboticsReader();
    const p = days
      .slice(30)
      .flatMap((d) => d.papers)
      .find(isRobotics)!;
    const why = explainForYou(p, { model, stats }, [{ kind: 'author', value: 'Tomas Pfister' }]);
    expect(why).toMatch(/^like \d+ papers you starred: [^;]+; follows: Tomas Pfister$/);
    const cold = explainForYou(p, { model: new InterestModel(), stats });
    expect(cold).toBe('');
    // The day's last paper is nothing like the stars: no made-up reason.
    const last = rankForYou(days[40]!.papers, triage(model)).rows.at(-1)!.paper;
    expect(explainForYou(last, { model, stats })).toBe('');
  });

  it('a followed paper moves to the top even in a cold start', () => {
    const day: Paper[] = [
      makePaper({ title: 'Popular', date: '2025-01-01', upvotes: 100, authors: ['A B'] }),
      makePaper({ title: 'Quiet', date: '2025-01-01', upvotes: 1, authors: ['Tomás Pfister'] }),
    ];
    const r = rankForYou(day, {
      ...triage(new InterestModel()),
      follows: [{ kind: 'author', value: 'tomas pfister' }],
    });
    expect(r.rows.map((x) => x.paper.title)).toEqual(['Quiet', 'Popular']);
    expect(r.rows[0]!.followed).toHaveLength(1);
  });
});
