import { attributeResponse } from '../../../src/core/tokens';
import { decideDay } from '../../../src/core/attendance';
import {
  buildAbsenceReport,
  buildMonthlySummary,
  fortnightOf,
  lastEndedFortnight,
} from '../../../src/core/reports';

const TOKEN = '0f8fad5b-d9cb-469f-a165-70867728950e';
const clients = [
  { id: 'A0001', email: 'a@x.fi', token: TOKEN, status: 'active' },
  { id: 'A0002', email: 'b@x.fi', token: '', status: 'active' },
];

describe('attributeResponse', () => {
  it('accepts a valid token or a verified email only', () => {
    expect(attributeResponse({ token: TOKEN, verifiedEmail: '', clients })).toEqual({
      clientId: 'A0001',
      via: 'token',
    });
    expect(attributeResponse({ token: '', verifiedEmail: 'B@x.fi', clients })).toEqual({
      clientId: 'A0002',
      via: 'email',
    });
    expect(attributeResponse({ token: '', verifiedEmail: '', clients })).toMatchObject({
      clientId: '',
      reason: 'missing-token',
    });
    expect(
      attributeResponse({
        token: '123e4567-e89b-42d3-a456-426614174000',
        verifiedEmail: '',
        clients,
      }),
    ).toMatchObject({
      clientId: '',
      reason: 'unknown-token',
    });
    expect(attributeResponse({ token: TOKEN, verifiedEmail: 'b@x.fi', clients })).toMatchObject({
      reason: 'token-email-conflict',
    });
  });
});

describe('decideDay', () => {
  const base = { allowanceEuros: 9, absenceReason: '' };
  it("evidence only proposes: without the coach's mark a day is to check, with no allowance", () => {
    expect(decideDay({ ...base, sources: ['upload'], coachMark: '' })).toMatchObject({
      observed: 'present',
      final: 'unknown',
      confirmed: false,
      allowance: 0,
    });
    expect(decideDay({ ...base, sources: [], coachMark: '' })).toMatchObject({
      observed: 'unknown',
      final: 'unknown',
      reason: null,
      allowance: 0,
    });
  });
  it('the coach decides, and only a confirmed present day carries the allowance', () => {
    expect(decideDay({ ...base, sources: [], coachMark: 'läsnä' })).toMatchObject({
      final: 'present',
      confirmed: true,
      allowance: 9,
    });
    expect(
      decideDay({
        ...base,
        sources: ['reflection'],
        coachMark: 'poissa',
        absenceReason: 'työhaastattelu',
      }),
    ).toMatchObject({
      observed: 'present',
      final: 'absent',
      reason: 'job-interview',
      allowance: 0,
    });
    // The sheet's own "to check" word is no decision.
    expect(decideDay({ ...base, sources: [], coachMark: 'tarkistettava' }).confirmed).toBe(false);
  });
});

describe('reports', () => {
  it('uses fixed fortnights', () => {
    expect(fortnightOf('2026-12-05')).toEqual({ start: '2026-11-30', end: '2026-12-13' });
    expect(lastEndedFortnight('2026-12-14')).toEqual({ start: '2026-11-30', end: '2026-12-13' });
  });
  it('lists absence days and counts the month', () => {
    const facts = [
      {
        clientId: 'A0001',
        date: '2026-12-01',
        final: 'absent' as const,
        reason: 'own-illness' as const,
      },
      { clientId: 'A0001', date: '2026-12-02', final: 'present' as const, reason: null },
      { clientId: 'A0001', date: '2026-12-15', final: 'absent' as const, reason: null },
    ];
    const report = buildAbsenceReport(
      facts,
      new Map([['A0001', 'Aino']]),
      fortnightOf('2026-12-01'),
    );
    expect(report.clients).toEqual([
      {
        clientId: 'A0001',
        name: 'Aino',
        absences: [{ date: '2026-12-01', reason: 'own-illness' }],
        noService: [],
        toCheck: 0,
      },
    ]);
    expect(buildMonthlySummary(facts, new Map(), '2026-12', 9)[0]).toMatchObject({
      planned: 3,
      attended: 1,
      absent: 2,
      allowanceEuros: 9,
    });
  });
});
