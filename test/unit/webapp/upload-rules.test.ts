import {
  MAX_UPLOAD_BYTES,
  base64Bytes,
  checkFile,
  checkText,
  humanSize,
  safeFileName,
} from '../../../src/core/upload-rules';
import {
  clientMeetingLink,
  isMeetingUrl,
  planMeetingLink,
  platformOfLink,
} from '../../../src/core/meeting-platform';

describe('upload rules (the page and the server use the same)', () => {
  it.each([
    ['photo.jpg', 'image/jpeg', 'image'],
    ['IMG_1.HEIC', '', 'image'],
    ['clip.mov', 'video/quicktime', 'video'],
    ['clip.mp4', 'application/octet-stream', 'video'],
    ['cv.pdf', 'application/pdf', 'pdf'],
    ['notes.txt', 'text/plain; charset=utf-8', 'text'],
  ])('takes %s (%s) as %s', (name, mimeType, kind) => {
    expect(checkFile({ name, mimeType, size: 1000 })).toMatchObject({ ok: true, kind });
  });

  it.each([
    ['page.html', 'text/html'],
    ['x.jpg', 'application/x-msdownload'],
    ['setup.exe', ''],
    ['noextension', ''],
  ])('refuses %s (%s)', (name, mimeType) => {
    expect(checkFile({ name, mimeType, size: 1000 })).toEqual({ ok: false, reason: 'bad-type' });
  });

  it('refuses empty and too big files, at exactly the limit', () => {
    expect(checkFile({ name: 'a.jpg', mimeType: 'image/jpeg', size: 0 })).toMatchObject({
      reason: 'empty',
    });
    expect(checkFile({ name: 'a.jpg', mimeType: 'image/jpeg', size: MAX_UPLOAD_BYTES }).ok).toBe(
      true,
    );
    expect(
      checkFile({ name: 'a.jpg', mimeType: 'image/jpeg', size: MAX_UPLOAD_BYTES + 1 }),
    ).toMatchObject({
      reason: 'too-big',
    });
  });

  it('keeps names safe: no folders, no control characters, an extension that fits the type', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\a\\kuva.jpg')).toBe('kuva.jpg');
    expect(safeFileName('.hidden\u0000name.png')).toBe('hiddenname.png');
    expect(safeFileName('')).toBe('file');
    expect(safeFileName(`${'x'.repeat(300)}.jpeg`)).toHaveLength(120);
    expect(checkFile({ name: 'IMG', mimeType: 'image/png', size: 5 })).toMatchObject({
      name: 'IMG.png',
    });
  });

  it('measures base64 without decoding it', () => {
    for (const n of [1, 2, 3, 4, 100, 1001]) {
      expect(base64Bytes(Buffer.alloc(n, 7).toString('base64'))).toBe(n);
    }
  });

  it('checks texts and says sizes plainly', () => {
    expect(checkText('  hei ')).toEqual({ ok: true, text: 'hei' });
    expect(checkText(' ')).toMatchObject({ reason: 'empty' });
    expect(checkText('x'.repeat(20_001))).toMatchObject({ reason: 'text-too-long' });
    expect(humanSize(MAX_UPLOAD_BYTES)).toBe('25 MB');
    expect(humanSize(1536 * 1024)).toBe('1.5 MB');
  });
});

describe('meeting links on any platform', () => {
  const teams = 'https://teams.microsoft.com/l/meetup-join/19%3a';
  it('an own link wins and makes no Meet; own-link-only without a link is missing', () => {
    expect(planMeetingLink({ platform: 'meet', ownLink: teams, storedMeetLink: '' })).toEqual({
      kind: 'own',
      link: teams,
    });
    expect(
      planMeetingLink({
        platform: 'meet',
        ownLink: '',
        storedMeetLink: 'https://meet.google.com/a',
      }),
    ).toEqual({
      kind: 'meet',
      existingMeetLink: 'https://meet.google.com/a',
    });
    expect(planMeetingLink({ platform: 'own-link', ownLink: '', storedMeetLink: 'x' })).toEqual({
      kind: 'missing',
    });
    expect(planMeetingLink({ platform: 'meet', ownLink: 'teams', storedMeetLink: '' })).toEqual({
      kind: 'invalid',
      link: 'teams',
    });
  });

  it('gives clients only https links', () => {
    expect(isMeetingUrl('javascript:alert(1)')).toBe(false);
    expect(isMeetingUrl('http://zoom.us/j/1')).toBe(false);
    expect(isMeetingUrl('https://whereby.com/etapaja')).toBe(true);
    expect(
      clientMeetingLink({
        platform: 'meet',
        ownLink: 'javascript:x',
        storedMeetLink: 'https://meet.google.com/b',
      }),
    ).toBe('https://meet.google.com/b');
    expect(
      clientMeetingLink({
        platform: 'own-link',
        ownLink: '',
        storedMeetLink: 'https://meet.google.com/b',
      }),
    ).toBe('');
  });

  it('names the platform of a link', () => {
    expect(platformOfLink(teams)).toBe('teams');
    expect(platformOfLink('https://us02web.zoom.us/j/8')).toBe('zoom');
    expect(platformOfLink('https://whereby.com/x')).toBe('whereby');
    expect(platformOfLink('https://meet.google.com/abc-defg-hij')).toBe('meet');
    expect(platformOfLink('https://example.fi/')).toBe('other');
  });
});
