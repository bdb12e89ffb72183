import { coachScope } from '../../../src/core/coach-scope';
import { parseSettings } from '../../../src/core/settings';

const MAIN = 'anna@kunta.example';
const SECOND = 'bertil@kunta.example';
const THIRD = 'cecilia@kunta.example';
const COACHES = [MAIN, SECOND, THIRD];
const GONE = 'lahtenyt@kunta.example';

/** Each client named by their coach, as `coachOf` gives it. */
const CLIENTS = [MAIN, SECOND, THIRD, SECOND, GONE, 'Bertil@Kunta.Example'];

function mailedBy(runAs: string, mailPerCoach = true, coaches = COACHES): string[] {
  const scope = coachScope({ coaches, mailPerCoach }, () => runAs);
  return CLIENTS.filter(scope);
}

describe('coachScope', () => {
  it('off: every run mails every client, and nobody is asked who is running', () => {
    const scope = coachScope({ coaches: COACHES, mailPerCoach: false }, () => {
      throw new Error('Session must not be read when the setting is off');
    });
    expect(CLIENTS.filter(scope)).toEqual(CLIENTS);
  });

  it('absent (an older settings sheet): the same as off', () => {
    expect(CLIENTS.filter(coachScope({ coaches: COACHES }, () => SECOND))).toEqual(CLIENTS);
  });

  it('on: a coach mails only their own clients, whatever the letter case', () => {
    expect(mailedBy(SECOND)).toEqual([SECOND, SECOND, 'Bertil@Kunta.Example']);
    expect(mailedBy(THIRD)).toEqual([THIRD]);
    expect(mailedBy(' Cecilia@KUNTA.example ')).toEqual([THIRD]);
  });

  it('on: the main coach also takes clients whose coach is not listed', () => {
    expect(mailedBy(MAIN)).toEqual([MAIN, GONE]);
  });

  it('on: the runs of all listed coaches together cover every client exactly once', () => {
    const counts = new Map<number, number>();
    for (const coach of COACHES) {
      const scope = coachScope({ coaches: COACHES, mailPerCoach: true }, () => coach);
      CLIENTS.forEach((c, i) => {
        if (scope(c)) counts.set(i, (counts.get(i) ?? 0) + 1);
      });
    }
    expect([...counts.keys()].sort()).toEqual(CLIENTS.map((_, i) => i));
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('on: an account that is not a listed coach mails nobody', () => {
    expect(mailedBy('it-tuki@kunta.example')).toEqual([]);
    expect(mailedBy('')).toEqual([]);
  });

  it('on with no coaches listed: no one to split by, so every client', () => {
    expect(mailedBy(SECOND, true, [])).toEqual(CLIENTS);
  });
});

describe('the mailPerCoach setting', () => {
  it('defaults to no and reads yes/no in every language', () => {
    expect(parseSettings([]).settings.mailPerCoach).toBe(false);
    for (const value of ['kyllä', 'ja', 'yes', 'Yes']) {
      expect(parseSettings([{ key: 'mailPerCoach', value }]).settings.mailPerCoach).toBe(true);
    }
    expect(parseSettings([{ key: 'mailPerCoach', value: 'ei' }]).settings.mailPerCoach).toBe(false);
  });

  it('a value it cannot read keeps the default and says so', () => {
    const { settings, problems } = parseSettings([{ key: 'mailPerCoach', value: 'ehkä' }]);
    expect(settings.mailPerCoach).toBe(false);
    expect(problems.map((p) => p.problem.key)).toEqual(['roster.settings.badValue']);
  });
});
