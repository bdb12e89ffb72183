import { backoffMs, classifyFailure } from '../../../src/core/failure-kind';
import { UNAVAILABLE_MESSAGES } from '../../../emulator/runtime/faults';
import { QUOTA_EXCEEDED_MESSAGE, invalidEmailMessage } from '../../../emulator/mail/api';
import { LOCK_TIMEOUT } from '../../../emulator/lock/lock';
import { ExecutionKilled } from '../../../emulator/runtime/errors';
import { hasMessage } from '../../../src/core/i18n';

/** Every text the runtime throws is classified by src/core/failure-kind.ts, as Google's are. */
describe('failures by kind', () => {
  test.each([
    ['matti,virtanen@x.example', 'Invalid email: matti'],
    ['<bad@x.example', invalidEmailMessage('<bad@x.example')],
  ])('a refused address (%s) is permanent for its item', (_address, text) => {
    expect(classifyFailure(new Error(text))).toMatchObject({
      kind: 'permanent',
      reason: 'failure.permanent.address',
      detail: text,
    });
  });

  test('every service-unavailable text of the runtime is transient', () => {
    for (const text of Object.values(UNAVAILABLE_MESSAGES))
      expect([text, classifyFailure(new Error(text)).kind]).toEqual([text, 'transient']);
    expect(classifyFailure(new Error(LOCK_TIMEOUT)).kind).toBe('transient');
    expect(classifyFailure('Exception: Request timed out').kind).toBe('transient');
  });

  test('only the daily quota text is quota', () => {
    expect(classifyFailure(new Error(QUOTA_EXCEEDED_MESSAGE)).kind).toBe('quota');
    expect(classifyFailure(new Error('Service unavailable: Mail')).kind).not.toBe('quota');
  });

  test('the end of the execution is fatal, never caught', () => {
    expect(classifyFailure(new ExecutionKilled('timeout')).kind).toBe('fatal');
    expect(classifyFailure(new ExecutionKilled('crash')).kind).toBe('fatal');
  });

  test('an unknown error parks its item (no retry loop) and every reason has words', () => {
    const unknown = classifyFailure(new Error('Something odd'));
    expect(unknown.kind).toBe('permanent');
    for (const text of [
      'Invalid email: x',
      'Service unavailable: Mail',
      QUOTA_EXCEEDED_MESSAGE,
      'odd',
    ])
      expect(hasMessage(classifyFailure(text).reason)).toBe(true);
  });

  test('backoff doubles and is capped', () => {
    expect([1, 2, 3, 4, 5, 9].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
});
