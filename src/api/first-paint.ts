import type { ChannelName } from './channel-names';
import { DEFAULT_SCENARIO_ID, HEADLINE_METHOD } from './portfolio-defaults';

/**
 * The start page's first answers, rendered by `serve` into the page it sends (first paint) and
 * handed to the renderer in a JSON data block, by `answerKey`. The server and the renderer build
 * each request with the functions below, so the server answers exactly what the page will ask.
 */
export type FirstPaintAnswers = Record<string, unknown>;

/** The id of the `<script type="application/json">` element that carries the answers in the page. */
export const FIRST_PAINT_ANSWERS_ID = 'stargrid-answers';

/** One key per channel and request body (the bodies are built by the functions here, so key order is fixed). */
export function answerKey(channel: ChannelName, request: unknown): string {
  return `${channel} ${JSON.stringify(request)}`;
}

/** A portfolio row's summary request: the site under its plan, no hourly series. */
export function portfolioSummaryRequest(siteId: string, scenarioId: string = DEFAULT_SCENARIO_ID): { siteId: string; scenarioId: string; hourly: false } {
  return { siteId, scenarioId, hourly: false };
}

/** A portfolio row's headline bill request: the site under its plan, the headline allocator only. */
export function portfolioBillRequest(siteId: string, scenarioId: string = DEFAULT_SCENARIO_ID): { siteId: string; scenarioIds: string[]; methods: (typeof HEADLINE_METHOD)[] } {
  return { siteId, scenarioIds: [scenarioId], methods: [HEADLINE_METHOD] };
}

/**
 * The render function of the server bundle (src/renderer/first-paint/render.tsx, built to
 * out/web-ssr): the portfolio as the renderer's first render would draw it from `answers`.
 */
export type RenderFirstPaint = (answers: FirstPaintAnswers) => string;

/**
 * The answers as the body of a `<script type="application/json">` element: `<` escaped, so no
 * text in a site's name can close the element or open a comment; JSON.parse reads it unchanged.
 */
export function answersScriptBody(answers: FirstPaintAnswers): string {
  return JSON.stringify(answers).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
