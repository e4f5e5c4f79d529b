/**
 * The `openapi` target: OpenAPI components (schemas, responses, examples,
 * headers) that API specs `$ref`, as one document in YAML and the same in
 * JSON. `options.openapi.version` chooses OpenAPI 3.1 (the default) or 3.0.3
 * for tools still on 3.0; both go to the same files.
 *
 * The document is built as an object (openapi/document.ts) and serialized
 * by `yaml` and JSON with sorted keys (openapi/serialize.ts): never templated.
 */
import type { CatalogModel } from '../model.js';
import type { ErrcatOptions } from '../options.js';
import { bannerText, type OutputFile, type Target } from '../output.js';
import { buildOpenApiDocument } from './openapi/document.js';
import { serializeJson, serializeYaml } from './openapi/serialize.js';

/** The files the target writes, below out/. */
export const OPENAPI_FILES = { yaml: 'openapi/errors.openapi.yaml', json: 'openapi/errors.openapi.json' } as const;

/**
 * Renders the OpenAPI document of a catalog.
 *
 * @example renderOpenApi(model, { ...DEFAULT_OPTIONS, openapi: { version: '3.0' } })
 * // [{ path: 'openapi/errors.openapi.yaml', … }, { path: 'openapi/errors.openapi.json', … }]
 */
export function renderOpenApi(model: CatalogModel, options: Pick<ErrcatOptions, 'openapi'>): OutputFile[] {
  const document = buildOpenApiDocument(model, options.openapi.version);
  // Both files are final as serialized: Prettier would only re-wrap what yaml already laid out, at a cost that grows with size.
  return [
    { path: OPENAPI_FILES.yaml, contents: serializeYaml(document, bannerText(model)), format: 'none' },
    { path: OPENAPI_FILES.json, contents: serializeJson(document), format: 'none' },
  ];
}

/** The `openapi` target, as registered in targets/index.ts. */
export const openapiTarget: Target = {
  name: 'openapi',
  dir: 'openapi',
  description: 'OpenAPI 3.1 (or 3.0.3) components: per-status and per-namespace error responses, schemas, examples (openapi/errors.openapi.yaml, .json)',
  render: renderOpenApi,
};
