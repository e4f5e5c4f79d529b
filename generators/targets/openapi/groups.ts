/**
 * Which HTTP codes each response lists: per status, per namespace, and per
 * namespace and status class. Every group is computed in one pass over the
 * model, so cost stays linear in the number of codes.
 */
import type { CatalogModel, ErrorDefinition, NamespaceModel } from '../../model.js';

/** The HTTP codes sent with one status. */
export interface StatusGroup {
  readonly status: number;
  /** Sorted by code. */
  readonly members: readonly ErrorDefinition[];
  /** Those here because they forward an upstream status and fall back to this one. */
  readonly fallbacks: readonly ErrorDefinition[];
  /** Those here because an upstream status they forward may be this one. */
  readonly forwarded: readonly ErrorDefinition[];
}

/** The HTTP codes of one namespace (and those below it), whole and split by status class. */
export interface NamespaceGroup {
  readonly namespace: NamespaceModel;
  readonly members: readonly ErrorDefinition[];
  /** Every status the members may be sent with, ascending. */
  readonly statuses: readonly number[];
  /** Per status class (`4XX`, `5XX`), ascending: the members that may be sent with a status of that class. */
  readonly classes: readonly { readonly label: string; readonly members: readonly ErrorDefinition[] }[];
}

function byCode(a: ErrorDefinition, b: ErrorDefinition): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** The HTTP definitions, those sent in a response: `http` transport with a status. */
export function httpDefinitions(model: CatalogModel): ErrorDefinition[] {
  return model.definitions.filter((d) => d.transport === 'http' && d.status !== null);
}

/** Every status an HTTP definition may be sent with: its own, its fallback, and the upstream statuses it forwards. */
export function statusesOf(d: ErrorDefinition): number[] {
  const statuses = new Set<number>();
  if (d.status !== null) statuses.add(d.status);
  if (d.statusForwarding) {
    statuses.add(d.statusForwarding.fallback);
    for (const s of d.statusForwarding.statuses) statuses.add(s);
  }
  return [...statuses].sort((a, b) => a - b);
}

/**
 * The per-status groups, ascending. A code whose upstream status is
 * forwarded also appears under its fallback status, which is what a client
 * sees when forwarding fails, and under each upstream status it declares.
 */
export function groupByStatus(model: CatalogModel): StatusGroup[] {
  const groups = new Map<number, { members: ErrorDefinition[]; fallbacks: ErrorDefinition[]; forwarded: ErrorDefinition[] }>();
  for (const d of httpDefinitions(model)) {
    for (const status of statusesOf(d)) {
      let group = groups.get(status);
      if (!group) groups.set(status, (group = { members: [], fallbacks: [], forwarded: [] }));
      group.members.push(d);
      if (status === d.status) continue;
      if (status === d.statusForwarding?.fallback) group.fallbacks.push(d);
      else group.forwarded.push(d);
    }
  }
  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((status) => {
      const group = groups.get(status)!;
      return { status, members: group.members.sort(byCode), fallbacks: group.fallbacks, forwarded: group.forwarded };
    });
}

/** The label of a status's class: 404 → `4XX`, as OpenAPI writes a range of response codes. */
export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}XX`;
}

/**
 * The per-namespace groups, in the model's namespace order, skipping
 * namespaces without HTTP codes. A namespace holds its own codes and those
 * of the namespaces below it.
 */
export function groupByNamespace(model: CatalogModel): NamespaceGroup[] {
  const declared = new Map(model.namespaces.map((ns) => [ns.name, [] as ErrorDefinition[]]));
  const parents = new Map(model.namespaces.map((ns) => [ns.name, ns.parents]));
  for (const d of httpDefinitions(model)) {
    for (const name of [d.namespace, ...(parents.get(d.namespace) ?? [])]) declared.get(name)?.push(d);
  }
  const groups: NamespaceGroup[] = [];
  for (const namespace of model.namespaces) {
    const members = declared.get(namespace.name)!;
    if (members.length === 0) continue;
    const statuses = new Set<number>();
    const classes = new Map<string, ErrorDefinition[]>();
    for (const d of members) {
      const own = statusesOf(d);
      for (const s of own) statuses.add(s);
      for (const label of new Set(own.map(statusClass))) {
        let list = classes.get(label);
        if (!list) classes.set(label, (list = []));
        list.push(d);
      }
    }
    groups.push({
      namespace,
      members,
      statuses: [...statuses].sort((a, b) => a - b),
      classes: [...classes.keys()].sort().map((label) => ({ label, members: classes.get(label)! })),
    });
  }
  return groups;
}
