// Builds dist/ once before the suites, so integration tests always load the current bundle.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

module.exports = async function globalSetup() {
  const root = path.join(__dirname, '..');
  if (fs.existsSync(path.join(root, 'scripts', 'build.js'))) {
    execFileSync(
      process.execPath,
      [path.join(root, 'scripts', 'build.js'), '--apps-script-only', '--quiet'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  }
};
