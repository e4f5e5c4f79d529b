/**
 * Turns an {@link Anchor} into a file, line and column in the newer
 * catalog. Inherited fields follow the defaults cascade, so a change to a
 * namespace's status_forwarding points at the namespace, not at each code.
 * Files are parsed again for positions only when there are changes.
 */
import type { SourceFile } from '../load.js';
import { Locator } from '../parse-yaml.js';
import { cascade, namespaceChain, type MergedCatalog, type Origin } from '../resolve.js';
import type { Anchor, Position } from './types.js';

/** What the locator needs of a version read from a catalog folder or git. */
export interface CatalogSource {
  files: readonly SourceFile[];
  merged: MergedCatalog;
}

const CASCADED = new Set(['meta', 'retry', 'transport', 'events', 'status_forwarding']);
const NOWHERE: Position = { file: null, line: null, column: null };

/** Positions in one catalog version; null source (a model JSON) gives null positions. */
export class ChangeLocator {
  private readonly locators = new Map<string, Locator>();

  constructor(private readonly source: CatalogSource | null) {}

  locate(anchor: Anchor): Position {
    if (!this.source) return NOWHERE;
    const origin = this.origin(anchor, this.source);
    if (!origin) return NOWHERE;
    const file = this.source.files.find((f) => f.file === origin.file);
    if (!file) return { file: origin.file, line: 1, column: 1 };
    let locator = this.locators.get(file.file);
    if (!locator) {
      locator = Locator.fromText(file.text);
      this.locators.set(file.file, locator);
    }
    const at = locator.find(origin.path, anchor.on === 'code' && anchor.path.length === 0 ? 'key' : 'value');
    return { file: file.file, ...at };
  }

  private origin(anchor: Anchor, { files, merged }: CatalogSource): Origin | null {
    const below = (origin: Origin | undefined, path: readonly (string | number)[]): Origin | null => (origin ? { file: origin.file, path: [...origin.path, ...path] } : null);
    switch (anchor.on) {
      case 'header': {
        if (anchor.path[0] === 'catalog' && merged.headerFile) return { file: merged.headerFile, path: [...anchor.path] };
        const holder = files.find((f) => hasKey(f.data, String(anchor.path[0]))) ?? files.find((f) => f.file === merged.headerFile);
        return holder ? { file: holder.file, path: [...anchor.path] } : null;
      }
      case 'code': {
        const entry = merged.codes.get(anchor.code);
        if (!entry) {
          // A removed code: the file that held it, if it is still there; else the header.
          const former = anchor.formerFile;
          const holder = former ? files.find((f) => f.file === former || f.file.endsWith(`/${former}`)) : undefined;
          return holder ? { file: holder.file, path: ['codes'] } : merged.headerFile ? { file: merged.headerFile, path: [] } : null;
        }
        const [first, ...rest] = anchor.path;
        if (typeof first === 'string' && CASCADED.has(first)) {
          const found = cascade(first as 'meta', entry, namespaceChain(anchor.code, merged, entry.value.namespace), merged);
          if (found) return below(found.origin, rest);
        }
        return below(entry.origin, anchor.path);
      }
      case 'namespace':
        return below(merged.namespaces.get(anchor.name)?.origin, anchor.path) ?? this.origin({ on: 'header', path: ['namespaces'] }, { files, merged });
      case 'parameter':
        return below(merged.parameters.get(anchor.name)?.origin, anchor.path) ?? this.origin({ on: 'header', path: ['parameters'] }, { files, merged });
      case 'section':
        return below(merged.sections.find((s) => s.value.id === anchor.id)?.origin, anchor.path);
      case 'schema':
        return below(merged.schemas.get(anchor.name)?.origin, anchor.path) ?? this.origin({ on: 'header', path: ['schemas'] }, { files, merged });
      case 'guidance':
        return below(merged.guidance.find((g) => g.value.id === anchor.id)?.origin, anchor.path);
      case 'retired': {
        for (const f of files) {
          const list = (f.data as { retired?: unknown } | null)?.retired;
          if (!Array.isArray(list)) continue;
          const index = list.findIndex((r) => (r as { code?: unknown } | null)?.code === anchor.code);
          if (index >= 0) return { file: f.file, path: ['retired', index] };
        }
        return this.origin({ on: 'header', path: ['retired'] }, { files, merged });
      }
    }
  }
}

function hasKey(data: unknown, key: string): boolean {
  return data !== null && typeof data === 'object' && Object.hasOwn(data, key);
}
