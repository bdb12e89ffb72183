import { createUtilities } from '../../emulator/utilities';
import { makeTestContext } from '../helpers/runtime';

const u = () => createUtilities(makeTestContext());
/** The enums as a script sees them on the Utilities object. */
const Utilities_ = u();

describe('https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)', () => {
  it('returns Java signed bytes: SHA-256 of "abc"', () => {
    const digest = u().computeDigest(Utilities_.DigestAlgorithm.SHA_256, 'abc');
    expect(digest.length).toBe(32);
    expect(digest.slice(0, 8)).toEqual([-70, 120, 22, -65, -113, 1, -49, -22]); // ba7816bf8f01cfea
  });

  it('MD5, SHA-1 and a byte[] value', () => {
    expect(u().computeDigest(Utilities_.DigestAlgorithm.MD5, 'abc').slice(0, 4)).toEqual([
      -112, 1, 80, -104,
    ]);
    expect(u().computeDigest(Utilities_.DigestAlgorithm.SHA_1, [97, 98, 99]).slice(0, 4)).toEqual([
      -87, -103, 62, 54,
    ]);
  });
});

describe('https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String)', () => {
  it('HMAC-SHA256 of the quick brown fox with key "key"', () => {
    const sig = u().computeHmacSha256Signature(
      'The quick brown fox jumps over the lazy dog',
      'key',
    );
    expect(sig.slice(0, 4)).toEqual([-9, -68, -125, -12]); // f7bc83f4
    const same = u().computeHmacSignature(
      Utilities_.MacAlgorithm.HMAC_SHA_256,
      'The quick brown fox jumps over the lazy dog',
      'key',
    );
    expect(same).toEqual(sig);
  });
});

describe('https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String)', () => {
  it('round-trips ä and ö through UTF-8', () => {
    const utils = u();
    const encoded = utils.base64Encode('äö');
    expect(encoded).toBe('w6TDtg==');
    const bytes = utils.base64Decode(encoded);
    expect(bytes).toEqual([-61, -92, -61, -74]);
    expect(utils.newBlob(bytes).getDataAsString()).toBe('äö');
  });

  it('web-safe alphabet uses - and _', () => {
    const utils = u();
    expect(utils.base64Encode([-5, -1])).toBe('+/8=');
    expect(utils.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(utils.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
    expect(utils.base64DecodeWebSafe(utils.base64EncodeWebSafe('Hyvää päivää'))).toEqual(
      utils.newBlob('Hyvää päivää').getBytes(),
    );
  });

  it('US_ASCII turns other characters into ?', () => {
    expect(u().base64Encode('ä', Utilities_.Charset.US_ASCII)).toBe('Pw==');
  });

  it('a string that is not base64 cannot be decoded', () => {
    expect(() => u().base64Decode('not base64!')).toThrow(new Error('Could not decode string.'));
  });
});

describe('https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)', () => {
  it('formats in the given zone with a SimpleDateFormat pattern', () => {
    const d = new Date('2026-10-25T00:30:00Z');
    expect(u().formatDate(d, 'Europe/Helsinki', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe(
      '2026-10-25T03:30:00Z',
    );
    expect(u().formatDate(d, 'GMT', 'yyyy-MM-dd HH:mm')).toBe('2026-10-25 00:30');
  });
});

describe('https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)', () => {
  it('the maximum allowed value is 300000 (or 5 minutes)', () => {
    const ctx = makeTestContext();
    const utils = createUtilities(ctx);
    const before = ctx.rt.clock.now();
    utils.sleep(300000);
    expect(ctx.rt.clock.now() - before).toBe(300000);
    expect(() => utils.sleep(300001)).toThrow(
      new Error('Utilities.sleep: the maximum allowed value is 300000 milliseconds (5 minutes).'),
    );
  });
});

describe('https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String)', () => {
  it('returns a tabular 2D array', () => {
    expect(u().parseCsv('a,b,c\nd,e,f')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(u().parseCsv('a\tb', '\t')).toEqual([['a', 'b']]);
  });
});

describe('https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)', () => {
  it('sprintf-like formatting', () => {
    expect(u().formatString('%s-%02d', 'T', 7)).toBe('T-07');
    expect(u().formatString('%6.2f|', 3.14159)).toBe('  3.14|');
  });
});

describe('https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()', () => {
  it('returns a UUID string', () => {
    expect(u().getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String,String,String)', () => {
  it('makes a blob with content type and name', () => {
    const blob = u().newBlob('data', 'text/csv', 'x.csv');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual([
      'data',
      'text/csv',
      'x.csv',
    ]);
  });
});
