import { createSession } from '../../emulator/session';
import { makeTestContext } from '../helpers/runtime';

describe('https://developers.google.com/apps-script/reference/base/session', () => {
  it('getActiveUser and getEffectiveUser give a User with getEmail', () => {
    const session = createSession(makeTestContext({ user: 'ohjaaja@kunta.example' }));
    expect(session.getActiveUser().getEmail()).toBe('ohjaaja@kunta.example');
    expect(session.getEffectiveUser().getEmail()).toBe('ohjaaja@kunta.example');
  });

  it('getScriptTimeZone returns the time zone of the script', () => {
    expect(createSession(makeTestContext()).getScriptTimeZone()).toBe('Europe/Helsinki');
  });

  it('getActiveUserLocale returns a language code string', () => {
    expect(createSession(makeTestContext()).getActiveUserLocale()).toBe('fi');
  });

  it('getTemporaryActiveUserKey is a key unique to the active user and script', () => {
    const ctx = makeTestContext();
    const key = createSession(ctx).getTemporaryActiveUserKey();
    expect(typeof key).toBe('string');
    expect(key).toBe(createSession(ctx).getTemporaryActiveUserKey());
  });
});
