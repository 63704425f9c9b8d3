#!/usr/bin/env node
// The installed command; `npm install` builds dist/cli.js through the prepare script.
process.exitCode = require('../dist/cli.js').main(process.argv.slice(2));
