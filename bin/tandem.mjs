#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so there is no separate server build to keep in step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
