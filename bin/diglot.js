#!/usr/bin/env node
// The `diglot` command. The CLI is TypeScript run through tsx, so it works right after `npm ci` with no build step;
// tsx is given the repository's tsconfig so it resolves the same way wherever the command is started from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
