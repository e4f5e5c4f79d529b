/**
 * What the helpers module says about code families and patterns: the
 * `ErrorFamilies` interface (each family as written, its codes and its
 * parameter's union) behind `familyParameter`, and `ErrorCodePattern`, the
 * patterns an editor offers for a pattern argument (`codeMatches(code, '…')`).
 *
 * Family codes hold letters, digits and `. _ - / :` besides their
 * `{parameter}` (validated), none of them special inside a string or a
 * template literal type.
 */
import { tsString, TsCode, type DocComment } from '../../escape/typescript.js';
import type { CatalogModel, ErrorDefinition } from '../../model.js';
import { PRINT_WIDTH, printUnionAlias } from './layout.js';

/** The helpers view's part about families and patterns. */
export interface FamiliesView {
  familyImports: TsCode[];
  familiesDeclaration: TsCode;
  familyParameterDoc: DocComment;
  patternHintDeclaration: TsCode;
}

function checkedFamily(d: ErrorDefinition): NonNullable<ErrorDefinition['family']> {
  const family = d.family!;
  if (!/^[A-Za-z0-9_./:-]*$/.test(family.prefix + family.suffix)) throw new Error(`errcat bug: unexpected characters in family ${d.code}`);
  return family;
}

/** `import type { A, B } from './codes.js';` as Prettier prints it, or nothing. */
function importTypes(names: readonly string[]): TsCode[] {
  if (names.length === 0) return [];
  const flat = `import type { ${names.join(', ')} } from './codes.js';`;
  return [new TsCode(flat.length <= PRINT_WIDTH ? flat : ['import type {', ...names.map((n) => `  ${n},`), "} from './codes.js';"].join('\n'))];
}

/**
 * The families and pattern hints of a catalog; `typeOf` names each
 * parameter's union. Namespace patterns (`auth.*`) are offered only when
 * codes split at a separator, where they match.
 */
export function buildFamiliesView(model: CatalogModel, typeOf: ReadonlyMap<string, string>): FamiliesView {
  const families = model.definitions.filter((d) => d.family !== null);
  const split = model.codeSyntax.split;
  const entries = families.map((d) => {
    const family = checkedFamily(d);
    const type = typeOf.get(family.parameter)!;
    return [`  ${tsString(d.code)}: {`, `    readonly code: \`${family.prefix}\${${type}}${family.suffix}\`;`, `    readonly parameter: ${type};`, '  };'].join('\n');
  });
  const used = [...new Set(families.map((d) => typeOf.get(d.family!.parameter)!))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const example = families[0];
  const hints = ['ErrorCode'];
  if (split.kind === 'separator') hints.push(`\`\${ErrorNamespace}${split.separator}*\``);
  const familyPatterns = [...new Set(families.map((d) => `${checkedFamily(d).prefix}*${d.family!.suffix}`))];
  hints.push(...familyPatterns.map((p) => tsString(p)));
  const exampleFamily = example ? checkedFamily(example) : null;
  const exampleValue = example?.family?.values[0];
  return {
    familyImports: importTypes(used),
    familiesDeclaration: new TsCode(entries.length === 0 ? 'export interface ErrorFamilies {}' : ['export interface ErrorFamilies {', ...entries, '}'].join('\n')),
    familyParameterDoc: {
      paragraphs: ["The parameter value a family's code carries, typed as the parameter's\nunion; `undefined` for a code that is not one of the family's."],
      tags:
        example && exampleFamily && exampleValue !== undefined
          ? [{ tag: 'example', text: `familyParameter(${tsString(`${exampleFamily.prefix}${exampleValue}${exampleFamily.suffix}`)}, ${tsString(example.code)}); // ${tsString(exampleValue)}` }]
          : [],
    },
    patternHintDeclaration: new TsCode(printUnionAlias('export type ErrorCodePattern', hints)),
  };
}
