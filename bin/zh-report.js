#!/usr/bin/env node
// The installed command; `npm install` builds dist/cli.js through the prepare script.
// It relaunches itself once with the huge-page malloc tunable (server/src/processTuning.ts).
const cli = require('../dist/cli.js');
const args = process.argv.slice(2);
const relaunched = cli.relaunchTuned(__filename, args);
if (relaunched !== undefined) process.exitCode = relaunched;
else cli.main(args).then((code) => (process.exitCode = code));
