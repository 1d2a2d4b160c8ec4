#!/usr/bin/env node
// Checks the architecture rules in .dependency-cruiser.cjs (`npm run deps:check`).
//
// Same result as `depcruise src --config .dependency-cruiser.cjs`, but through
// dependency-cruiser's programmatic API: its command line refuses to start on Node.js < 22,
// and this project runs on Node.js 20.
//
// Usage: node scripts/deps-check.mjs [paths...] [--config file] [--output-type err|text|json|...]
import { resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const args = process.argv.slice(2);
let configFile = '.dependency-cruiser.cjs';
let outputType = 'err-long';
const paths = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--config' || arg === '-c') configFile = args[++i];
  else if (arg.startsWith('--config=')) configFile = arg.slice('--config='.length);
  else if (arg === '--output-type' || arg === '-T') outputType = args[++i];
  else if (arg.startsWith('--output-type=')) outputType = arg.slice('--output-type='.length);
  else paths.push(arg);
}
if (paths.length === 0) paths.push('src');

try {
  const options = await extractDepcruiseOptions(resolve(configFile));
  const tsConfigFile = options.ruleSet?.options?.tsConfig?.fileName;
  const tsConfig = tsConfigFile ? extractTSConfig(tsConfigFile) : undefined;
  const result = await cruise(
    paths,
    { ...options, validate: true, outputType },
    {},
    { tsConfig },
  );
  process.stdout.write(String(result.output));
  const summary = typeof result.output === 'string' ? null : result.output.summary;
  if (summary) console.log(`${summary.error} errors, ${summary.totalCruised} modules`);
  process.exitCode = result.exitCode === 0 ? 0 : 1;
} catch (error) {
  console.error(`deps-check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
