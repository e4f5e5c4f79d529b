/**
 * The docs target's view model: every page's content computed once from the
 * catalog model, as {@link Markdown} values made by the escape module. The
 * templates under templates/docs/ only arrange these values.
 *
 * Why the templates print `{{heading}}` rather than `{{inlineCode code}}`:
 * STYLE.md asks that a template print values only through escaping helpers.
 * Here the escaping happens one step earlier, and the type system checks it.
 * Every value the templates print is `Markdown`, a branded string that
 * only generators/escape/markdown.ts can make (`trusted` for errcat's own
 * layout words, the escapers for catalog text). A catalog string put in a
 * view without escaping does not compile, which a helper call in a template
 * (a string that tsc never sees) cannot promise: a forgotten helper there
 * prints raw text with nothing to catch it. It also keeps each value's
 * context in code (a table cell escapes `|` in code spans, a paragraph start
 * escapes list markers), where it is tested, not in the templates. The
 * templates are compiled with no helpers at all (`knownHelpersOnly`), so
 * they cannot transform a value either.
 *
 * Cost is linear in the catalog: definitions, wire codes and sections are
 * each indexed in one pass, and every lookup afterwards is a Map hit.
 */
import {
  anchorTag,
  cellCode,
  cellText,
  codeBlock,
  hiddenComment,
  inlineCode,
  joinMarkdown,
  link,
  linkTarget,
  markdownBlock,
  markdownBlockBeforeList,
  proseInline,
  proseText,
  table,
  trusted,
  type FragmentResolver,
  type Markdown,
} from '../../escape/markdown.js';
import type { BodyMember, BodyValue, CatalogModel, ErrorDefinition, JsonSchema, MetaModel, NamespaceModel, ParameterModel, RetryAdvice, SectionModel } from '../../model.js';
import { exampleBody, memberPath } from '../../body.js';
import { describeType } from '../../normalize.js';
import { sharedOfProperty } from '../../shared-schemas.js';
import { buildSharedChapter, SHARED_ANCHOR, sharedHref, sharedLink, type SharedChapterView } from './shared.js';
import { bannerText } from '../../output.js';
import { keysInOrder } from '../../key-order.js';
import { forwardingRule, retryFact, statusFact, statusLine } from './facts.js';
import { pageFrontMatter, sectionDescription } from './front-matter.js';
import { buildPackage, type PackageView } from './package.js';
import { readableType } from './meta-types.js';

/** The single page, the one `docs.base_url` points at. */
export const SINGLE_PAGE = 'errors.md';
/** The index of the per-topic pages. */
export const INDEX_PAGE = 'index.md';
/** The guidance, as its own page. */
export const GUIDANCE_PAGE = 'guidance.md';
/** Section pages live in their own folder so that no section id can collide with the pages above. */
export function sectionPage(sectionId: string): string {
  return `sections/${sectionId}.md`;
}

/** Where a link is written from: relative targets depend on it. */
export type Page = { kind: 'single' } | { kind: 'root' } | { kind: 'section'; id: string };

/** A value shown in the request id of every example: the reference's. */
const EXAMPLE_REQUEST_ID = 'a1b2c3d4';


/** One code's block of details. */
export interface CodeView {
  /** Heading marker: `####` on the single page, `###` on a section page. */
  level: Markdown;
  anchor: Markdown;
  heading: Markdown;
  deprecation: Markdown | null;
  description: Markdown;
  facts: Markdown[];
  expansionsIntro: Markdown | null;
  expansions: Markdown[];
  details: Markdown | null;
  meta: Markdown;
  metaTable: Markdown | null;
  exampleIntro: Markdown;
  example: Markdown | null;
}

/** One section: its tables, then the details of its codes. */
export interface SectionView {
  /** Heading markers of the section, its details part and its codes. */
  level: Markdown;
  detailsLevel: Markdown;
  /** Null on a section page, whose title is the top of the page. */
  anchor: Markdown | null;
  title: Markdown;
  /**
   * The blocks under the title, in order: on a section page the
   * generated-file notice (below the title, where markdownlint wants the
   * title first) and links to the other pages; then the intro, the tables,
   * the notes, the outro; on the single page, a link to the section's own
   * page.
   */
  blocks: Markdown[];
  detailsAnchor: Markdown;
  codes: CodeView[];
}

/** One guidance entry: advice, the codes it covers, its samples. */
export interface GuidanceView {
  level: Markdown;
  anchor: Markdown;
  title: Markdown;
  /** Null when nothing of the field prints (see blockOrNull). */
  body: Markdown | null;
  covers: Markdown;
  samples: { title: Markdown | null; code: Markdown }[];
}

/** The error body's shape, its fields and how to read codes. */
export interface EnvelopeView {
  anchor: Markdown;
  description: Markdown | null;
  fields: Markdown;
  grammar: Markdown | null;
}

/** docs/errors.md: the whole reference in the published page's order. */
export interface SinglePageView {
  /** YAML front matter (docs.front_matter), or null. */
  frontMatter: Markdown | null;
  banner: Markdown;
  title: Markdown;
  intro: Markdown | null;
  contents: Markdown[];
  envelope: EnvelopeView;
  /** The generated package: install line and matching helpers. */
  package: PackageView;
  namespacesAnchor: Markdown;
  namespaces: Markdown;
  sections: SectionView[];
  detailsAnchor: Markdown;
  guidanceAnchor: Markdown | null;
  guidance: GuidanceView[];
  /** The retired codes' anchor and table; null when none is retired. */
  retired: { anchor: Markdown; table: Markdown } | null;
  /** The shared meta schemas' tables; null when the catalog has none. */
  shared: SharedChapterView | null;
}

/** docs/sections/<id>.md: one section's tables and details. */
export interface SectionPageView {
  frontMatter: Markdown | null;
  section: SectionView;
}

/** docs/index.md: the pages, the envelope and the namespaces. */
export interface IndexPageView {
  frontMatter: Markdown | null;
  banner: Markdown;
  title: Markdown;
  intro: Markdown | null;
  pages: Markdown[];
  envelope: EnvelopeView;
  package: PackageView;
  namespacesAnchor: Markdown;
  namespaces: Markdown;
}

/** docs/guidance.md: the guidance on a page of its own. */
export interface GuidancePageView {
  frontMatter: Markdown | null;
  banner: Markdown;
  title: Markdown;
  navigation: Markdown;
  guidance: GuidanceView[];
}

/** Everything the templates need, for every page. */
export interface DocsView {
  single: SinglePageView;
  index: IndexPageView;
  sectionPages: { id: string; view: SectionPageView }[];
  guidancePage: GuidancePageView | null;
}

/**
 * The page's own anchors. Every anchor on a page is one of three kinds, and
 * no two kinds can spell the same id, by construction rather than by
 * renaming on collision (a renamed anchor breaks every link to it):
 *
 * - a code's anchor (`names.anchor`, linked to from the TypeScript JSDoc and
 *   the OpenAPI externalDocs): `[a-z][a-z0-9_]*` segments joined by a
 *   single `-`, always at least two segments;
 * - the page's own parts, sections included: a word, `--`, then a word or
 *   an id. No code anchor holds `--` (segments are never empty). A section
 *   id and a guidance id are identifiers, so the part after `--` never
 *   holds `--` either and each spelling has a single reading.
 *
 * A section's anchor is `section--<id>`, not the id alone: docs sites give
 * every heading an id from its text (github-slugger, VitePress's slugify),
 * and the heading "Billing" of the section `billing` would put the id
 * `billing` on the page twice. VitePress's slugs never hold `--`;
 * github-slugger's do only for a heading that spells one (`a -- b`).
 *
 * HTML ids, MDX's JSX attributes, GitHub's `user-content-` ids and
 * markdownlint's MD051 (which collects `<a id>` values verbatim) all take
 * `--` as it is.
 */
const ENVELOPE_ANCHOR = 'page--envelope';
const NAMESPACES_ANCHOR = 'page--namespaces';
const PACKAGE_ANCHOR = 'page--package';
const DETAILS_ANCHOR = 'page--details';
const GUIDANCE_ANCHOR = 'page--guidance';
const RETIRED_ANCHOR = 'page--retired';
/** The anchor of a section on the single page. */
function sectionAnchor(sectionId: string): string {
  return `section--${sectionId}`;
}
/** The anchor of a section's part under "Error details". */
function sectionDetailsAnchor(sectionId: string): string {
  return `details--${sectionId}`;
}
/** The anchor of a guidance entry. */
function guidanceAnchor(guidanceId: string): string {
  return `guidance--${guidanceId}`;
}

interface CodeTarget {
  anchor: string;
  section: string;
}

/** Indexes of the model, built once. */
class Index {
  readonly definitions = new Map<string, ErrorDefinition>();
  /** Every code a reader may look up (definitions, display codes, wire codes) → its anchor and section. */
  readonly targets = new Map<string, CodeTarget>();
  readonly sections = new Map<string, SectionModel>();
  readonly namespaces = new Map<string, NamespaceModel>();
  /** Each namespace by its wildcard (`billing.*`), as guidance names it. */
  readonly wildcards = new Map<string, NamespaceModel>();
  readonly parameters = new Map<string, ParameterModel>();
  readonly wireAnchors = new Map<string, string>();
  readonly guidanceTitles = new Map<string, string>();

  constructor(readonly model: CatalogModel) {
    for (const d of model.definitions) {
      this.definitions.set(d.code, d);
      const target = { anchor: d.names.anchor, section: d.section };
      this.targets.set(d.code, target);
      this.targets.set(d.displayCode, target);
    }
    for (const w of model.wireCodes) {
      this.wireAnchors.set(w.code, w.names.anchor);
      const owner = this.definitions.get(w.definition);
      if (owner && !this.targets.has(w.code)) this.targets.set(w.code, { anchor: w.names.anchor, section: owner.section });
    }
    for (const s of model.sections) this.sections.set(s.id, s);
    for (const n of model.namespaces) {
      this.namespaces.set(n.name, n);
      this.wildcards.set(n.wildcard, n);
    }
    for (const p of model.parameters) this.parameters.set(p.name, p);
    for (const g of model.guidance) this.guidanceTitles.set(g.id, g.title);
    for (const d of model.definitions) this.anchorTargets.set(d.names.anchor, { anchor: d.names.anchor, section: d.section });
    for (const w of model.wireCodes) {
      const owner = this.definitions.get(w.definition);
      if (owner && !this.anchorTargets.has(w.names.anchor)) this.anchorTargets.set(w.names.anchor, { anchor: w.names.anchor, section: owner.section });
    }
    this.pageAnchors = new Set([
      ENVELOPE_ANCHOR,
      PACKAGE_ANCHOR,
      NAMESPACES_ANCHOR,
      DETAILS_ANCHOR,
      ...(model.guidance.length > 0 ? [GUIDANCE_ANCHOR, ...model.guidance.map((g) => guidanceAnchor(g.id))] : []),
      ...(model.retired.length > 0 ? [RETIRED_ANCHOR] : []),
      ...model.sections.flatMap((x) => [sectionAnchor(x.id), sectionDetailsAnchor(x.id)]),
    ]);
  }

  /** Code anchors → where the code's details are. */
  readonly anchorTargets = new Map<string, CodeTarget>();
  /** The single page's own anchors. */
  readonly pageAnchors: ReadonlySet<string>;

  /**
   * Where an authored `#fragment` link goes from a page: a code's anchor to
   * its details on that page or another, one of the single page's own
   * anchors to the single page; anything else is no link.
   */
  fragmentsFrom(from: Page): FragmentResolver {
    return (fragment) => {
      const code = this.anchorTargets.get(fragment);
      if (code) return this.codeHref(code, from);
      if (!this.pageAnchors.has(fragment)) return null;
      return linkTarget(from.kind === 'single' ? '' : from.kind === 'section' ? `../${SINGLE_PAGE}` : SINGLE_PAGE, fragment);
    };
  }

  /** Relative target of a code's details, from a page. */
  codeHref(target: CodeTarget, from: Page): string {
    if (from.kind === 'single') return linkTarget('', target.anchor);
    if (from.kind === 'section') return linkTarget(from.id === target.section ? '' : `${target.section}.md`, target.anchor);
    return linkTarget(sectionPage(target.section), target.anchor);
  }

  /** Relative target of a section, from a page. */
  sectionHref(sectionId: string, from: Page): string {
    if (from.kind === 'single') return linkTarget('', sectionAnchor(sectionId));
    if (from.kind === 'section') return linkTarget(`${sectionId}.md`, null);
    return linkTarget(sectionPage(sectionId), null);
  }

  guidanceHref(id: string, from: Page): string {
    const anchor = guidanceAnchor(id);
    if (from.kind === 'single') return linkTarget('', anchor);
    if (from.kind === 'section') return linkTarget(`../${GUIDANCE_PAGE}`, anchor);
    return linkTarget(GUIDANCE_PAGE, anchor);
  }
}

/**
 * A Markdown field as a page block, or null when the field is unset or
 * nothing of it prints (it holds only reference definitions, or headings
 * without text): the page then leaves it out as if unset, rather than
 * leaving blank lines where it would stand (markdownlint's MD012).
 */
function blockOrNull(
  value: string | null,
  headingDepth: number,
  fragments: FragmentResolver,
  print: (value: string, headingDepth: number, fragments: FragmentResolver) => Markdown = markdownBlock,
): Markdown | null {
  if (value === null) return null;
  const block = print(value, headingDepth, fragments);
  return block === '' ? null : block;
}

/** Builds every page's view from the model. */
export function buildDocsView(model: CatalogModel): DocsView {
  const index = new Index(model);
  const banner = hiddenComment(bannerText(model));
  const title = proseInline(model.docs.title);
  // The contents (or the pages) are a list right after the intro.
  const intro = blockOrNull(model.docs.intro, 1, index.fragmentsFrom({ kind: 'single' }), markdownBlockBeforeList);
  const rootIntro = blockOrNull(model.docs.intro, 1, index.fragmentsFrom({ kind: 'root' }), markdownBlockBeforeList);

  const single: Page = { kind: 'single' };
  const root: Page = { kind: 'root' };
  const singleSections = model.sections.map((s) => buildSection(index, s, single));
  const guidance = model.guidance.map((g) => buildGuidance(index, g, single));

  const contents: Markdown[] = [
    link(trusted('Error responses'), linkTarget('', ENVELOPE_ANCHOR)),
    link(trusted('The TypeScript package'), linkTarget('', PACKAGE_ANCHOR)),
    link(trusted('Code namespaces'), linkTarget('', NAMESPACES_ANCHOR)),
    ...model.sections.map((s) => link(proseInline(s.title), index.sectionHref(s.id, single))),
    link(trusted('Error details'), linkTarget('', DETAILS_ANCHOR)),
  ];
  if (model.schemas.length > 0) contents.push(link(trusted('Shared meta schemas'), linkTarget('', SHARED_ANCHOR)));
  if (guidance.length > 0) contents.push(link(trusted('Handling common cases'), linkTarget('', GUIDANCE_ANCHOR)));
  if (model.retired.length > 0) contents.push(link(trusted('Retired codes'), linkTarget('', RETIRED_ANCHOR)));

  const rootFrontMatter = pageFrontMatter(model, model.docs.title, model.docs.frontMatter?.description ?? null, { kind: 'reference' });
  const sectionPages = model.sections.map((s, sectionIndex) => {
    const page: Page = { kind: 'section', id: s.id };
    const nav = joinMarkdown(
      [
        link(trusted('Error reference'), linkTarget(`../${INDEX_PAGE}`, null)),
        link(trusted('All errors on one page'), linkTarget(`../${SINGLE_PAGE}`, sectionAnchor(s.id))),
        ...(model.guidance.length > 0 ? [link(trusted('Handling common cases'), linkTarget(`../${GUIDANCE_PAGE}`, null))] : []),
      ],
      ' · ',
    );
    const fm = pageFrontMatter(model, s.title, sectionDescription(model, s.title, s.codes.length), { kind: 'section', index: sectionIndex });
    return { id: s.id, view: { frontMatter: fm, section: buildSection(index, s, page, [banner, nav]) } };
  });

  const pages: Markdown[] = [
    joinMarkdown([link(trusted('All errors on one page'), linkTarget(SINGLE_PAGE, null)), trusted(': the whole reference on one page, for reading straight through or searching.')], ''),
    ...model.sections.map((s) =>
      joinMarkdown([link(proseInline(s.title), index.sectionHref(s.id, root)), trusted(`: ${countWords(s.codes.length)}.`)], ''),
    ),
  ];
  if (model.guidance.length > 0) pages.push(joinMarkdown([link(trusted('Handling common cases'), linkTarget(GUIDANCE_PAGE, null)), trusted(': advice and code samples.')], ''));

  return {
    single: {
      frontMatter: rootFrontMatter,
      banner,
      title,
      intro,
      contents,
      envelope: buildEnvelope(index, single),
      package: buildPackage(model, anchorTag(PACKAGE_ANCHOR)),
      namespacesAnchor: anchorTag(NAMESPACES_ANCHOR),
      namespaces: buildNamespaces(index, single),
      sections: singleSections,
      detailsAnchor: anchorTag(DETAILS_ANCHOR),
      guidanceAnchor: guidance.length > 0 ? anchorTag(GUIDANCE_ANCHOR) : null,
      guidance,
      shared: buildSharedChapter(model, (code) => {
        const target = index.targets.get(code)!;
        return link(inlineCode(index.definitions.get(code)?.displayCode ?? code), index.codeHref(target, single));
      }),
      retired:
        model.retired.length === 0
          ? null
          : {
              anchor: anchorTag(RETIRED_ANCHOR),
              table: table(
                [trusted('Retired code'), trusted('Retired in'), trusted('Use instead'), trusted('Why')],
                model.retired.map((r) => [cellCode(r.code), cellCode(r.since), r.replacement === null ? trusted('') : cellCode(r.replacement), r.reason === null ? trusted('') : cellText(r.reason)]),
              ),
            },
    },
    index: {
      frontMatter: rootFrontMatter,
      banner,
      title,
      intro: rootIntro,
      pages,
      envelope: buildEnvelope(index, root),
      package: buildPackage(model, anchorTag(PACKAGE_ANCHOR)),
      namespacesAnchor: anchorTag(NAMESPACES_ANCHOR),
      namespaces: buildNamespaces(index, root),
    },
    sectionPages,
    guidancePage:
      model.guidance.length === 0
        ? null
        : {
            frontMatter: pageFrontMatter(model, 'Handling common cases', null, { kind: 'guidance' }),
            banner,
            title: trusted('Handling common cases'),
            navigation: joinMarkdown(
              [link(trusted('Error reference'), linkTarget(INDEX_PAGE, null)), link(trusted('All errors on one page'), linkTarget(SINGLE_PAGE, GUIDANCE_ANCHOR))],
              ' · ',
            ),
            guidance: model.guidance.map((g) => buildGuidance(index, g, root)),
          },
  };

  /** `top`: what a section page prints under its title, before the section's own text. */
  function buildSection(ix: Index, section: SectionModel, page: Page, top: readonly Markdown[] = []): SectionView {
    // In the model's order: the catalog's, or by code with families first.
    const defs = section.codes.map((c) => ix.definitions.get(c)!);
    const http = defs.filter((d) => d.transport === 'http');
    const events = defs.filter((d) => d.transport === 'event');
    const tables: Markdown[] = [];
    if (http.length > 0) {
      // One column per declared identifier (SQLSTATE, gRPC number), after the code; codes with identifiers never share a row.
      const ids = ix.model.identifiers;
      // A "same as above" row and the row it refers to stay rows of their own, where the section lists them: merged into
      // an earlier row with the same words, the row above would be another one (validation checked the model's order).
      const referents = new Set(http.flatMap((d) => (d.sameAs === null ? [] : [d.sameAs])));
      const idKey = (d: ErrorDefinition) => (d.identifiers.length === 0 && d.sameAs === null && !referents.has(d.code) ? '' : `\u0000${d.code}`);
      const rows = groupRows(http, (d) => `${d.status}\u0000${d.statusForwarding?.fallback ?? ''}\u0000${d.description}${idKey(d)}`).map((group) => [
        trusted(String(group[0]!.status)),
        codeCell(ix, group, page),
        ...ids.map((i) => {
          const value = group[0]!.identifiers.find((v) => v.name === i.name)?.value;
          return value === undefined ? trusted('') : cellCode(String(value));
        }),
        cellText(group[0]!.description),
      ]);
      tables.push(table([trusted('HTTP'), trusted('Code'), ...ids.map((i) => cellText(i.title)), trusted('When it occurs')], rows));
    }
    if (events.length > 1 && new Set(events.map(eventsKey)).size === 1) {
      // One carrier for every code: say it once above the table instead of in every row, where it pushed the description off screen.
      const ev = events[0]!.events;
      tables.push(
        joinMarkdown(
          ev === null
            ? [trusted('These codes are sent in events only.')]
            : ev.names.length === 0
              ? [trusted('These codes are sent in '), inlineCode(ev.field), trusted(' of events.')]
              : [trusted('These codes are sent in '), inlineCode(ev.field), trusted(' of '), listWords(ev.names.map((n) => inlineCode(n))), trusted(' events.')],
          '',
        ),
        table(
          [trusted('Code'), trusted('When it occurs')],
          groupRows(events, (d) => d.description).map((group) => [codeCell(ix, group, page), cellText(group[0]!.description)]),
        ),
      );
    } else if (events.length > 0) {
      const rows = groupRows(events, (d) => `${eventsKey(d)}\u0000${d.description}`).map((group) => {
        const ev = group[0]!.events;
        return [
          codeCell(ix, group, page),
          ev === null || ev.names.length === 0 ? trusted('any') : joinMarkdown(ev.names.map((n) => cellCode(n)), ', '),
          ev === null ? trusted('not stated') : cellCode(ev.field),
          cellText(group[0]!.description),
        ];
      });
      tables.push(table([trusted('Code'), trusted('Events'), trusted('Field'), trusted('When it occurs')], rows));
    }
    const notes: Markdown[] = [];
    // Families: say what the placeholder stands for, once per parameter.
    const families = new Map<string, ErrorDefinition[]>();
    for (const d of defs) {
      if (!d.family) continue;
      const list = families.get(d.family.parameter) ?? [];
      list.push(d);
      families.set(d.family.parameter, list);
    }
    for (const [name, members] of families) {
      const parameter = ix.parameters.get(name);
      if (!parameter) continue;
      const codes = members.map((d) => link(inlineCode(d.displayCode), ix.codeHref(ix.targets.get(d.code)!, page)));
      const values = parameter.values.map((v) => (v.title === v.value ? inlineCode(v.value) : joinMarkdown([inlineCode(v.value), trusted(' ('), proseInline(v.title), trusted(')')], '')));
      notes.push(
        joinMarkdown(
          [
            ...(parameter.description === null ? [] : [inlineCode(parameter.placeholder), trusted(': '), proseInline(asSentence(parameter.description)), trusted(' ')]),
            trusted('In '),
            listWords(codes),
            trusted(', '),
            inlineCode(parameter.placeholder),
            trusted(' is one of '),
            listWords(values),
            trusted('.'),
          ],
          '',
        ),
      );
    }
    // Status forwarding, when the whole table shares one rule the intro
    // does not already state.
    const forwarding = new Set(http.map((d) => (d.statusForwarding ? `${d.statusForwarding.fallback}\u0000${d.statusForwarding.note ?? ''}` : '')));
    const rule = http[0]?.statusForwarding;
    // Whether the section states the forwarding rule once, for all its codes: then each code's facts only say that it applies.
    let forwardingStated = false;
    if (forwarding.size === 1 && rule) {
      forwardingStated = true;
      const sentence = rule.note ?? forwardingRule(ix.model, rule.fallback);
      if (!squash(section.intro ?? '').includes(squash(sentence))) notes.push(joinMarkdown([trusted('**Status forwarding:** '), proseInline(sentence)], ''));
    }
    const single = page.kind === 'single';
    const blocks: Markdown[] = [...top];
    const intro = blockOrNull(section.intro, single ? 2 : 1, ix.fragmentsFrom(page));
    const outro = blockOrNull(section.outro, single ? 2 : 1, ix.fragmentsFrom(page));
    if (intro !== null) blocks.push(intro);
    blocks.push(...tables, ...notes);
    if (outro !== null) blocks.push(outro);
    if (single) blocks.push(joinMarkdown([trusted('This section on its own page: '), link(proseInline(section.title), linkTarget(sectionPage(section.id), null)), trusted('.')], ''));
    return {
      level: trusted(single ? '##' : '#'),
      detailsLevel: trusted(single ? '###' : '##'),
      anchor: single ? anchorTag(sectionAnchor(section.id)) : null,
      title: proseInline(section.title),
      blocks,
      detailsAnchor: anchorTag(sectionDetailsAnchor(section.id)),
      codes: defs.map((d) => buildCode(ix, d, page, trusted(single ? '####' : '###'), forwardingStated)),
    };
  }

  function buildCode(ix: Index, d: ErrorDefinition, page: Page, level: Markdown, forwardingStated: boolean): CodeView {
    const facts: Markdown[] = [];
    if (d.transport === 'http' && d.status !== null) {
      facts.push(statusFact(ix.model, { ...d, status: d.status }, forwardingStated));
      // An HTTP code may also arrive in events; the tables list it under
      // HTTP only, so its details say where else it is sent.
      if (d.events !== null) {
        const names = d.events.names.map((n) => inlineCode(n));
        facts.push(
          joinMarkdown(
            names.length === 0
              ? [trusted('**Also sent in events**, in '), inlineCode(d.events.field), trusted('.')]
              : [trusted('**Also sent in events:** '), inlineCode(d.events.field), trusted(' of '), listWords(names), trusted(' events.')],
            '',
          ),
        );
      }
    } else {
      const ev = d.events;
      facts.push(
        ev === null
          ? trusted('**Sent in:** events only, never as an HTTP response.')
          : joinMarkdown(
              [trusted('**Sent in:** '), inlineCode(ev.field), trusted(' of '), listWords(ev.names.map((n) => inlineCode(n))), trusted(' events, never as an HTTP response.')],
              '',
            ),
      );
    }
    facts.push(retryFact(model, d));
    // "Same as above": say which code is above, with a link (validation made sure it is the row above).
    if (d.sameAs !== null) {
      const target = ix.targets.get(d.sameAs);
      facts.push(joinMarkdown([trusted('**Described relative to:** '), target ? link(inlineCode(d.sameAs), ix.codeHref(target, page)) : inlineCode(d.sameAs), trusted(', the code above.')], ''));
    }
    if (d.aliases.length > 0) {
      const aliases = d.aliases.map((a) => {
        const anchor = ix.wireAnchors.get(a);
        return anchor === undefined ? inlineCode(a) : joinMarkdown([anchorTag(anchor), inlineCode(a)], '');
      });
      facts.push(joinMarkdown([trusted('**Also sent as:** '), listWords(aliases), trusted('. Handle them alike.')], ''));
    }
    if (d.since !== null) facts.push(joinMarkdown([trusted('**Since:** '), proseInline(d.since)], ''));
    // The extension fields the catalog asks the docs to show (docs.extensions), each a line: text as text, other JSON as code.
    for (const shown of model.docs.extensions) {
      const field = d.extensions.find((e) => e.name === shown.name);
      if (field === undefined) continue;
      const value = typeof field.value === 'string' ? proseInline(field.value) : inlineCode(JSON.stringify(field.value));
      facts.push(joinMarkdown([trusted('**'), proseInline(shown.label), trusted(':** '), value], ''));
    }
    if (d.guidance.length > 0) {
      const links = d.guidance.filter((g) => ix.guidanceTitles.has(g)).map((g) => link(proseInline(ix.guidanceTitles.get(g)!), ix.guidanceHref(g, page)));
      if (links.length > 0) facts.push(joinMarkdown([trusted('**See also:** '), listWords(links)], ''));
    }

    let deprecation: Markdown | null = null;
    if (d.deprecated) {
      const parts = [trusted('**Deprecated** since '), proseInline(d.deprecated.since), trusted('.')];
      const replacement = d.deprecated.replacement;
      if (replacement !== null) {
        const target = ix.targets.get(replacement);
        parts.push(trusted(' Use '), target ? link(inlineCode(replacement), ix.codeHref(target, page)) : inlineCode(replacement), trusted(' instead.'));
      }
      if (d.deprecated.reason !== null) parts.push(trusted(' '), proseInline(d.deprecated.reason));
      deprecation = joinMarkdown(parts, '');
    }

    let expansionsIntro: Markdown | null = null;
    let expansions: Markdown[] = [];
    if (d.family) {
      const parameter = ix.parameters.get(d.family.parameter);
      const titles = new Map(parameter?.values.map((v) => [v.value, v.title]) ?? []);
      expansionsIntro = joinMarkdown([trusted('One code per value of '), inlineCode(parameter?.placeholder ?? d.family.parameter), trusted(':')], '');
      expansions = d.family.values.map((value) => {
        const code = `${d.family!.prefix}${value}${d.family!.suffix}`;
        const anchor = ix.wireAnchors.get(code);
        const title = titles.get(value);
        const parts = anchor === undefined ? [inlineCode(code)] : [anchorTag(anchor), inlineCode(code)];
        if (title !== undefined && title !== value) parts.push(trusted(' ('), proseInline(title), trusted(')'));
        return joinMarkdown(parts, '');
      });
    }

    const meta = d.meta;
    const metaName = metaLabel(model);
    const metaTable =
      meta.kind === 'schema' && meta.ref === null && meta.properties.length > 0
        ? table(
            [trusted('Field'), trusted('Type'), trusted('Required'), trusted('Description')],
            metaRows(meta).map((p) => [cellCode(p.path), typeCell(p, page), trusted(p.required ? 'yes' : 'no'), p.description === null ? trusted('') : cellText(p.description)]),
          )
        : null;
    // Spread meta (RFC 9457 extension members) is several members, not one object.
    const spread = metaIsPlural(model);
    const present = (always: string, maybe: string): string => (meta.kind === 'schema' && meta.required ? always : maybe);
    const metaIntro =
      meta.kind === 'none'
        ? joinMarkdown([trusted('This error has no '), metaName, trusted('.')], '')
        : meta.ref !== null
          ? joinMarkdown([spread ? trusted('Its ') : trusted(''), metaName, trusted(present(spread ? ' are always present: the fields of ' : ' is always present, shaped as ', spread ? ' may be present: the fields of ' : ' may be present, shaped as ')), sharedLink(meta.ref, page), trusted('.')], '')
          : spread
          ? joinMarkdown([trusted('Its '), metaName, trusted(present(' are always present', ' may be present')), trusted(metaTable === null ? '; their shape is not described.' : ':')], '')
          : metaTable === null
            ? joinMarkdown([metaName, trusted(present(' is always present; its shape is not described.', ' may be present; its shape is not described.'))], '')
            : joinMarkdown([metaName, trusted(present(' is always present, with these fields:', ' may be present, with these fields:'))], '');

    let exampleIntro: Markdown;
    let example: Markdown | null;
    if (d.transport === 'http' && d.status !== null) {
      const body = model.envelope.body;
      // Declared headers have no value errcat knows, so the example shows the request id and Retry-After only.
      const headers = body.headers.flatMap((h) =>
        h.value === 'request_id' ? [`${h.name}: ${EXAMPLE_REQUEST_ID}`] : h.value === 'retry_after' && d.retry.afterSeconds !== null ? [`${h.name}: ${d.retry.afterSeconds}`] : [],
      );
      const http = [
        statusLine(model, d.status),
        `Content-Type: ${body.mediaType}`,
        ...headers,
        '',
        JSON.stringify(exampleBody(body, d, EXAMPLE_REQUEST_ID), null, 2),
      ].join('\n');
      exampleIntro = trusted('Example response:');
      example = codeBlock(http, 'http');
    } else {
      // Only the field that carries the code is known, not the event's
      // shape: say where the code goes, and show the message and meta.
      const ev = d.events;
      const where =
        ev === null || ev.names.length === 0
          ? [trusted('Example: the event carries '), inlineCode(d.example.code)]
          : [trusted('Example: in a '), inlineCode(ev.names[0]!), trusted(' event, '), inlineCode(ev.field), trusted(' is '), inlineCode(d.example.code)];
      exampleIntro = joinMarkdown([...where, trusted(', with the message “'), proseInline(d.example.message), trusted(d.example.meta !== null ? '” and this meta:' : /[.!?]$/.test(d.example.message.trim()) ? '”' : '”.')], '');
      example = d.example.meta === null ? null : codeBlock(JSON.stringify(d.example.meta, null, 2), 'json');
    }

    return {
      level,
      anchor: anchorTag(d.names.anchor),
      heading: inlineCode(d.displayCode),
      deprecation,
      description: proseText(asSentence(d.description)),
      facts,
      expansionsIntro,
      expansions,
      // The facts list follows the details.
      details: blockOrNull(d.details, level.length, ix.fragmentsFrom(page), markdownBlockBeforeList),
      meta: metaIntro,
      metaTable,
      exampleIntro,
      example,
    };
  }
}

function buildEnvelope(ix: Index, page: Page): EnvelopeView {
  const env = ix.model.envelope;
  const body = env.body;
  const memberRow = (m: BodyMember, beside: boolean): Markdown[] =>
    m.name === null
      ? [trusted('each meta field'), trusted('any'), cellText(m.description)]
      : [cellCode(memberPath(body, m, beside)), trusted(VALUE_TYPES[m.value]), cellText(m.description)];
  const rows: Markdown[][] = [...body.members.map((m) => memberRow(m, false)), ...body.envelopeMembers.map((m) => memberRow(m, true))];
  if (body.errorMember !== null && body.list) rows.unshift([cellCode(body.errorMember), trusted('array'), trusted('One error object or more, each with the members below.')]);
  const requestIdMember = [...body.members.map((m) => ({ m, beside: false })), ...body.envelopeMembers.map((m) => ({ m, beside: true }))].find(({ m }) => m.value === 'request_id');
  // application/json is what every client assumes; any other media type is worth a row.
  if (body.mediaType !== 'application/json') rows.push([trusted('Content-Type header'), trusted('string'), cellCode(body.mediaType)]);
  for (const h of body.headers) {
    const meaning =
      h.value === 'request_id' && requestIdMember
        ? joinMarkdown([trusted('The same value as '), cellCode(memberPath(body, requestIdMember.m, requestIdMember.beside)), trusted('.')], '')
        : cellText(h.description);
    rows.push([joinMarkdown([cellCode(h.name), trusted(' header')], ''), trusted(h.value === 'retry_after' ? 'integer' : 'string'), meaning]);
  }
  return {
    anchor: anchorTag(ENVELOPE_ANCHOR),
    description: blockOrNull(env.description, 2, ix.fragmentsFrom(page)),
    fields: table([trusted('Field'), trusted('Type'), trusted('Meaning')], rows),
    grammar: blockOrNull(env.codeGrammar, 2, ix.fragmentsFrom(page)),
  };
}

/**
 * The namespaces table, in section order. Namespaces of one section with
 * the same description share a row, as the reference groups brand.*,
 * media.* and the other object namespaces.
 */
function buildNamespaces(ix: Index, page: Page): Markdown {
  const bySection = new Map<string, NamespaceModel[]>();
  for (const n of ix.model.namespaces) {
    const list = bySection.get(n.section) ?? [];
    list.push(n);
    bySection.set(n.section, list);
  }
  const rows: Markdown[][] = [];
  for (const s of ix.model.sections) {
    const groups = groupRows(bySection.get(s.id) ?? [], (n) => n.description);
    for (const group of groups) {
      rows.push([
        joinMarkdown(group.map((n) => cellCode(namespacePattern(ix, n))), ', '),
        cellText(group[0]!.description),
        link(cellText(s.title), ix.sectionHref(s.id, page)),
      ]);
    }
  }
  return table([trusted('Namespace'), trusted('Meaning'), trusted('Section')], rows);
}

/**
 * How the table prints a namespace: always as a pattern, `platform.<name>.*`
 * when every code in it has a parameter (or one of its values) right after
 * the prefix, `auth.*` otherwise. Never as its one code, even where it has
 * only one today (the published reference writes `system.internal`): the
 * row says what the namespace holds, and a catalog's next code would make
 * the code a wrong answer.
 */
function namespacePattern(ix: Index, n: NamespaceModel): string {
  const split = ix.model.codeSyntax.split;
  // Only a separator syntax has segments a parameter can fill.
  if (split.kind !== 'separator') return n.wildcard;
  const sep = split.separator;
  const defs = n.codes.map((c) => ix.definitions.get(c)).filter((d): d is ErrorDefinition => d !== undefined);
  const depth = n.name.split(sep).length;
  const family = defs.find((d) => d.family && d.family.segmentIndex === depth)?.family;
  if (family) {
    const values = new Set(family.values);
    const parameter = ix.parameters.get(family.parameter);
    const all = defs.every((d) => (d.family ? d.family.parameter === family.parameter && d.family.segmentIndex === depth : values.has(d.code.split(sep)[depth] ?? '')));
    if (all && parameter) return `${n.name}${sep}${parameter.placeholder}${sep}*`;
  }
  return n.wildcard;
}

function buildGuidance(ix: Index, g: CatalogModel['guidance'][number], page: Page): GuidanceView {
  const covers = g.codes.map((code) => {
    const target = ix.targets.get(code);
    const definition = ix.definitions.get(code);
    const shown = inlineCode(definition ? definition.displayCode : code);
    if (target) return link(shown, ix.codeHref(target, page));
    const namespace = code.endsWith('*') ? ix.wildcards.get(code) : undefined;
    return namespace && ix.sections.has(namespace.section) ? link(shown, ix.sectionHref(namespace.section, page)) : shown;
  });
  return {
    level: trusted(page.kind === 'single' ? '###' : '##'),
    anchor: anchorTag(guidanceAnchor(g.id)),
    title: proseInline(g.title),
    body: blockOrNull(g.body, page.kind === 'single' ? 3 : 2, ix.fragmentsFrom(page)),
    covers: joinMarkdown([trusted('Applies to '), listWords(covers), trusted('.')], ''),
    samples: g.samples.map((s) => ({ title: s.title === null ? null : proseText(`${s.title}:`), code: codeBlock(s.code, s.language) })),
  };
}

export interface MetaRow {
  path: string;
  /** The model's short type, shown when the property's schema is not at hand. */
  type: string;
  schema: JsonSchema | null;
  required: boolean;
  description: string | null;
  /** The shared schema the field is (or lists), whose table its type links to. */
  shared: string | null;
}

/**
 * The meta table's rows: the model's top-level properties, each followed by
 * the properties nested in it (`meta.limits.min`, `meta.items[].id`), which
 * the model does not list but a reader needs. The schema was validated, so
 * its depth is bounded.
 */
/** What a member's value is, in the field table. */
const VALUE_TYPES: Readonly<Record<BodyValue, string>> = {
  code: 'string',
  message: 'string',
  meta: 'object',
  meta_members: 'any',
  details: 'array',
  status: 'integer',
  status_string: 'string',
  title: 'string',
  type: 'string',
  instance: 'string',
  request_id: 'string',
};

/** How the code details name where meta goes: `error.meta`, `error.details[0]`, or the spread members. */
function metaLabel(model: CatalogModel): Markdown {
  const body = model.envelope.body;
  const m = body.members.find((x) => x.value === 'meta' || x.value === 'details' || x.value === 'meta_members');
  if (m === undefined) return trusted('meta');
  if (m.value === 'meta_members') return trusted('meta members');
  return inlineCode(m.value === 'details' ? `${memberPath(body, m)}[0]` : memberPath(body, m));
}

function metaIsPlural(model: CatalogModel): boolean {
  return model.envelope.body.members.some((m) => m.value === 'meta_members');
}

function metaRows(meta: Extract<MetaModel, { kind: 'schema' }>): MetaRow[] {
  const rows: MetaRow[] = [];
  // A meta that is a shared schema as a whole has no table of its own: it links to that schema's.
  if (meta.ref !== null) return rows;
  const top = (meta.schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const p of meta.properties) {
    const schema = top[p.name];
    rows.push({ path: `meta.${p.name}`, type: p.type, schema: schema ?? null, required: p.required, description: p.description, shared: p.shared });
    if (schema) nestedRows(schema, `meta.${p.name}`, rows);
  }
  return rows;
}

export function nestedRows(schema: JsonSchema, at: string, rows: MetaRow[]): void {
  const items = schema.type === 'array' && isSchema(schema.items) ? schema.items : null;
  const object = items ?? schema;
  const prefix = items ? `${at}[]` : at;
  if (!isSchema(object.properties)) return;
  const required = Array.isArray(object.required) ? (object.required as unknown[]) : [];
  const properties = object.properties as Record<string, unknown>;
  // The model's order (normalization recorded it on every properties map).
  for (const name of keysInOrder(properties)) {
    const child = properties[name];
    if (!isSchema(child)) continue;
    rows.push({ path: `${prefix}.${name}`, type: describeType(child), schema: child, required: required.includes(name), description: typeof child.description === 'string' ? child.description : null, shared: sharedOfProperty(child) });
    nestedRows(child, `${prefix}.${name}`, rows);
  }
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field's type, linked to its shared schema's table when it is one. */
function typeCell(row: MetaRow, page: Page): Markdown {
  if (row.shared !== null) return link(cellCode(row.type), sharedHref(row.shared, page));
  return row.schema === null ? cellCode(row.type) : readableType(row.schema);
}

/** Groups items by key, groups in order of their first item. */
function groupRows<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** A table's code cell: each code links to its details, aliases follow their code. */
function codeCell(ix: Index, group: readonly ErrorDefinition[], page: Page): Markdown {
  const parts: Markdown[] = [];
  for (const d of group) {
    const own = link(cellCode(d.displayCode), ix.codeHref(ix.targets.get(d.code)!, page));
    parts.push(d.deprecated ? joinMarkdown([own, trusted(' (deprecated)')], '') : own);
    for (const alias of d.aliases) {
      const target = ix.targets.get(alias);
      parts.push(target ? link(cellCode(alias), ix.codeHref(target, page)) : cellCode(alias));
    }
  }
  return joinMarkdown(parts, ', ');
}

function eventsKey(d: ErrorDefinition): string {
  return d.events === null ? '' : `${d.events.names.join('\u0000')}\u0001${d.events.field}`;
}


function countWords(n: number): string {
  return n === 1 ? '1 code' : `${n} codes`;
}

/** `a`, `a and b`, `a, b and c`. */
function listWords(items: readonly Markdown[]): Markdown {
  if (items.length <= 1) return joinMarkdown(items, '');
  return joinMarkdown([joinMarkdown(items.slice(0, -1), ', '), items[items.length - 1]!], ' and ');
}

/**
 * A description as a sentence for running text: tables print it as the
 * catalog writes it (like the reference), details end it with a period.
 */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:;…)"'”’`]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Text with whitespace collapsed, to compare sentences written on different lines. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
