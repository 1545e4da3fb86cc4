import { describe, expect, it } from 'vitest';
import { betterScore, parseDrillScore } from '../../src/lib/drill-score';

describe("the scam drill's stored best score", () => {
  it.each([
    ['{"best":3,"total":5}', { best: 3, total: 5 }],
    ['{"best":0,"total":5}', { best: 0, total: 5 }],
    ['{"best":5,"total":5}', { best: 5, total: 5 }],
  ])('reads %s', (raw, score) => {
    expect(parseDrillScore(raw, 5)).toEqual(score);
  });

  it.each([
    null,
    '',
    'not json',
    'null',
    '[]',
    '{"best":99,"total":5}',
    '{"best":99,"total":99}',
    '{"best":-1,"total":5}',
    '{"best":2.5,"total":5}',
    '{"best":"3","total":5}',
    '{"best":3,"total":"5"}',
    '{"best":3}',
  ])('reads %j as no score', (raw) => {
    expect(parseDrillScore(raw, 5)).toBeNull();
  });

  it.each([
    [null, 3, { best: 3, total: 5 }],
    [{ best: 4, total: 5 }, 3, { best: 4, total: 5 }],
    [{ best: 2, total: 5 }, 3, { best: 3, total: 5 }],
    [null, 99, { best: 5, total: 5 }],
    [null, -2, { best: 0, total: 5 }],
  ])('after a round, %j and %i keep %j', (saved, score, kept) => {
    expect(betterScore(saved, score, 5)).toEqual(kept);
  });
});
