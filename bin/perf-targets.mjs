#!/usr/bin/env node
// The command-line tools (import, verify, export, restore, rebuild, bench) from the build
// output; `perf-targets --help` lists them. Results go to standard output alone.
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt('cli');
await import('../dist/apps/cli/apps/cli/src/main.js');
