import type { ChannelName } from '../../api/channel-names';
import type { Envelope } from '../../api/errors';
import { answerKey, FIRST_PAINT_ANSWERS_ID, type FirstPaintAnswers } from '../../api/first-paint';
import type { Transport } from './client';

export type EarlyRequest = readonly [channel: ChannelName, request: Record<string, never>];

/** The requests in flight from the early entry, by channel and body, each answered at most once. */
const pending = new Map<string, Promise<Envelope<unknown>>>();
/** True once the main script has built its client: an early entry that arrives after it has nothing to add. */
let mainStarted = false;
/** Their successful answers once in, for a first render that can show them at once (`earlyAnswer`). */
const settled = new Map<string, unknown>();

const keyOf = answerKey;
/** True once the page's server-sent answers (if any) have been taken in. */
let seedRead = false;

/**
 * Takes in the answers `serve` rendered the page's first rows from (src/main/web/first-paint.ts,
 * a JSON data block after #root), once: they become early answers, so the first render shows the same rows from the same data
 * and the components' own first requests are answered from them without a round trip. Returns
 * how many there were (0 on the desktop and on a page sent without them).
 */
export function takeServerAnswers(doc: Document): number {
  if (seedRead) return 0;
  const text = doc.getElementById(FIRST_PAINT_ANSWERS_ID)?.textContent;
  // The server sends them after the head: an early script run before they arrived leaves them to main.tsx (deferred, run once the page is parsed).
  if (!text && doc.readyState === 'loading') return 0;
  seedRead = true;
  if (!text) return 0;
  let answers: FirstPaintAnswers;
  try {
    answers = JSON.parse(text) as FirstPaintAnswers;
  } catch {
    return 0; // the page still works: it asks the server for everything
  }
  for (const [key, value] of Object.entries(answers)) {
    pending.set(key, Promise.resolve({ ok: true, value }));
    settled.set(key, value);
  }
  return Object.keys(answers).length;
}

/** True once main.tsx has built its client (and so drawn, or is drawing, the page). */
export function mainHasStarted(): boolean {
  return mainStarted;
}

/**
 * What the start page asks first, known before React and the views have loaded: the open
 * project (`app:info`, always), and on the portfolio the sites and scenarios. A report route or
 * another view asks for its own data, so only `app:info` goes early there.
 */
export function startPageRequests(view: string, isReport: boolean): EarlyRequest[] {
  const requests: EarlyRequest[] = [['app:info', {}]];
  if (view === 'portfolio' && !isReport) requests.push(['sites:list', {}], ['scenarios:list', {}]);
  return requests;
}

/**
 * Sends `requests` now, so their answers travel while the page's main script is still being
 * fetched and compiled (on a first visit, 0.3–0.6 s in which the server would otherwise sit idle).
 */
export function sendEarly(transport: Transport, requests: readonly EarlyRequest[]): void {
  // The server may send the main script before this one; its own requests are already out then.
  if (mainStarted) return;
  for (const [channel, request] of requests) {
    const key = keyOf(channel, request);
    if (pending.has(key)) continue; // the server sent it with the page
    const answer = transport(channel, request, {});
    pending.set(key, answer);
    void answer.then((envelope) => {
      if (envelope.ok && pending.get(key) === answer) settled.set(key, envelope.value);
    });
  }
}

/**
 * The early answer to this call if it is already in and not yet taken, without taking it: a
 * component's first render shows it (no "Loading" frame, no second render), and the component's
 * own request then takes the same answer from `withEarlyAnswers`.
 */
export function earlyAnswer<T>(channel: ChannelName, request: unknown): T | undefined {
  return settled.get(keyOf(channel, request)) as T | undefined;
}

/**
 * A transport that answers a call from the early requests when it is the same channel with the
 * same body and no project named yet (the early ones named none), once. Any other call drops the
 * early answers first, so a read made after a write (or any later action) is never served an
 * answer from before it; at worst the page asks again.
 */
export function withEarlyAnswers(transport: Transport): Transport {
  mainStarted = true;
  return (channel, request, meta) => {
    const key = keyOf(channel, request);
    const early = meta.projectId === undefined ? pending.get(key) : undefined;
    if (early) {
      pending.delete(key);
      settled.delete(key);
      return early;
    }
    pending.clear();
    settled.clear();
    return transport(channel, request, meta);
  };
}
