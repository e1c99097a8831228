import { describe, expect, it } from '@jest/globals';
import { KeptAnswers, keptAnswerKey } from './kept-answers.js';

function answersAt(start = 0, capacity = 3, maxBytes?: number) {
  const views = { generation: start };
  return { views, answers: new KeptAnswers(() => views.generation, capacity, maxBytes) };
}

describe('KeptAnswers', () => {
  it('gives back an answer kept at the generation it was read at', () => {
    const { answers } = answersAt(7);
    const readAt = answers.current();
    answers.keep('a', readAt, { table: 1 });
    expect(answers.find('a')).toEqual({ table: 1 });
    expect(answers.find('b')).toBeUndefined();
  });

  it('forgets every answer once the views change', () => {
    const { views, answers } = answersAt();
    answers.keep('a', answers.current(), 1);
    answers.keep('b', answers.current(), 2);
    views.generation += 1;
    expect(answers.find('a')).toBeUndefined();
    expect(answers.size).toBe(0);
  });

  it('does not keep an answer whose reading overlapped a change of the views', () => {
    const { views, answers } = answersAt();
    const readAt = answers.current();
    views.generation += 1;
    answers.keep('a', readAt, 'read half before, half after');
    expect(answers.find('a')).toBeUndefined();
  });

  it('drops the oldest answer when full', () => {
    const { answers } = answersAt(0, 2);
    for (const key of ['a', 'b', 'c']) answers.keep(key, answers.current(), key);
    expect([answers.find('a'), answers.find('b'), answers.find('c')]).toEqual([undefined, 'b', 'c']);
  });

  it('drops the oldest answers to stay within its bytes', () => {
    // Each answer below takes its key (1) and its body, {"data":"xxxxxxxxxx"} and a newline (22): 23 bytes; 184 bytes hold eight.
    const { answers } = answersAt(0, 100, 184);
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) answers.keep(key, answers.current(), 'x'.repeat(10));
    expect(answers.size).toBe(8);
    expect(answers.find('a')).toBeUndefined();
    expect(answers.find('i')).toBe('x'.repeat(10));
  });

  it('does not keep an answer larger than an eighth of its bytes', () => {
    // An eighth is 23 bytes: 'small' takes 5 + 13, 'large' 5 + 22.
    const { answers } = answersAt(0, 100, 184);
    answers.keep('small', answers.current(), 'x');
    answers.keep('large', answers.current(), 'x'.repeat(10));
    expect([answers.find('small'), answers.find('large')]).toEqual(['x', undefined]);
  });

  it('keeps nothing with no room', () => {
    const { answers } = answersAt(0, 0);
    answers.keep('a', answers.current(), 1);
    expect(answers.find('a')).toBeUndefined();
  });
});

describe('KeptAnswers.stringifyResult', () => {
  it('writes a kept answer as the body made when it was kept, and anything else as Apollo does', () => {
    const { answers } = answersAt();
    const kept = { auditTrail: { edges: [{ node: { summary: '记录支出 1.00 元' } }] } };
    answers.keep('a', answers.current(), kept);
    const body = answers.stringifyResult({ errors: undefined, data: answers.find('a'), extensions: undefined });
    // Made once, at keep: what the answer holds afterwards does not change it.
    kept.auditTrail.edges.push({ node: { summary: 'later' } });

    expect(answers.stringifyResult({ data: kept })).toBe(body);
    expect(body).toBe('{"data":{"auditTrail":{"edges":[{"node":{"summary":"记录支出 1.00 元"}}]}}}\n');
    const fresh = { auditTrail: { edges: [] } };
    expect(answers.stringifyResult({ errors: undefined, data: fresh, extensions: undefined })).toBe('{"data":{"auditTrail":{"edges":[]}}}\n');
    const failed = { errors: [{ message: '无权查看' }], data: kept };
    expect(answers.stringifyResult(failed)).toBe(`${JSON.stringify(failed)}\n`);
  });
});

describe('keptAnswerKey', () => {
  const base = { directoryRevision: 4, actor: { userId: 'u1', roles: ['OFFICE'] }, queryHash: 'h', operationName: null, variables: { first: 1 } };

  it('differs in every part an answer is made of', () => {
    const variants = [
      base,
      { ...base, directoryRevision: 5 },
      { ...base, actor: { userId: 'u1', roles: [] } },
      { ...base, actor: { userId: 'u2', roles: ['OFFICE'] } },
      { ...base, queryHash: 'other' },
      { ...base, operationName: 'Named' },
      { ...base, variables: { first: 2 } },
    ];
    expect(new Set(variants.map(keptAnswerKey)).size).toBe(variants.length);
  });

  it('takes absent variables as none', () => {
    expect(keptAnswerKey({ ...base, variables: undefined })).toBe(keptAnswerKey({ ...base, variables: {} }));
  });
});
