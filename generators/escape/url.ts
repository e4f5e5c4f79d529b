/**
 * The URL allow-list for every link and image errcat emits or passes
 * through from catalog Markdown: http, https and mailto, and relative
 * references (a path, a query, a fragment). Everything else (`javascript:`,
 * `data:`, `vbscript:`, `file:`, unknown schemes) is refused; the docs and
 * OpenAPI targets then print the link's text without the link, and validate
 * warns (`url-scheme-refused`).
 *
 * The URL is judged the way a browser would finally read it, so that no
 * spelling slips through: character references (`&#106;avascript:`) and
 * percent-encoding are decoded first, then, as the URL parser does, leading
 * controls and spaces are dropped and tabs and line breaks removed anywhere;
 * invisible characters are removed too. A scheme that is not a plain
 * ASCII word is refused rather than guessed.
 *
 * A problem type URI (RFC 9457 `type`) is an identifier first: it may be a
 * name that no client opens, a `urn:` or a `tag:` URI (RFC 9457 3.1.1
 * suggests tag URIs for types that are not meant to be dereferenced), so
 * those two schemes are allowed there too ({@link allowedTypeUri}). errcat
 * prints a type URI only as data (a JSON string, an OpenAPI `const` and
 * example, a TypeScript string), never as a link, whatever its scheme.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { UNSAFE_CHARACTERS } from './characters.js';

/** Schemes a reader may follow. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** Schemes of problem type URIs: what a reader may follow, and the URI schemes that only name (RFC 8141, RFC 4151). */
export const TYPE_URI_SCHEMES: readonly string[] = [...ALLOWED_SCHEMES, 'urn', 'tag'];

const REFERENCE = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

/** Decodes character references, as Markdown and HTML readers do (repeatedly: `&amp;#106;` is `&#106;` to a second reader). */
function decodeReferences(text: string): string {
  let previous: string;
  let out = text;
  let rounds = 0;
  do {
    previous = out;
    out = out.replace(REFERENCE, (whole, body: string) => {
      if (body[0] === '#') {
        const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
      }
      const named = decodeNamedCharacterReference(body);
      return named === false ? whole : named;
    });
  } while (out !== previous && ++rounds < 4);
  return out;
}

/** Decodes %XX sequences byte by byte; a sequence that is not UTF-8 is kept. */
function decodePercent(text: string): string {
  let previous: string;
  let out = text;
  let rounds = 0;
  do {
    previous = out;
    out = out.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      }
    });
  } while (out !== previous && ++rounds < 4);
  return out;
}

/**
 * True when a reader may follow `url`: its scheme, once decoded and cleaned
 * as a browser cleans it, is on {@link ALLOWED_SCHEMES}, or it has none.
 *
 * @example allowedUrl('https://example.com') // true
 * @example allowedUrl('&#106;avascript:alert(1)') // false
 * @example allowedUrl('#auth-invalid_key') // true
 */
export function allowedUrl(url: string): boolean {
  return schemeIn(url, ALLOWED_SCHEMES);
}

/**
 * True when `uri` may be a problem type: its scheme is one of
 * {@link TYPE_URI_SCHEMES}, judged as {@link allowedUrl} judges a link.
 *
 * @example allowedTypeUri('tag:example.com,2026:out-of-credit') // true
 * @example allowedTypeUri('javascript:alert(1)') // false
 */
export function allowedTypeUri(uri: string): boolean {
  return schemeIn(uri, TYPE_URI_SCHEMES);
}

function schemeIn(url: string, schemes: readonly string[]): boolean {
  const cleaned = decodePercent(decodeReferences(url))
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020]+/, '')
    .replace(/[\t\n\r]/g, '')
    .replace(UNSAFE_CHARACTERS, '');
  // The part before the first `/`, `?` or `#` holds the scheme, if any.
  const head = /^[^/?#]*/.exec(cleaned)![0];
  const colon = head.indexOf(':');
  if (colon < 0) return true;
  const scheme = head.slice(0, colon);
  return /^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme) && schemes.includes(scheme.toLowerCase());
}

/**
 * A URL as a Markdown link destination: every character that Markdown,
 * MDX or Prettier could read differently is percent-encoded (spaces,
 * brackets, parentheses, backslashes, quotes, non-ASCII), so the
 * destination is one plain token that every reader, and Prettier, keeps as
 * it is. An `&` that would start a character reference is encoded too.
 */
export function linkDestination(url: string): string {
  let out = '';
  for (const ch of url.replace(/&(?=#?[A-Za-z0-9]+;)/g, '%26')) {
    if (/[A-Za-z0-9\-._~:/?#@!$&'*+,;=]/.test(ch)) out += ch;
    else if (ch === '%') out += '%';
    else out += encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  // A `%` not followed by two hex digits is a literal percent sign.
  return out.replace(/%(?![0-9a-fA-F]{2})/g, '%25');
}
