/**
 * The whole of errcat in one function:
 * load → validate → normalize → render → format → write.
 * Only load and write touch the disk, so everything between them runs in
 * memory in tests.
 */
import { compareDiagnostics, RULES, type Diagnostic, type Finding } from './diagnostics.js';
import { checkChangelog } from './changelog-file.js';
import { loadCatalog, type ChangelogSource, type SourceFile } from './load.js';
import type { CatalogModel } from './model.js';
import { normalizeCatalog } from './normalize.js';
import { checkSameAs } from './validate-same-as.js';
import type { ErrcatOptions } from './options.js';
import type { OutputFile, Target } from './output.js';
import { Locator } from './parse-yaml.js';
import type { MergedCatalog } from './resolve.js';
import { validateCatalog } from './validate.js';
import type { StopControl, WriteReport } from './write.js';

/** The result of reading and checking a catalog. */
export interface CheckedCatalog {
  diagnostics: Diagnostic[];
  /** Present when there is no error. */
  model: CatalogModel | null;
}

/** Loads, validates and normalizes the catalog in options.catalogDir. */
export async function checkCatalog(options: ErrcatOptions): Promise<CheckedCatalog> {
  markStage('start');
  const loaded = await loadCatalog(options.catalogDir, options.limits);
  markStage('load');
  return checkLoaded(loaded.files, loaded.findings, options, loaded.changelog);
}

/** Validates and normalizes files already in memory: the disk-free part of {@link checkCatalog}. */
export function checkLoaded(files: readonly SourceFile[], loadFindings: readonly Finding[], options: ErrcatOptions, changelog: ChangelogSource | null = null): CheckedCatalog & { merged: MergedCatalog } {
  const validation = validateCatalog(files, options.limits);
  const changelogFindings = changelog ? checkChangelog(changelog.file, changelog.text) : [];
  const diagnostics = locateFindings([...loadFindings, ...validation.findings, ...changelogFindings], files);
  markStage('validate');
  const failed = diagnostics.some((d) => d.severity === 'error') || files.length === 0;
  // The merged catalog goes along for errcat diff, which locates changes in it.
  if (failed) return { diagnostics, model: null, merged: validation.merged };
  const model = normalizeCatalog(validation.merged, options.catalogDir, changelog?.text ?? null);
  // Rules on the model's order ("same as above" needs to know what is above): they stop generation too.
  const ordered = locateFindings(checkSameAs(model, validation.merged), files);
  markStage('normalize');
  return { diagnostics: [...diagnostics, ...ordered], model: ordered.length > 0 ? null : model, merged: validation.merged };
}

/** Renders and formats the model with the given targets, in memory. */
export async function renderTargets(model: CatalogModel, targets: readonly Target[], options: ErrcatOptions): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const target of targets) {
    for (const file of await target.render(model, options)) {
      if (!file.path.startsWith(`${target.dir}/`)) throw new Error(`target ${target.name} produced ${file.path} outside its folder ${target.dir}/`);
      files.push(file);
    }
    markStage(`render ${target.name}`);
  }
  // Prettier is loaded by the stages that format, not by validate, list, explain or diff.
  const { formatFiles } = await import('./format.js');
  const formatted = await formatFiles(files);
  markStage('format');
  return formatted;
}

/** The result of a generate run. */
export interface GenerateResult extends CheckedCatalog {
  /** What was written (or would be, with check); null when the catalog has errors or the writer refused or failed. */
  report: WriteReport | null;
  /** The signal that stopped the run, if one did. */
  interrupted: string | null;
}

/**
 * The main job: check the catalog, render every target, write (or check)
 * out/. Everything is rendered and formatted in memory before the writer
 * touches the disk, so a catalog error or a crash while rendering leaves
 * out/ as it was.
 */
export async function generate(options: ErrcatOptions, targets: readonly Target[], stop?: StopControl): Promise<GenerateResult> {
  const { refuseOutputFolder, writeOutputs } = await import('./write.js');
  const refused = await refuseOutputFolder({ outDir: options.outDir, catalogDir: options.catalogDir });
  if (refused.length > 0) return { diagnostics: refused, model: null, report: null, interrupted: null };
  const checked = await checkCatalog(options);
  if (!checked.model) return { ...checked, report: null, interrupted: null };
  const files = await renderTargets(checked.model, targets, options);
  const written = await writeOutputs({
    outDir: options.outDir,
    catalogDir: options.catalogDir,
    ownedDirs: targets.map((t) => t.dir),
    files,
    check: options.check,
    adopt: options.adopt,
    ...(stop ? { stop } : {}),
  });
  markStage('write');
  return { diagnostics: [...checked.diagnostics, ...written.diagnostics], model: checked.model, report: written.report, interrupted: written.interrupted };
}

/**
 * Marks the end of a stage on Node's performance timeline (`errcat:load`,
 * `errcat:render docs`, …). Nothing reads the marks in errcat: `make bench`
 * runs the CLI with a probe that reports them, which is how it times each
 * stage of the real command without a flag or a second code path.
 */
function markStage(stage: string): void {
  performance.mark(`errcat:${stage}`);
}

/** Gives every finding its line and column, parsing a file again only if it has findings. */
function locateFindings(findings: readonly Finding[], files: readonly SourceFile[]): Diagnostic[] {
  const texts = new Map(files.map((f) => [f.file, f.text]));
  const locators = new Map<string, Locator>();
  const diagnostics = findings.map((finding): Diagnostic => {
    let position = finding.position;
    const text = texts.get(finding.file);
    if (!position && text !== undefined) {
      let locator = locators.get(finding.file);
      if (!locator) {
        locator = Locator.fromText(text);
        locators.set(finding.file, locator);
      }
      position = locator.find(finding.path, finding.at);
    }
    return {
      rule: finding.rule,
      severity: RULES[finding.rule].severity,
      message: finding.message,
      file: finding.file,
      line: position?.line ?? 1,
      column: position?.column ?? 1,
    };
  });
  // One broken construct can make the parser say the same thing many times.
  const unique = new Map(diagnostics.map((d) => [`${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.rule}\u0000${d.message}`, d]));
  return [...unique.values()].sort(compareDiagnostics);
}
