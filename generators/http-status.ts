/**
 * HTTP reason phrases, for the docs' status facts and example status lines.
 * A fixed table rather than node:http's STATUS_CODES, which changes between
 * Node versions (413 became "Content Too Large") and knows none of the
 * non-standard statuses APIs send (nginx's 499, Cloudflare's 52x): output
 * must depend on the catalog and errcat's version only. A catalog names its
 * own (`docs.status_phrases`), which win over this table.
 */

/** RFC 9110 and the registered extensions (RFC 4918, 6585, 7725, 8297, 8470). */
const REGISTERED: ReadonlyArray<readonly [number, string]> = [
  [100, 'Continue'], [101, 'Switching Protocols'], [102, 'Processing'], [103, 'Early Hints'],
  [200, 'OK'], [201, 'Created'], [202, 'Accepted'], [203, 'Non-Authoritative Information'], [204, 'No Content'],
  [205, 'Reset Content'], [206, 'Partial Content'], [207, 'Multi-Status'], [208, 'Already Reported'], [226, 'IM Used'],
  [300, 'Multiple Choices'], [301, 'Moved Permanently'], [302, 'Found'], [303, 'See Other'], [304, 'Not Modified'],
  [305, 'Use Proxy'], [307, 'Temporary Redirect'], [308, 'Permanent Redirect'],
  [400, 'Bad Request'], [401, 'Unauthorized'], [402, 'Payment Required'], [403, 'Forbidden'], [404, 'Not Found'],
  [405, 'Method Not Allowed'], [406, 'Not Acceptable'], [407, 'Proxy Authentication Required'], [408, 'Request Timeout'],
  [409, 'Conflict'], [410, 'Gone'], [411, 'Length Required'], [412, 'Precondition Failed'], [413, 'Content Too Large'],
  [414, 'URI Too Long'], [415, 'Unsupported Media Type'], [416, 'Range Not Satisfiable'], [417, 'Expectation Failed'],
  [418, "I'm a teapot"], [421, 'Misdirected Request'], [422, 'Unprocessable Content'], [423, 'Locked'],
  [424, 'Failed Dependency'], [425, 'Too Early'], [426, 'Upgrade Required'], [428, 'Precondition Required'],
  [429, 'Too Many Requests'], [431, 'Request Header Fields Too Large'], [451, 'Unavailable For Legal Reasons'],
  [500, 'Internal Server Error'], [501, 'Not Implemented'], [502, 'Bad Gateway'], [503, 'Service Unavailable'],
  [504, 'Gateway Timeout'], [505, 'HTTP Version Not Supported'], [506, 'Variant Also Negotiates'],
  [507, 'Insufficient Storage'], [508, 'Loop Detected'], [510, 'Not Extended'], [511, 'Network Authentication Required'],
];

/**
 * Statuses that are in no registry but that servers, proxies and CDNs send
 * widely, under the phrase their origin gives them.
 */
const UNREGISTERED: ReadonlyArray<readonly [number, string]> = [
  [419, 'Page Expired'], // Laravel
  [420, 'Enhance Your Calm'], // Twitter API v1
  [440, 'Login Time-out'], // IIS
  [444, 'No Response'], // nginx
  [449, 'Retry With'], // IIS
  [494, 'Request Header Too Large'], // nginx
  [495, 'SSL Certificate Error'], // nginx
  [496, 'SSL Certificate Required'], // nginx
  [497, 'HTTP Request Sent to HTTPS Port'], // nginx
  [498, 'Invalid Token'], // Esri ArcGIS
  [499, 'Client Closed Request'], // nginx
  [509, 'Bandwidth Limit Exceeded'], // Apache, cPanel
  [520, 'Web Server Returned an Unknown Error'], // Cloudflare 52x
  [521, 'Web Server Is Down'],
  [522, 'Connection Timed Out'],
  [523, 'Origin Is Unreachable'],
  [524, 'A Timeout Occurred'],
  [525, 'SSL Handshake Failed'],
  [526, 'Invalid SSL Certificate'],
  [529, 'Site is overloaded'], // Qualys SSL Labs
  [598, 'Network Read Timeout Error'], // proxies
  [599, 'Network Connect Timeout Error'], // proxies
];

const KNOWN: ReadonlyMap<number, string> = new Map([...REGISTERED, ...UNREGISTERED]);

/** A catalog's own phrases (`docs.status_phrases`), ascending by status. */
export type StatusPhrases = readonly { readonly status: number; readonly phrase: string }[];

/** The reason phrase of a status: the catalog's, else the table's; null when neither knows it. */
export function reasonPhrase(status: number, own: StatusPhrases): string | null {
  return own.find((p) => p.status === status)?.phrase ?? KNOWN.get(status) ?? null;
}
