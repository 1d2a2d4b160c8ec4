// Architecture rules (DESIGN.md, "Architecture"): web -> contracts; api/mcp/cli -> core -> db,
// domain rules, contracts; never the other way. Checked by `npm run deps:check`
// (scripts/deps-check.mjs; on Node >= 22 `npx depcruise src --config .dependency-cruiser.cjs` works too).
//
// Type-only imports count (tsPreCompilationDeps): a layer that needs another layer's types
// depends on it.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ---- layers ---------------------------------------------------------------------------
    {
      name: 'web-imports-only-web-and-contracts',
      comment: 'The web app never imports server code: only src/web, src/contracts and npm packages.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/', pathNot: '^src/(web|contracts)/' },
    },
    {
      name: 'web-no-node-builtins',
      comment: 'The web app runs in the browser: no Node.js core modules.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'contracts-import-only-contracts',
      comment: 'Contracts (zod schemas) are the bottom layer: they import nothing else from src.',
      severity: 'error',
      from: { path: '^src/contracts/' },
      to: { path: '^src/', pathNot: '^src/contracts/' },
    },
    {
      name: 'core-not-to-adapters',
      comment: 'Core (use cases, rules, policy) must not depend on the adapters or the web app.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(api|cli|mcp|web)/' },
    },
    {
      name: 'db-not-to-upper-layers',
      comment: 'Storage (schema, migrations, client) must not depend on core, the adapters or the web app.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(core|api|cli|mcp|web)/' },
    },
    {
      name: 'adapters-not-to-db',
      comment:
        'HTTP routes, MCP tools and CLI commands go through core. They may only open the database ' +
        '(src/db/client.ts) and migrate it (src/db/migrate.ts).',
      severity: 'error',
      from: { path: '^src/(api|cli|mcp)/' },
      to: { path: '^src/db/', pathNot: '^src/db/(client|migrate)\\.ts$' },
    },
    {
      name: 'drizzle-only-in-core-and-db',
      comment: 'SQL lives in core and db; adapters, contracts and the web app do not touch Drizzle.',
      severity: 'error',
      from: { pathNot: '^(src/(core|db)|test|scripts)/' },
      to: { path: '(^|/)node_modules/drizzle-orm/' },
    },

    // ---- hygiene ----------------------------------------------------------------------------
    {
      name: 'no-circular',
      comment: 'Circular dependencies: split the module or invert the dependency.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'The import cannot be resolved to a file: a typo, a missing extension, or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      comment: 'An npm package that is not declared in package.json (it only works by accident of hoisting).',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'server-not-to-dev-dep',
      comment:
        'Server code must not need devDependencies at run time (a production install omits them). ' +
        'Type-only imports are fine. The web app is bundled at build time and is exempt.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/web/' },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only', 'type-import', 'triple-slash-type-reference'],
      },
    },
    {
      name: 'no-deprecated-core',
      comment: 'A deprecated Node.js core module.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['core'], path: '^(punycode|domain|constants|sys|_linklist|_stream_wrap)$' },
    },
  ],

  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['^src/db/migrations/'] },
    moduleSystems: ['es6', 'cjs'],
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
