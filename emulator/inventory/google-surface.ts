/**
 * Google's Apps Script API as @types/google-apps-script declares it (the community typings of
 * Google's reference, https://developers.google.com/apps-script/reference): per namespace its
 * classes with their methods and enum-valued properties, its enums with their members, and the
 * globals a script sees.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

export interface GoogleClass {
  methods: Set<string>;
  /** Property name → enum it holds (`BorderStyle` → `Spreadsheet.BorderStyle`). */
  enumProperties: Map<string, string>;
}

export interface GoogleNamespace {
  classes: Map<string, GoogleClass>;
  enums: Map<string, string[]>;
}

export interface GoogleSurface {
  namespaces: Map<string, GoogleNamespace>;
  /** Global name → its declared type (`SpreadsheetApp` → Spreadsheet.SpreadsheetApp). */
  globals: Map<string, { namespace: string; className: string }>;
  /** Where an unqualified class name is looked up first (Sheets' `Range` before Docs'). */
  namespaceOrder: string[];
}

/** The services the runtime stands in for, in the order the coverage file lists them. */
export const LISTED_NAMESPACES = [
  'Spreadsheet',
  'Charts',
  'Drive',
  'Forms',
  'Mail',
  'Gmail',
  'Calendar',
  'Script',
  'Properties',
  'Cache',
  'Lock',
  'Utilities',
  'Base',
  'HTML',
  'Content',
  'Document',
  'URL_Fetch',
];

const TYPES_DIR = 'node_modules/@types/google-apps-script';

function namespaceOf(surface: GoogleSurface, name: string): GoogleNamespace {
  let ns = surface.namespaces.get(name);
  if (!ns) {
    ns = { classes: new Map(), enums: new Map() };
    surface.namespaces.set(name, ns);
  }
  return ns;
}

function readInterface(node: ts.InterfaceDeclaration, nsName: string): GoogleClass {
  const cls: GoogleClass = { methods: new Set(), enumProperties: new Map() };
  for (const member of node.members) {
    const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
    if (!name) continue;
    if (ts.isMethodSignature(member)) cls.methods.add(name);
    else if (ts.isPropertySignature(member) && member.type && ts.isTypeQueryNode(member.type)) {
      const ref = member.type.exprName.getText();
      cls.enumProperties.set(name, ref.includes('.') ? ref : `${nsName}.${ref}`);
    }
  }
  return cls;
}

function isConstant(member: ts.TypeElement): boolean {
  return (
    ts.isPropertySignature(member) &&
    member.type?.kind === ts.SyntaxKind.StringKeyword &&
    /^[A-Z][A-Z0-9_]*$/.test(member.name.getText())
  );
}

function readNamespace(surface: GoogleSurface, body: ts.ModuleBlock, nsName: string): void {
  const ns = namespaceOf(surface, nsName);
  for (const statement of body.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      ns.classes.set(statement.name.text, readInterface(statement, nsName));
      // Base's MimeType is typed as an interface of string constants: an enum to scripts.
      if (statement.members.length > 0 && statement.members.every(isConstant))
        ns.enums.set(
          statement.name.text,
          statement.members.map((m) => m.name?.getText() ?? ''),
        );
    } else if (ts.isEnumDeclaration(statement)) {
      ns.enums.set(
        statement.name.text,
        statement.members.map((m) => m.name.getText()),
      );
    }
  }
}

function readFile(surface: GoogleSurface, file: string): void {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  for (const statement of source.statements) {
    if (ts.isModuleDeclaration(statement) && statement.name.getText() === 'GoogleAppsScript') {
      const block = statement.body;
      if (!block || !ts.isModuleBlock(block)) continue;
      for (const inner of block.statements) {
        if (ts.isModuleDeclaration(inner) && inner.body && ts.isModuleBlock(inner.body))
          readNamespace(surface, inner.body, inner.name.getText());
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        const type = decl.type?.getText() ?? '';
        const match = /^GoogleAppsScript\.(\w+)\.(\w+)$/.exec(type);
        if (match)
          surface.globals.set(decl.name.getText(), { namespace: match[1], className: match[2] });
      }
    }
  }
}

export function readGoogleSurface(root: string): GoogleSurface {
  const dir = path.join(root, TYPES_DIR);
  const surface: GoogleSurface = {
    namespaces: new Map(),
    globals: new Map(),
    namespaceOrder: LISTED_NAMESPACES,
  };
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^google-apps-script\..+\.d\.ts$/.test(f))
    .sort();
  for (const file of files) readFile(surface, path.join(dir, file));
  return surface;
}

/** The members of an enum named `Namespace.Enum`, or undefined if it is not an enum. */
export function enumMembers(surface: GoogleSurface, qualified: string): string[] | undefined {
  const [ns, name] = qualified.split('.');
  return surface.namespaces.get(ns)?.enums.get(name);
}

/** The @types/google-apps-script version the file was made from (it names the API's state). */
export function typesVersion(root: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, TYPES_DIR, 'package.json'), 'utf8'));
  return String(pkg.version);
}
