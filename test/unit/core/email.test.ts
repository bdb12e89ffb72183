import { normaliseEmail } from '../../../src/core/email';

describe('normaliseEmail', () => {
  it.each([
    ['matti.meikalainen@example.fi', 'matti.meikalainen@example.fi'],
    ['  Matti@Example.FI ', 'matti@example.fi'],
    ['mailto:anna@hyvinvointialue.fi', 'anna@hyvinvointialue.fi'],
    ['a+tag@sub.domain.example.com', 'a+tag@sub.domain.example.com'],
    ['pekka@jyväskylä.fi', 'pekka@xn--jyvskyl-7wae.fi'],
    ['user@bücher.example', 'user@xn--bcher-kva.example'],
    ['user@xn--bcher-kva.example', 'user@xn--bcher-kva.example'],
    ['USER@BÜCHER.EXAMPLE', 'user@xn--bcher-kva.example'],
    ['asa\u202E@x.example', 'asa@x.example'],
    ['a\u200Bsa@x.example', 'asa@x.example'],
  ])('%j → %s', (input, email) => {
    expect(normaliseEmail(input)).toEqual({ email });
  });

  it('keeps empty empty', () => {
    expect(normaliseEmail('  ')).toEqual({ email: '' });
  });

  it.each([
    ['matti.example.fi', 'roster.email.noAt'],
    ['matti@@example.fi', 'roster.email.manyAt'],
    ['matti@ex@ample.fi', 'roster.email.manyAt'],
    ['matti @example.fi', 'roster.email.spaces'],
    ['matti@example', 'roster.email.badDomain'],
    ['matti@example.fi.', 'roster.email.badDomain'],
    ['matti@.example.fi', 'roster.email.badDomain'],
    ['matti@example..fi', 'roster.email.badDomain'],
    ['matti@example.f1', 'roster.email.badDomain'],
    ['@example.fi', 'roster.email.invalid'],
    ['matti.@example.fi', 'roster.email.invalid'],
    ['mat..ti@example.fi', 'roster.email.invalid'],
    ['Matti <matti@kunta.fi>', 'roster.email.brackets'],
    ['matti@kunta.fi, liisa@kunta.fi', 'roster.email.many'],
    ['matti@kunta.fi;liisa@kunta.fi', 'roster.email.many'],
    ['matti\t@kunta.fi', 'roster.email.spaces'],
    ['mäkelä@kunta.fi', 'roster.email.localChars'],
    ['"matti"@kunta.fi', 'roster.email.localChars'],
    [`${'a'.repeat(65)}@kunta.fi`, 'roster.email.tooLong'],
    ['matti@-kunta.fi', 'roster.email.badDomain'],
  ])('rejects %j (%s)', (input, key) => {
    const result = normaliseEmail(input);
    expect('problem' in result && result.problem).toEqual({
      key,
      params: { value: input },
      field: 'email',
    });
  });

  it('names the given field', () => {
    const result = normaliseEmail('x', 'coach');
    expect('problem' in result && result.problem.field).toBe('coach');
  });
});
