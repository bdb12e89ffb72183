import '../../emulator/script/store';
import { createScriptApp, MAX_TRIGGERS_PER_USER, scheduleNext } from '../../emulator/script/api';
import { scriptStore, type ScriptStore } from '../../emulator/script/store';
import { makeDate } from '../../emulator/runtime/clock';
import { zonedParts } from '../../src/core/time-zone';
import { makeTestContext } from '../helpers/runtime';

function setup(nowIso: string) {
  const ctx = makeTestContext({ nowIso });
  const ScriptApp = createScriptApp(ctx);
  const triggers = () => ctx.rt.store<ScriptStore>(scriptStore.name).triggers;
  return { ctx, ScriptApp, triggers };
}

describe('ClockTriggerBuilder — https://developers.google.com/apps-script/reference/script/clock-trigger-builder', () => {
  it('onWeekDay + atHour fires on that weekday, somewhere inside that hour, in the zone given', () => {
    // Monday 2026-03-02 10:00 Helsinki.
    const { ScriptApp, triggers } = setup('2026-03-02T08:00:00Z');
    ScriptApp.newTrigger('weekly')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.THURSDAY)
      .atHour(12)
      .inTimezone('Europe/Helsinki')
      .create();
    const fire = triggers()[0].nextFireAt as number;
    const local = zonedParts(fire, 'Europe/Helsinki');
    expect(local.date).toBe('2026-03-05');
    expect(local.weekday).toBe(4);
    expect(local.hour).toBe(12);
  });

  it('everyDays + atHour keeps the local hour across the March DST change', () => {
    const { ctx, ScriptApp, triggers } = setup('2026-03-27T12:00:00Z');
    ScriptApp.newTrigger('nightly')
      .timeBased()
      .everyDays(1)
      .atHour(2)
      .inTimezone('Europe/Helsinki')
      .create();
    const trigger = triggers()[0];
    const hours: number[] = [];
    const dates: string[] = [];
    // Walk the schedule over the change on 2026-03-29 (03:00 → 04:00).
    for (let i = 0; i < 4; i++) {
      const parts = zonedParts(trigger.nextFireAt as number, 'Europe/Helsinki');
      hours.push(parts.hour);
      dates.push(parts.date);
      scheduleNext(ctx, trigger, trigger.nextFireAt as number);
    }
    expect(dates).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(hours).toEqual([2, 2, 2, 2]);
  });

  it('nearMinute fires within 15 minutes of the minute', () => {
    const { ScriptApp, triggers } = setup('2026-03-02T08:00:00Z');
    ScriptApp.newTrigger('f')
      .timeBased()
      .everyDays(1)
      .atHour(9)
      .nearMinute(30)
      .inTimezone('Europe/Helsinki')
      .create();
    const local = zonedParts(triggers()[0].nextFireAt as number, 'Europe/Helsinki');
    expect(local.hour).toBe(9);
    expect(local.minute).toBeGreaterThanOrEqual(15);
    expect(local.minute).toBeLessThan(45);
  });

  it('at(date) fires once, at that time', () => {
    const { ScriptApp, triggers } = setup('2026-03-02T08:00:00Z');
    const at = Date.parse('2026-03-02T09:30:00Z');
    ScriptApp.newTrigger('once').timeBased().at(makeDate(at)).create();
    const fire = triggers()[0].nextFireAt as number;
    expect(fire).toBeGreaterThanOrEqual(at);
    expect(fire).toBeLessThan(at + 60_000);
  });

  it('everyMinutes accepts only 1, 5, 10, 15 or 30', () => {
    const { ScriptApp } = setup('2026-03-02T08:00:00Z');
    expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(7)).toThrow(
      'The value passed to everyMinutes must be 1, 5, 10, 15 or 30.',
    );
  });

  it('everyHours accepts only 1, 2, 4, 6, 8 or 12', () => {
    const { ScriptApp } = setup('2026-03-02T08:00:00Z');
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(3)).toThrow(
      'The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.',
    );
  });
});

describe('ScriptApp — https://developers.google.com/apps-script/reference/script/script-app', () => {
  it('getProjectTriggers lists what was made; deleteTrigger removes it', () => {
    const { ScriptApp } = setup('2026-03-02T08:00:00Z');
    ScriptApp.newTrigger('a').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('b').forForm('FORM-ID').onFormSubmit().create();
    const listed = ScriptApp.getProjectTriggers();
    expect(
      listed.map((t) => [t.getHandlerFunction(), t.getEventType(), t.getTriggerSource()]),
    ).toEqual([
      ['a', 'CLOCK', 'CLOCK'],
      ['b', 'ON_FORM_SUBMIT', 'FORMS'],
    ]);
    expect(listed[1].getTriggerSourceId()).toBe('FORM-ID');
    ScriptApp.deleteTrigger(listed[0]);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['b']);
  });

  it(`refuses a trigger beyond ${MAX_TRIGGERS_PER_USER} per user per script`, () => {
    const { ScriptApp } = setup('2026-03-02T08:00:00Z');
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++)
      ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('one-too-many').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  it('a method the emulator lacks says so by name', () => {
    const { ScriptApp } = setup('2026-03-02T08:00:00Z');
    expect(() => (ScriptApp as unknown as { invalidateAuth(): unknown }).invalidateAuth()).toThrow(
      'Not emulated: ScriptApp.invalidateAuth()',
    );
  });
});
