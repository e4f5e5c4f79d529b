/**
 * Component names: who owns which, so that no `$ref` can silently point at
 * another code's schema.
 */

/** What a component key may look like (OpenAPI 3.x §4.8.7.1). */
export const COMPONENT_KEY = /^[a-zA-Z0-9._-]+$/;

/** The kinds of component errcat writes. */
export type ComponentKind = 'schemas' | 'responses' | 'examples' | 'headers';

/**
 * Hands out component names and refuses two owners for one name.
 *
 * The throw is an invariant check, not input validation: every name is
 * derived from a code's or a namespace's derived type name, or from a
 * status, with suffixes no other kind uses, and the validator reports two
 * codes or two namespaces deriving one name as `name-collision`. Names that
 * could meet another (a variant named by its wire code, see unions.ts) ask
 * {@link ComponentRegistry.isFree} first. Reaching the throw is a bug (the
 * CLI says so), never a catalog problem.
 */
export class ComponentRegistry {
  private readonly owners = new Map<string, string>();

  /** Claims `name` in `kind` for `owner`; throws when it is taken or not a valid key. */
  claim(kind: ComponentKind, name: string, owner: string): string {
    if (!COMPONENT_KEY.test(name)) throw new Error(`component name ${JSON.stringify(name)} (${owner}) is not a valid component key`);
    const key = `${kind}/${name}`;
    const existing = this.owners.get(key);
    if (existing !== undefined) throw new Error(`component ${key} would be used by both ${existing} and ${owner} (the validator's name-collision rule should have refused the catalog)`);
    this.owners.set(key, owner);
    return name;
  }

  /** True when nobody has claimed `name` in `kind` yet. */
  isFree(kind: ComponentKind, name: string): boolean {
    return !this.owners.has(`${kind}/${name}`);
  }
}
