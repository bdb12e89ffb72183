import { createSession } from '../../../emulator/session';
import { makeTestContext } from '../../helpers/runtime';

describe('Session (emulator)', () => {
  it('answers from the script context and counts each call', () => {
    const ctx = makeTestContext({ user: 'aino@kunta.example' });
    const session = createSession(ctx);
    expect(session.getActiveUser().getEmail()).toBe('aino@kunta.example');
    expect(session.getEffectiveUser().getEmail()).toBe('aino@kunta.example');
    expect(session.getScriptTimeZone()).toBe('Europe/Helsinki');
    expect(session.getActiveUserLocale()).toBe('fi');
    expect(ctx.rt.execution.callsByService()).toEqual({ Session: 4 });
  });

  it('gives a temporary key that is stable per user and project', () => {
    const ctx = makeTestContext();
    const key = createSession(ctx).getTemporaryActiveUserKey();
    expect(createSession(ctx).getTemporaryActiveUserKey()).toBe(key);
    expect(createSession({ ...ctx, user: 'x@kunta.example' }).getTemporaryActiveUserKey()).not.toBe(
      key,
    );
    expect(createSession({ ...ctx, projectId: 'p2' }).getTemporaryActiveUserKey()).not.toBe(key);
    expect(key).not.toContain(ctx.user);
  });

  it('says which methods are not emulated', () => {
    const session = createSession(makeTestContext());
    const user = session.getActiveUser() as unknown as { getUsername(): string };
    expect(() => user.getUsername()).toThrow('Not emulated: User.getUsername()');
  });
});
