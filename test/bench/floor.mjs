/**
 * The floor of the large cases: the least work any generator must do on a
 * catalog folder. It reads every YAML file with the fastest pure-JS parser
 * (js-yaml), checks the code names, builds a TypeScript, a Markdown and an
 * OpenAPI file as strings and writes them. No validation beyond the names,
 * no escaping beyond JSON.stringify and a Markdown cell's pipe, no
 * formatting: errcat's cost is reported as a ratio to this one.
 *
 *   node test/bench/floor.mjs CATALOG_DIR OUT_DIR
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

const [catalogDir, outDir] = process.argv.slice(2);
const CODE = /^[a-z][a-z0-9_]*(?:\.(?:[a-z][a-z0-9_]*|\{[a-z_]+\}))+$/;

const files = readdirSync(catalogDir, { recursive: true })
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const codes = [];
for (const file of files) {
  const doc = load(readFileSync(path.join(catalogDir, file), 'utf8'));
  for (const [code, def] of Object.entries(doc?.codes ?? {})) {
    if (!CODE.test(code)) throw new Error(`${file}: bad code ${code}`);
    codes.push([code, def]);
  }
}
codes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

let ts = '// generated\n';
let md = '# Errors\n\n| code | status | description |\n| --- | --- | --- |\n';
const schemas = {};
for (const [code, def] of codes) {
  const name = code.replace(/\W+/g, '_').toUpperCase();
  ts += `/** ${String(def.description).replace(/\*\//g, '*\\/')} */\nexport const ${name} = ${JSON.stringify(code)};\n`;
  md += `| \`${code}\` | ${def.status ?? ''} | ${String(def.description).replace(/\|/g, '\\|')} |\n`;
  schemas[name] = { type: 'object', properties: { code: { const: code }, meta: def.meta || undefined }, description: def.description };
}
ts += `export type ErrorCode = ${codes.map(([c]) => JSON.stringify(c)).join(' | ') || 'never'};\n`;
const openapi = JSON.stringify({ openapi: '3.1.0', info: { title: 'errors', version: '1' }, components: { schemas } }, null, 2);

mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'errors.ts'), ts);
writeFileSync(path.join(outDir, 'errors.md'), md);
writeFileSync(path.join(outDir, 'errors.openapi.json'), openapi);
