#!/usr/bin/env node
// `npx purge-timeline check|import|export …`: see cli/main.mjs, or run with --help.
import { main } from '../cli/main.mjs';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
