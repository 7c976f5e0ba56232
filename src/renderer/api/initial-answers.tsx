import { createContext, useContext } from 'react';
import type { ChannelName } from '../../api/channel-names';
import { earlyAnswer } from './early';

/** An answer already at hand for a first render, by channel and request body; undefined if none. */
export type AnswerLookup = <T>(channel: ChannelName, request: unknown) => T | undefined;

/**
 * Where a component's first render finds data without waiting: in the page, the early answers
 * (api/early.ts); on the server (first-paint/render.tsx), the answers the server gathered. One
 * lookup, so the server and the page draw the same first rows from the same data.
 */
const InitialAnswersContext = createContext<AnswerLookup>(earlyAnswer);

export const InitialAnswersProvider = InitialAnswersContext.Provider;

export function useInitialAnswers(): AnswerLookup {
  return useContext(InitialAnswersContext);
}
