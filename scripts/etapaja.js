#!/usr/bin/env node
// The `etapaja` command: runs the built command line (npm run build makes build/cli.js).
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'build', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('Etäpaja is not built yet. Run: npm run build');
  process.exit(1);
}
require(cli);
