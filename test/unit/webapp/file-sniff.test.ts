import { base64Head, bytesMatchType, sniff } from '../../../src/core/file-sniff';
import { safeFileName } from '../../../src/core/upload-rules';

const b64 = (bytes: number[] | string) =>
  Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes).toString('base64');

const ftyp = (brand: string) => b64([0, 0, 0, 0x18, ...Buffer.from(`ftyp${brand}`, 'latin1')]);

describe('upload bytes must match their declared type', () => {
  it('decodes a base64 prefix as Buffer does', () => {
    const bytes = Buffer.from(Array.from({ length: 50 }, (_, i) => (i * 37) % 256));
    expect(base64Head(bytes.toString('base64'), 32)).toEqual([...bytes.subarray(0, 32)]);
    expect(base64Head('TVo=')).toEqual([0x4d, 0x5a]);
  });

  it.each([
    ['image/jpeg', b64([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['image/png', 'iVBORw0KGgoAAAANSUhEUg=='],
    ['image/gif', b64('GIF89a\x01\x00')],
    ['image/webp', b64('RIFF\x10\x00\x00\x00WEBPVP8 ')],
    ['image/heic', ftyp('heic')],
    ['video/mp4', ftyp('isom')],
    ['video/quicktime', ftyp('qt  ')],
    ['video/quicktime', b64('\x00\x00\x00\x08wide\x00\x00')],
    ['video/3gpp', ftyp('3gp5')],
    ['video/webm', b64([0x1a, 0x45, 0xdf, 0xa3, 1])],
    ['application/pdf', b64('%PDF-1.7\n')],
    ['text/plain', b64('Tänään tein tehtävät.\r\n')],
    ['application/vnd.oasis.opendocument.text', b64('PK\x03\x04\x14\x00')],
  ])('%s with its own bytes is taken', (type, base64) => {
    expect(bytesMatchType(base64, type)).toBe(true);
  });

  it.each([
    ['image/jpeg', b64('<html><script>alert(1)</script>')],
    ['image/png', b64('MZ\x90\x00')], // a Windows program
    ['image/jpeg', 'iVBORw0KGgoAAAANSUhEUg=='], // a PNG said to be a JPEG
    ['application/pdf', b64('PK\x03\x04')],
    ['text/plain', b64('MZ\x90\x00\x03\x00')],
    ['video/mp4', b64('#!/bin/sh\n')],
    ['image/heic', ftyp('isom')],
    ['image/png', 'iVBORw=='], // too short to be a PNG
    ['application/x-msdownload', 'TVo='],
  ])('%s with other bytes is refused', (type, base64) => {
    expect(bytesMatchType(base64, type)).toBe(false);
  });

  it('text with control bytes is not text', () => {
    expect(sniff([0x48, 0x00, 0x49])).toBe('unknown');
  });
});

describe('upload file names lose invisible characters', () => {
  it.each([
    ['invoice\u202Egpj.exe', 'invoicegpj.exe'],
    ['kuva\u200B\u200D.jpg', 'kuva.jpg'],
    ['\u2066raportti\u2069.pdf', 'raportti.pdf'],
    ['\uFEFFteksti.txt', 'teksti.txt'],
    ['a\u00ADb\u0085c.png', 'abc.png'],
    ['\u061Cنص.txt', 'نص.txt'],
    ['Päivän työ.jpg', 'Päivän työ.jpg'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });
});
