import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { Runtime } from '../../../emulator/runtime/runtime';
import { ExecutionKilled } from '../../../emulator/runtime/errors';
import { SimDate } from '../../../emulator/runtime/clock';

describe('fault spec', () => {
  it('parses services, seed, crash point and mail quota', () => {
    expect(parseFaults('mail=0.2,sheets=0.05,seed=7,crash-at=40,quota-mail=3')).toEqual({
      probabilities: { mail: 0.2, sheets: 0.05 },
      seed: 7,
      crashAt: 40,
      mailQuota: 3,
    });
  });

  it('refuses what it does not know', () => {
    expect(() => parseFaults('gmail=0.1')).toThrow('Unknown fault "gmail"');
    expect(() => parseFaults('mail=2')).toThrow('must be 0..1');
    expect(() => parseFaults('seed')).toThrow('expected name=number');
  });

  it('is reproducible from its seed', () => {
    const fates = (seed: number) => {
      const injector = new FaultInjector(parseFaults(`mail=0.5,seed=${seed}`));
      return Array.from({ length: 40 }, () => injector.decide('MailApp')?.kind ?? 'ok').join(',');
    };
    expect(fates(3)).toBe(fates(3));
    expect(fates(3)).not.toBe(fates(4));
  });
});

describe('Runtime.call', () => {
  const make = (faults?: string) => {
    const rt = new Runtime({}, { nowMs: Date.UTC(2026, 0, 1), seed: 1, faults, dir: '' });
    const execution = rt.begin({ id: 'e1', projectId: 'p', functionName: 'f', user: 'u@x.fi' });
    return { rt, execution };
  };

  it('counts, prices and advances the simulated clock', () => {
    const { rt, execution } = make();
    const start = rt.clock.now();
    rt.call('MailApp', 'sendEmail');
    rt.call('Range', 'getValues', 1000);
    expect(execution.callsByService()).toEqual({ MailApp: 1, SpreadsheetApp: 1 });
    expect(rt.clock.now() - start).toBeCloseTo(700 + 120 + 10, 5);
    expect(new SimDate().getTime()).toBe(rt.clock.now());
  });

  it('kills the execution at the k-th call, and every later call too', () => {
    const { rt, execution } = make('crash-at=2');
    rt.call('Properties', 'getProperty');
    expect(() => rt.call('Properties', 'getProperty')).toThrow(ExecutionKilled);
    expect(execution.killed).toBe('crash');
    // A script that swallows the error still cannot do anything more.
    expect(() => rt.call('MailApp', 'sendEmail')).toThrow(ExecutionKilled);
  });

  it('stops an execution after six minutes of modelled time', () => {
    const { rt, execution } = make();
    expect(() => {
      for (let i = 0; i < 1000; i++) rt.call('MailApp', 'sendEmail');
    }).toThrow('Exceeded maximum execution time');
    expect(execution.killed).toBe('timeout');
    expect(execution.calls.length).toBe(Math.floor((6 * 60 * 1000) / 700) + 1);
  });

  it('fails a call with the service error text, still counted', () => {
    const { rt, execution } = make('mail=1');
    expect(() => rt.call('MailApp', 'sendEmail')).toThrow('Service unavailable: Mail');
    expect(execution.calls[0].failed).toBe(true);
  });
});
