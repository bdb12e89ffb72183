import {
  EDGE_LIMITS,
  MAIL_MAX_BODY_BYTES,
  SHEETS_MAX_CELL_CHARS,
  cutText,
  cutToBytes,
  fitMailBodies,
  utf8Bytes,
} from '../../../src/core/limits';

describe('limits', () => {
  it('counts UTF-8 bytes as Buffer does', () => {
    for (const text of ['', 'abc', 'äö', '€', '😀x', 'a\u{1F600}b\u00e4'])
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text));
  });

  it('cuts text with a visible mark and never splits a surrogate pair', () => {
    expect(cutText('short', 10)).toBe('short');
    const cut = cutText('x'.repeat(100), 20);
    expect(cut).toHaveLength(20);
    expect(cut.endsWith('[…]')).toBe(true);
    const emoji = cutText('😀'.repeat(10), 9, '');
    expect(emoji).toBe('😀'.repeat(4));
  });

  it('cuts to a UTF-8 byte budget', () => {
    const text = 'ä'.repeat(1000);
    const cut = cutToBytes(text, 101);
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(101);
    expect(cut.endsWith('[…]')).toBe(true);
    expect(cutToBytes('fits', 100)).toBe('fits');
    expect(utf8Bytes(cutToBytes('😀'.repeat(100), 50))).toBeLessThanOrEqual(50);
  });

  it('keeps our edges inside Google limits', () => {
    expect(EDGE_LIMITS.uploadTextChars).toBeLessThan(SHEETS_MAX_CELL_CHARS);
    expect(EDGE_LIMITS.answerChars).toBeLessThan(SHEETS_MAX_CELL_CHARS);
    expect(EDGE_LIMITS.fieldChars).toBeLessThan(SHEETS_MAX_CELL_CHARS);
    expect(EDGE_LIMITS.mailBodyBytes).toBeLessThan(MAIL_MAX_BODY_BYTES);
  });
});

describe('fitMailBodies', () => {
  const note = 'Shortened: see the workbook.';
  it('leaves a mail that fits alone', () => {
    expect(fitMailBodies('hi', '<p>hi</p>', note)).toEqual({
      text: 'hi',
      html: '<p>hi</p>',
      shortened: false,
    });
  });

  it('shortens a 10.9 MB summary below the edge limit, ending both bodies with the note', () => {
    const line = 'A0001 Matti Virtanen: Invalid email: matti,virtanen@x.example\n';
    const text = line.repeat(Math.ceil(5_500_000 / line.length));
    const html = `<ul>${text
      .split('\n')
      .map((l) => `<li>${l.replace(/&/g, '&amp;')} &amp; more</li>`)
      .join('')}</ul>`;
    const fitted = fitMailBodies(text, html, note);
    expect(fitted.shortened).toBe(true);
    expect(utf8Bytes(fitted.text) + utf8Bytes(fitted.html)).toBeLessThanOrEqual(
      EDGE_LIMITS.mailBodyBytes,
    );
    expect(fitted.text.endsWith(note)).toBe(true);
    expect(fitted.html.endsWith(`<p><strong>${note}</strong></p>`)).toBe(true);
    // Cut between tags: never inside a tag or an entity.
    expect(fitted.html).toMatch(/<\/li><p><strong>|<li><p><strong>/);
    expect(fitted.html).not.toMatch(/&am?p?<p>/);
  });

  it('escapes the note in HTML', () => {
    const fitted = fitMailBodies('x'.repeat(100), '<p>' + 'y'.repeat(100) + '</p>', '<b>', 60);
    expect(fitted.html).toContain('&lt;b&gt;');
  });
});
