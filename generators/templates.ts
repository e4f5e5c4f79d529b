/**
 * The Handlebars environment every text-shaped target uses. Templates hold
 * layout only: they are compiled with `strict` (a missing value is an error,
 * not an empty string), `noEscape` (Handlebars' HTML escaping would put
 * `&#x27;` into TypeScript; each target escapes per language through its own
 * helpers instead) and `knownHelpersOnly` (no helper can appear by accident).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/** The templates/ folder, next to generators/ (and next to dist/ once built). */
export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates');

/** A helper takes already-computed values and returns escaped text. */
export type TemplateHelper = (...args: never[]) => string;

/** A compiled template: view model in, text out. */
export type RenderTemplate<View> = (view: View) => string;

/**
 * Compiles templates/<name> with the given helpers as the only known ones.
 * Reading the template is the one disk access outside load and write: the
 * templates are part of errcat itself, not of its input.
 */
export function compileTemplate<View>(name: string, helpers: Readonly<Record<string, TemplateHelper>>, partials: readonly string[] = []): RenderTemplate<View> {
  const env = Handlebars.create();
  const knownHelpers: Record<string, true> = {};
  for (const [helperName, helper] of Object.entries(helpers)) {
    env.registerHelper(helperName, (...args: unknown[]) => (helper as (...a: unknown[]) => string)(...args.slice(0, -1)));
    knownHelpers[helperName] = true;
  }
  const compileOptions = { strict: true, noEscape: true, knownHelpers, knownHelpersOnly: true } as const;
  for (const partial of partials) {
    env.registerPartial(partial, env.compile(readTemplate(partial), compileOptions));
  }
  const template = env.compile<View>(readTemplate(name), compileOptions);
  return (view) => template(view);
}

function readTemplate(name: string): string {
  return readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
}
