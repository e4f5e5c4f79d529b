// @ts-nocheck
// Generated from catalog.schema.json by schema/compile-validator.ts, do not edit:
// UPDATE_GOLDEN=1 npx vitest run test/catalog-validator.test.ts rewrites it.
import { createRequire } from 'node:module';
import * as formatKeywords from './format-keywords.js';
// ajv's standalone code requires its small runtime helpers (ucs2length, equal).
const require = createRequire(import.meta.url);
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://errcat.dev/schema/catalog-1.json","title":"errcat catalog file","description":"One file of an errcat error catalog. A catalog is every *.yaml file in its folder; exactly one of them carries the `catalog` header. See catalog/README.md.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/$defs/extension"}},"properties":{"catalog":{"$ref":"#/$defs/header"},"namespace":{"description":"The namespace of every code in this file that does not name its own: for a code syntax that derives none (a file holding one section's codes), or to place a file's codes elsewhere. A code's own namespace wins.","$ref":"#/$defs/namespaceName"},"parameters":{"description":"Parameters that error code families expand over, by name. A family code names one in braces: carrier.{carrier}.rejected.","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"$ref":"#/$defs/parameter"}},"sections":{"description":"The chapters of the generated reference, in the order they are printed.","type":"array","items":{"$ref":"#/$defs/section"}},"schemas":{"description":"Shared meta schemas, by name (PascalCase: ErrorInfo): JSON Schema 2020-12 objects that codes' meta (and other shared schemas) refer to with $ref: '#/schemas/<name>'. Each is emitted once: one TypeScript type, one OpenAPI component schema, one docs table. See catalog/README.md, Shared meta schemas.","type":"object","propertyNames":{"pattern":"^[A-Z][A-Za-z0-9]{0,63}$"},"additionalProperties":{"description":"A JSON Schema 2020-12 object. $ref: '#/schemas/<name>' refers to another shared schema; '#' and '#/$defs/…' to this one.","type":"object"}},"namespaces":{"description":"Declared code namespaces. Under a separator syntax a code belongs to the longest declared prefix of it that ends at a separator (or is the whole code); under a prefix syntax to its first characters; otherwise to the namespace it names.","type":"object","propertyNames":{"$ref":"#/$defs/namespaceName"},"additionalProperties":{"$ref":"#/$defs/namespace"}},"codes":{"description":"Error codes by code, in the catalog's code syntax (catalog.code_syntax). A family code has one {parameter}.","type":"object","propertyNames":{"$ref":"#/$defs/codePattern"},"additionalProperties":{"$ref":"#/$defs/code"}},"guidance":{"description":"How-to guidance for clients, attached to the codes it covers.","type":"array","items":{"$ref":"#/$defs/guidance"}},"retired":{"description":"Codes that were sent once and are not any more. They stay reserved: no code, alias or family expansion may reuse one (retired-code-reused). errcat diff reports a removal recorded here as code-retired.","type":"array","items":{"$ref":"#/$defs/retiredCode"}}},"$defs":{"extension":{"description":"An extension field (a key starting with x-): any JSON value, carried into the model, the OpenAPI document (x-... on the code's schema), the TypeScript catalog data (extensions) and, when docs.extensions names it, the docs. See catalog/README.md, Extension fields."},"retiredCode":{"type":"object","additionalProperties":false,"required":["code","since"],"properties":{"code":{"description":"The code as it was sent (each alias or family expansion retired is listed).","$ref":"#/$defs/codeName"},"since":{"description":"The catalog version that retired it.","$ref":"#/$defs/version"},"replacement":{"$ref":"#/$defs/codeReference"},"reason":{"$ref":"#/$defs/text"}}},"identifier":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64},"segment":{"description":"A family parameter's value, as it appears in the codes it expands to.","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$","maxLength":64},"namespaceName":{"description":"A namespace: letters, digits and . _ - / : (billing, SNYK-CLI, 23, auth).","type":"string","pattern":"^[A-Za-z0-9._/:-]+$","maxLength":200},"code":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/$defs/extension"}},"required":["description","example"],"properties":{"status":{"$ref":"#/$defs/status"},"description":{"$ref":"#/$defs/text","description":"When the error occurs, one sentence."},"details":{"$ref":"#/$defs/markdown","description":"Longer Markdown explanation for the docs."},"transport":{"$ref":"#/$defs/transport"},"events":{"$ref":"#/$defs/events"},"meta":{"$ref":"#/$defs/meta"},"retry":{"$ref":"#/$defs/retry"},"status_forwarding":{"$ref":"#/$defs/statusForwarding"},"same_as":{"description":"The code this one's description is written relative to, as a reference says \"Same as above for ...\": it must be the code listed right above this one (same section and transport) in the catalog's order. The docs link it; TypeScript and OpenAPI, which have no \"above\", name it.","$ref":"#/$defs/codeReference"},"identifiers":{"description":"The code's values of the identifiers declared under catalog.identifiers; each value belongs to one code.","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"anyOf":[{"$ref":"#/$defs/shortText"},{"type":"integer"}]}},"namespace":{"description":"The code's namespace, for a code syntax that derives none (or to place the code elsewhere). Must be declared under namespaces.","$ref":"#/$defs/namespaceName"},"aliases":{"description":"Other codes that mean the same condition and may be sent instead of this one.","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/codeName"}},"since":{"$ref":"#/$defs/version"},"deprecated":{"$ref":"#/$defs/deprecation"},"type_uri":{"description":"The problem type URI of this code, for bodies with a type member (RFC 9457); by default the docs URL and anchor.","$ref":"#/$defs/uri"},"example":{"$ref":"#/$defs/example"}}},"codeName":{"description":"A code: letters, digits and . _ - / :, in the catalog's code syntax (checked by errcat validate, rule code-syntax).","type":"string","pattern":"^[A-Za-z0-9._/:-]+$","maxLength":200},"codePattern":{"description":"A code, or a family code with one {parameter} (carrier.{carrier}.rejected), in the catalog's code syntax.","type":"string","pattern":"^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$","maxLength":200},"codeReference":{"description":"A code, an alias or a family code of this catalog.","$ref":"#/$defs/codePattern"},"status":{"type":"integer","minimum":100,"maximum":599},"transport":{"description":"http: returned as an HTTP error response (needs status). event: only travels in the events stream (no status).","enum":["http","event"]},"events":{"description":"Events whose payload carries this code, and the field that carries it.","type":"object","additionalProperties":false,"required":["names","field"],"properties":{"names":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/shortText"}},"field":{"$ref":"#/$defs/shortText"}}},"meta":{"description":"JSON Schema (2020-12) of error.meta: an object schema, or a $ref to a shared schema ($ref: '#/schemas/ErrorInfo'). false: this code never carries meta.","oneOf":[{"const":false},{"type":"object","properties":{"extends":{"description":"inherited: add these properties and required names to the meta this code or namespace would inherit (its namespaces', then catalog.defaults'), instead of replacing it. See catalog/README.md, Defaults.","const":"inherited"}},"anyOf":[{"required":["extends"],"properties":{"extends":true}},{"required":["type"],"properties":{"type":{"const":"object"}}},{"required":["$ref"],"properties":{"$ref":{"type":"string","pattern":"^#/schemas/"}}}]}]},"retry":{"type":"object","additionalProperties":false,"required":["policy"],"properties":{"policy":{"description":"never: retrying cannot help. safe: retry any request. idempotent: retry idempotent requests only. backoff: retry later with exponential backoff. after_reset: not retryable until a limit resets (its window or period ends). after_action: retry only after someone acts on the cause.","enum":["never","safe","idempotent","backoff","after_reset","after_action"]},"after_seconds":{"type":"integer","minimum":1,"maximum":31536000},"note":{"$ref":"#/$defs/text"}}},"statusForwarding":{"description":"The status of an upstream response is forwarded when possible; otherwise fallback is sent.","type":"object","additionalProperties":false,"required":["fallback"],"properties":{"fallback":{"$ref":"#/$defs/status"},"statuses":{"description":"The upstream statuses the code may be forwarded with, such as [401, 403]. The OpenAPI response of each of these statuses lists the code, so a client validating a 403 accepts it. Adding one widens what clients may receive: errcat diff reports it as breaking.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/status"}},"note":{"$ref":"#/$defs/text"}}},"deprecation":{"type":"object","additionalProperties":false,"required":["since"],"properties":{"since":{"$ref":"#/$defs/version"},"replacement":{"$ref":"#/$defs/codeReference"},"reason":{"$ref":"#/$defs/text"}}},"example":{"type":"object","additionalProperties":false,"required":["message"],"properties":{"message":{"$ref":"#/$defs/text"},"meta":{"type":"object"},"params":{"description":"For a family code: the parameter values of the example.","type":"object","additionalProperties":{"$ref":"#/$defs/segment"}}}},"version":{"type":"string","pattern":"^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"},"text":{"type":"string","minLength":1,"maxLength":4000,"x-errcat-text":true},"shortText":{"type":"string","minLength":1,"maxLength":200,"x-errcat-text":true},"markdown":{"type":"string","minLength":1,"maxLength":100000,"x-errcat-text":true,"x-errcat-markdown":true},"uri":{"type":"string","pattern":"^[a-z][a-z0-9+.-]*:[^\\s<>\"`{}|\\\\^]+$","maxLength":500},"memberName":{"type":"string","pattern":"^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"},"headerName":{"type":"string","pattern":"^[A-Za-z0-9-]{1,64}$"},"bodyMember":{"description":"One member of the error object or of the body around it: its name and what it carries.","type":"object","additionalProperties":false,"required":["value"],"properties":{"name":{"description":"The JSON member name. Not for meta_members, whose properties become members under their own names.","$ref":"#/$defs/memberName"},"value":{"description":"What the member carries: code, message, meta (the meta object), meta_members (the meta's properties spread into the object), details (an array holding the meta, or empty), status or status_string (the HTTP status), title (the code's description), type (the problem type URI), instance (a URI of this occurrence), request_id.","enum":["code","message","meta","meta_members","details","status","status_string","title","type","instance","request_id"]},"required":{"description":"Always present. Default: true, and false for instance; not for code and the meta values, whose presence is fixed.","type":"boolean"},"description":{"description":"Describes the member in the docs and OpenAPI. Default: envelope.fields, else a neutral one.","$ref":"#/$defs/text"}},"if":{"properties":{"value":{"const":"meta_members"}}},"then":{"properties":{"name":false}},"else":{"properties":{"name":true},"required":["name"]}},"body":{"description":"The error body the API sends: a preset (rfc9457, jsonapi) or the custom form (members). See catalog/README.md, The error body.","type":"object","additionalProperties":false,"properties":{"preset":{"description":"A built-in body: rfc9457 (problem details, application/problem+json: type, title, status, detail, instance, the code and the meta as extension members) or jsonapi (JSON:API errors, application/vnd.api+json: {errors: [{status, code, title, detail, meta}]}). Without it, the custom form: members.","enum":["rfc9457","jsonapi"]},"media_type":{"description":"The Content-Type of error responses. Default: the preset's (application/problem+json, application/vnd.api+json), else application/json.","type":"string","pattern":"^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$"},"error_member":{"description":"Custom form: the body member that holds the error object (error in {error: {...}}). Without it the body is the error object itself.","$ref":"#/$defs/memberName"},"list":{"description":"Custom form: error_member holds a non-empty array of error objects, several errors per response.","type":"boolean"},"members":{"description":"Custom form: the error object's members, in order. Exactly one carries the code; each value at most once.","type":"array","minItems":1,"items":{"$ref":"#/$defs/bodyMember"}},"envelope_members":{"description":"Custom form: members beside error_member (request_id, status, status_string). Needs error_member.","type":"array","items":{"$ref":"#/$defs/bodyMember"}},"code_member":{"description":"rfc9457: the extension member that carries the code. Default: code.","$ref":"#/$defs/memberName"},"request_id_member":{"description":"rfc9457: an extension member that carries the request id.","$ref":"#/$defs/memberName"},"type_base":{"description":"rfc9457: a code's problem type URI is this followed by its docs anchor, unless the code declares type_uri. Default: docs.base_url and #.","$ref":"#/$defs/uri"},"retry_after_header":{"description":"Send Retry-After (seconds) with the codes whose retry advice has after_seconds.","type":"boolean"},"headers":{"description":"Other response headers the API sends with its errors.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","description"],"properties":{"name":{"description":"The header name, such as X-RateLimit-Remaining.","$ref":"#/$defs/headerName"},"description":{"description":"What the header carries.","$ref":"#/$defs/text"},"required":{"description":"Sent with every error response. Default: false.","type":"boolean"}}}}}},"header":{"description":"The catalog's identity. Exactly one file of a catalog has it.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/$defs/extension"}},"required":["id","title","version","package","envelope"],"properties":{"id":{"$ref":"#/$defs/identifier"},"title":{"$ref":"#/$defs/shortText"},"version":{"$ref":"#/$defs/version"},"description":{"$ref":"#/$defs/text"},"package":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$","maxLength":214},"description":{"$ref":"#/$defs/text"},"license":{"$ref":"#/$defs/shortText"}}},"docs":{"type":"object","additionalProperties":false,"properties":{"title":{"$ref":"#/$defs/shortText"},"intro":{"$ref":"#/$defs/markdown"},"base_url":{"type":"string","pattern":"^https://[^\\s<>\"'`]+$","maxLength":500},"extensions":{"description":"Extension fields of codes that the docs show, by name, each with the label its line in a code's details starts with (x-owner: Owner). Lines are sorted by name.","type":"object","propertyNames":{"pattern":"^x-"},"additionalProperties":{"$ref":"#/$defs/shortText"}},"status_phrases":{"description":"Reason phrases for statuses, printed after the number in the docs (\"499 Client Closed Request\"). They win over errcat's table, which knows the registered statuses and common unregistered ones (nginx 499, Cloudflare 52x).","type":"object","propertyNames":{"pattern":"^[1-5][0-9][0-9]$"},"additionalProperties":{"allOf":[{"$ref":"#/$defs/shortText"},{"description":"One line: it is printed in an HTTP status line.","type":"string","pattern":"^[^\\r\\n\\u0085\\u2028\\u2029]*$"}]}},"front_matter":{"description":"Write YAML front matter at the top of every docs page, for docs sites (Docusaurus, VitePress, Starlight): title, description and sidebar order. {} writes titles only.","type":"object","additionalProperties":false,"properties":{"description":{"description":"The pages' description (meta description, search snippets). Default: the catalog's description.","$ref":"#/$defs/text"},"sidebar_position":{"description":"The reference's place in the site's sidebar; the guidance page comes next, and section pages are numbered 1, 2, ... in their folder.","type":"integer","minimum":0,"maximum":100000},"sidebar_key":{"description":"The front matter key the sidebar position is written under: sidebar_position (Docusaurus, the default), order, or a nested key such as sidebar.order (Starlight).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)?$","maxLength":64}}}}},"envelope":{"description":"The error responses: their body (body), the request-id header and descriptions of the fields.","type":"object","additionalProperties":false,"if":{"properties":{"body":false}},"then":{"properties":{"request_id_header":true},"required":["request_id_header"]},"properties":{"description":{"description":"The error body's shape in words, with an example, for the docs.","$ref":"#/$defs/markdown"},"body":{"description":"The error body the API sends; see catalog/README.md, The error body. Without it, errcat's classic {error: {code, message, meta}, request_id} as application/json.","$ref":"#/$defs/body"},"request_id_header":{"description":"The response header that carries the request id. Required without a body, which then is errcat's classic {error: {code, message, meta}, request_id}.","$ref":"#/$defs/headerName"},"fields":{"description":"Descriptions of the envelope's fields.","type":"object","additionalProperties":false,"properties":{"code":{"$ref":"#/$defs/text"},"message":{"$ref":"#/$defs/text"},"meta":{"$ref":"#/$defs/text"},"request_id":{"$ref":"#/$defs/text"}}},"code_grammar":{"description":"How clients should read and match codes, for the docs and the OpenAPI code enum.","$ref":"#/$defs/markdown"}}},"code_syntax":{"description":"What the codes look like (a pattern) and how a code splits into its namespace (a separator or a prefix length). Without it: dot-separated lower-case segments. See catalog/README.md, code_syntax.","$ref":"#/$defs/codeSyntax"},"order":{"description":"The order of every list a reader sees: docs rows and details, OpenAPI oneOf lists and properties, TypeScript unions and meta members. authored (the default): sections in declared order; in a section, codes in file load order (paths by code unit) and as each file writes them; meta properties, namespaces, parameters and aliases as written. code: by code unit (families first in a section).","enum":["authored","code"]},"wording":{"description":"errcat's own words in the generated docs, where a catalog wants its API's terms instead of the neutral defaults.","type":"object","additionalProperties":false,"properties":{"retry":{"description":"What the docs print after \"Retry:\" for each retry policy, before a code's own note. Defaults are neutral: after_action reads \"Only after someone acts on the cause.\"","type":"object","additionalProperties":false,"properties":{"never":{"$ref":"#/$defs/shortText"},"safe":{"$ref":"#/$defs/shortText"},"idempotent":{"$ref":"#/$defs/shortText"},"backoff":{"$ref":"#/$defs/shortText"},"after_reset":{"$ref":"#/$defs/shortText"},"after_action":{"$ref":"#/$defs/shortText"}}}}},"identifiers":{"description":"Second identifiers codes carry (a gRPC number, a SQLSTATE, a legacy code, an exit code), by name, in the order the docs print them.","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"description":"The docs column heading, such as SQLSTATE.","$ref":"#/$defs/shortText"},"type":{"description":"string (the default) or integer.","enum":["string","integer"]},"description":{"description":"What the identifier is, for the docs.","$ref":"#/$defs/text"}}}},"defaults":{"description":"Catalog-wide defaults; a namespace's own value wins, and a code's own value wins over both.","type":"object","additionalProperties":false,"properties":{"meta":{"$ref":"#/$defs/meta"},"retry":{"$ref":"#/$defs/retry"}}}}},"codeSyntax":{"description":"What the catalog's codes look like and how a code splits into its namespace and the rest. Without it: lower-case segments joined by '.', at least two (auth.invalid_key). With neither separator nor prefix_length, every code names its namespace.","type":"object","additionalProperties":false,"required":["description"],"dependentSchemas":{"separator":{"properties":{"prefix_length":false}}},"properties":{"description":{"description":"The rule in words; diagnostics quote it.","$ref":"#/$defs/text"},"pattern":{"description":"A regular expression (RE2 syntax: no backreferences or lookaround) every code, alias and family expansion matches in full.","type":"string","minLength":1,"maxLength":1000},"separator":{"description":"The namespace is a declared prefix of the code ending before this character.","enum":[".","-","/","_"]},"prefix_length":{"description":"The namespace is the code's first characters, as SQLSTATE's two-character class.","type":"integer","minimum":1,"maximum":64},"name_prefix":{"description":"Put before derived constant and type names that would start with a digit (default Code: 23505 gives CODE_23505).","type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*$","maxLength":32},"anchor_prefix":{"description":"Put before every code's docs anchor (error- gives #error-23505); none by default.","type":"string","pattern":"^[a-z][a-z0-9_]*(-[a-z0-9_]+)*-?$","maxLength":32}}},"parameter":{"type":"object","additionalProperties":false,"required":["values"],"properties":{"description":{"$ref":"#/$defs/text"},"placeholder":{"description":"How docs print the parameter in a code, such as <name>.","$ref":"#/$defs/shortText"},"values":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"$ref":"#/$defs/segment"},"title":{"$ref":"#/$defs/shortText"}}}}}},"section":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/$defs/extension"}},"required":["id","title"],"properties":{"id":{"$ref":"#/$defs/identifier"},"title":{"$ref":"#/$defs/shortText"},"intro":{"$ref":"#/$defs/markdown"},"outro":{"$ref":"#/$defs/markdown"}}},"namespace":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/$defs/extension"}},"required":["description"],"properties":{"description":{"$ref":"#/$defs/text"},"section":{"$ref":"#/$defs/identifier"},"transport":{"$ref":"#/$defs/transport"},"events":{"$ref":"#/$defs/events"},"meta":{"$ref":"#/$defs/meta"},"retry":{"$ref":"#/$defs/retry"},"status_forwarding":{"$ref":"#/$defs/statusForwarding"}}},"guidance":{"type":"object","additionalProperties":false,"required":["id","title","codes","body"],"properties":{"id":{"$ref":"#/$defs/identifier"},"title":{"$ref":"#/$defs/shortText"},"codes":{"description":"Codes, family codes or namespace patterns (billing.*) this guidance covers.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+\\*?$","maxLength":200}},"body":{"$ref":"#/$defs/markdown"},"samples":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["language","code"],"properties":{"language":{"type":"string","pattern":"^[a-z0-9+#-]{1,32}$"},"title":{"$ref":"#/$defs/shortText"},"code":{"type":"string","minLength":1,"maxLength":100000}}}}}}}};
const schema76 = {"description":"A namespace: letters, digits and . _ - / : (billing, SNYK-CLI, 23, auth).","type":"string","pattern":"^[A-Za-z0-9._/:-]+$","maxLength":200};
const schema33 = {"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64};
const schema102 = {"description":"A code, or a family code with one {parameter} (carrier.{carrier}.rejected), in the catalog's code syntax.","type":"string","pattern":"^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$","maxLength":200};
const schema75 = {"description":"An extension field (a key starting with x-): any JSON value, carried into the model, the OpenAPI document (x-... on the code's schema), the TypeScript catalog data (extensions) and, when docs.extensions names it, the docs. See catalog/README.md, Extension fields."};
const func1 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^x-", "u");
const pattern27 = new RegExp("^[A-Za-z0-9._/:-]+$", "u");
const pattern6 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const pattern33 = new RegExp("^[A-Z][A-Za-z0-9]{0,63}$", "u");
const pattern38 = new RegExp("^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$", "u");
const schema32 = {"description":"The catalog's identity. Exactly one file of a catalog has it.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/$defs/extension"}},"required":["id","title","version","package","envelope"],"properties":{"id":{"$ref":"#/$defs/identifier"},"title":{"$ref":"#/$defs/shortText"},"version":{"$ref":"#/$defs/version"},"description":{"$ref":"#/$defs/text"},"package":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$","maxLength":214},"description":{"$ref":"#/$defs/text"},"license":{"$ref":"#/$defs/shortText"}}},"docs":{"type":"object","additionalProperties":false,"properties":{"title":{"$ref":"#/$defs/shortText"},"intro":{"$ref":"#/$defs/markdown"},"base_url":{"type":"string","pattern":"^https://[^\\s<>\"'`]+$","maxLength":500},"extensions":{"description":"Extension fields of codes that the docs show, by name, each with the label its line in a code's details starts with (x-owner: Owner). Lines are sorted by name.","type":"object","propertyNames":{"pattern":"^x-"},"additionalProperties":{"$ref":"#/$defs/shortText"}},"status_phrases":{"description":"Reason phrases for statuses, printed after the number in the docs (\"499 Client Closed Request\"). They win over errcat's table, which knows the registered statuses and common unregistered ones (nginx 499, Cloudflare 52x).","type":"object","propertyNames":{"pattern":"^[1-5][0-9][0-9]$"},"additionalProperties":{"allOf":[{"$ref":"#/$defs/shortText"},{"description":"One line: it is printed in an HTTP status line.","type":"string","pattern":"^[^\\r\\n\\u0085\\u2028\\u2029]*$"}]}},"front_matter":{"description":"Write YAML front matter at the top of every docs page, for docs sites (Docusaurus, VitePress, Starlight): title, description and sidebar order. {} writes titles only.","type":"object","additionalProperties":false,"properties":{"description":{"description":"The pages' description (meta description, search snippets). Default: the catalog's description.","$ref":"#/$defs/text"},"sidebar_position":{"description":"The reference's place in the site's sidebar; the guidance page comes next, and section pages are numbered 1, 2, ... in their folder.","type":"integer","minimum":0,"maximum":100000},"sidebar_key":{"description":"The front matter key the sidebar position is written under: sidebar_position (Docusaurus, the default), order, or a nested key such as sidebar.order (Starlight).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)?$","maxLength":64}}}}},"envelope":{"description":"The error responses: their body (body), the request-id header and descriptions of the fields.","type":"object","additionalProperties":false,"if":{"properties":{"body":false}},"then":{"properties":{"request_id_header":true},"required":["request_id_header"]},"properties":{"description":{"description":"The error body's shape in words, with an example, for the docs.","$ref":"#/$defs/markdown"},"body":{"description":"The error body the API sends; see catalog/README.md, The error body. Without it, errcat's classic {error: {code, message, meta}, request_id} as application/json.","$ref":"#/$defs/body"},"request_id_header":{"description":"The response header that carries the request id. Required without a body, which then is errcat's classic {error: {code, message, meta}, request_id}.","$ref":"#/$defs/headerName"},"fields":{"description":"Descriptions of the envelope's fields.","type":"object","additionalProperties":false,"properties":{"code":{"$ref":"#/$defs/text"},"message":{"$ref":"#/$defs/text"},"meta":{"$ref":"#/$defs/text"},"request_id":{"$ref":"#/$defs/text"}}},"code_grammar":{"description":"How clients should read and match codes, for the docs and the OpenAPI code enum.","$ref":"#/$defs/markdown"}}},"code_syntax":{"description":"What the codes look like (a pattern) and how a code splits into its namespace (a separator or a prefix length). Without it: dot-separated lower-case segments. See catalog/README.md, code_syntax.","$ref":"#/$defs/codeSyntax"},"order":{"description":"The order of every list a reader sees: docs rows and details, OpenAPI oneOf lists and properties, TypeScript unions and meta members. authored (the default): sections in declared order; in a section, codes in file load order (paths by code unit) and as each file writes them; meta properties, namespaces, parameters and aliases as written. code: by code unit (families first in a section).","enum":["authored","code"]},"wording":{"description":"errcat's own words in the generated docs, where a catalog wants its API's terms instead of the neutral defaults.","type":"object","additionalProperties":false,"properties":{"retry":{"description":"What the docs print after \"Retry:\" for each retry policy, before a code's own note. Defaults are neutral: after_action reads \"Only after someone acts on the cause.\"","type":"object","additionalProperties":false,"properties":{"never":{"$ref":"#/$defs/shortText"},"safe":{"$ref":"#/$defs/shortText"},"idempotent":{"$ref":"#/$defs/shortText"},"backoff":{"$ref":"#/$defs/shortText"},"after_reset":{"$ref":"#/$defs/shortText"},"after_action":{"$ref":"#/$defs/shortText"}}}}},"identifiers":{"description":"Second identifiers codes carry (a gRPC number, a SQLSTATE, a legacy code, an exit code), by name, in the order the docs print them.","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"description":"The docs column heading, such as SQLSTATE.","$ref":"#/$defs/shortText"},"type":{"description":"string (the default) or integer.","enum":["string","integer"]},"description":{"description":"What the identifier is, for the docs.","$ref":"#/$defs/text"}}}},"defaults":{"description":"Catalog-wide defaults; a namespace's own value wins, and a code's own value wins over both.","type":"object","additionalProperties":false,"properties":{"meta":{"$ref":"#/$defs/meta"},"retry":{"$ref":"#/$defs/retry"}}}}};
const schema34 = {"type":"string","minLength":1,"maxLength":200,"x-errcat-text":true};
const schema35 = {"type":"string","pattern":"^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"};
const schema36 = {"type":"string","minLength":1,"maxLength":4000,"x-errcat-text":true};
const schema40 = {"type":"string","minLength":1,"maxLength":100000,"x-errcat-text":true,"x-errcat-markdown":true};
const schema53 = {"type":"string","pattern":"^[A-Za-z0-9-]{1,64}$"};
const func6 = formatKeywords.textShows;
const func23 = formatKeywords.markdownMet;
const pattern7 = new RegExp("^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$", "u");
const pattern8 = new RegExp("^(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$", "u");
const pattern9 = new RegExp("^https://[^\\s<>\"'`]+$", "u");
const pattern11 = new RegExp("^[1-5][0-9][0-9]$", "u");
const pattern12 = new RegExp("^[^\\r\\n\\u0085\\u2028\\u2029]*$", "u");
const pattern13 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)?$", "u");
const pattern20 = new RegExp("^[A-Za-z0-9-]{1,64}$", "u");
const schema45 = {"description":"The error body the API sends: a preset (rfc9457, jsonapi) or the custom form (members). See catalog/README.md, The error body.","type":"object","additionalProperties":false,"properties":{"preset":{"description":"A built-in body: rfc9457 (problem details, application/problem+json: type, title, status, detail, instance, the code and the meta as extension members) or jsonapi (JSON:API errors, application/vnd.api+json: {errors: [{status, code, title, detail, meta}]}). Without it, the custom form: members.","enum":["rfc9457","jsonapi"]},"media_type":{"description":"The Content-Type of error responses. Default: the preset's (application/problem+json, application/vnd.api+json), else application/json.","type":"string","pattern":"^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$"},"error_member":{"description":"Custom form: the body member that holds the error object (error in {error: {...}}). Without it the body is the error object itself.","$ref":"#/$defs/memberName"},"list":{"description":"Custom form: error_member holds a non-empty array of error objects, several errors per response.","type":"boolean"},"members":{"description":"Custom form: the error object's members, in order. Exactly one carries the code; each value at most once.","type":"array","minItems":1,"items":{"$ref":"#/$defs/bodyMember"}},"envelope_members":{"description":"Custom form: members beside error_member (request_id, status, status_string). Needs error_member.","type":"array","items":{"$ref":"#/$defs/bodyMember"}},"code_member":{"description":"rfc9457: the extension member that carries the code. Default: code.","$ref":"#/$defs/memberName"},"request_id_member":{"description":"rfc9457: an extension member that carries the request id.","$ref":"#/$defs/memberName"},"type_base":{"description":"rfc9457: a code's problem type URI is this followed by its docs anchor, unless the code declares type_uri. Default: docs.base_url and #.","$ref":"#/$defs/uri"},"retry_after_header":{"description":"Send Retry-After (seconds) with the codes whose retry advice has after_seconds.","type":"boolean"},"headers":{"description":"Other response headers the API sends with its errors.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","description"],"properties":{"name":{"description":"The header name, such as X-RateLimit-Remaining.","$ref":"#/$defs/headerName"},"description":{"description":"What the header carries.","$ref":"#/$defs/text"},"required":{"description":"Sent with every error response. Default: false.","type":"boolean"}}}}}};
const schema46 = {"type":"string","pattern":"^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"};
const schema52 = {"type":"string","pattern":"^[a-z][a-z0-9+.-]*:[^\\s<>\"`{}|\\\\^]+$","maxLength":500};
const pattern14 = new RegExp("^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$", "u");
const pattern15 = new RegExp("^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$", "u");
const pattern19 = new RegExp("^[a-z][a-z0-9+.-]*:[^\\s<>\"`{}|\\\\^]+$", "u");
const schema47 = {"description":"One member of the error object or of the body around it: its name and what it carries.","type":"object","additionalProperties":false,"required":["value"],"properties":{"name":{"description":"The JSON member name. Not for meta_members, whose properties become members under their own names.","$ref":"#/$defs/memberName"},"value":{"description":"What the member carries: code, message, meta (the meta object), meta_members (the meta's properties spread into the object), details (an array holding the meta, or empty), status or status_string (the HTTP status), title (the code's description), type (the problem type URI), instance (a URI of this occurrence), request_id.","enum":["code","message","meta","meta_members","details","status","status_string","title","type","instance","request_id"]},"required":{"description":"Always present. Default: true, and false for instance; not for code and the meta values, whose presence is fixed.","type":"boolean"},"description":{"description":"Describes the member in the docs and OpenAPI. Default: envelope.fields, else a neutral one.","$ref":"#/$defs/text"}},"if":{"properties":{"value":{"const":"meta_members"}}},"then":{"properties":{"name":false}},"else":{"properties":{"name":true},"required":["name"]}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value !== undefined){
if("meta_members" !== data.value){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/then/properties/name/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.name = true;
props0.value = true;
}
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.name = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "value")) || (key0 === "required")) || (key0 === "description"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(!pattern15.test(data2)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/memberName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/memberName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.value !== undefined){
let data3 = data.value;
if(!(((((((((((data3 === "code") || (data3 === "message")) || (data3 === "meta")) || (data3 === "meta_members")) || (data3 === "details")) || (data3 === "status")) || (data3 === "status_string")) || (data3 === "title")) || (data3 === "type")) || (data3 === "instance")) || (data3 === "request_id"))){
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/enum",keyword:"enum",params:{allowedValues: schema47.properties.value.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err9 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if(typeof data5 === "string"){
if(func3(data5) > 4000){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data5) < 1){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!func6(data5)){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema45.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.preset !== undefined){
let data0 = data.preset;
if(!((data0 === "rfc9457") || (data0 === "jsonapi"))){
const err1 = {instancePath:instancePath+"/preset",schemaPath:"#/properties/preset/enum",keyword:"enum",params:{allowedValues: schema45.properties.preset.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.media_type !== undefined){
let data1 = data.media_type;
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
const err2 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.error_member !== undefined){
let data2 = data.error_member;
if(typeof data2 === "string"){
if(!pattern15.test(data2)){
const err4 = {instancePath:instancePath+"/error_member",schemaPath:"#/$defs/memberName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/error_member",schemaPath:"#/$defs/memberName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.list !== undefined){
if(typeof data.list !== "boolean"){
const err6 = {instancePath:instancePath+"/list",schemaPath:"#/properties/list/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.members !== undefined){
let data4 = data.members;
if(Array.isArray(data4)){
if(data4.length < 1){
const err7 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data4[i0], {instancePath:instancePath+"/members/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.envelope_members !== undefined){
let data6 = data.envelope_members;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data6[i1], {instancePath:instancePath+"/envelope_members/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/envelope_members",schemaPath:"#/properties/envelope_members/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.code_member !== undefined){
let data8 = data.code_member;
if(typeof data8 === "string"){
if(!pattern15.test(data8)){
const err10 = {instancePath:instancePath+"/code_member",schemaPath:"#/$defs/memberName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/code_member",schemaPath:"#/$defs/memberName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.request_id_member !== undefined){
let data9 = data.request_id_member;
if(typeof data9 === "string"){
if(!pattern15.test(data9)){
const err12 = {instancePath:instancePath+"/request_id_member",schemaPath:"#/$defs/memberName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/request_id_member",schemaPath:"#/$defs/memberName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.type_base !== undefined){
let data10 = data.type_base;
if(typeof data10 === "string"){
if(func3(data10) > 500){
const err14 = {instancePath:instancePath+"/type_base",schemaPath:"#/$defs/uri/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern19.test(data10)){
const err15 = {instancePath:instancePath+"/type_base",schemaPath:"#/$defs/uri/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9+.-]*:[^\\s<>\"`{}|\\\\^]+$"},message:"must match pattern \""+"^[a-z][a-z0-9+.-]*:[^\\s<>\"`{}|\\\\^]+$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/type_base",schemaPath:"#/$defs/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.retry_after_header !== undefined){
if(typeof data.retry_after_header !== "boolean"){
const err17 = {instancePath:instancePath+"/retry_after_header",schemaPath:"#/properties/retry_after_header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.headers !== undefined){
let data12 = data.headers;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.name === undefined){
const err18 = {instancePath:instancePath+"/headers/" + i2,schemaPath:"#/properties/headers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data13.description === undefined){
const err19 = {instancePath:instancePath+"/headers/" + i2,schemaPath:"#/properties/headers/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data13){
if(!(((key1 === "name") || (key1 === "description")) || (key1 === "required"))){
const err20 = {instancePath:instancePath+"/headers/" + i2,schemaPath:"#/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data13.name !== undefined){
let data14 = data13.name;
if(typeof data14 === "string"){
if(!pattern20.test(data14)){
const err21 = {instancePath:instancePath+"/headers/" + i2+"/name",schemaPath:"#/$defs/headerName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/headers/" + i2+"/name",schemaPath:"#/$defs/headerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data13.description !== undefined){
let data15 = data13.description;
if(typeof data15 === "string"){
if(func3(data15) > 4000){
const err23 = {instancePath:instancePath+"/headers/" + i2+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func3(data15) < 1){
const err24 = {instancePath:instancePath+"/headers/" + i2+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!func6(data15)){
const err25 = {instancePath:instancePath+"/headers/" + i2+"/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/headers/" + i2+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.required !== undefined){
if(typeof data13.required !== "boolean"){
const err27 = {instancePath:instancePath+"/headers/" + i2+"/required",schemaPath:"#/properties/headers/items/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/headers/" + i2,schemaPath:"#/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema61 = {"description":"What the catalog's codes look like and how a code splits into its namespace and the rest. Without it: lower-case segments joined by '.', at least two (auth.invalid_key). With neither separator nor prefix_length, every code names its namespace.","type":"object","additionalProperties":false,"required":["description"],"dependentSchemas":{"separator":{"properties":{"prefix_length":false}}},"properties":{"description":{"description":"The rule in words; diagnostics quote it.","$ref":"#/$defs/text"},"pattern":{"description":"A regular expression (RE2 syntax: no backreferences or lookaround) every code, alias and family expansion matches in full.","type":"string","minLength":1,"maxLength":1000},"separator":{"description":"The namespace is a declared prefix of the code ending before this character.","enum":[".","-","/","_"]},"prefix_length":{"description":"The namespace is the code's first characters, as SQLSTATE's two-character class.","type":"integer","minimum":1,"maximum":64},"name_prefix":{"description":"Put before derived constant and type names that would start with a digit (default Code: 23505 gives CODE_23505).","type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*$","maxLength":32},"anchor_prefix":{"description":"Put before every code's docs anchor (error- gives #error-23505); none by default.","type":"string","pattern":"^[a-z][a-z0-9_]*(-[a-z0-9_]+)*-?$","maxLength":32}}};
const pattern22 = new RegExp("^[A-Za-z][A-Za-z0-9]*$", "u");
const pattern23 = new RegExp("^[a-z][a-z0-9_]*(-[a-z0-9_]+)*-?$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.description === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "description") || (key0 === "pattern")) || (key0 === "separator")) || (key0 === "prefix_length")) || (key0 === "name_prefix")) || (key0 === "anchor_prefix"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!func6(data0)){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.pattern !== undefined){
let data1 = data.pattern;
if(typeof data1 === "string"){
if(func3(data1) > 1000){
const err6 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.separator !== undefined){
let data2 = data.separator;
if(!((((data2 === ".") || (data2 === "-")) || (data2 === "/")) || (data2 === "_"))){
const err9 = {instancePath:instancePath+"/separator",schemaPath:"#/properties/separator/enum",keyword:"enum",params:{allowedValues: schema61.properties.separator.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.prefix_length !== undefined){
let data3 = data.prefix_length;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/prefix_length",schemaPath:"#/properties/prefix_length/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 64 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/prefix_length",schemaPath:"#/properties/prefix_length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/prefix_length",schemaPath:"#/properties/prefix_length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.name_prefix !== undefined){
let data4 = data.name_prefix;
if(typeof data4 === "string"){
if(func3(data4) > 32){
const err13 = {instancePath:instancePath+"/name_prefix",schemaPath:"#/properties/name_prefix/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern22.test(data4)){
const err14 = {instancePath:instancePath+"/name_prefix",schemaPath:"#/properties/name_prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/name_prefix",schemaPath:"#/properties/name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.anchor_prefix !== undefined){
let data5 = data.anchor_prefix;
if(typeof data5 === "string"){
if(func3(data5) > 32){
const err16 = {instancePath:instancePath+"/anchor_prefix",schemaPath:"#/properties/anchor_prefix/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern23.test(data5)){
const err17 = {instancePath:instancePath+"/anchor_prefix",schemaPath:"#/properties/anchor_prefix/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*(-[a-z0-9_]+)*-?$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*(-[a-z0-9_]+)*-?$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/anchor_prefix",schemaPath:"#/properties/anchor_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.separator !== undefined){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.prefix_length !== undefined){
const err19 = {instancePath:instancePath+"/prefix_length",schemaPath:"#/dependentSchemas/separator/properties/prefix_length/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema72 = {"description":"JSON Schema (2020-12) of error.meta: an object schema, or a $ref to a shared schema ($ref: '#/schemas/ErrorInfo'). false: this code never carries meta.","oneOf":[{"const":false},{"type":"object","properties":{"extends":{"description":"inherited: add these properties and required names to the meta this code or namespace would inherit (its namespaces', then catalog.defaults'), instead of replacing it. See catalog/README.md, Defaults.","const":"inherited"}},"anyOf":[{"required":["extends"],"properties":{"extends":true}},{"required":["type"],"properties":{"type":{"const":"object"}}},{"required":["$ref"],"properties":{"$ref":{"type":"string","pattern":"^#/schemas/"}}}]}]};
const pattern25 = new RegExp("^#/schemas/", "u");

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(false !== data){
const err0 = {instancePath,schemaPath:"#/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.extends === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "extends"},message:"must have required property '"+"extends"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid1 = _errs5 === errors;
valid1 = valid1 || _valid1;
if(_valid1){
var props0 = {};
props0.extends = true;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.type !== undefined){
if("object" !== data.type){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/anyOf/1/properties/type/const",keyword:"const",params:{allowedValue: "object"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid1 = _errs6 === errors;
valid1 = valid1 || _valid1;
if(_valid1){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
}
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.$ref === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "$ref"},message:"must have required property '"+"$ref"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.$ref !== undefined){
let data1 = data.$ref;
if(typeof data1 === "string"){
if(!pattern25.test(data1)){
const err5 = {instancePath:instancePath+"/$ref",schemaPath:"#/oneOf/1/anyOf/2/properties/%24ref/pattern",keyword:"pattern",params:{pattern: "^#/schemas/"},message:"must match pattern \""+"^#/schemas/"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/$ref",schemaPath:"#/oneOf/1/anyOf/2/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid1 = _errs8 === errors;
valid1 = valid1 || _valid1;
if(_valid1){
if(props0 !== true){
props0 = props0 || {};
props0.$ref = true;
}
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/oneOf/1/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.extends = true;
}
if(data.extends !== undefined){
if("inherited" !== data.extends){
const err8 = {instancePath:instancePath+"/extends",schemaPath:"#/oneOf/1/properties/extends/const",keyword:"const",params:{allowedValue: "inherited"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate29.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate29.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema73 = {"type":"object","additionalProperties":false,"required":["policy"],"properties":{"policy":{"description":"never: retrying cannot help. safe: retry any request. idempotent: retry idempotent requests only. backoff: retry later with exponential backoff. after_reset: not retryable until a limit resets (its window or period ends). after_action: retry only after someone acts on the cause.","enum":["never","safe","idempotent","backoff","after_reset","after_action"]},"after_seconds":{"type":"integer","minimum":1,"maximum":31536000},"note":{"$ref":"#/$defs/text"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.policy === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "policy") || (key0 === "after_seconds")) || (key0 === "note"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.policy !== undefined){
let data0 = data.policy;
if(!((((((data0 === "never") || (data0 === "safe")) || (data0 === "idempotent")) || (data0 === "backoff")) || (data0 === "after_reset")) || (data0 === "after_action"))){
const err2 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/enum",keyword:"enum",params:{allowedValues: schema73.properties.policy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.after_seconds !== undefined){
let data1 = data.after_seconds;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/after_seconds",schemaPath:"#/properties/after_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 31536000 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/after_seconds",schemaPath:"#/properties/after_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31536000},message:"must be <= 31536000"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/after_seconds",schemaPath:"#/properties/after_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.note !== undefined){
let data2 = data.note;
if(typeof data2 === "string"){
if(func3(data2) > 4000){
const err6 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data2) < 1){
const err7 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!func6(data2)){
const err8 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.version === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.package === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.envelope === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "envelope"},message:"must have required property '"+"envelope"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema32.properties, key0)) || (pattern4.test(key0)))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern6.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!func6(data1)){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err13 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func3(data3) > 4000){
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data3) < 1){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!func6(data3)){
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.package !== undefined){
let data4 = data.package;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err19 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "name") || (key1 === "description")) || (key1 === "license"))){
const err20 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(func3(data5) > 214){
const err21 = {instancePath:instancePath+"/package/name",schemaPath:"#/properties/package/properties/name/maxLength",keyword:"maxLength",params:{limit: 214},message:"must NOT have more than 214 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern8.test(data5)){
const err22 = {instancePath:instancePath+"/package/name",schemaPath:"#/properties/package/properties/name/pattern",keyword:"pattern",params:{pattern: "^(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/package/name",schemaPath:"#/properties/package/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data4.description !== undefined){
let data6 = data4.description;
if(typeof data6 === "string"){
if(func3(data6) > 4000){
const err24 = {instancePath:instancePath+"/package/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func3(data6) < 1){
const err25 = {instancePath:instancePath+"/package/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!func6(data6)){
const err26 = {instancePath:instancePath+"/package/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/package/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data4.license !== undefined){
let data7 = data4.license;
if(typeof data7 === "string"){
if(func3(data7) > 200){
const err28 = {instancePath:instancePath+"/package/license",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func3(data7) < 1){
const err29 = {instancePath:instancePath+"/package/license",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!func6(data7)){
const err30 = {instancePath:instancePath+"/package/license",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/package/license",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.docs !== undefined){
let data8 = data.docs;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!((((((key2 === "title") || (key2 === "intro")) || (key2 === "base_url")) || (key2 === "extensions")) || (key2 === "status_phrases")) || (key2 === "front_matter"))){
const err33 = {instancePath:instancePath+"/docs",schemaPath:"#/properties/docs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8.title !== undefined){
let data9 = data8.title;
if(typeof data9 === "string"){
if(func3(data9) > 200){
const err34 = {instancePath:instancePath+"/docs/title",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func3(data9) < 1){
const err35 = {instancePath:instancePath+"/docs/title",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!func6(data9)){
const err36 = {instancePath:instancePath+"/docs/title",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/docs/title",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data8.intro !== undefined){
let data10 = data8.intro;
if(typeof data10 === "string"){
if(func3(data10) > 100000){
const err38 = {instancePath:instancePath+"/docs/intro",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func3(data10) < 1){
const err39 = {instancePath:instancePath+"/docs/intro",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!func6(data10)){
const err40 = {instancePath:instancePath+"/docs/intro",schemaPath:"#/$defs/markdown/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
func23(data10, instancePath+"/docs/intro");
}
else {
const err41 = {instancePath:instancePath+"/docs/intro",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data8.base_url !== undefined){
let data11 = data8.base_url;
if(typeof data11 === "string"){
if(func3(data11) > 500){
const err42 = {instancePath:instancePath+"/docs/base_url",schemaPath:"#/properties/docs/properties/base_url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!pattern9.test(data11)){
const err43 = {instancePath:instancePath+"/docs/base_url",schemaPath:"#/properties/docs/properties/base_url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s<>\"'`]+$"},message:"must match pattern \""+"^https://[^\\s<>\"'`]+$"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/docs/base_url",schemaPath:"#/properties/docs/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data8.extensions !== undefined){
let data12 = data8.extensions;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
const _errs38 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err45 = {instancePath:instancePath+"/docs/extensions",schemaPath:"#/properties/docs/properties/extensions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^x-"},message:"must match pattern \""+"^x-"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
var valid11 = _errs38 === errors;
if(!valid11){
const err46 = {instancePath:instancePath+"/docs/extensions",schemaPath:"#/properties/docs/properties/extensions/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
for(const key4 in data12){
let data13 = data12[key4];
if(typeof data13 === "string"){
if(func3(data13) > 200){
const err47 = {instancePath:instancePath+"/docs/extensions/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func3(data13) < 1){
const err48 = {instancePath:instancePath+"/docs/extensions/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!func6(data13)){
const err49 = {instancePath:instancePath+"/docs/extensions/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/docs/extensions/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/docs/extensions",schemaPath:"#/properties/docs/properties/extensions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data8.status_phrases !== undefined){
let data14 = data8.status_phrases;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key5 in data14){
const _errs45 = errors;
if(typeof key5 === "string"){
if(!pattern11.test(key5)){
const err52 = {instancePath:instancePath+"/docs/status_phrases",schemaPath:"#/properties/docs/properties/status_phrases/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[1-5][0-9][0-9]$"},message:"must match pattern \""+"^[1-5][0-9][0-9]$"+"\"",propertyName:key5};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
var valid14 = _errs45 === errors;
if(!valid14){
const err53 = {instancePath:instancePath+"/docs/status_phrases",schemaPath:"#/properties/docs/properties/status_phrases/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
for(const key6 in data14){
let data15 = data14[key6];
if(typeof data15 === "string"){
if(func3(data15) > 200){
const err54 = {instancePath:instancePath+"/docs/status_phrases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func3(data15) < 1){
const err55 = {instancePath:instancePath+"/docs/status_phrases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!func6(data15)){
const err56 = {instancePath:instancePath+"/docs/status_phrases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/docs/status_phrases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(typeof data15 === "string"){
if(!pattern12.test(data15)){
const err58 = {instancePath:instancePath+"/docs/status_phrases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/docs/properties/status_phrases/additionalProperties/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\r\\n\\u0085\\u2028\\u2029]*$"},message:"must match pattern \""+"^[^\\r\\n\\u0085\\u2028\\u2029]*$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/docs/status_phrases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/docs/properties/status_phrases/additionalProperties/allOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/docs/status_phrases",schemaPath:"#/properties/docs/properties/status_phrases/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data8.front_matter !== undefined){
let data16 = data8.front_matter;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key7 in data16){
if(!(((key7 === "description") || (key7 === "sidebar_position")) || (key7 === "sidebar_key"))){
const err61 = {instancePath:instancePath+"/docs/front_matter",schemaPath:"#/properties/docs/properties/front_matter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data16.description !== undefined){
let data17 = data16.description;
if(typeof data17 === "string"){
if(func3(data17) > 4000){
const err62 = {instancePath:instancePath+"/docs/front_matter/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func3(data17) < 1){
const err63 = {instancePath:instancePath+"/docs/front_matter/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!func6(data17)){
const err64 = {instancePath:instancePath+"/docs/front_matter/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/docs/front_matter/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data16.sidebar_position !== undefined){
let data18 = data16.sidebar_position;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err66 = {instancePath:instancePath+"/docs/front_matter/sidebar_position",schemaPath:"#/properties/docs/properties/front_matter/properties/sidebar_position/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 100000 || isNaN(data18)){
const err67 = {instancePath:instancePath+"/docs/front_matter/sidebar_position",schemaPath:"#/properties/docs/properties/front_matter/properties/sidebar_position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err68 = {instancePath:instancePath+"/docs/front_matter/sidebar_position",schemaPath:"#/properties/docs/properties/front_matter/properties/sidebar_position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data16.sidebar_key !== undefined){
let data19 = data16.sidebar_key;
if(typeof data19 === "string"){
if(func3(data19) > 64){
const err69 = {instancePath:instancePath+"/docs/front_matter/sidebar_key",schemaPath:"#/properties/docs/properties/front_matter/properties/sidebar_key/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!pattern13.test(data19)){
const err70 = {instancePath:instancePath+"/docs/front_matter/sidebar_key",schemaPath:"#/properties/docs/properties/front_matter/properties/sidebar_key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)?$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/docs/front_matter/sidebar_key",schemaPath:"#/properties/docs/properties/front_matter/properties/sidebar_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/docs/front_matter",schemaPath:"#/properties/docs/properties/front_matter/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/docs",schemaPath:"#/properties/docs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.envelope !== undefined){
let data20 = data.envelope;
const _errs65 = errors;
let valid20 = true;
const _errs66 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.body !== undefined){
const err74 = {};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
var _valid0 = _errs66 === errors;
errors = _errs65;
if(vErrors !== null){
if(_errs65){
vErrors.length = _errs65;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs67 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.request_id_header === undefined){
const err75 = {instancePath:instancePath+"/envelope",schemaPath:"#/properties/envelope/then/required",keyword:"required",params:{missingProperty: "request_id_header"},message:"must have required property '"+"request_id_header"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
var _valid0 = _errs67 === errors;
valid20 = _valid0;
if(valid20){
var props0 = {};
props0.request_id_header = true;
props0.body = true;
}
}
if(!valid20){
const err76 = {instancePath:instancePath+"/envelope",schemaPath:"#/properties/envelope/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key8 in data20){
if(!(((((key8 === "description") || (key8 === "body")) || (key8 === "request_id_header")) || (key8 === "fields")) || (key8 === "code_grammar"))){
const err77 = {instancePath:instancePath+"/envelope",schemaPath:"#/properties/envelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data20.description !== undefined){
let data22 = data20.description;
if(typeof data22 === "string"){
if(func3(data22) > 100000){
const err78 = {instancePath:instancePath+"/envelope/description",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(func3(data22) < 1){
const err79 = {instancePath:instancePath+"/envelope/description",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(!func6(data22)){
const err80 = {instancePath:instancePath+"/envelope/description",schemaPath:"#/$defs/markdown/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
func23(data22, instancePath+"/envelope/description");
}
else {
const err81 = {instancePath:instancePath+"/envelope/description",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data20.body !== undefined){
if(!(validate22(data20.body, {instancePath:instancePath+"/envelope/body",parentData:data20,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data20.request_id_header !== undefined){
let data24 = data20.request_id_header;
if(typeof data24 === "string"){
if(!pattern20.test(data24)){
const err82 = {instancePath:instancePath+"/envelope/request_id_header",schemaPath:"#/$defs/headerName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/envelope/request_id_header",schemaPath:"#/$defs/headerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data20.fields !== undefined){
let data25 = data20.fields;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key9 in data25){
if(!((((key9 === "code") || (key9 === "message")) || (key9 === "meta")) || (key9 === "request_id"))){
const err84 = {instancePath:instancePath+"/envelope/fields",schemaPath:"#/properties/envelope/properties/fields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data25.code !== undefined){
let data26 = data25.code;
if(typeof data26 === "string"){
if(func3(data26) > 4000){
const err85 = {instancePath:instancePath+"/envelope/fields/code",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(func3(data26) < 1){
const err86 = {instancePath:instancePath+"/envelope/fields/code",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!func6(data26)){
const err87 = {instancePath:instancePath+"/envelope/fields/code",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/envelope/fields/code",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data25.message !== undefined){
let data27 = data25.message;
if(typeof data27 === "string"){
if(func3(data27) > 4000){
const err89 = {instancePath:instancePath+"/envelope/fields/message",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(func3(data27) < 1){
const err90 = {instancePath:instancePath+"/envelope/fields/message",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!func6(data27)){
const err91 = {instancePath:instancePath+"/envelope/fields/message",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/envelope/fields/message",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data25.meta !== undefined){
let data28 = data25.meta;
if(typeof data28 === "string"){
if(func3(data28) > 4000){
const err93 = {instancePath:instancePath+"/envelope/fields/meta",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(func3(data28) < 1){
const err94 = {instancePath:instancePath+"/envelope/fields/meta",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!func6(data28)){
const err95 = {instancePath:instancePath+"/envelope/fields/meta",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/envelope/fields/meta",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data25.request_id !== undefined){
let data29 = data25.request_id;
if(typeof data29 === "string"){
if(func3(data29) > 4000){
const err97 = {instancePath:instancePath+"/envelope/fields/request_id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(func3(data29) < 1){
const err98 = {instancePath:instancePath+"/envelope/fields/request_id",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(!func6(data29)){
const err99 = {instancePath:instancePath+"/envelope/fields/request_id",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/envelope/fields/request_id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/envelope/fields",schemaPath:"#/properties/envelope/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data20.code_grammar !== undefined){
let data30 = data20.code_grammar;
if(typeof data30 === "string"){
if(func3(data30) > 100000){
const err102 = {instancePath:instancePath+"/envelope/code_grammar",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(func3(data30) < 1){
const err103 = {instancePath:instancePath+"/envelope/code_grammar",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!func6(data30)){
const err104 = {instancePath:instancePath+"/envelope/code_grammar",schemaPath:"#/$defs/markdown/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
func23(data30, instancePath+"/envelope/code_grammar");
}
else {
const err105 = {instancePath:instancePath+"/envelope/code_grammar",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/envelope",schemaPath:"#/properties/envelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.code_syntax !== undefined){
if(!(validate27(data.code_syntax, {instancePath:instancePath+"/code_syntax",parentData:data,parentDataProperty:"code_syntax",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.order !== undefined){
let data32 = data.order;
if(!((data32 === "authored") || (data32 === "code"))){
const err107 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/enum",keyword:"enum",params:{allowedValues: schema32.properties.order.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.wording !== undefined){
let data33 = data.wording;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key10 in data33){
if(!(key10 === "retry")){
const err108 = {instancePath:instancePath+"/wording",schemaPath:"#/properties/wording/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data33.retry !== undefined){
let data34 = data33.retry;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key11 in data34){
if(!((((((key11 === "never") || (key11 === "safe")) || (key11 === "idempotent")) || (key11 === "backoff")) || (key11 === "after_reset")) || (key11 === "after_action"))){
const err109 = {instancePath:instancePath+"/wording/retry",schemaPath:"#/properties/wording/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data34.never !== undefined){
let data35 = data34.never;
if(typeof data35 === "string"){
if(func3(data35) > 200){
const err110 = {instancePath:instancePath+"/wording/retry/never",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(func3(data35) < 1){
const err111 = {instancePath:instancePath+"/wording/retry/never",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(!func6(data35)){
const err112 = {instancePath:instancePath+"/wording/retry/never",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/wording/retry/never",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data34.safe !== undefined){
let data36 = data34.safe;
if(typeof data36 === "string"){
if(func3(data36) > 200){
const err114 = {instancePath:instancePath+"/wording/retry/safe",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(func3(data36) < 1){
const err115 = {instancePath:instancePath+"/wording/retry/safe",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(!func6(data36)){
const err116 = {instancePath:instancePath+"/wording/retry/safe",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/wording/retry/safe",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data34.idempotent !== undefined){
let data37 = data34.idempotent;
if(typeof data37 === "string"){
if(func3(data37) > 200){
const err118 = {instancePath:instancePath+"/wording/retry/idempotent",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(func3(data37) < 1){
const err119 = {instancePath:instancePath+"/wording/retry/idempotent",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(!func6(data37)){
const err120 = {instancePath:instancePath+"/wording/retry/idempotent",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/wording/retry/idempotent",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data34.backoff !== undefined){
let data38 = data34.backoff;
if(typeof data38 === "string"){
if(func3(data38) > 200){
const err122 = {instancePath:instancePath+"/wording/retry/backoff",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(func3(data38) < 1){
const err123 = {instancePath:instancePath+"/wording/retry/backoff",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!func6(data38)){
const err124 = {instancePath:instancePath+"/wording/retry/backoff",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/wording/retry/backoff",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data34.after_reset !== undefined){
let data39 = data34.after_reset;
if(typeof data39 === "string"){
if(func3(data39) > 200){
const err126 = {instancePath:instancePath+"/wording/retry/after_reset",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(func3(data39) < 1){
const err127 = {instancePath:instancePath+"/wording/retry/after_reset",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(!func6(data39)){
const err128 = {instancePath:instancePath+"/wording/retry/after_reset",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/wording/retry/after_reset",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data34.after_action !== undefined){
let data40 = data34.after_action;
if(typeof data40 === "string"){
if(func3(data40) > 200){
const err130 = {instancePath:instancePath+"/wording/retry/after_action",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(func3(data40) < 1){
const err131 = {instancePath:instancePath+"/wording/retry/after_action",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(!func6(data40)){
const err132 = {instancePath:instancePath+"/wording/retry/after_action",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/wording/retry/after_action",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/wording/retry",schemaPath:"#/properties/wording/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/wording",schemaPath:"#/properties/wording/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.identifiers !== undefined){
let data41 = data.identifiers;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key12 in data41){
const _errs122 = errors;
if(typeof key12 === "string"){
if(func3(key12) > 64){
const err136 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key12};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(!pattern6.test(key12)){
const err137 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key12};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key12};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
var valid39 = _errs122 === errors;
if(!valid39){
const err139 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
for(const key13 in data41){
let data42 = data41[key13];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.title === undefined){
const err140 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/identifiers/additionalProperties/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
for(const key14 in data42){
if(!(((key14 === "title") || (key14 === "type")) || (key14 === "description"))){
const err141 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/identifiers/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data42.title !== undefined){
let data43 = data42.title;
if(typeof data43 === "string"){
if(func3(data43) > 200){
const err142 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(func3(data43) < 1){
const err143 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!func6(data43)){
const err144 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data42.type !== undefined){
let data44 = data42.type;
if(!((data44 === "string") || (data44 === "integer"))){
const err146 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/identifiers/additionalProperties/properties/type/enum",keyword:"enum",params:{allowedValues: schema32.properties.identifiers.additionalProperties.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data42.description !== undefined){
let data45 = data42.description;
if(typeof data45 === "string"){
if(func3(data45) > 4000){
const err147 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(func3(data45) < 1){
const err148 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(!func6(data45)){
const err149 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/identifiers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/identifiers/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data.defaults !== undefined){
let data46 = data.defaults;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key15 in data46){
if(!((key15 === "meta") || (key15 === "retry"))){
const err153 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data46.meta !== undefined){
if(!(validate29(data46.meta, {instancePath:instancePath+"/defaults/meta",parentData:data46,parentDataProperty:"meta",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data46.retry !== undefined){
if(!(validate31(data46.retry, {instancePath:instancePath+"/defaults/retry",parentData:data46,parentDataProperty:"retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err154 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"type":"object","additionalProperties":false,"required":["values"],"properties":{"description":{"$ref":"#/$defs/text"},"placeholder":{"description":"How docs print the parameter in a code, such as <name>.","$ref":"#/$defs/shortText"},"values":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"$ref":"#/$defs/segment"},"title":{"$ref":"#/$defs/shortText"}}}}}};
const schema81 = {"description":"A family parameter's value, as it appears in the codes it expands to.","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$","maxLength":64};
const pattern29 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.values === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "description") || (key0 === "placeholder")) || (key0 === "values"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!func6(data0)){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.placeholder !== undefined){
let data1 = data.placeholder;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err6 = {instancePath:instancePath+"/placeholder",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/placeholder",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!func6(data1)){
const err8 = {instancePath:instancePath+"/placeholder",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/placeholder",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.values !== undefined){
let data2 = data.values;
if(Array.isArray(data2)){
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value === undefined){
const err11 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "value") || (key1 === "title"))){
const err12 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(func3(data4) > 64){
const err13 = {instancePath:instancePath+"/values/" + i0+"/value",schemaPath:"#/$defs/segment/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern29.test(data4)){
const err14 = {instancePath:instancePath+"/values/" + i0+"/value",schemaPath:"#/$defs/segment/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/values/" + i0+"/value",schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.title !== undefined){
let data5 = data3.title;
if(typeof data5 === "string"){
if(func3(data5) > 200){
const err16 = {instancePath:instancePath+"/values/" + i0+"/title",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data5) < 1){
const err17 = {instancePath:instancePath+"/values/" + i0+"/title",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!func6(data5)){
const err18 = {instancePath:instancePath+"/values/" + i0+"/title",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/values/" + i0+"/title",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema83 = {"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/$defs/extension"}},"required":["id","title"],"properties":{"id":{"$ref":"#/$defs/identifier"},"title":{"$ref":"#/$defs/shortText"},"intro":{"$ref":"#/$defs/markdown"},"outro":{"$ref":"#/$defs/markdown"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "title")) || (key0 === "intro")) || (key0 === "outro")) || (pattern4.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern6.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!func6(data1)){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.intro !== undefined){
let data2 = data.intro;
if(typeof data2 === "string"){
if(func3(data2) > 100000){
const err10 = {instancePath:instancePath+"/intro",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/intro",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!func6(data2)){
const err12 = {instancePath:instancePath+"/intro",schemaPath:"#/$defs/markdown/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
func23(data2, instancePath+"/intro");
}
else {
const err13 = {instancePath:instancePath+"/intro",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.outro !== undefined){
let data3 = data.outro;
if(typeof data3 === "string"){
if(func3(data3) > 100000){
const err14 = {instancePath:instancePath+"/outro",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func3(data3) < 1){
const err15 = {instancePath:instancePath+"/outro",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!func6(data3)){
const err16 = {instancePath:instancePath+"/outro",schemaPath:"#/$defs/markdown/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
func23(data3, instancePath+"/outro");
}
else {
const err17 = {instancePath:instancePath+"/outro",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema90 = {"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/$defs/extension"}},"required":["description"],"properties":{"description":{"$ref":"#/$defs/text"},"section":{"$ref":"#/$defs/identifier"},"transport":{"$ref":"#/$defs/transport"},"events":{"$ref":"#/$defs/events"},"meta":{"$ref":"#/$defs/meta"},"retry":{"$ref":"#/$defs/retry"},"status_forwarding":{"$ref":"#/$defs/statusForwarding"}}};
const schema93 = {"description":"http: returned as an HTTP error response (needs status). event: only travels in the events stream (no status).","enum":["http","event"]};
const schema94 = {"description":"Events whose payload carries this code, and the field that carries it.","type":"object","additionalProperties":false,"required":["names","field"],"properties":{"names":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/shortText"}},"field":{"$ref":"#/$defs/shortText"}}};
const func0 = require("ajv/dist/runtime/equal").default;

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.names === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.field === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "names") || (key0 === "field"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.names !== undefined){
let data0 = data.names;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err4 = {instancePath:instancePath+"/names/" + i0,schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/names/" + i0,schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!func6(data1)){
const err6 = {instancePath:instancePath+"/names/" + i0,schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/names/" + i0,schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err8 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.field !== undefined){
let data2 = data.field;
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!func6(data2)){
const err12 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema97 = {"description":"The status of an upstream response is forwarded when possible; otherwise fallback is sent.","type":"object","additionalProperties":false,"required":["fallback"],"properties":{"fallback":{"$ref":"#/$defs/status"},"statuses":{"description":"The upstream statuses the code may be forwarded with, such as [401, 403]. The OpenAPI response of each of these statuses lists the code, so a client validating a 403 accepts it. Adding one widens what clients may receive: errcat diff reports it as breaking.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/status"}},"note":{"$ref":"#/$defs/text"}}};
const schema98 = {"type":"integer","minimum":100,"maximum":599};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fallback === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fallback"},message:"must have required property '"+"fallback"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "fallback") || (key0 === "statuses")) || (key0 === "note"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.fallback !== undefined){
let data0 = data.fallback;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/fallback",schemaPath:"#/$defs/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/fallback",schemaPath:"#/$defs/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/fallback",schemaPath:"#/$defs/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.statuses !== undefined){
let data1 = data.statuses;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/statuses",schemaPath:"#/properties/statuses/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/statuses/" + i0,schemaPath:"#/$defs/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 599 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/statuses/" + i0,schemaPath:"#/$defs/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 100 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/statuses/" + i0,schemaPath:"#/$defs/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
const err9 = {instancePath:instancePath+"/statuses",schemaPath:"#/properties/statuses/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/statuses",schemaPath:"#/properties/statuses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.note !== undefined){
let data3 = data.note;
if(typeof data3 === "string"){
if(func3(data3) > 4000){
const err11 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!func6(data3)){
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.description === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "description") || (key0 === "section")) || (key0 === "transport")) || (key0 === "events")) || (key0 === "meta")) || (key0 === "retry")) || (key0 === "status_forwarding")) || (pattern4.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!func6(data0)){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.section !== undefined){
let data1 = data.section;
if(typeof data1 === "string"){
if(func3(data1) > 64){
const err6 = {instancePath:instancePath+"/section",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern6.test(data1)){
const err7 = {instancePath:instancePath+"/section",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/section",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.transport !== undefined){
let data2 = data.transport;
if(!((data2 === "http") || (data2 === "event"))){
const err9 = {instancePath:instancePath+"/transport",schemaPath:"#/$defs/transport/enum",keyword:"enum",params:{allowedValues: schema93.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.events !== undefined){
if(!(validate39(data.events, {instancePath:instancePath+"/events",parentData:data,parentDataProperty:"events",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.meta !== undefined){
if(!(validate29(data.meta, {instancePath:instancePath+"/meta",parentData:data,parentDataProperty:"meta",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.retry !== undefined){
if(!(validate31(data.retry, {instancePath:instancePath+"/retry",parentData:data,parentDataProperty:"retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.status_forwarding !== undefined){
if(!(validate43(data.status_forwarding, {instancePath:instancePath+"/status_forwarding",parentData:data,parentDataProperty:"status_forwarding",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema103 = {"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/$defs/extension"}},"required":["description","example"],"properties":{"status":{"$ref":"#/$defs/status"},"description":{"$ref":"#/$defs/text","description":"When the error occurs, one sentence."},"details":{"$ref":"#/$defs/markdown","description":"Longer Markdown explanation for the docs."},"transport":{"$ref":"#/$defs/transport"},"events":{"$ref":"#/$defs/events"},"meta":{"$ref":"#/$defs/meta"},"retry":{"$ref":"#/$defs/retry"},"status_forwarding":{"$ref":"#/$defs/statusForwarding"},"same_as":{"description":"The code this one's description is written relative to, as a reference says \"Same as above for ...\": it must be the code listed right above this one (same section and transport) in the catalog's order. The docs link it; TypeScript and OpenAPI, which have no \"above\", name it.","$ref":"#/$defs/codeReference"},"identifiers":{"description":"The code's values of the identifiers declared under catalog.identifiers; each value belongs to one code.","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"anyOf":[{"$ref":"#/$defs/shortText"},{"type":"integer"}]}},"namespace":{"description":"The code's namespace, for a code syntax that derives none (or to place the code elsewhere). Must be declared under namespaces.","$ref":"#/$defs/namespaceName"},"aliases":{"description":"Other codes that mean the same condition and may be sent instead of this one.","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/codeName"}},"since":{"$ref":"#/$defs/version"},"deprecated":{"$ref":"#/$defs/deprecation"},"type_uri":{"description":"The problem type URI of this code, for bodies with a type member (RFC 9457); by default the docs URL and anchor.","$ref":"#/$defs/uri"},"example":{"$ref":"#/$defs/example"}}};
const schema112 = {"description":"A code: letters, digits and . _ - / :, in the catalog's code syntax (checked by errcat validate, rule code-syntax).","type":"string","pattern":"^[A-Za-z0-9._/:-]+$","maxLength":200};
const schema114 = {"type":"object","additionalProperties":false,"required":["since"],"properties":{"since":{"$ref":"#/$defs/version"},"replacement":{"$ref":"#/$defs/codeReference"},"reason":{"$ref":"#/$defs/text"}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.since === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "since"},message:"must have required property '"+"since"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "since") || (key0 === "replacement")) || (key0 === "reason"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.since !== undefined){
let data0 = data.since;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err2 = {instancePath:instancePath+"/since",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/since",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.replacement !== undefined){
let data1 = data.replacement;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err4 = {instancePath:instancePath+"/replacement",schemaPath:"#/$defs/codeReference/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern38.test(data1)){
const err5 = {instancePath:instancePath+"/replacement",schemaPath:"#/$defs/codeReference/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$"},message:"must match pattern \""+"^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/replacement",schemaPath:"#/$defs/codeReference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reason !== undefined){
let data2 = data.reason;
if(typeof data2 === "string"){
if(func3(data2) > 4000){
const err7 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!func6(data2)){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema119 = {"type":"object","additionalProperties":false,"required":["message"],"properties":{"message":{"$ref":"#/$defs/text"},"meta":{"type":"object"},"params":{"description":"For a family code: the parameter values of the example.","type":"object","additionalProperties":{"$ref":"#/$defs/segment"}}}};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "message") || (key0 === "meta")) || (key0 === "params"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.message !== undefined){
let data0 = data.message;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err2 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!func6(data0)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.meta !== undefined){
let data1 = data.meta;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err6 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.params !== undefined){
let data2 = data.params;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(typeof data3 === "string"){
if(func3(data3) > 64){
const err7 = {instancePath:instancePath+"/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/segment/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern29.test(data3)){
const err8 = {instancePath:instancePath+"/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/segment/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.description === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.example === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "example"},message:"must have required property '"+"example"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema103.properties, key0)) || (pattern4.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!func6(data1)){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.details !== undefined){
let data2 = data.details;
if(typeof data2 === "string"){
if(func3(data2) > 100000){
const err10 = {instancePath:instancePath+"/details",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/details",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!func6(data2)){
const err12 = {instancePath:instancePath+"/details",schemaPath:"#/$defs/markdown/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
func23(data2, instancePath+"/details");
}
else {
const err13 = {instancePath:instancePath+"/details",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.transport !== undefined){
let data3 = data.transport;
if(!((data3 === "http") || (data3 === "event"))){
const err14 = {instancePath:instancePath+"/transport",schemaPath:"#/$defs/transport/enum",keyword:"enum",params:{allowedValues: schema93.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.events !== undefined){
if(!(validate39(data.events, {instancePath:instancePath+"/events",parentData:data,parentDataProperty:"events",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.meta !== undefined){
if(!(validate29(data.meta, {instancePath:instancePath+"/meta",parentData:data,parentDataProperty:"meta",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.retry !== undefined){
if(!(validate31(data.retry, {instancePath:instancePath+"/retry",parentData:data,parentDataProperty:"retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.status_forwarding !== undefined){
if(!(validate43(data.status_forwarding, {instancePath:instancePath+"/status_forwarding",parentData:data,parentDataProperty:"status_forwarding",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.same_as !== undefined){
let data8 = data.same_as;
if(typeof data8 === "string"){
if(func3(data8) > 200){
const err15 = {instancePath:instancePath+"/same_as",schemaPath:"#/$defs/codeReference/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern38.test(data8)){
const err16 = {instancePath:instancePath+"/same_as",schemaPath:"#/$defs/codeReference/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$"},message:"must match pattern \""+"^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/same_as",schemaPath:"#/$defs/codeReference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.identifiers !== undefined){
let data9 = data.identifiers;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
const _errs22 = errors;
if(typeof key1 === "string"){
if(func3(key1) > 64){
const err18 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern6.test(key1)){
const err19 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid6 = _errs22 === errors;
if(!valid6){
const err21 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key2 in data9){
let data10 = data9[key2];
const _errs27 = errors;
let valid9 = false;
const _errs28 = errors;
if(typeof data10 === "string"){
if(func3(data10) > 200){
const err22 = {instancePath:instancePath+"/identifiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func3(data10) < 1){
const err23 = {instancePath:instancePath+"/identifiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!func6(data10)){
const err24 = {instancePath:instancePath+"/identifiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/identifiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs28 === errors;
valid9 = valid9 || _valid0;
const _errs31 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err26 = {instancePath:instancePath+"/identifiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/identifiers/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs31 === errors;
valid9 = valid9 || _valid0;
if(!valid9){
const err27 = {instancePath:instancePath+"/identifiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/identifiers/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.namespace !== undefined){
let data11 = data.namespace;
if(typeof data11 === "string"){
if(func3(data11) > 200){
const err29 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/namespaceName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern27.test(data11)){
const err30 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/namespaceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/:-]+$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/namespaceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.aliases !== undefined){
let data12 = data.aliases;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(typeof data13 === "string"){
if(func3(data13) > 200){
const err32 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/codeName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern27.test(data13)){
const err33 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/codeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/:-]+$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/codeName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i1 = data12.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data12[i1], data12[j0])){
const err35 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.since !== undefined){
let data14 = data.since;
if(typeof data14 === "string"){
if(!pattern7.test(data14)){
const err37 = {instancePath:instancePath+"/since",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/since",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.deprecated !== undefined){
if(!(validate51(data.deprecated, {instancePath:instancePath+"/deprecated",parentData:data,parentDataProperty:"deprecated",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.type_uri !== undefined){
let data16 = data.type_uri;
if(typeof data16 === "string"){
if(func3(data16) > 500){
const err39 = {instancePath:instancePath+"/type_uri",schemaPath:"#/$defs/uri/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern19.test(data16)){
const err40 = {instancePath:instancePath+"/type_uri",schemaPath:"#/$defs/uri/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9+.-]*:[^\\s<>\"`{}|\\\\^]+$"},message:"must match pattern \""+"^[a-z][a-z0-9+.-]*:[^\\s<>\"`{}|\\\\^]+$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/type_uri",schemaPath:"#/$defs/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.example !== undefined){
if(!(validate53(data.example, {instancePath:instancePath+"/example",parentData:data,parentDataProperty:"example",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema123 = {"type":"object","additionalProperties":false,"required":["id","title","codes","body"],"properties":{"id":{"$ref":"#/$defs/identifier"},"title":{"$ref":"#/$defs/shortText"},"codes":{"description":"Codes, family codes or namespace patterns (billing.*) this guidance covers.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+\\*?$","maxLength":200}},"body":{"$ref":"#/$defs/markdown"},"samples":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["language","code"],"properties":{"language":{"type":"string","pattern":"^[a-z0-9+#-]{1,32}$"},"title":{"$ref":"#/$defs/shortText"},"code":{"type":"string","minLength":1,"maxLength":100000}}}}}};
const pattern51 = new RegExp("^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+\\*?$", "u");
const pattern52 = new RegExp("^[a-z0-9+#-]{1,32}$", "u");

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.codes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "codes"},message:"must have required property '"+"codes"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.body === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "title")) || (key0 === "codes")) || (key0 === "body")) || (key0 === "samples"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data1) < 1){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!func6(data1)){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.codes !== undefined){
let data2 = data.codes;
if(Array.isArray(data2)){
if(data2.length < 1){
const err12 = {instancePath:instancePath+"/codes",schemaPath:"#/properties/codes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func3(data3) > 200){
const err13 = {instancePath:instancePath+"/codes/" + i0,schemaPath:"#/properties/codes/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern51.test(data3)){
const err14 = {instancePath:instancePath+"/codes/" + i0,schemaPath:"#/properties/codes/items/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+\\*?$"},message:"must match pattern \""+"^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+\\*?$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/codes/" + i0,schemaPath:"#/properties/codes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err16 = {instancePath:instancePath+"/codes",schemaPath:"#/properties/codes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err17 = {instancePath:instancePath+"/codes",schemaPath:"#/properties/codes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.body !== undefined){
let data4 = data.body;
if(typeof data4 === "string"){
if(func3(data4) > 100000){
const err18 = {instancePath:instancePath+"/body",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func3(data4) < 1){
const err19 = {instancePath:instancePath+"/body",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!func6(data4)){
const err20 = {instancePath:instancePath+"/body",schemaPath:"#/$defs/markdown/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
func23(data4, instancePath+"/body");
}
else {
const err21 = {instancePath:instancePath+"/body",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.samples !== undefined){
let data5 = data.samples;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.language === undefined){
const err22 = {instancePath:instancePath+"/samples/" + i2,schemaPath:"#/properties/samples/items/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.code === undefined){
const err23 = {instancePath:instancePath+"/samples/" + i2,schemaPath:"#/properties/samples/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "language") || (key1 === "title")) || (key1 === "code"))){
const err24 = {instancePath:instancePath+"/samples/" + i2,schemaPath:"#/properties/samples/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.language !== undefined){
let data7 = data6.language;
if(typeof data7 === "string"){
if(!pattern52.test(data7)){
const err25 = {instancePath:instancePath+"/samples/" + i2+"/language",schemaPath:"#/properties/samples/items/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9+#-]{1,32}$"},message:"must match pattern \""+"^[a-z0-9+#-]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/samples/" + i2+"/language",schemaPath:"#/properties/samples/items/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.title !== undefined){
let data8 = data6.title;
if(typeof data8 === "string"){
if(func3(data8) > 200){
const err27 = {instancePath:instancePath+"/samples/" + i2+"/title",schemaPath:"#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func3(data8) < 1){
const err28 = {instancePath:instancePath+"/samples/" + i2+"/title",schemaPath:"#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!func6(data8)){
const err29 = {instancePath:instancePath+"/samples/" + i2+"/title",schemaPath:"#/$defs/shortText/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/samples/" + i2+"/title",schemaPath:"#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.code !== undefined){
let data9 = data6.code;
if(typeof data9 === "string"){
if(func3(data9) > 100000){
const err31 = {instancePath:instancePath+"/samples/" + i2+"/code",schemaPath:"#/properties/samples/items/properties/code/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func3(data9) < 1){
const err32 = {instancePath:instancePath+"/samples/" + i2+"/code",schemaPath:"#/properties/samples/items/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/samples/" + i2+"/code",schemaPath:"#/properties/samples/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/samples/" + i2,schemaPath:"#/properties/samples/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema128 = {"type":"object","additionalProperties":false,"required":["code","since"],"properties":{"code":{"description":"The code as it was sent (each alias or family expansion retired is listed).","$ref":"#/$defs/codeName"},"since":{"description":"The catalog version that retired it.","$ref":"#/$defs/version"},"replacement":{"$ref":"#/$defs/codeReference"},"reason":{"$ref":"#/$defs/text"}}};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.since === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "since"},message:"must have required property '"+"since"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "code") || (key0 === "since")) || (key0 === "replacement")) || (key0 === "reason"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/codeName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern27.test(data0)){
const err4 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/codeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/:-]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/codeName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.since !== undefined){
let data1 = data.since;
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
const err6 = {instancePath:instancePath+"/since",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/since",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.replacement !== undefined){
let data2 = data.replacement;
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err8 = {instancePath:instancePath+"/replacement",schemaPath:"#/$defs/codeReference/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern38.test(data2)){
const err9 = {instancePath:instancePath+"/replacement",schemaPath:"#/$defs/codeReference/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$"},message:"must match pattern \""+"^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/replacement",schemaPath:"#/$defs/codeReference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 === "string"){
if(func3(data3) > 4000){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!func6(data3)){
const err13 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/x-errcat-text",keyword:"x-errcat-text",params:{},message:"must pass \"x-errcat-text\" keyword validation"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://errcat.dev/schema/catalog-1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((func1.call(schema31.properties, key0)) || (pattern4.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.catalog !== undefined){
if(!(validate21(data.catalog, {instancePath:instancePath+"/catalog",parentData:data,parentDataProperty:"catalog",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.namespace !== undefined){
let data1 = data.namespace;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/namespaceName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern27.test(data1)){
const err2 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/namespaceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/:-]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/namespaceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.parameters !== undefined){
let data2 = data.parameters;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs8 = errors;
if(typeof key1 === "string"){
if(func3(key1) > 64){
const err4 = {instancePath:instancePath+"/parameters",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern6.test(key1)){
const err5 = {instancePath:instancePath+"/parameters",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/parameters",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid2 = _errs8 === errors;
if(!valid2){
const err7 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data2){
if(!(validate34(data2[key2], {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sections !== undefined){
let data4 = data.sections;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate36(data4[i0], {instancePath:instancePath+"/sections/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.schemas !== undefined){
let data6 = data.schemas;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
const _errs18 = errors;
if(typeof key3 === "string"){
if(!pattern33.test(key3)){
const err10 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Za-z0-9]{0,63}$"},message:"must match pattern \""+"^[A-Z][A-Za-z0-9]{0,63}$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid7 = _errs18 === errors;
if(!valid7){
const err11 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key4 in data6){
let data7 = data6[key4];
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err12 = {instancePath:instancePath+"/schemas/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/schemas/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.namespaces !== undefined){
let data8 = data.namespaces;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key5 in data8){
const _errs24 = errors;
if(typeof key5 === "string"){
if(func3(key5) > 200){
const err14 = {instancePath:instancePath+"/namespaces",schemaPath:"#/$defs/namespaceName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",propertyName:key5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern27.test(key5)){
const err15 = {instancePath:instancePath+"/namespaces",schemaPath:"#/$defs/namespaceName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/:-]+$"+"\"",propertyName:key5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/namespaces",schemaPath:"#/$defs/namespaceName/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid9 = _errs24 === errors;
if(!valid9){
const err17 = {instancePath:instancePath+"/namespaces",schemaPath:"#/properties/namespaces/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key6 in data8){
if(!(validate38(data8[key6], {instancePath:instancePath+"/namespaces/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/namespaces",schemaPath:"#/properties/namespaces/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.codes !== undefined){
let data10 = data.codes;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key7 in data10){
const _errs31 = errors;
if(typeof key7 === "string"){
if(func3(key7) > 200){
const err19 = {instancePath:instancePath+"/codes",schemaPath:"#/$defs/codePattern/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",propertyName:key7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern38.test(key7)){
const err20 = {instancePath:instancePath+"/codes",schemaPath:"#/$defs/codePattern/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$"},message:"must match pattern \""+"^([A-Za-z0-9._/:-]|\\{[a-z][a-z0-9_]*\\})+$"+"\"",propertyName:key7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/codes",schemaPath:"#/$defs/codePattern/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid12 = _errs31 === errors;
if(!valid12){
const err22 = {instancePath:instancePath+"/codes",schemaPath:"#/properties/codes/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key8 in data10){
if(!(validate46(data10[key8], {instancePath:instancePath+"/codes/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/codes",schemaPath:"#/properties/codes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.guidance !== undefined){
let data12 = data.guidance;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate56(data12[i1], {instancePath:instancePath+"/guidance/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/guidance",schemaPath:"#/properties/guidance/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.retired !== undefined){
let data14 = data.retired;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
if(!(validate58(data14[i2], {instancePath:instancePath+"/retired/" + i2,parentData:data14,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/retired",schemaPath:"#/properties/retired/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

