/**
 * The `yaml` library's three steps (lexer → parser → composer), run by hand
 * so that a file's size is bounded before its Document exists.
 *
 * Measured with yaml 2.9: composing costs about 1.7 µs and 100–200 bytes per
 * lexical token (a scalar, an indicator, a comment, a line break, a run of
 * spaces), whatever the shape: a 10 MB flow sequence (14 million tokens) took
 * 70 s and 4.4 GB, 32 MB of `#` comment lines 57 s and 3.7 GB. Counting the
 * tokens as the lexer hands them to the parser costs nothing extra, and
 * stopping at the limit stops the parser and composer with it, so a hostile
 * file costs at most what a file at the limit costs.
 */
import { Composer, Document, Lexer, LineCounter, Parser, YAMLParseError, type CST } from 'yaml';

/** The parse options errcat always uses: YAML 1.2 core, nothing implicit. */
export const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: false,
  strict: true,
} as const;

/** Where reading stopped because the token budget ran out. */
export interface BudgetStop {
  /** Offset in the text of the first token over the budget. */
  offset: number;
}

/** A `%YAML` directive naming another version than 1.2. */
export interface VersionDirective {
  offset: number;
  version: string;
}

/** What {@link readYamlDocument} returns: the document, or where it stopped. */
export interface BoundedDocument {
  doc: Document.Parsed | null;
  stop: BudgetStop | null;
  /** Lexical tokens read (at most the budget + 1). */
  tokens: number;
  /** Every `%YAML` directive that is not 1.2. */
  versions: VersionDirective[];
}

/**
 * Parses one YAML document, reading at most `budget` lexical tokens. Only
 * the first document is kept; a second one is a MULTIPLE_DOCS error, as with
 * `parseDocument`. Error positions are offsets (`error.pos`): `lineCounter`
 * turns them into lines and columns.
 */
export function readYamlDocument(text: string, lineCounter: LineCounter, budget: number): BoundedDocument {
  const parser = new Parser(lineCounter.addNewLine);
  // Parser.parse() marks where line 1 starts; next(), used here, does not.
  lineCounter.addNewLine(0);
  const composer = new Composer(PARSE_OPTIONS);
  const result: BoundedDocument = { doc: null, stop: null, tokens: 0, versions: [] };
  function* tokens(): Generator<CST.Token> {
    for (const lexeme of new Lexer().lex(text)) {
      if (++result.tokens > budget) {
        result.stop = { offset: parser.offset };
        return;
      }
      // The lexer yields a directive line as one token, `%YAML 1.1` whole.
      const directive = /^%YAML[ \t]+(\S+)/.exec(lexeme);
      if (directive && directive[1] !== '1.2') result.versions.push({ offset: parser.offset, version: directive[1]! });
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  for (const doc of composer.compose(tokens(), true, text.length)) {
    if (result.stop) break;
    if (!result.doc) {
      result.doc = doc;
    } else {
      result.doc.errors.push(new YAMLParseError([doc.range[0], doc.range[1]], 'MULTIPLE_DOCS', 'the file holds more than one YAML document'));
      break;
    }
  }
  if (result.stop) result.doc = null;
  return result;
}
