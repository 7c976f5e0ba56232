import { z } from 'zod';

const Slug = (what: string) => z.string({ error: 'must be text' }).regex(/^[a-z0-9][a-z0-9-]*$/, { error: `must be a ${what} id (a-z, 0-9 and -)` }).max(80, { error: 'is at most 80 characters' });
const Vec3 = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()], { error: 'must be [x, y, z] in metres' });

/** Where a story step puts the camera: one of the campus presets, or a saved position and target (metres). */
export const StoryCameraSchema = z.union([
  z.strictObject({ preset: z.enum(['overview', 'data-halls', 'power-block', 'substation'], { error: 'must be overview, data-halls, power-block or substation' }) }),
  z.strictObject({ position: Vec3, target: Vec3 }),
]);

/** One step of a story: the camera, the model hour (0–8759), the scenario and the caption shown. */
export const StoryStepSchema = z.strictObject({
  camera: StoryCameraSchema,
  hour: z.number({ error: 'must be a number' }).int({ error: 'must be a whole hour' }).gte(0, { error: 'must be 0–8759' }).lte(8759, { error: 'must be 0–8759' }),
  scenarioId: Slug('scenario'),
  caption: z.string({ error: 'must be text' }).trim().max(200, { error: 'is at most 200 characters' }),
  /** How long the step stays on screen in the tour, seconds. */
  seconds: z.number({ error: 'must be a number' }).gte(2, { error: 'must be 2–120 s' }).lte(120, { error: 'must be 2–120 s' }).default(8),
});

/** A saved story: a named sequence of steps over one site's campus, played as a tour in presentation. */
export const StorySchema = z.strictObject({
  id: Slug('story'),
  name: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(120, { error: 'is at most 120 characters' }),
  siteId: Slug('site'),
  steps: z.array(StoryStepSchema).min(1, { error: 'must have at least one step' }).max(50, { error: 'at most 50 steps' }),
});

export type StoryCamera = z.infer<typeof StoryCameraSchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;
export type Story = z.infer<typeof StorySchema>;

export const StoriesListRequestSchema = z.strictObject({ siteId: Slug('site').optional() });
export const StorySaveRequestSchema = z.strictObject({ story: StorySchema });
export const StoryDeleteRequestSchema = z.strictObject({ id: Slug('story') });
