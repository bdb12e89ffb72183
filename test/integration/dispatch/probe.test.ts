import { plannedWorkspace } from './helpers';

test('probe', () => {
  const ws = plannedWorkspace();
  const counts: Record<string, number> = {};
  const off = ws.rt.onCall((c) => { counts[c.method] = (counts[c.method] ?? 0) + 1; });
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  off();
  console.log(JSON.stringify(counts));
});
