import { bundle } from '../helpers/workspace';
import { runChaos } from './sim';
import { allChecks } from './invariants';
import { mails, mailMeta, sheetView, text } from './world';
import type { ScriptStore } from '../../emulator/script/store';

test('debug', () => {
  const world = runChaos({ seed: Number(process.env.SEED ?? 1), days: Number(process.env.DAYS ?? 7), bundle: bundle() });
  const ws = world.ws;
  const out: string[] = [JSON.stringify(world.stats)];
  for (const c of allChecks(world)) if (!c.ok) out.push(c.name, ...c.problems);
  const ex = ws.rt.store<ScriptStore>('script').executions;
  for (const e of ex) if (new RegExp(process.env.FN ?? 'weeklyDispatch').test(e.functionName)) out.push([new Date(e.startedAt).toISOString(), e.functionName, e.triggerId, e.status, e.error].join(' '));
  const log = sheetView(ws, 'Lähetykset').rows.filter(r => new RegExp(process.env.KEY ?? 'weekly').test(text(r.Avain)));
  out.push(...log.map(r => [r.Avain, r.Tila, r.Yrityksiä, r.Varattu, r['Viestin tunnus'], r.Virhe].join(' ')));
  out.push(...mails(ws).filter(m => new RegExp(process.env.KEY ?? 'weekly').test(mailMeta(m).kind)).map(m => [new Date(m.sentAt).toISOString(), m.to.join(), mailMeta(m).kind, mailMeta(m).client, m.subject].join(' ')));
  console.log(out.join('\n'));
});
