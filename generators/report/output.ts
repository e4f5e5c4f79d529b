/**
 * The two streams errcat prints to. Every piece of text goes through
 * escape/terminal.ts first (catalog text, file names and arguments can hold
 * ESC, CR or U+202E); colour is added after that, around already-safe text,
 * so the only escape sequences that reach a terminal are errcat's own SGR
 * codes.
 *
 * Colour is used only when the stream is a terminal and NO_COLOR is unset
 * or empty (https://no-color.org); FORCE_COLOR=1 turns it on without a
 * terminal (for a CI log viewer that shows colour), but never beats NO_COLOR.
 */
import { terminalText } from '../escape/terminal.js';

export type Style = 'red' | 'yellow' | 'green' | 'cyan' | 'bold' | 'dim';

const SGR: Record<Style, [string, string]> = {
  red: ['\x1b[31m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
  green: ['\x1b[32m', '\x1b[39m'],
  cyan: ['\x1b[36m', '\x1b[39m'],
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
};

/** A piece of text printed in a style when colour is on. */
export interface Painted {
  text: string;
  style: Style;
}

/** What a line is made of: plain text and painted text, both sanitized when printed. */
export type Part = string | Painted;

/** Marks `text` to be printed in `style` (when colour is on). */
export function paint(style: Style, text: string): Painted {
  return { text, style };
}

/** One output stream: where the bytes go and whether it shows colour. */
export interface Stream {
  write(text: string): void;
  color: boolean;
}

/** errcat's standard output and standard error. */
export interface Output {
  stdout: Stream;
  stderr: Stream;
}

/** True when a stream should get colour: a terminal (or FORCE_COLOR), and never under NO_COLOR. */
export function colorFor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return isTTY === true;
}

/** The process's streams, with colour decided once per stream. */
export function processOutput(env: NodeJS.ProcessEnv = process.env): Output {
  return {
    stdout: { write: (text) => void process.stdout.write(text), color: colorFor(process.stdout.isTTY, env) },
    stderr: { write: (text) => void process.stderr.write(text), color: colorFor(process.stderr.isTTY, env) },
  };
}

/** Writes the parts to the stream: each sanitized, painted ones in colour if the stream shows it. */
export function print(stream: Stream, ...parts: Part[]): void {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += terminalText(part);
    } else if (stream.color) {
      const [on, off] = SGR[part.style];
      text += `${on}${terminalText(part.text)}${off}`;
    } else {
      text += terminalText(part.text);
    }
  }
  stream.write(text);
}
