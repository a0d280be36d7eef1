#!/usr/bin/env node
import { stopOnSignals } from '../dist/cli/stop-on-signals.js';
import { consoleOutput, main } from '../dist/cli.js';

stopOnSignals(consoleOutput);
process.exitCode = await main(process.argv.slice(2));
