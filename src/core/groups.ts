import { t } from './i18n';
import type { Client, Group, Lang, Weekday } from './types';

/**
 * Proposes peer groups, formed mainly by work-activity days (so a group's weekly meeting falls
 * on a day its members work). A proposal only: the coach renames, moves people and sets links.
 * Deterministic, so the same roster always gives the same groups and ids.
 */

export interface GroupOptions {
  maxGroupSize?: number; // default 8
  /** Clusters smaller than this are merged into the nearest one that has room. Default 3. */
  minGroupSize?: number;
  coaches: string[];
  /** Language of the proposed group names; default Finnish. */
  lang?: Lang;
}

export interface ProposedGroup extends Group {
  memberIds: string[]; // sorted
  /** Weekdays every member works. */
  sharedDays: Weekday[];
  /** Weekdays at least one member works. */
  workDays: Weekday[];
}

export const DEFAULT_MAX_GROUP_SIZE = 8;
export const DEFAULT_MIN_GROUP_SIZE = 3;
export const DEFAULT_MEETING_TIME = '10:00';
export const DEFAULT_MEETING_MINUTES = 60;

interface Cluster {
  members: Client[]; // sorted by id
  shared: Weekday[];
  union: Weekday[];
}

function byId(a: Client, b: Client): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortedDays(days: Iterable<Weekday>): Weekday[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

function daysKey(days: Weekday[]): string {
  return days.join(',');
}

function makeCluster(members: Client[]): Cluster {
  const sorted = [...members].sort(byId);
  const union = sortedDays(sorted.flatMap((c) => c.workDays));
  const shared = union.filter((day) => sorted.every((c) => c.workDays.includes(day)));
  return { members: sorted, shared, union };
}

function overlap(a: Weekday[], b: Weekday[]): number {
  return a.filter((day) => b.includes(day)).length;
}

/** Sort key that keeps merging and numbering independent of input order. */
function clusterOrder(a: Cluster, b: Cluster): number {
  const ka = daysKey(a.union);
  const kb = daysKey(b.union);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return byId(a.members[0], b.members[0]);
}

/** Splits an oversized cluster into near-equal parts, in id order. */
function split(cluster: Cluster, maxSize: number): Cluster[] {
  const n = cluster.members.length;
  if (n <= maxSize) return [cluster];
  const parts = Math.ceil(n / maxSize);
  const result: Cluster[] = [];
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const size = Math.floor(n / parts) + (i < n % parts ? 1 : 0);
    result.push(makeCluster(cluster.members.slice(start, start + size)));
    start += size;
  }
  return result;
}

/**
 * Merges the smallest undersized cluster into its nearest neighbour, repeatedly: nearest means
 * most days shared by everyone, then most days in common at all, then the smaller partner.
 * Clusters with no day in common are never merged, since they could not meet on a work day.
 */
function mergeSmall(clusters: Cluster[], minSize: number, maxSize: number): Cluster[] {
  let current = [...clusters].sort(clusterOrder);
  for (;;) {
    const small = current
      .filter((c) => c.members.length < minSize)
      .sort((a, b) => a.members.length - b.members.length || clusterOrder(a, b));
    let merged = false;
    for (const s of small) {
      let best: Cluster | null = null;
      let bestScore: number[] = [];
      for (const other of current) {
        if (other === s || s.members.length + other.members.length > maxSize) continue;
        const common = overlap(s.union, other.union);
        if (common === 0) continue;
        const score = [overlap(s.shared, other.shared), common, -other.members.length];
        if (best === null || compareScores(score, bestScore) > 0) {
          best = other;
          bestScore = score;
        }
      }
      if (best !== null) {
        const partner = best;
        current = current.filter((c) => c !== s && c !== partner);
        current.push(makeCluster([...s.members, ...partner.members]));
        current.sort(clusterOrder);
        merged = true;
        break;
      }
    }
    if (!merged) return current;
  }
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** A day every member works if there is one, else the day most members work; earliest wins ties. */
export function chooseMeetingWeekday(members: Client[]): Weekday {
  const counts = new Map<Weekday, number>();
  for (const client of members) {
    for (const day of new Set(client.workDays)) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  let best: Weekday = 1;
  let bestCount = 0;
  for (const day of [1, 2, 3, 4, 5, 6, 7] as Weekday[]) {
    const count = counts.get(day) ?? 0;
    if (count > bestCount) {
      best = day;
      bestCount = count;
    }
  }
  return best;
}

/** A group's name from the i18n catalogue, e.g. "Ryhmä 1: ma, ke". */
export function groupDisplayName(number: number, days: Weekday[], lang: Lang): string {
  if (days.length === 0) return t(lang, 'plans.groupNameNoDays', { number });
  const names = days.map((day) => t(lang, `plans.weekdayShort.${day}`));
  return t(lang, 'plans.groupName', {
    number,
    days: names.join(t(lang, 'plans.listSeparator')),
  });
}

/**
 * Balances coaches by the number of members they guide: the biggest groups are placed first,
 * each with the least-loaded coach; on a tie, the coach most members already have, then the
 * order of the settings list.
 */
function assignCoaches(groups: ProposedGroup[], members: Map<string, Client[]>, coaches: string[]) {
  const list = [...new Set(coaches.map((c) => c.trim()).filter((c) => c !== ''))];
  if (list.length === 0) return;
  const load = new Map(list.map((c) => [c, 0]));
  const order = [...groups].sort(
    (a, b) => b.memberIds.length - a.memberIds.length || groups.indexOf(a) - groups.indexOf(b),
  );
  for (const group of order) {
    const own = members.get(group.id) ?? [];
    const familiarity = (coach: string) => own.filter((c) => c.coach === coach).length;
    let best = list[0];
    for (const coach of list.slice(1)) {
      const diff = (load.get(coach) ?? 0) - (load.get(best) ?? 0);
      if (diff < 0 || (diff === 0 && familiarity(coach) > familiarity(best))) best = coach;
    }
    group.coach = best;
    load.set(best, (load.get(best) ?? 0) + group.memberIds.length);
  }
}

/**
 * Groups the active clients: identical work-day sets first, oversized sets split evenly, small
 * sets merged with the nearest. Every active client is in exactly one group; others in none.
 */
export function proposeGroups(clients: Client[], opts: GroupOptions): ProposedGroup[] {
  const maxSize = Math.max(1, Math.floor(opts.maxGroupSize ?? DEFAULT_MAX_GROUP_SIZE));
  const minSize = Math.min(maxSize, Math.max(1, opts.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE));
  const lang = opts.lang ?? 'fi';

  // One entry per id, so a duplicated roster row cannot put a client in two groups.
  const active = new Map<string, Client>();
  for (const client of [...clients].sort(byId)) {
    if (client.status === 'active' && !active.has(client.id)) active.set(client.id, client);
  }

  const bySet = new Map<string, Client[]>();
  for (const client of active.values()) {
    const key = daysKey(sortedDays(client.workDays));
    bySet.set(key, [...(bySet.get(key) ?? []), client]);
  }
  const clusters = [...bySet.values()].flatMap((members) => split(makeCluster(members), maxSize));
  const merged = mergeSmall(clusters, minSize, maxSize);

  const withDay = merged.map((cluster) => ({
    cluster,
    weekday: chooseMeetingWeekday(cluster.members),
  }));
  withDay.sort((a, b) => a.weekday - b.weekday || clusterOrder(a.cluster, b.cluster));

  const membersById = new Map<string, Client[]>();
  const groups = withDay.map(({ cluster, weekday }, index): ProposedGroup => {
    const id = `G${index + 1}`;
    membersById.set(id, cluster.members);
    const nameDays = cluster.shared.length > 0 ? cluster.shared : cluster.union;
    return {
      id,
      name: groupDisplayName(index + 1, nameDays, lang),
      meetingWeekday: weekday,
      meetingTime: DEFAULT_MEETING_TIME,
      meetingMinutes: DEFAULT_MEETING_MINUTES,
      coach: '',
      meetingLink: '',
      memberIds: cluster.members.map((c) => c.id),
      sharedDays: cluster.shared,
      workDays: cluster.union,
    };
  });
  assignCoaches(groups, membersById, opts.coaches);
  return groups;
}
