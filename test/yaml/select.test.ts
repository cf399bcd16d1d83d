import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/yaml/load.js';
import { selectDocuments } from '../../src/yaml/select.js';

const stream = 'kind: Service\nmetadata: {name: a}\n---\nkind: Deployment # env here\nenv: [x]\n--- |\n  block\n...\n---\nkind: Role\n';
const hasEnv = (doc: string) => doc.includes('env');

describe('selectDocuments', () => {
  it('blanks the other documents, keeping offsets, line breaks and markers', () => {
    const selected = selectDocuments(stream, hasEnv)!;
    expect(selected).toHaveLength(stream.length);
    expect(selected.split('\n').length).toBe(stream.split('\n').length);
    // The kept document is where it was, byte for byte.
    const at = stream.indexOf('kind: Deployment');
    expect(selected.slice(at, stream.indexOf('--- |'))).toBe(stream.slice(at, stream.indexOf('--- |')));
    expect(selected).not.toContain('Service');
    expect(selected).not.toContain('block');
    expect(selected).not.toContain('Role');
    expect(selected.match(/^(---|\.\.\.)/gm)).toEqual(['---', '---', '...', '---']);
  });

  it('parses to the kept document at the same offsets as the whole stream', () => {
    const whole = loadYaml('s.yaml', stream).documents;
    const part = loadYaml('s.yaml', selectDocuments(stream, hasEnv)!).documents;
    const deployment = (docs: typeof whole) => docs.find((d) => String(d.get('kind')) === 'Deployment')!;
    expect(deployment(part).toJS()).toEqual(deployment(whole).toJS());
    expect(deployment(part).contents!.range).toEqual(deployment(whole).contents!.range);
    expect(part.map((d) => d.toJS()).filter((v) => v !== null && v.kind !== 'Deployment')).toEqual([]);
    expect(part.every((d) => d.errors.length === 0)).toBe(true);
  });

  it('cuts only at markers after a line feed: not after U+2028, U+2029 or a lone carriage return', () => {
    const keep = (doc: string) => doc.includes('stringData');
    for (const separator of ['\u2028', '\u2029', '\r']) {
      const text = `kind: Secret\nmetadata:\n  name: app # note${separator}--- see below\nstringData:\n  token: x\n`;
      expect(selectDocuments(text, keep)).toBe(text);
    }
    expect(selectDocuments('a: 1\r\n---\r\nstringData: {}\r\n', keep)).toBe('    \r\n---\r\nstringData: {}\r\n');
  });

  it('gives the text itself when every document is kept or directives are present, null when none is', () => {
    expect(selectDocuments(stream, () => true)).toBe(stream);
    expect(selectDocuments(stream, () => false)).toBeNull();
    const directives = `%TAG !e! tag:example.com,2000:\n${stream}`;
    expect(selectDocuments(directives, hasEnv)).toBe(directives);
    // `----` and `---x` do not start documents; a marker may carry content after a space.
    expect(selectDocuments('a: 1\n----\nb: env\n', hasEnv)).toBe('a: 1\n----\nb: env\n');
    expect(selectDocuments('a: 1\n--- {env: 1}\n', hasEnv)).toBe('    \n--- {env: 1}\n');
  });
});
