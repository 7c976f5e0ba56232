/**
 * The server's first paint (built by vite.web.config.ts into out/web-ssr/first-paint.js and loaded
 * by `serve`, src/main/web/first-paint.ts): the page's own first render of the start page — the
 * whole App on the portfolio, toolbar and project bar included — from the answers the server
 * gathered. The page's first render takes the same answers (sent with the page, api/early.ts) and
 * hydrates this markup (main.tsx), so it must match that render exactly: what only the browser
 * knows (the stored theme, the chart's canvas) is drawn here as the page draws it while hydrating.
 * Effects never run here, so the client below is never called.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { answerKey, type FirstPaintAnswers, type RenderFirstPaint } from '../../api/first-paint';
import { App } from '../App';
import { createClient } from '../api/client';
import { ClientProvider } from '../api/context';
import { InitialAnswersProvider, type AnswerLookup } from '../api/initial-answers';

const noCalls = createClient(() => Promise.resolve({ ok: false, error: { code: 'internal', message: 'no API calls while rendering on the server', path: '' } }));

export const renderFirstPaint: RenderFirstPaint = (answers: FirstPaintAnswers) => {
  const lookup: AnswerLookup = <T,>(channel: Parameters<typeof answerKey>[0], request: unknown) => answers[answerKey(channel, request)] as T | undefined;
  return renderToString(
    <StrictMode>
      <ClientProvider client={noCalls}>
        <InitialAnswersProvider value={lookup}>
          <App mode="web" hash="" />
        </InitialAnswersProvider>
      </ClientProvider>
    </StrictMode>,
  );
};
