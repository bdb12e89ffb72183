import { createConsole, createLogger, LOG_STORE, logsOf } from '../../emulator/logging';
import { makeTestContext } from '../helpers/runtime';

describe('https://developers.google.com/apps-script/reference/base/logger', () => {
  it('log(format, values...) replaces each %s with the next value', () => {
    const ctx = makeTestContext();
    const logger = createLogger(ctx);
    logger.log('Name: %s, Email: %s', 'Aino', 'aino@kunta.example');
    expect(logsOf(ctx.rt.store(LOG_STORE), 'test-exec')[0].message).toBe(
      'Name: Aino, Email: aino@kunta.example',
    );
  });

  it('log returns the Logger for chaining; clear empties getLog', () => {
    const logger = createLogger(makeTestContext());
    expect(logger.log('a')).toBe(logger);
    expect(logger.getLog()).toContain('] a\n');
    logger.clear();
    expect(logger.getLog()).toBe('');
  });
});

describe('https://developers.google.com/apps-script/reference/base/console', () => {
  it('log, info, warn and error write at their levels', () => {
    const ctx = makeTestContext();
    const c = createConsole(ctx);
    c.log('l');
    c.info('i');
    c.warn('w');
    c.error('e');
    expect(logsOf(ctx.rt.store(LOG_STORE), 'test-exec').map((e) => e.level)).toEqual([
      'info',
      'info',
      'warn',
      'error',
    ]);
  });

  it('time and timeEnd report the elapsed time', () => {
    const ctx = makeTestContext();
    const c = createConsole(ctx);
    c.time('fetch');
    ctx.rt.clock.advance(250);
    c.timeEnd('fetch');
    expect(logsOf(ctx.rt.store(LOG_STORE), 'test-exec').pop()!.message).toBe('fetch: 250ms');
  });
});
