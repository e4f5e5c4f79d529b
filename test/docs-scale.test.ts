/**
 * The docs target's cost grows linearly with the catalog: eight times the
 * codes must take well under the 64 times a per-code scan would.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel, ErrorDefinition, WireCode } from '../generators/model.js';
import { renderDocs } from '../generators/targets/docs.js';
import { FIXTURE_CATALOGS, loadModel } from './helpers.js';

/** The SocialAPI model with its concrete codes repeated `copies` times under new names. */
function scaled(base: CatalogModel, copies: number): CatalogModel {
  const definitions: ErrorDefinition[] = [];
  const wireCodes: WireCode[] = [];
  for (let i = 0; i < copies; i++) {
    for (const d of base.definitions) {
      if (d.family) continue;
      const code = `${d.code}_${i}`;
      const names = { ...d.names, anchor: `${d.names.anchor}_${i}` };
      definitions.push({ ...d, code, displayCode: code, aliases: [], deprecated: null, names });
      wireCodes.push({ code, definition: code, via: 'code', names });
    }
  }
  const bySection = new Map<string, string[]>();
  const byNamespace = new Map<string, string[]>();
  for (const d of definitions) {
    bySection.set(d.section, [...(bySection.get(d.section) ?? []), d.code]);
    byNamespace.set(d.namespace, [...(byNamespace.get(d.namespace) ?? []), d.code]);
  }
  return {
    ...base,
    definitions,
    wireCodes,
    sections: base.sections.map((s) => ({ ...s, codes: bySection.get(s.id) ?? [] })),
    namespaces: base.namespaces.map((n) => ({ ...n, codes: byNamespace.get(n.name) ?? [] })),
  };
}

function timeRender(model: CatalogModel): number {
  const start = performance.now();
  const files = renderDocs(model);
  const elapsed = performance.now() - start;
  expect(files.find((f) => f.path === 'docs/errors.md')!.contents).toContain(model.definitions[model.definitions.length - 1]!.names.anchor);
  return elapsed;
}

describe('docs target at scale', () => {
  let small: CatalogModel;
  let large: CatalogModel;
  beforeAll(async () => {
    const base = await loadModel(FIXTURE_CATALOGS.socialapi);
    small = scaled(base, 8);
    large = scaled(base, 64);
  });

  it('renders eight times the codes in far less than 64 times the time', () => {
    timeRender(small); // warm up the JIT and the template cache
    const smallMs = Math.min(timeRender(small), timeRender(small));
    const largeMs = timeRender(large);
    expect(large.definitions.length).toBe(small.definitions.length * 8);
    expect(largeMs / smallMs).toBeLessThan(24);
  });
});
