import { expectSeedHolds } from './seeds';

/**
 * Chaos runs, part b (the suite is split in two files so jest runs them on both cores).
 * Each seed simulates a month (or a week) of Etäpaja under random faults and checks every
 * invariant of test/chaos/invariants.ts. A failure prints the command that replays it.
 */
jest.setTimeout(240_000);

describe.each([4, 5])('chaos month, seed %i', (seed) => {
  test('every invariant holds after 28 days under faults', () => {
    expectSeedHolds(seed, 28);
  });
});

describe.each([10, 11, 12, 13])('chaos week, seed %i', (seed) => {
  test('every invariant holds after 7 days under faults', () => {
    expectSeedHolds(seed, 7);
  });
});
