import { normalisePhone } from '../../../src/core/phone';

describe('normalisePhone', () => {
  it.each([
    ['040 123 4567', '+358401234567'],
    ['0401234567', '+358401234567'],
    ['+358 40 1234567', '+358401234567'],
    ['358401234567', '+358401234567'],
    ['00358 40 123 4567', '+358401234567'],
    ['+358 (0)40 123 4567', '+358401234567'],
    ['(09) 123 4567', '+35891234567'],
    ['09-123 4567', '+35891234567'],
    ['040-123-4567', '+358401234567'],
    ['040.123.4567', '+358401234567'],
    [' 050 555 1234 ', '+358505551234'],
    ['+46 70 123 45 67', '+46701234567'],
    ['0046 70 123 45 67', '+46701234567'],
    ['+1 (212) 555-0123', '+12125550123'],
  ])('%s → %s', (input, e164) => {
    expect(normalisePhone(input)).toEqual({ e164 });
  });

  it('keeps empty empty', () => {
    expect(normalisePhone('')).toEqual({ e164: '' });
    expect(normalisePhone('   ')).toEqual({ e164: '' });
  });

  it.each([
    ['040 12', 'roster.phone.tooShort'],
    ['+358 40', 'roster.phone.tooShort'],
    ['040 123 4567 8901', 'roster.phone.tooLong'],
    ['+46 12', 'roster.phone.tooShort'],
    ['+1234567890123456', 'roster.phone.tooLong'],
    ['040 123 4567 ext 2', 'roster.phone.invalid'],
    ['puhelin', 'roster.phone.invalid'],
    ['401234567', 'roster.phone.noPrefix'],
  ])('rejects %s (%s)', (input, key) => {
    const result = normalisePhone(input);
    expect(result).toEqual({ problem: { key, params: { value: input.trim() }, field: 'phone' } });
  });
});
