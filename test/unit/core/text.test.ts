import { escapeHtml, foldText, neutraliseFormula, normaliseHeader } from '../../../src/core/text';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+358401234567', `'+358401234567`],
    ['-5', `'-5`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
  ])('prefixes %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it.each(['Matti', '', ' =not first', "'already", '1+1', 'a=b'])('leaves %j alone', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });
});

describe('normaliseHeader', () => {
  it('matches regardless of case, accents and spacing', () => {
    const forms = ['Sähköposti', 'sahkoposti', ' SÄHKÖPOSTI ', 'sähköposti:', 'Sähköposti *'];
    for (const form of forms) expect(normaliseHeader(form)).toBe('sahkoposti');
  });

  it('collapses inner spaces and underscores, and spaces around slashes', () => {
    expect(normaliseHeader('Jakso   alkaa')).toBe('jakso alkaa');
    expect(normaliseHeader('jakso_alkaa')).toBe('jakso alkaa');
    expect(normaliseHeader('Tunnit / päivä')).toBe('tunnit/paiva');
    expect(normaliseHeader('Språk')).toBe('sprak');
    expect(normaliseHeader('E - post')).toBe('e-post');
    expect(normaliseHeader('\u00a0Nimi\u00a0')).toBe('nimi');
  });

  it('folds text for value matching', () => {
    expect(foldText('  Lördag  ')).toBe('lordag');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
    expect(escapeHtml('Äiti')).toBe('Äiti');
  });
});
