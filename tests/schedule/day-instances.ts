/** Meeting days with the per-person rules: breaks, preferred times, languages and interpreters. */
import fc from 'fast-check';
import type { ScheduleInput } from '../../src/index.js';
import { type InstanceShape, instance, slotAt } from './instances.js';

const LANGUAGES = ['en', 'zh', 'es'] as const;

export const dayInstance = (shape: InstanceShape): fc.Arbitrary<ScheduleInput> =>
  instance(shape).chain((input) =>
    fc
      .record({
        people: fc.tuple(
          ...input.participants.map(() =>
            fc.record({
              maxConsecutive: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
              languages: fc.option(fc.subarray([...LANGUAGES], { minLength: 1 }), { nil: undefined }),
              preferred: fc.option(fc.integer({ min: 0, max: input.slots.length - 1 }), { nil: undefined }),
            }),
          ),
        ),
        interpreters: fc.array(
          fc.record({
            languages: fc.subarray([...LANGUAGES], { minLength: 2 }),
            from: fc.integer({ min: 0, max: input.slots.length - 1 }),
          }),
          { maxLength: 2 },
        ),
      })
      .map(({ people, interpreters }) => ({
        ...input,
        participants: input.participants.map((p, k) => {
          const x = people[k]!;
          return {
            ...p,
            ...(x.maxConsecutive !== undefined ? { maxConsecutive: x.maxConsecutive } : {}),
            ...(x.languages ? { languages: x.languages } : {}),
            // Prefers the slots from `preferred` on (e.g. the afternoon).
            ...(x.preferred !== undefined
              ? { preferred: [{ start: slotAt(x.preferred).start, end: slotAt(input.slots.length - 1).end }] }
              : {}),
          };
        }),
        ...(interpreters.length
          ? {
              interpreters: interpreters.map((x, k) => ({
                id: `I${k}`,
                languages: x.languages,
                available: [{ start: slotAt(x.from).start, end: slotAt(input.slots.length - 1).end }],
              })),
            }
          : {}),
      })),
  );
