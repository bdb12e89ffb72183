import {
  createPropertiesService,
  PROPERTIES_STORE,
  readPropertyStore,
  seedProperties,
  type PropertiesStore,
} from '../../../emulator/properties';
import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { makeTestContext } from '../../helpers/runtime';

describe('PropertiesService (emulator)', () => {
  it('keeps script, user and document properties apart', () => {
    const ctx = makeTestContext();
    const service = createPropertiesService({ ...ctx, boundSpreadsheetId: 'sheet-1' });
    service.getScriptProperties().setProperty('k', 'script');
    service.getUserProperties().setProperty('k', 'user');
    service.getDocumentProperties().setProperty('k', 'doc');
    const store = ctx.rt.store<PropertiesStore>(PROPERTIES_STORE);
    expect(readPropertyStore(store, { kind: 'script', projectId: 'test' })).toEqual({
      k: 'script',
    });
    expect(readPropertyStore(store, { kind: 'user', projectId: 'test', user: ctx.user })).toEqual({
      k: 'user',
    });
    expect(
      readPropertyStore(store, { kind: 'document', projectId: 'test', documentId: 'sheet-1' }),
    ).toEqual({ k: 'doc' });
  });

  it('gives each user their own user properties and each project its own script properties', () => {
    const ctx = makeTestContext();
    createPropertiesService(ctx).getUserProperties().setProperty('theme', 'dark');
    createPropertiesService(ctx).getScriptProperties().setProperty('n', '1');
    const other = { ...ctx, user: 'toinen@kunta.example' };
    expect(createPropertiesService(other).getUserProperties().getProperty('theme')).toBeNull();
    const otherProject = { ...ctx, projectId: 'other' };
    expect(createPropertiesService(otherProject).getScriptProperties().getProperty('n')).toBeNull();
  });

  it('two handles see the same store', () => {
    const ctx = makeTestContext();
    const a = createPropertiesService(ctx).getScriptProperties();
    const b = createPropertiesService(ctx).getScriptProperties();
    a.setProperty('shared', 'yes');
    expect(b.getProperty('shared')).toBe('yes');
  });

  it('reads what the harness seeded', () => {
    const ctx = makeTestContext();
    seedProperties(
      ctx.rt.store(PROPERTIES_STORE),
      { kind: 'script', projectId: 'test' },
      { A: '1' },
    );
    expect(createPropertiesService(ctx).getScriptProperties().getProperty('A')).toBe('1');
  });

  it('counts every call under PropertiesService', () => {
    const ctx = makeTestContext();
    const props = createPropertiesService(ctx).getScriptProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    expect(ctx.rt.execution.callsByService()).toEqual({ PropertiesService: 3 });
    expect(ctx.rt.execution.calls.map((c) => c.method)).toEqual([
      'PropertiesService.getScriptProperties',
      'Properties.setProperty',
      'Properties.getProperty',
    ]);
  });

  it('an injected fault leaves the store unchanged', () => {
    const ctx = makeTestContext();
    const props = createPropertiesService(ctx).getScriptProperties();
    props.setProperty('a', '1');
    ctx.rt.faults = new FaultInjector(parseFaults('properties=1'));
    expect(() => props.setProperty('a', '2')).toThrow('Service unavailable: Properties');
    expect(() => props.deleteAllProperties()).toThrow('Service unavailable: Properties');
    ctx.rt.faults = new FaultInjector(parseFaults(undefined));
    expect(props.getProperties()).toEqual({ a: '1' });
  });

  it('a crash at a write kills the execution before anything is written', () => {
    const ctx = makeTestContext();
    const props = createPropertiesService(ctx).getScriptProperties();
    ctx.rt.faults = new FaultInjector(parseFaults('crash-at=1'));
    expect(() => props.setProperty('a', '1')).toThrow('Execution killed by injected fault');
    expect(
      readPropertyStore(ctx.rt.store(PROPERTIES_STORE), { kind: 'script', projectId: 'test' }),
    ).toEqual({});
  });

  it('a refused setProperties writes none of its values', () => {
    const ctx = makeTestContext();
    const props = createPropertiesService(ctx).getScriptProperties();
    props.setProperty('keep', 'me');
    expect(() => props.setProperties({ small: 'x', big: 'y'.repeat(9 * 1024 + 1) }, true)).toThrow(
      'Argument too large: value',
    );
    expect(props.getProperties()).toEqual({ keep: 'me' });
  });

  it('counts the value limit in UTF-8 bytes', () => {
    const ctx = makeTestContext();
    const props = createPropertiesService(ctx).getScriptProperties();
    expect(() => props.setProperty('ok', 'ä'.repeat(4608))).not.toThrow(); // 9216 bytes
    expect(() => props.setProperty('no', 'ä'.repeat(4609))).toThrow('Argument too large: value');
  });

  it('state is plain JSON', () => {
    const ctx = makeTestContext();
    createPropertiesService(ctx)
      .getScriptProperties()
      .setProperties({ a: 1, b: true } as never);
    const store = ctx.rt.store<PropertiesStore>(PROPERTIES_STORE);
    expect(JSON.parse(JSON.stringify(store))).toEqual({
      stores: { 'script:test': { a: '1', b: 'true' } },
    });
  });
});
