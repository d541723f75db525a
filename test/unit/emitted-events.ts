// Which events each element's code can emit, read with the TypeScript checker: every call of
// `emit()` (src/events) or an element's `this.emit()`, whose event-name argument must have a
// literal type (`'cognito-x'`, or a union of them), followed through the calls the element's own
// members make (`this.act()` → `fail()` → `cognito-error`), including into its base classes.
import ts from 'typescript';
import { join, relative } from 'node:path';

/** Members of a base class that run for a subclass without being called by it. */
const LIFECYCLE = new Set(['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback',
  'willUpdate', 'update', 'updated', 'firstUpdated', 'render']);

export function emittedEvents(root: string): { byClass: (className: string) => Set<string> } {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  })!;
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const ours = (node: ts.Node) => !relative(root, node.getSourceFile().fileName).startsWith('..') &&
    !node.getSourceFile().fileName.includes('node_modules');
  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };

  /** The argument that names the event, when this call emits one. */
  function eventArgument(call: ts.CallExpression): ts.Expression | undefined {
    const declaration = checker.getResolvedSignature(call)?.declaration;
    if (!declaration || !ours(declaration) || !('name' in declaration) || declaration.name?.getText() !== 'emit') return undefined;
    const file = relative(root, declaration.getSourceFile().fileName);
    if (file === join('src', 'events', 'index.ts')) return call.arguments[1];
    if (ts.isMethodDeclaration(declaration)) return call.arguments[0];
    return undefined;
  }

  function eventNames(argument: ts.Expression): string[] {
    const type = checker.getTypeAtLocation(argument);
    const types = type.isUnion() ? type.types : [type];
    if (!types.every((t) => t.isStringLiteral())) {
      throw new Error(`${where(argument)}: the event's name must have a literal type, not ${checker.typeToString(type)}`);
    }
    return types.map((t) => (t as ts.StringLiteralType).value);
  }

  const memo = new Map<ts.Node, Set<string>>();
  /** Events emitted by the code under `node`, and by the code of ours it calls. */
  function emittedUnder(node: ts.Node): Set<string> {
    const known = memo.get(node);
    if (known) return known;
    const events = new Set<string>();
    memo.set(node, events); // a call cycle sees what is known so far
    node.forEachChild(function visit(child) {
      if (ts.isCallExpression(child)) {
        const argument = eventArgument(child);
        if (argument) eventNames(argument).forEach((name) => events.add(name));
        else {
          const callee = checker.getResolvedSignature(child)?.declaration;
          if (callee && ours(callee)) emittedUnder(callee).forEach((name) => events.add(name));
        }
      }
      child.forEachChild(visit);
    });
    return events;
  }

  const classes = new Map<string, ts.ClassDeclaration>();
  for (const file of program.getSourceFiles()) {
    if (!ours(file)) continue;
    file.forEachChild((node) => {
      if (ts.isClassDeclaration(node) && node.name) classes.set(node.name.text, node);
    });
  }

  function byClass(className: string): Set<string> {
    const declaration = classes.get(className);
    if (!declaration) throw new Error(`no class ${className} in the sources`);
    const events = new Set<string>();
    declaration.members.forEach((member) => emittedUnder(member).forEach((name) => events.add(name)));
    for (let base = baseOf(declaration); base; base = baseOf(base)) {
      for (const member of base.members) {
        const name = ts.isConstructorDeclaration(member) ? 'constructor' : member.name?.getText();
        const overrides = ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.OverrideKeyword);
        if (overrides || LIFECYCLE.has(name ?? '') || ts.isPropertyDeclaration(member)) {
          emittedUnder(member).forEach((event) => events.add(event));
        }
      }
    }
    return events;
  }

  function baseOf(declaration: ts.ClassDeclaration): ts.ClassDeclaration | undefined {
    const heritage = declaration.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    const symbol = heritage && checker.getSymbolAtLocation(heritage.expression);
    const target = symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    const base = target?.declarations?.find(ts.isClassDeclaration);
    return base && ours(base) ? base : undefined;
  }

  return { byClass };
}
