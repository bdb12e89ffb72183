/**
 * Every class name the runtime's code wraps with `withCoverage(target, 'Name')`, read from the
 * source, so generate.ts can check that the probe reached each of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'inventory' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function literalsIn(node: ts.Node): string[] {
  if (ts.isStringLiteral(node)) return [node.text];
  const found: string[] = [];
  ts.forEachChild(node, (child) => {
    // `kind === 'folder' ? 'FolderIterator' : 'FileIterator'`: the branches, not the test.
    if (ts.isBinaryExpression(node) && child === node.right) return;
    found.push(...literalsIn(child));
  });
  return found;
}

export function wrappedTypeNames(root = process.cwd()): string[] {
  const names = new Set<string>();
  for (const file of sourceFiles(path.join(root, 'emulator'))) {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('withCoverage(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        node.expression.getText() === 'withCoverage' &&
        node.arguments[1]
      ) {
        for (const name of literalsIn(node.arguments[1])) names.add(name);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...names].sort();
}
