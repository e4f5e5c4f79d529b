/**
 * Every command of errcat, in the order `--help` lists them. Adding a
 * command is one file in this folder exporting `register<Name>(program, ctx)`
 * and one line here (see README.md in this folder).
 */
import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { registerChangelog } from './changelog.js';
import { registerDiff } from './diff.js';
import { registerExplain } from './explain.js';
import { registerGenerate } from './generate.js';
import { registerInit } from './init.js';
import { registerList } from './list.js';
import { registerTargets } from './targets.js';
import { registerValidate } from './validate.js';

export const COMMANDS: readonly ((program: Command, ctx: CommandContext) => void)[] = [registerInit, registerValidate, registerGenerate, registerList, registerExplain, registerDiff, registerChangelog, registerTargets];
