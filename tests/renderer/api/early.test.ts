import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../src/api/errors';
import type { RequestMeta, Transport } from '../../../src/renderer/api/client';

// The early answers live in module state, as one page has one set: each test loads a fresh copy.
let early: typeof import('../../../src/renderer/api/early');
beforeEach(async () => {
  vi.resetModules();
  early = await import('../../../src/renderer/api/early');
});
const sendEarly: typeof early.sendEarly = (...args) => early.sendEarly(...args);
const withEarlyAnswers: typeof early.withEarlyAnswers = (...args) => early.withEarlyAnswers(...args);
const earlyAnswer: typeof early.earlyAnswer = (...args) => early.earlyAnswer(...args);
const startPageRequests: typeof early.startPageRequests = (...args) => early.startPageRequests(...args);

/** A transport that records each call and answers with a numbered envelope, so a test sees which call answered. */
function countingTransport() {
  const calls: Array<{ channel: string; request: unknown; meta: RequestMeta }> = [];
  const transport: Transport = (channel, request, meta) => {
    calls.push({ channel, request, meta });
    return Promise.resolve({ ok: true, value: { call: calls.length } } satisfies Envelope<unknown>);
  };
  return { calls, transport };
}

describe('early start-page requests', () => {
  it('asks for the open project, the sites and the scenarios on the portfolio, and only the project elsewhere', () => {
    expect(startPageRequests('portfolio', false).map(([c]) => c)).toEqual(['app:info', 'sites:list', 'scenarios:list']);
    expect(startPageRequests('portfolio', true).map(([c]) => c)).toEqual(['app:info']);
    expect(startPageRequests('site', false).map(([c]) => c)).toEqual(['app:info']);
  });

  it('answers the same call from the early request once, then asks the server again', async () => {
    const { calls, transport } = countingTransport();
    sendEarly(transport, [['sites:list', {}]]);
    const client = withEarlyAnswers(transport);
    expect(await client('sites:list', {}, {})).toEqual({ ok: true, value: { call: 1 } });
    expect(calls).toHaveLength(1);
    expect(await client('sites:list', {}, {})).toEqual({ ok: true, value: { call: 2 } });
    expect(calls).toHaveLength(2);
  });

  it('drops every early answer at the first other call, so nothing read after it is older than it', async () => {
    const { transport } = countingTransport();
    sendEarly(transport, [['sites:list', {}], ['scenarios:list', {}]]);
    const client = withEarlyAnswers(transport);
    await client('sites:delete', { id: 'abilene' } as unknown as Record<string, never>, {});
    expect(await client('sites:list', {}, {})).toEqual({ ok: true, value: { call: 4 } });
    expect(await client('scenarios:list', {}, {})).toEqual({ ok: true, value: { call: 5 } });
  });

  it('does not serve a call made for a named project from a request that named none', async () => {
    const { calls, transport } = countingTransport();
    sendEarly(transport, [['app:info', {}]]);
    const client = withEarlyAnswers(transport);
    expect(await client('app:info', {}, { projectId: 'p1' })).toEqual({ ok: true, value: { call: 2 } });
    expect(calls[1]?.meta).toEqual({ projectId: 'p1' });
  });
});

describe('an early answer at hand', () => {
  it('is shown to a first render once in, and gone once the component’s own request has taken it', async () => {
    const { transport } = countingTransport();
    sendEarly(transport, [['scenarios:list', {}]]);
    await Promise.resolve();
    await Promise.resolve();
    expect(earlyAnswer('scenarios:list', {})).toEqual({ call: 1 });
    const client = withEarlyAnswers(transport);
    expect(await client('scenarios:list', {}, {})).toEqual({ ok: true, value: { call: 1 } });
    expect(earlyAnswer('scenarios:list', {})).toBeUndefined();
  });

  it('is gone after any other call', async () => {
    const { transport } = countingTransport();
    sendEarly(transport, [['sites:list', {}]]);
    await Promise.resolve();
    await Promise.resolve();
    expect(earlyAnswer('sites:list', {})).toEqual({ call: 1 });
    await withEarlyAnswers(transport)('sites:save', {}, {});
    expect(earlyAnswer('sites:list', {})).toBeUndefined();
  });
});

describe('an early entry that arrives after the main script', () => {
  it('sends nothing, since the main script has asked already', () => {
    const { calls, transport } = countingTransport();
    withEarlyAnswers(transport);
    sendEarly(transport, [['app:info', {}]]);
    expect(calls).toHaveLength(0);
  });

  it('takes the answers the server sent with the page: the first render sees them, and neither the early script nor the page asks for them again', async () => {
    const { calls, transport } = countingTransport();
    const page = (readyState: DocumentReadyState, text: string | null) =>
      ({ readyState, getElementById: (id: string) => (id === 'stargrid-answers' && text !== null ? { textContent: text } : null) }) as unknown as Document;
    // The early script ran before the data block arrived: it leaves the answers to the main script.
    expect(early.takeServerAnswers(page('loading', null))).toBe(0);
    expect(early.takeServerAnswers(page('interactive', JSON.stringify({ 'sites:list {}': { sites: ['server'] } })))).toBe(1);
    expect(early.takeServerAnswers(page('interactive', JSON.stringify({ 'sites:list {}': { sites: ['again'] } })))).toBe(0);
    expect(earlyAnswer('sites:list', {})).toEqual({ sites: ['server'] });
    sendEarly(transport, startPageRequests('portfolio', false));
    expect(calls.map((c) => c.channel)).toEqual(['app:info', 'scenarios:list']);
    const client = withEarlyAnswers(transport);
    expect(await client('sites:list', {}, {})).toEqual({ ok: true, value: { sites: ['server'] } });
    expect(calls).toHaveLength(2);
  });
});
