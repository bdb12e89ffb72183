import { createPropertiesService } from '../../emulator/properties';
import { makeTestContext } from '../helpers/runtime';

const props = () => createPropertiesService(makeTestContext()).getScriptProperties();

describe('https://developers.google.com/apps-script/reference/properties/properties', () => {
  it('getProperty returns null for a key that is not set', () => {
    expect(props().getProperty('missing')).toBeNull();
  });

  it('stores every value as a string', () => {
    const p = props();
    p.setProperty('n', 42 as never).setProperty('b', false as never);
    expect(p.getProperty('n')).toBe('42');
    expect(p.getProperties()).toEqual({ n: '42', b: 'false' });
  });

  it('getProperties returns a copy, not a live view', () => {
    const p = props();
    p.setProperty('a', '1');
    const copy = p.getProperties();
    copy.a = 'changed';
    expect(p.getProperty('a')).toBe('1');
  });

  it('setProperties(properties, deleteAllOthers) replaces the whole store', () => {
    const p = props();
    p.setProperties({ a: '1', b: '2' });
    p.setProperties({ c: '3' });
    expect(p.getKeys().sort()).toEqual(['a', 'b', 'c']);
    p.setProperties({ d: '4' }, true);
    expect(p.getProperties()).toEqual({ d: '4' });
  });

  it('deleteProperty and deleteAllProperties return the store for chaining', () => {
    const p = props();
    p.setProperties({ a: '1', b: '2' });
    expect(p.deleteProperty('a').getKeys()).toEqual(['b']);
    expect(p.deleteAllProperties().getKeys()).toEqual([]);
  });
});

describe('https://developers.google.com/apps-script/reference/properties/properties-service', () => {
  it('getDocumentProperties is null when the script is not bound to a document', () => {
    expect(createPropertiesService(makeTestContext()).getDocumentProperties()).toBeNull();
  });
});

describe('https://developers.google.com/apps-script/guides/services/quotas (Properties)', () => {
  it('refuses a value over 9 KB', () => {
    const p = props();
    expect(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      new Error('Argument too large: value'),
    );
    expect(p.getProperty('big')).toBeNull();
    expect(() => p.setProperty('max', 'x'.repeat(9 * 1024))).not.toThrow();
  });

  it('refuses to grow a property store past 500 KB and keeps what it had', () => {
    const p = props();
    let n = 0;
    expect(() => {
      for (;;) p.setProperty(`K${n++}`, 'y'.repeat(9000));
    }).toThrow(
      new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      ),
    );
    expect(n).toBe(57); // 56 × ~9 KB fit in 500 KB
    expect(p.getKeys().length).toBe(56);
    expect(p.getProperty('K56')).toBeNull();
  });
});
