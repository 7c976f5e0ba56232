import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story, StoryStep } from '../../api/schemas/story';

/**
 * Plays a story: applies step 0, then each next step after the current one's `seconds`, looping
 * to the start at the end. `apply` sets the scenario, hour, camera and caption of a step.
 */
export function useStoryPlayer(apply: (step: StoryStep) => void) {
  const [story, setStory] = useState<Story | null>(null);
  const [index, setIndex] = useState(0);
  const applyRef = useRef(apply);
  applyRef.current = apply;
  useEffect(() => {
    if (!story) return undefined;
    const step = story.steps[index];
    if (!step) return undefined;
    applyRef.current(step);
    const timer = setTimeout(() => setIndex((i) => (i + 1) % story.steps.length), step.seconds * 1000);
    return () => clearTimeout(timer);
  }, [story, index]);
  const play = useCallback((s: Story) => {
    setIndex(0);
    setStory(s);
  }, []);
  const stop = useCallback(() => setStory(null), []);
  return { story, index, step: story?.steps[index] ?? null, play, stop };
}
