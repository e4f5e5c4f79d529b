/**
 * The built writer (dist/write.js) as a process of its own, for tests that
 * need one: to kill it, or to run it in a private mount namespace on a
 * small or read-only file system.
 *
 *   node test/write-child.mjs write REQUEST.json   runs writeOutputs, prints the result as JSON
 *   node test/write-child.mjs tree DIR             prints the folder's state as JSON (as treeOf in write-tools.ts)
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

const [mode, arg] = process.argv.slice(2);

if (mode === 'write') {
  const { writeOutputs } = await import(new URL('../dist/write.js', import.meta.url).href);
  const result = await writeOutputs(JSON.parse(readFileSync(arg, 'utf8')));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else if (mode === 'tree') {
  const tree = {};
  const walk = (relative) => {
    for (const name of readdirSync(path.join(arg, relative)).sort()) {
      const child = relative ? `${relative}/${name}` : name;
      const full = path.join(arg, child);
      const stats = lstatSync(full);
      if (stats.isSymbolicLink()) tree[child] = `link ${readlinkSync(full)}`;
      else if (stats.isDirectory()) {
        tree[child] = 'dir';
        walk(child);
      } else tree[child] = `file ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
    }
  };
  walk('');
  process.stdout.write(`${JSON.stringify(tree)}\n`);
} else {
  process.stderr.write('usage: write-child.mjs write REQUEST.json | tree DIR\n');
  process.exitCode = 2;
}
