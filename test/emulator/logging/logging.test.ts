import {
  appendLog,
  createConsole,
  createLogger,
  LOG_CAP,
  LOG_STORE,
  logsOf,
  type LogEntry,
  type LogStore,
} from '../../../emulator/logging';
import { makeTestContext } from '../../helpers/runtime';

describe('Logger and console (emulator)', () => {
  it('Logger.log formats %s, stores the entry and keeps a per-execution log', () => {
    const ctx = makeTestContext({ nowIso: '2026-03-02T08:00:00Z' });
    const seen: LogEntry[] = [];
    const logger = createLogger(ctx, (e) => seen.push(e));
    logger.log('Sent %s of %s', 3, 5).log({ a: 1 });
    expect(seen.map((e) => e.message)).toEqual(['Sent 3 of 5', '{"a":1}']);
    expect(logger.getLog()).toBe(
      '[26-03-02 10:00:00:000 EET] Sent 3 of 5\n[26-03-02 10:00:00:000 EET] {"a":1}\n',
    );
    logger.clear();
    expect(logger.getLog()).toBe('');
    const store = ctx.rt.store<LogStore>(LOG_STORE);
    expect(logsOf(store, 'test-exec')).toEqual([
      {
        at: Date.parse('2026-03-02T08:00:00Z'),
        level: 'info',
        message: 'Sent 3 of 5',
        executionId: 'test-exec',
        source: 'Logger',
      },
      {
        at: Date.parse('2026-03-02T08:00:00Z'),
        level: 'info',
        message: '{"a":1}',
        executionId: 'test-exec',
        source: 'Logger',
      },
    ]);
    expect(ctx.rt.execution.calls).toEqual([]); // logging is not a service call
  });

  it('console levels and timers use the simulated clock', () => {
    const ctx = makeTestContext();
    const c = createConsole(ctx);
    c.log('a %d', 1);
    c.info('b');
    c.warn('c');
    c.error('d', { e: 1 });
    c.time('t');
    ctx.rt.clock.advance(1234);
    c.timeEnd('t');
    c.timeEnd('nope');
    const entries = logsOf(ctx.rt.store(LOG_STORE), 'test-exec');
    expect(entries.map((e) => [e.level, e.message])).toEqual([
      ['info', 'a 1'],
      ['info', 'b'],
      ['warn', 'c'],
      ['error', 'd { e: 1 }'],
      ['info', 't: 1234ms'],
      ['warn', "Timer 'nope' does not exist"],
    ]);
  });

  it('keeps only the newest 5,000 entries', () => {
    const store: LogStore = { entries: [] };
    for (let i = 0; i < LOG_CAP + 10; i++) {
      appendLog(store, {
        at: i,
        level: 'info',
        message: String(i),
        executionId: 'x',
        source: 'console',
      });
    }
    expect(store.entries.length).toBe(LOG_CAP);
    expect(store.entries[0].message).toBe('10');
  });
});
