import { mails, meta, plannedWorkspace } from './helpers';

interface Preview {
  to: string;
  subject: string;
  html: string;
  text: string;
}

test('previewWeekly returns exactly the mail the dispatch then sends to that client', () => {
  const ws = plannedWorkspace();
  // One client per language (fi, sv, en), all oriented: every fifth demo client still waits for
  // orientation and gets no tasks (A0020 below).
  const clients = ['A0001', 'A0009', 'A0014'];
  // Before any dispatch: the client has no folder, token or Meet link yet; the preview makes
  // them as the dispatch would, so what it shows is what goes.
  const previews = new Map(
    clients.map((id) => [id, ws.call('previewWeekly', [id]) as Preview | { error: string }]),
  );
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  for (const id of clients) {
    const preview = previews.get(id) as Preview;
    expect(preview).not.toHaveProperty('error');
    const sent = mails(ws).filter((m) => meta(m).kind === 'weekly' && meta(m).client === id);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual([preview.to]);
    expect(sent[0].subject).toBe(preview.subject);
    expect(sent[0].html).toBe(preview.html);
    expect(sent[0].text).toBe(preview.text);
    // The links the preview promised are really in it.
    expect(preview.html).toContain('https://meet.google.com/');
    expect(preview.html).toContain('https://drive.google.com/drive/folders/');
    expect(preview.html).toContain('https://docs.google.com/forms/');
  }
  // A client waiting for orientation has no task days: the preview says so and nothing is sent.
  expect(ws.call('previewWeekly', ['A0020'])).toHaveProperty('error');
  expect(mails(ws).filter((m) => meta(m).client === 'A0020' && meta(m).kind === 'weekly')).toEqual(
    [],
  );
  // And after the dispatch the preview is still the same mail.
  const again = ws.call('previewWeekly', [clients[0]]) as Preview;
  expect(again.html).toBe((previews.get(clients[0]) as Preview).html);
});

test('previewWeekly for an unknown client is an error, not a mail', () => {
  const ws = plannedWorkspace();
  expect(ws.call('previewWeekly', ['NOPE'])).toHaveProperty('error');
});
