import {
  chooseMeetingWeekday,
  groupDisplayName,
  proposeGroups,
  type ProposedGroup,
} from '../../../src/core/groups';
import type { Client, Weekday } from '../../../src/core/types';

let seq = 0;
function client(workDays: Weekday[], overrides: Partial<Client> = {}): Client {
  seq += 1;
  return {
    id: `A${String(seq).padStart(4, '0')}`,
    name: `Asiakas ${seq}`,
    email: `a${seq}@example.org`,
    phone: '',
    lang: 'fi',
    contact: 'email',
    model: 'long-term',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    continuationUntil: '',
    workDays,
    inPersonDays: [],
    hoursPerDay: 4,
    group: '',
    coach: '',
    goals: '',
    goalTags: [],
    digitalSkills: '',
    oriented: true,
    status: 'active',
    ...overrides,
  };
}

const COACHES = ['ohjaaja1@example.org', 'ohjaaja2@example.org'];

function groupOf(groups: ProposedGroup[], id: string): ProposedGroup | undefined {
  return groups.find((g) => g.memberIds.includes(id));
}

function expectEachActiveClientOnce(groups: ProposedGroup[], clients: Client[]) {
  const ids = groups.flatMap((g) => g.memberIds);
  expect(new Set(ids).size).toBe(ids.length);
  const active = clients.filter((c) => c.status === 'active').map((c) => c.id);
  expect([...ids].sort()).toEqual([...new Set(active)].sort());
}

beforeEach(() => {
  seq = 0;
});

describe('proposeGroups', () => {
  it('puts clients with the same work days together and meets on a shared day', () => {
    const monWed = [client([1, 3]), client([3, 1]), client([1, 3]), client([1, 3])];
    const tueThu = [client([2, 4]), client([2, 4]), client([2, 4])];
    const groups = proposeGroups([...tueThu, ...monWed], { coaches: COACHES });
    expect(groups).toHaveLength(2);
    const a = groupOf(groups, monWed[0].id)!;
    expect(a.memberIds).toEqual(monWed.map((c) => c.id).sort());
    expect(a.sharedDays).toEqual([1, 3]);
    expect([1, 3]).toContain(a.meetingWeekday);
    const b = groupOf(groups, tueThu[0].id)!;
    expect(b.memberIds).toEqual(tueThu.map((c) => c.id));
    expect([2, 4]).toContain(b.meetingWeekday);
    expectEachActiveClientOnce(groups, [...monWed, ...tueThu]);
  });

  it('uses G1, G2… ids, default time and length, and no own link', () => {
    const groups = proposeGroups(
      [client([2, 4]), client([2, 4]), client([2, 4]), client([1]), client([1]), client([1])],
      {
        coaches: COACHES,
      },
    );
    expect(groups.map((g) => g.id)).toEqual(['G1', 'G2']);
    expect(groups[0].meetingWeekday).toBe(1); // numbered by meeting day
    for (const g of groups) {
      expect(g.meetingTime).toBe('10:00');
      expect(g.meetingMinutes).toBe(60);
      expect(g.meetingLink).toBe('');
    }
  });

  it('respects the size cap by splitting large sets evenly', () => {
    const clients = Array.from({ length: 19 }, () => client([1, 2, 3]));
    const groups = proposeGroups(clients, { maxGroupSize: 8, coaches: COACHES });
    expect(groups.map((g) => g.memberIds.length)).toEqual([7, 6, 6]);
    for (const g of groups) expect(g.memberIds.length).toBeLessThanOrEqual(8);
    expectEachActiveClientOnce(groups, clients);
  });

  it('uses 8 as the default cap', () => {
    const clients = Array.from({ length: 9 }, () => client([5]));
    const groups = proposeGroups(clients, { coaches: [] });
    expect(groups.map((g) => g.memberIds.length)).toEqual([5, 4]);
  });

  it('merges small sets into the nearest group, by shared days', () => {
    const monWed = [client([1, 3]), client([1, 3]), client([1, 3])];
    const tueThu = [client([2, 4]), client([2, 4]), client([2, 4])];
    const monWedFri = client([1, 3, 5]); // alone: joins Mon+Wed, not Tue+Thu
    const thu = client([4]); // alone: joins Tue+Thu
    const all = [...monWed, ...tueThu, monWedFri, thu];
    const groups = proposeGroups(all, { coaches: COACHES });
    expect(groups).toHaveLength(2);
    expect(groupOf(groups, monWedFri.id)!.memberIds).toContain(monWed[0].id);
    expect(groupOf(groups, thu.id)!.memberIds).toContain(tueThu[0].id);
    const tt = groupOf(groups, thu.id)!;
    expect(tt.meetingWeekday).toBe(4); // the one day all of them work
    expect(tt.sharedDays).toEqual([4]);
    expectEachActiveClientOnce(groups, all);
  });

  it('merges two small sets with each other when they share days', () => {
    const a = [client([1, 2]), client([1, 2])];
    const b = [client([1, 3])];
    const groups = proposeGroups([...a, ...b], { coaches: COACHES });
    expect(groups).toHaveLength(1);
    expect(groups[0].meetingWeekday).toBe(1);
  });

  it('never merges beyond the cap', () => {
    const full = Array.from({ length: 8 }, () => client([1, 3]));
    const lone = client([1, 3, 5]);
    const groups = proposeGroups([...full, lone], { maxGroupSize: 8, coaches: COACHES });
    for (const g of groups) expect(g.memberIds.length).toBeLessThanOrEqual(8);
    expectEachActiveClientOnce(groups, [...full, lone]);
  });

  it('falls back to the most common day when no day is shared by all', () => {
    const members = [client([1, 2]), client([2, 3]), client([3, 2]), client([4])];
    expect(chooseMeetingWeekday(members)).toBe(2);
    expect(chooseMeetingWeekday([client([1]), client([3])])).toBe(1);
    expect(chooseMeetingWeekday([])).toBe(1);
  });

  it('leaves clients who are not active out', () => {
    const clients = [
      client([1, 3]),
      client([1, 3], { status: 'paused' }),
      client([1, 3], { status: 'closed' }),
      client([1, 3]),
    ];
    const groups = proposeGroups(clients, { coaches: COACHES });
    expectEachActiveClientOnce(groups, clients);
    expect(groups.flatMap((g) => g.memberIds)).toHaveLength(2);
  });

  it('puts every active client in exactly one group, even odd rosters', () => {
    const patterns: Weekday[][] = [[1, 3], [2, 4], [1, 2, 3, 4], [5], [], [1, 3, 5], [2], [3, 4]];
    const clients = Array.from({ length: 43 }, (_, i) =>
      client(patterns[(i * 7) % patterns.length]),
    );
    clients.push({ ...clients[0] }); // a duplicated roster row
    const groups = proposeGroups(clients, { maxGroupSize: 6, coaches: COACHES });
    expectEachActiveClientOnce(groups, clients);
    for (const g of groups) expect(g.memberIds.length).toBeLessThanOrEqual(6);
  });

  it('is deterministic and independent of input order', () => {
    const clients = Array.from({ length: 25 }, (_, i) =>
      client(([[1, 3], [2, 4], [1, 2], [5]] as Weekday[][])[i % 4]),
    );
    const a = proposeGroups(clients, { coaches: COACHES });
    const b = proposeGroups([...clients].reverse(), { coaches: COACHES });
    expect(b).toEqual(a);
  });

  it('balances coaches by the number of members', () => {
    const clients = [
      ...Array.from({ length: 8 }, () => client([1])),
      ...Array.from({ length: 4 }, () => client([2])),
      ...Array.from({ length: 4 }, () => client([3])),
    ];
    const groups = proposeGroups(clients, { coaches: COACHES });
    const load = new Map<string, number>();
    for (const g of groups) load.set(g.coach, (load.get(g.coach) ?? 0) + g.memberIds.length);
    expect(load.get(COACHES[0])).toBe(8);
    expect(load.get(COACHES[1])).toBe(8);
  });

  it('prefers the coach the members already have on a tie', () => {
    const clients = Array.from({ length: 4 }, () => client([1], { coach: COACHES[1] }));
    const groups = proposeGroups(clients, { coaches: COACHES });
    expect(groups[0].coach).toBe(COACHES[1]);
  });

  it('leaves the coach empty when none is configured', () => {
    const groups = proposeGroups([client([1]), client([1]), client([1])], { coaches: [' ', ''] });
    expect(groups[0].coach).toBe('');
  });

  it('names groups from the catalogue in the requested language', () => {
    const clients = [client([1, 3]), client([1, 3]), client([1, 3])];
    expect(proposeGroups(clients, { coaches: [] })[0].name).toBe('Ryhmä 1: ma, ke');
    expect(proposeGroups(clients, { coaches: [], lang: 'sv' })[0].name).toBe('Grupp 1: må, on');
    expect(proposeGroups(clients, { coaches: [], lang: 'en' })[0].name).toBe('Group 1: Mon, Wed');
    expect(groupDisplayName(2, [], 'fi')).toBe('Ryhmä 2');
  });

  it('returns no groups for an empty roster', () => {
    expect(proposeGroups([], { coaches: COACHES })).toEqual([]);
  });
});
