/**
 * The server's first paint (built by vite.web.config.ts into out/web-ssr/first-paint.js and loaded
 * by `serve`, src/main/web/first-paint.ts): the portfolio, drawn by the same PortfolioView the page
 * runs, from the answers the server gathered, inside the app's frame. The page's first render
 * draws the same rows from the same answers (sent with the page, api/early.ts) and replaces this
 * markup. Effects never run here, so the client below is never called.
 */
import { renderToString } from 'react-dom/server';
import { answerKey, type FirstPaintAnswers, type RenderFirstPaint } from '../../api/first-paint';
import { createClient } from '../api/client';
import { ClientProvider } from '../api/context';
import { InitialAnswersProvider, type AnswerLookup } from '../api/initial-answers';
import { Sidebar } from '../components/Sidebar';
import { PortfolioView } from '../views/PortfolioView';

const noCalls = createClient(() => Promise.resolve({ ok: false, error: { code: 'internal', message: 'no API calls while rendering on the server', path: '' } }));
const ignore = () => undefined;

export const renderFirstPaint: RenderFirstPaint = (answers: FirstPaintAnswers) => {
  const lookup: AnswerLookup = <T,>(channel: Parameters<typeof answerKey>[0], request: unknown) => answers[answerKey(channel, request)] as T | undefined;
  return renderToString(
    <ClientProvider client={noCalls}>
      <InitialAnswersProvider value={lookup}>
        <div className="app">
          <Sidebar mode="web" view="portfolio" onGo={ignore} onAbout={ignore} />
          <main className="content">
            <PortfolioView onOpenSite={ignore} />
          </main>
        </div>
      </InitialAnswersProvider>
    </ClientProvider>,
  );
};
