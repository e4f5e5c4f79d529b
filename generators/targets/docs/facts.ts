/**
 * The facts list of a code's details (status, retry advice) and the
 * section's status forwarding note, worded so that nothing is said twice:
 * a status that is its own fallback is named once, a forwarding rule the
 * section states is not repeated in each code's own words, and retry advice
 * leaves out what the code's description or details already say.
 */
import { joinMarkdown, proseInline, trusted, type Markdown } from '../../escape/markdown.js';
import { reasonPhrase } from '../../http-status.js';
import type { CatalogModel, ErrorDefinition } from '../../model.js';

/** `499 Client Closed Request`: the status and its reason phrase (the catalog's, else errcat's table), or the number alone. */
export function statusWords(model: CatalogModel, status: number): Markdown {
  const phrase = reasonPhrase(status, model.docs.statusPhrases);
  return phrase === null ? trusted(String(status)) : joinMarkdown([trusted(`${status} `), proseInline(phrase)], '');
}

/** The status line of an example response: `HTTP/1.1 499 Client Closed Request` (plain text, for a code block). */
export function statusLine(model: CatalogModel, status: number): string {
  const phrase = reasonPhrase(status, model.docs.statusPhrases);
  return `HTTP/1.1 ${status}${phrase === null ? '' : ` ${phrase}`}`;
}

/** The section's forwarding rule in errcat's words, when the catalog gives no note: plain text, for proseInline. */
export function forwardingRule(model: CatalogModel, fallback: number): string {
  const phrase = reasonPhrase(fallback, model.docs.statusPhrases);
  return `The upstream HTTP status is forwarded when possible; otherwise it is ${fallback}${phrase === null ? '' : ` ${phrase}`}.`;
}

/**
 * The status fact. `stated`: the section already states the forwarding
 * rule (its intro or its note), so the code only says that it applies.
 */
export function statusFact(model: CatalogModel, d: ErrorDefinition & { status: number }, stated: boolean): Markdown {
  const fact = statusOnly(model, d, stated);
  // The upstream statuses the code is declared to arrive with (status_forwarding.statuses): the OpenAPI responses list it under each.
  const declared = (d.statusForwarding?.statuses ?? []).filter((s) => s !== d.status && s !== d.statusForwarding?.fallback);
  if (declared.length === 0) return fact;
  const words = declared.map((s) => statusWords(model, s));
  return joinMarkdown([fact, trusted(' Forwarded, it may also arrive with '), joinMarkdown(words, ', '), trusted('.')], '');
}

function statusOnly(model: CatalogModel, d: ErrorDefinition & { status: number }, stated: boolean): Markdown {
  const status = statusWords(model, d.status);
  const rule = d.statusForwarding;
  if (rule === null) return joinMarkdown([trusted('**HTTP status:** '), status, trusted('.')], '');
  if (rule.note !== null && !stated) return joinMarkdown([trusted('**HTTP status:** '), status, trusted('. '), proseInline(rule.note)], '');
  if (rule.fallback === d.status) return joinMarkdown([trusted('**HTTP status:** '), status, trusted(", or the upstream's own status when it can be forwarded.")], '');
  return joinMarkdown([trusted('**HTTP status:** '), status, trusted(' as the upstream sent it; '), statusWords(model, rule.fallback), trusted(' when it cannot be forwarded.')], '');
}

/** The retry fact: the policy in words, the wait, and what the note adds to the description and details. */
export function retryFact(model: CatalogModel, d: ErrorDefinition): Markdown {
  // The policy's words are the catalog's (catalog.wording.retry) or errcat's neutral ones (normalize.ts): catalog text, so escaped.
  const words = model.wording.retry[d.retry.policy];
  const parts = [trusted('**Retry:** '), proseInline(words)];
  if (d.retry.afterSeconds !== null) parts.push(trusted(` Wait at least ${d.retry.afterSeconds} ${d.retry.afterSeconds === 1 ? 'second' : 'seconds'} first.`));
  const note = d.retry.note === null ? null : unsaid(d.retry.note, [d.description, d.details ?? '', words]);
  if (note !== null) parts.push(trusted(' '), proseInline(note));
  return joinMarkdown(parts, '');
}

/** Words of a text, lower-cased, for comparing what two texts say. */
function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Pronouns a restated clause may start with ("This does not…", "It does not…"). */
const LEADING_PRONOUN = /^(?:this|it|that|which) /;

/**
 * The clauses of `text` that none of `said` already says, word for word
 * (case, punctuation and a leading pronoun aside), or null when every
 * clause is said already. A clause ends at `.`, `!`, `?` or `;`. Only whole
 * clauses are dropped, never words out of one: what remains is the
 * author's text as written.
 *
 * @example unsaid('Upstream throttling; does not consume quota. Retry later.', ['This does not consume quota.']) // 'Upstream throttling. Retry later.'
 */
export function unsaid(text: string, said: readonly string[]): string | null {
  const known = said.map((s) => ` ${words(s)} `);
  const clauses = text.trim().split(/(?<=[.!?;])\s+/);
  const repeated = clauses.map((clause) => {
    const w = words(clause).replace(LEADING_PRONOUN, '');
    return w !== '' && known.some((k) => k.includes(` ${w} `));
  });
  if (!repeated.includes(true)) return text;
  const kept: string[] = [];
  clauses.forEach((clause, i) => {
    if (repeated[i]) return;
    // A clause that followed a dropped one now starts a sentence; one that preceded it with `;` now ends one.
    let c = i > 0 && repeated[i - 1] && /[;]$/.test(clauses[i - 1]!) ? clause.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase()) : clause;
    if (repeated[i + 1] === true || i === clauses.length - 1) c = c.replace(/;$/, '.');
    kept.push(c);
  });
  return kept.length === 0 ? null : kept.join(' ');
}
