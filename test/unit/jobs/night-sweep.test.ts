import { startIndex, sweep } from '../../../src/jobs/night-sweep';

/** Script properties as a plain map, for the cursor. */
const props = new Map<string, string>();
(globalThis as Record<string, unknown>).PropertiesService = {
  getScriptProperties: () => ({
    getProperty: (key: string) => props.get(key) ?? null,
    setProperty: (key: string, value: string) => props.set(key, value),
  }),
};
// A bound script (installation source NONE) keeps its state in script properties.
(globalThis as Record<string, unknown>).ScriptApp = {
  InstallationSource: { NONE: 'NONE', ADD_ON: 'ADD_ON' },
  getInstallationSource: () => 'NONE',
};

const ITEMS = ['a', 'b', 'c', 'd', 'e'];
const id = (x: string) => x;

describe('the nightly sweep and its cursor', () => {
  beforeEach(() => props.clear());

  it('starts at the remembered item, or at its old position when it has left the list', () => {
    expect(startIndex(ITEMS, { next: 'c', at: 0 })).toBe(2);
    expect(startIndex(ITEMS, { next: 'x', at: 3 })).toBe(3);
    expect(startIndex(ITEMS, { next: 'x', at: 9 })).toBe(0);
    expect(startIndex([], { next: 'a', at: 0 })).toBe(0);
  });

  it('continues where the last run stopped and goes round the list', () => {
    const seen: string[] = [];
    let budget = 2;
    const visit = (x: string) => {
      seen.push(x);
      budget -= 1;
    };
    // The deadline is a time: here a visit count stands in for it through Date.now.
    const realNow = Date.now;
    Date.now = () => (budget > 0 ? 0 : 1);
    try {
      for (let night = 0; night < 3; night++) {
        budget = 2;
        sweep(ITEMS, id, 'cursor', 1, visit);
      }
    } finally {
      Date.now = realNow;
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'a']);
    expect(JSON.parse(props.get('cursor') ?? '')).toEqual({ next: 'b', at: 1 });
  });

  it('passes over an item that fails and reports it', () => {
    const seen: string[] = [];
    const result = sweep(ITEMS, id, 'cursor', Infinity, (x) => {
      if (x === 'b') throw new Error('Access denied: DriveApp.');
      seen.push(x);
    });
    expect(seen).toEqual(['a', 'c', 'd', 'e']);
    expect(result.failures).toEqual([{ key: 'b', message: 'Access denied: DriveApp.' }]);
    expect(result.checked).toBe(5);
  });

  it('stops when Drive is down, with the cursor on the first failure, and rethrows a time-out', () => {
    const result = sweep(ITEMS, id, 'cursor', Infinity, (x) => {
      if (x !== 'a') throw new Error('Service unavailable: Drive');
    });
    expect(result.checked).toBe(1);
    expect(result.failures).toEqual([]);
    expect(result.stoppedBy).toBeInstanceOf(Error);
    expect(JSON.parse(props.get('cursor') ?? '')).toEqual({ next: 'b', at: 1 });
    expect(() =>
      sweep(ITEMS, id, 'cursor', Infinity, () => {
        throw new Error('Exceeded maximum execution time');
      }),
    ).toThrow('maximum execution time');
  });
});
