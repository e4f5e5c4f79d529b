#!/usr/bin/env node
// The errcat command: runs the compiled CLI (npm run build writes dist/).
import { main } from '../dist/cli.js';

// `errcat list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
