// Rewrites the rules table in README.md from the registry (`npm run readme:rules`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { rulesMarkdown } = require('../dist/cli.js');
const readme = readFileSync('README.md', 'utf8');
const next = readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/, `$1${rulesMarkdown()}$2`);
writeFileSync('README.md', next);
console.log(next === readme ? 'README rules table already up to date' : 'README rules table updated');
