// Regenerates the README's generated parts from the code (`npm run readme`): the rules table from
// the registry and the sample report's findings from a real CLI run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { rulesMarkdown } = require('../dist/cli.js');
const sample = spawnSync(process.execPath, ['dist/cli.js', 'lint', 'seeds/daqing-news-stripped.txt'], { encoding: 'utf8' }).stdout;

const replaceBlock = (text, name, body) =>
  text.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`), (_, a, b) => `${a}${body}${b}`);

const readme = readFileSync('README.md', 'utf8');
let next = replaceBlock(readme, 'rules', rulesMarkdown());
next = replaceBlock(next, 'sample', '```text\n' + sample + '```\n');
writeFileSync('README.md', next);
console.log(next === readme ? 'README already up to date' : 'README updated');
