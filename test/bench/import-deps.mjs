/**
 * The yardstick of the small cases: a process that only imports errcat's
 * five design dependencies (yaml, ajv, handlebars, prettier, commander), as
 * issue 13 measured it. A command on the embedded catalog can hardly cost
 * less than loading what it is built from.
 */
await Promise.all([import('yaml'), import('ajv/dist/2020.js'), import('handlebars'), import('prettier'), import('commander')]);
