/**
 * The slim entry point of the TypeScript package (`<package>/slim`): the
 * codes, each code's status and retry advice, and the few helpers that
 * need nothing more. It holds none of the catalog's prose, so a client
 * that only branches on statuses and retries bundles a fraction of the
 * main entry (README "Limits and scale" and test/typescript-package.test.ts
 * give the figures).
 *
 * Like the catalog data, its table is split into parts of at most
 * `partSize` codes above that size, which slim.ts spreads into one table.
 */
import { lineComment, TsCode } from '../../escape/typescript.js';
import type { CatalogModel, WireCode } from '../../model.js';
import { compileTemplate, type RenderTemplate, type TemplateHelper } from '../../templates.js';
import { printProperties } from './values.js';

/** The two helpers these templates use: a `//` comment and code errcat built from escaped parts. */
const HELPERS: Readonly<Record<string, TemplateHelper>> = {
  comment: (text: string) => lineComment(text),
  code: (code: TsCode) => {
    if (!(code instanceof TsCode)) throw new Error('errcat bug: the code helper only prints TsCode values');
    return code.text;
  },
};

interface SlimView {
  banner: string;
  parts: TsCode[];
  entries: TsCode;
}

interface SlimPartView {
  banner: string;
  entries: TsCode;
}

let templates: { slim: RenderTemplate<SlimView>; part: RenderTemplate<SlimPartView> } | null = null;

/** The table's entries for some wire codes: status, retry policy and delay, keys in a fixed order. */
function printEntries(model: CatalogModel, wireCodes: readonly WireCode[]): TsCode {
  const definitionOf = new Map(model.definitions.map((d) => [d.code, d]));
  return new TsCode(
    printProperties(
      wireCodes.map((w) => {
        const d = definitionOf.get(w.definition)!;
        return [w.code, { status: d.status, retry: d.retry.policy, afterSeconds: d.retry.afterSeconds }] as const;
      }),
      2,
    ),
  );
}

/**
 * The slim module's sources: `slim` and, when the catalog has more than
 * one part (`ids`, in order), `slim/part-<id>` with each part's codes.
 */
export function renderSlimSources(model: CatalogModel, banner: string, slices: readonly (readonly WireCode[])[], ids: readonly string[]): { module: string; source: string }[] {
  templates ??= {
    slim: compileTemplate<SlimView>('typescript/slim.ts.hbs', HELPERS),
    part: compileTemplate<SlimPartView>('typescript/slim-part.ts.hbs', HELPERS),
  };
  const t = templates;
  if (ids.length <= 1) return [{ module: 'slim', source: t.slim({ banner, parts: [], entries: printEntries(model, model.wireCodes) }) }];
  return [
    {
      module: 'slim',
      source: t.slim({
        banner,
        parts: ids.map((id) => new TsCode(`import * as part${id} from './slim/part-${id}.js';`)),
        entries: new TsCode(ids.map((id) => `  ...part${id}.entries,`).join('\n')),
      }),
    },
    ...ids.map((id, i) => ({ module: `slim/part-${id}`, source: t.part({ banner, entries: printEntries(model, slices[i]!) }) })),
  ];
}
