import { freshWorkspace } from '../../helpers/workspace';
test('smoke', () => {
  const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
  ws.run('etapaja', 'setup', [{ lang: 'fi' }]);
  ws.run('etapaja', 'loadDemoRoster', []);
  const seen: string[] = [];
  ws.rt.onCall((c) => { const x = c as unknown as { service: string; method: string }; if (x.service !== 'SpreadsheetApp') seen.push(x.service + '.' + x.method); });
  const r = ws.run('etapaja', 'setup', [{ lang: 'fi' }]);
  const counts: Record<string, number> = {};
  for (const s of seen) counts[s] = (counts[s] ?? 0) + 1;
  console.log(counts, r.error);
});
