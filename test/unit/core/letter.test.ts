import { displayPhone, isMobile, parseCoachContacts } from '../../../src/core/coach-contacts';
import {
  composePhoneNotice,
  composeReminder,
  composeWeekly,
  taskSummary,
} from '../../../src/core/mail';
import type { MailTask, WeeklyMailInput } from '../../../src/core/mail';
import { SUMMARY_CHARS } from '../../../src/core/mail/weekly';
import { reminderWindows } from '../../../src/core/reminders';
import { STARTER_TASKS } from '../../../src/core/task-bank';

const task = (id: string, extra: Partial<MailTask> = {}): MailTask => ({
  id,
  title: `Tehtävä ${id}`,
  instructions:
    'Tee ensin tämä. Sitten tee tuo. Lopuksi kirjoita, mitä opit ja mikä oli vaikeaa tänään.',
  materialLink: '',
  returnFormat: 'writing',
  ...extra,
});

const TOKEN = '7856b5b2-fb12-494a-9963-aa62875db5ea';
const COACH = { email: 'anna@kunta.fi', name: 'Anna Ohjaaja', phone: '+358401234567' };

function input(overrides: Partial<WeeklyMailInput> = {}): WeeklyMailInput {
  return {
    client: { id: 'A0001', name: 'Aino Virtanen', email: 'aino@example.org', lang: 'fi' },
    week: '2026-W49',
    days: [
      {
        date: '2026-11-30',
        mode: 'remote',
        hours: 4,
        start: '09:00',
        tasks: ['T1', 'T2', 'T3', 'T4', 'T5'].map((id) => task(id)),
        reflectionLink: `https://docs.google.com/forms/d/e/x/viewform?entry.1=${TOKEN}`,
      },
      { date: '2026-12-02', mode: 'in-person', hours: 4, start: '09:00', tasks: [task('T6')] },
    ],
    weekTasks: [task('W1'), task('W1')],
    meetings: [
      {
        kind: 'group',
        date: '2026-11-30',
        time: '10:00',
        minutes: 60,
        link: 'https://meet.google.com/abc-defg-hij',
      },
    ],
    uploadLink: `https://script.google.com/macros/s/x/exec?page=upload&t=${TOKEN}`,
    folderLink:
      'https://drive.google.com/drive/folders/1FcdNtN-K5pyUUIY1pOpmX_cy4lsp2562rcNN2IOlB6w',
    siteAddress: 'Pajakatu 1, Helsinki',
    coach: COACH,
    organisation: 'Etäpaja',
    ...overrides,
  };
}

describe('the weekly letter', () => {
  const mail = composeWeekly(input());

  it('is addressed back to the coach and named by the week number', () => {
    expect(mail.replyTo).toBe('anna@kunta.fi');
    expect(mail.subject).toBe('Ensi viikon ohjeet, viikko 49');
  });

  it('gives each day its start and place, and at most three tasks', () => {
    expect(mail.text).toContain('Maanantai 30.11.\n');
    expect(mail.text).toContain('Aloita klo 9.00. Teet tehtävät kotona noin 4 tuntia.');
    expect(mail.text).toContain('Tule klo 9.00 osoitteeseen Pajakatu 1, Helsinki.');
    for (const id of ['T1', 'T2', 'T3', 'T6']) expect(mail.text).toContain(`Tehtävä ${id}.`);
    for (const id of ['T4', 'T5']) expect(mail.text).not.toContain(`Tehtävä ${id}.`);
  });

  it('shows a whole-week task once, under the week', () => {
    expect(mail.text.split('Tehtävä W1.').length - 1).toBe(1);
    expect(mail.text.indexOf('Koko viikon tehtävä')).toBeLessThan(mail.text.indexOf('Tehtävä W1.'));
  });

  it('names the meeting once, on its real day and time, without the group name', () => {
    expect(mail.text.split('Ryhmän tapaaminen').length - 1).toBe(1);
    expect(mail.text).toContain('Ryhmän tapaaminen klo 10.00–11.00.');
    expect(mail.text).toContain('Liity tapaamiseen:\nhttps://meet.google.com/abc-defg-hij');
  });

  it('tells a client without a Google account to reply with the work when there is no upload page', () => {
    expect(mail.text).not.toContain('Ei Google-tiliä?');
    const addon = composeWeekly(input({ uploadLink: '' }));
    expect(addon.text).toContain('Ei Google-tiliä? Vastaa tähän viestiin ja liitä kuva');
    expect(addon.html).toContain('Ei Google-tiliä?');
  });

  it('ends with whom to call when ill, before the day starts', () => {
    expect(mail.text).toContain(
      'Jos olet sairaana tai et pääse: soita tai laita viesti ohjaajalle Anna Ohjaaja, 040 123 4567, ennen klo 9.00.',
    );
  });

  it('labels every link; personal addresses are numbered at the end of the plain text', () => {
    const [body, list] = mail.text.split('\nLinkit:\n');
    expect(body).not.toContain(TOKEN);
    expect(list).toContain(TOKEN);
    expect(body).toContain('Lähetä kuva, video tai teksti [2]');
    expect(body.indexOf('Lähetä kuva')).toBeLessThan(body.indexOf('Oma kansio'));
    const anchors = [...mail.html.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(3);
    for (const label of anchors) expect(label).not.toMatch(/https?:|www\./);
  });

  it('is in the client’s language, Swedish included', () => {
    const sv = composeWeekly(input({ client: { ...input().client, lang: 'sv' } }));
    expect(sv.subject).toBe('Instruktioner för nästa vecka, vecka 49');
    expect(sv.text).toContain('Gruppmöte kl. 10.00–11.00.');
    expect(sv.text).toContain('Kom kl. 9.00 till Pajakatu 1, Helsinki.');
    expect(sv.text).not.toMatch(/Ryhmä|Tehtävät|Lähipäivä/);
  });

  it('keeps a task to its first sentences', () => {
    expect(taskSummary('Yksi kaksi kolme. Neljä viisi. ' + 'sana '.repeat(20) + '.')).toBe(
      'Yksi kaksi kolme. Neljä viisi.',
    );
  });

  it('cuts by characters, so Swedish and English keep the point as Finnish does', () => {
    const interview = STARTER_TASKS.find((task) => task.id === 'T026')!;
    expect(taskSummary(interview.instructions.en)).toBe(
      'Answer three questions out loud: Tell me about yourself. Why do you want this job? What is your strength?',
    );
    expect(taskSummary(interview.instructions.sv)).toContain('Vad är din styrka?');
    expect(taskSummary(interview.instructions.fi)).toContain('Mikä on vahvuutesi?');
    // Every summary stays short, whole sentences only, in every language.
    for (const task of STARTER_TASKS)
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const summary = taskSummary(task.instructions[lang]);
        const first = task.instructions[lang].split(/(?<=[.!?])\s+/)[0];
        expect(summary.length <= SUMMARY_CHARS || summary === first).toBe(true);
        expect(task.instructions[lang].startsWith(summary)).toBe(true);
      }
  });
});

describe('a reminder', () => {
  it('says what and when in the client’s language and replies to the coach', () => {
    const mail = composeReminder({
      client: { id: 'A0009', name: 'Emma Svensson', email: 'e@example.org', lang: 'sv' },
      which: 'soon',
      kind: 'group',
      time: '13:00',
      minutes: 60,
      link: 'https://meet.google.com/abc-defg-hij',
      week: '2026-W49',
      coach: COACH,
      organisation: '',
    });
    expect(mail.subject).toBe('Gruppmöte börjar snart, kl. 13.00');
    expect(mail.replyTo).toBe('anna@kunta.fi');
    expect(mail.text).toContain('före kl. 13.00');
  });

  it('windows come from the settings, never narrower than two hours', () => {
    expect(reminderWindows({ reminderMorningTime: '07:30', reminderSoonMinutes: 60 })).toEqual({
      morningFrom: '07:30',
      soonLeadMinutes: 120,
    });
  });
});

describe('the coach’s ready text message', () => {
  const base = {
    days: [{ date: '2026-12-01', mode: 'remote' as const, start: '09:00' }],
    meetings: [
      {
        kind: 'group' as const,
        date: '2026-12-01',
        time: '13:00',
        minutes: 60,
        link: 'https://meet.google.com/x',
      },
    ],
    siteAddress: '',
    coachName: 'Mikko Ohjaaja',
  };
  const client = { id: 'A0021', name: 'Timo Hiltunen', lang: 'fi' as const, hasEmail: true };

  it('carries the days, the time and the link, with sms, WhatsApp and call links for a mobile', () => {
    const n = composePhoneNotice({
      ...base,
      client: { ...client, phone: '+358401202740', contact: 'sms' },
    })!;
    expect(n.text).toBe(
      'Hei Timo! Ensi viikko: ti 1.12. klo 9.00 kotona. Ryhmän tapaaminen ti 1.12. klo 13.00–14.00: https://meet.google.com/x. Ohjeet ovat sähköpostissa. t. Mikko Ohjaaja',
    );
    expect(n.links.map((l) => l.kind)).toEqual(['sms', 'whatsapp', 'tel']);
    expect(decodeURIComponent(n.links[1].url)).toContain(
      'https://wa.me/358401202740?text=Hei Timo!',
    );
  });

  it('gives a landline the call link only', () => {
    const n = composePhoneNotice({
      ...base,
      client: { ...client, phone: '+35893101234', contact: 'phone' },
    })!;
    expect(n.links).toEqual([{ kind: 'tel', url: 'tel:+35893101234' }]);
    expect(n.phone).toBe('09 310 1234');
  });
});

describe('coach contacts', () => {
  it('reads one coach a line and tells mobiles from landlines', () => {
    expect(parseCoachContacts('a@k.fi, Anna A, 040 123 4567\nb@k.fi;c@k.fi, 09 310 1234')).toEqual([
      { email: 'a@k.fi', name: 'Anna A', phone: '+358401234567' },
      { email: 'b@k.fi', name: '', phone: '' },
      { email: 'c@k.fi', name: '', phone: '+35893101234' },
    ]);
    expect(parseCoachContacts('not an email, Anna')).toBeUndefined();
    expect(isMobile('+358501234567')).toBe(true);
    expect(isMobile('+35893101234')).toBe(false);
    expect(displayPhone('+358401234567')).toBe('040 123 4567');
  });
});
