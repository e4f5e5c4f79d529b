/**
 * What `errcat init` writes into a new project, as data: a starter catalog
 * of two codes, the npm scripts and a GitHub Actions workflow. Pure: the
 * command (commands/init.ts) checks nothing is in the way and writes.
 *
 * Paths and the branch name end up in shell commands, a YAML comment and
 * workflow YAML, so they are checked against a plain-path pattern
 * ({@link PLAIN_PATH}) rather than quoted for three sinks; the workflow
 * itself is built as an object and serialized by the yaml library.
 */
import path from 'node:path';
import YAML from 'yaml';

/** Relative paths and branch names init accepts: letters, digits, `.`, `_`, `-` and `/`, no `..` segment, not absolute. */
export const PLAIN_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]+$/;

export interface InitSettings {
  /** The catalog folder, relative to the project. */
  catalog: string;
  /** The output folder, relative to the project. */
  out: string;
  /** The branch pull requests are compared with. */
  defaultBranch: string;
}

/** The name errcat is installed under in node_modules (its package.json name). */
export const PACKAGE_NAME = 'errcat';

/** The npm scripts init adds, by name. */
export function initScripts(s: InitSettings): Record<string, string> {
  const paths = `--catalog ${s.catalog} --out ${s.out}`;
  return {
    'errcat:generate': `errcat generate ${paths}`,
    'errcat:check': `errcat validate --catalog ${s.catalog} && errcat generate ${paths} --check`,
    'errcat:diff': `errcat diff --base origin/${s.defaultBranch} --catalog ${s.catalog}`,
  };
}

/** The starter catalog file, with the schema line editors read pointing into the installed package. */
export function starterCatalog(s: InitSettings): string {
  const schema = path.posix.join(path.posix.relative(s.catalog, '.') || '.', 'node_modules', PACKAGE_NAME, 'dist/schema/catalog.schema.json');
  return `# yaml-language-server: $schema=${schema}
# The error catalog of this API: every code clients can receive, in one
# place. errcat renders it into a TypeScript package, Markdown docs and
# OpenAPI components (npm run errcat:generate). The format is documented in
# node_modules/${PACKAGE_NAME}/README.md.
catalog:
  id: example
  title: Example API
  version: 0.1.0
  description: Errors of the Example API.
  package:
    name: "@example/errors"
    description: The Example API's error codes, types and helpers.
    license: UNLICENSED
  docs:
    title: Example API errors
  envelope:
    request_id_header: Request-Id

namespaces:
  auth:
    description: Authentication and API keys.
  resource:
    description: The object a request names.

codes:
  auth.invalid_key:
    status: 401
    description: The API key is missing, malformed or revoked.
    retry:
      policy: after_action
      note: Send a valid API key.
    example:
      message: The API key is not valid.

  resource.not_found:
    status: 404
    description: The object does not exist, or the key cannot see it.
    meta:
      type: object
      additionalProperties: false
      required: [resource]
      properties:
        resource:
          type: string
          description: The kind of object that was not found.
    example:
      message: No such project.
      meta:
        resource: project
`;
}

/** The CI workflow: validate, the drift check and the breaking-change guard, each annotating the pull request. */
export function ciWorkflow(s: InitSettings): string {
  const run = (name: string, command: string, extra: Record<string, unknown> = {}) => ({ name, ...extra, run: command });
  const workflow = {
    name: 'errcat',
    on: { pull_request: {}, push: { branches: [s.defaultBranch] } },
    permissions: { contents: 'read' },
    jobs: {
      errcat: {
        'runs-on': 'ubuntu-latest',
        steps: [
          // The whole history, so that diff can read the base branch from git objects.
          { uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
          { uses: 'actions/setup-node@v4', with: { 'node-version': 20, cache: 'npm' } },
          { run: 'npm ci' },
          run('Validate the catalog', `npx errcat validate --catalog ${s.catalog} --format github`),
          run('Check the generated output is committed', `npx errcat generate --catalog ${s.catalog} --out ${s.out} --check --format github`),
          run('Guard against breaking changes', `npx errcat diff --base origin/${s.defaultBranch} --catalog ${s.catalog} --format github`, {
            if: "github.event_name == 'pull_request'",
          }),
        ],
      },
    },
  };
  const doc = new YAML.Document(workflow);
  doc.commentBefore = [
    ' Written by errcat init. Every step prints GitHub annotations (--format github),',
    ' so a problem shows on the line of the pull request that caused it:',
    ' validate: the catalog is valid (exit 3 when not);',
    ` generate --check: ${s.out}/ is what ${s.catalog}/ generates (exit 1 when stale);`,
    ` diff: no breaking change against origin/${s.defaultBranch} (exit 1 on one).`,
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}

/** The files init creates, relative to the project, in the order it writes them. */
export function initFiles(s: InitSettings): { file: string; contents: string }[] {
  return [
    { file: path.posix.join(s.catalog, 'catalog.yaml'), contents: starterCatalog(s) },
    { file: '.github/workflows/errcat.yml', contents: ciWorkflow(s) },
  ];
}
