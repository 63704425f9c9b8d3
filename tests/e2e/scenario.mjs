/**
 * The end-to-end steps, in order, each a thing a user sees. Expectations come from the packaged
 * bundles (the CLI's findings, the rule registry, package.json), never from a hard-coded list, so
 * the steps stay true as rules and features land.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from './lib/paths.mjs';
import { cliFindings, lineColumn, listedInProblems, ruleIds } from './lib/expected.mjs';

/** A document with half-width marks in Chinese text: flagged by the oldest rule. */
export const SMOKE_TEXT = '公司(简称伊品)成立了,发展很快.\n';
export const SMOKE_FILE = 'smoke.txt';
export const SEED_FILE = 'daqing-news-stripped.txt';
/** The opened folder's name: the title of the Explorer's file pane. */
export const WORKSPACE_NAME = 'workspace';

/**
 * @typedef {{ wb: ReturnType<typeof import('./lib/workbench.mjs').workbench>, workspace: string, shot: (suffix: string) => Promise<string> }} Ctx
 * @type {Array<{ name: string, title: string, run: (ctx: Ctx) => Promise<string | void> }>}
 */
export const steps = [
  {
    name: 'smoke-diagnostics',
    title: 'the extension activates and flags half-width marks',
    async run({ wb, workspace }) {
      const expected = listedInProblems(cliFindings(join(workspace, SMOKE_FILE)));
      assert.ok(expected.length > 0, 'the CLI finds nothing in the smoke text: the test text no longer exercises any rule');
      await wb.openFile(SMOKE_FILE);
      await wb.showProblems();
      // the language server loads jieba (seconds) before its first diagnostics
      const n = await wb.waitForProblemCount((k) => k === expected.length, `${expected.length} problems (as the CLI finds)`);
      const rows = await wb.problemRows();
      assertRowsAreOurs(rows);
      const first = expected.find((f) => f.ruleId === 'punctuation-halfwidth') ?? expected[0];
      assert.ok(
        rows.some((r) => r.message === first.message && r.code === first.ruleId),
        `no Problems row reads "${first.message}" (${first.ruleId}); rows: ${JSON.stringify(rows)}`,
      );
      return `${n} problems, e.g. ${first.ruleId}: ${first.message}`;
    },
  },
  {
    name: 'quick-fix',
    title: 'a quick fix from the light bulb changes the text',
    async run({ wb, workspace, shot }) {
      const file = join(workspace, SMOKE_FILE);
      const before = readFileSync(file, 'utf8');
      const findings = cliFindings(file);
      const target = findings.find((f) => f.fixable && f.ruleId === 'punctuation-halfwidth') ?? findings.find((f) => f.fixable);
      assert.ok(target, 'no fixable finding in the smoke text');
      await wb.openFile(SMOKE_FILE);
      await wb.showProblems();
      // the row selects the problem's range in the editor; the light bulb sits on that line
      await wb.revealProblem(target.message);
      await wb.waitForCursor(target.line, target.column + target.length);
      const titles = await wb.openLightBulb();
      const title = titles.find((t) => t.trim().endsWith(`（${target.ruleId}）`));
      assert.ok(title, `the light bulb offers no fix for ${target.ruleId}; it offers: ${JSON.stringify(titles)}`);
      await shot('menu');
      const count = await wb.problemCount();
      await wb.chooseAction(title.trim());
      await wb.save();
      const after = readFileSync(file, 'utf8');
      assert.notEqual(after, before, `applying "${title}" left the file unchanged`);
      assert.equal(after.slice(0, target.offset), before.slice(0, target.offset), 'the fix changed text before the finding');
      assert.ok(
        !cliFindings(file).some((f) => f.ruleId === target.ruleId && f.offset === target.offset),
        `after "${title}" the CLI still reports ${target.ruleId} at offset ${target.offset}`,
      );
      await wb.waitForProblemCount((k) => k < count, `fewer than ${count} problems after the fix`, 30_000);
      return `"${title.trim()}": ${JSON.stringify(before.slice(target.offset, target.offset + target.length))} → ${JSON.stringify(after.slice(target.offset, target.offset + 1))}`;
    },
  },
  {
    name: 'seed-problems',
    title: 'the Problems panel lists zh-report findings for the sample report',
    async run({ wb, workspace }) {
      const expected = listedInProblems(cliFindings(join(workspace, SEED_FILE)));
      assert.ok(expected.length > 0, 'the CLI finds nothing in the sample report');
      // closing smoke.txt clears its problems: the panel then counts the seed's alone
      await wb.command('View: Close All Editors');
      await wb.openFile(SEED_FILE);
      await wb.showProblems();
      const n = await wb.waitForProblemCount((k) => k === expected.length, `${expected.length} problems (as the CLI finds)`);
      const rows = await wb.problemRows();
      assertRowsAreOurs(rows);
      const shown = expected.filter((f) => rows.some((r) => r.message === f.message && r.code === f.ruleId));
      assert.ok(shown.length > 0, `no visible row matches a CLI finding; rows: ${JSON.stringify(rows.slice(0, 5))}`);
      // per rule: the panel filtered by the rule id shows as many problems as the CLI finds
      const ids = [...new Set(expected.map((f) => f.ruleId))];
      let quantityExample;
      for (const id of ids) {
        const want = expected.filter((f) => f.ruleId === id).length;
        await wb.filterProblems(id);
        await wb.waitForProblemCount((k) => k === want, `${want} ${id} problems when filtered by its id`, 30_000);
        const rows = await wb.problemRows();
        assert.ok(rows.length > 0 && rows.every((r) => r.code === id), `filtered by ${id}, the panel shows ${JSON.stringify(rows.slice(0, 3))}`);
        const texts = new Set(expected.filter((f) => f.ruleId === id).map((f) => f.message));
        assert.ok(rows.some((r) => texts.has(r.message)), `no ${id} row reads as the CLI's messages; rows: ${JSON.stringify(rows.slice(0, 3))}`);
        if (id.startsWith('quantity-')) quantityExample ??= rows.find((r) => texts.has(r.message))?.message;
      }
      await wb.filterProblems('');
      const byRule = ids.map((id) => `${id} ×${expected.filter((f) => f.ruleId === id).length}`);
      return `${n} problems (${byRule.join(', ')}), e.g. “${quantityExample ?? shown[0].message}”`;
    },
  },
  {
    name: 'hover-person',
    title: "a hover on a person's name shows its card",
    async run({ wb, workspace }) {
      const text = readFileSync(join(workspace, SEED_FILE), 'utf8');
      // people the sample report names after their titles (the fixture's own facts)
      const name = SEED_PEOPLE.find((n) => text.includes(n));
      assert.ok(name, `none of ${SEED_PEOPLE.join('、')} is in the sample report`);
      await wb.openFile(SEED_FILE);
      await wb.find(name);
      const card = await wb.hoverSelection();
      assert.ok(card.includes(name), `the hover over ${name} does not name it: ${JSON.stringify(card)}`);
      assert.ok(card.includes('人名'), `the hover over ${name} is not a person's card: ${JSON.stringify(card)}`);
      return `${name}: ${card.replace(/\s+/g, ' ').slice(0, 160)}`;
    },
  },
  {
    name: 'outline-view',
    title: "VS Code's Outline view shows the report's sections and a click moves the cursor",
    run: (ctx) => sectionsShownAndReachable(ctx, 'Outline'),
  },
  {
    name: 'report-outline',
    title: 'the Report Outline tree shows the sections and a click moves the cursor',
    run: (ctx) =>
      sectionsShownAndReachable(ctx, contributedViewName('zhReport.outline'), async () => {
        // room for the tree (and a readable screenshot): fold the other panes, hide the panel
        await ctx.wb.collapsePane('Outline');
        await ctx.wb.collapsePane(WORKSPACE_NAME);
        await ctx.wb.hidePanel();
      }),
  },
];

/** The name package.json gives a contributed view (the pane's title). */
function contributedViewName(id) {
  const { contributes } = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8'));
  const view = Object.values(contributes.views ?? {}).flat().find((v) => v.id === id);
  assert.ok(view, `package.json contributes no view ${id}`);
  return view.name;
}

/**
 * The pane lists the sample report's sections; clicking a heading that occurs once in the text
 * puts the cursor on that heading (its start or, when the heading is selected, its end).
 */
async function sectionsShownAndReachable({ wb, workspace }, paneTitle, makeRoom = async () => {}) {
  const text = readFileSync(join(workspace, SEED_FILE), 'utf8');
  await wb.openFile(SEED_FILE);
  await makeRoom();
  const rows = await wb.paneRows(paneTitle, 2);
  const labels = rows.map((r) => r.label);
  const findable = rows
    .filter((r) => r.visible)
    .map((r) => r.label)
    .filter((l) => l && !l.endsWith('…') && text.indexOf(l) >= 0 && text.indexOf(l) === text.lastIndexOf(l))
    .filter((l) => labels.filter((other) => other.includes(l)).length === 1); // the row is clicked by its text
  assert.ok(findable.length >= 2, `${paneTitle} shows ${JSON.stringify(labels)}: fewer than two headings found verbatim in the report`);
  const label = findable[findable.length - 1];
  const start = lineColumn(text, text.indexOf(label));
  const end = lineColumn(text, text.indexOf(label) + label.length);
  const before = await wb.cursor();
  await wb.clickPaneRow(paneTitle, label);
  const at = (c, p) => c && c.line === p.line && c.column === p.column;
  const deadline = Date.now() + 30_000;
  let now = await wb.cursor();
  while (!at(now, start) && !at(now, end)) {
    assert.ok(Date.now() < deadline, `clicking “${label}” left the cursor at ${JSON.stringify(now)}, not on the heading (${JSON.stringify(start)}–${JSON.stringify(end)})`);
    await wb.page.waitForTimeout(250);
    now = await wb.cursor();
  }
  return `${labels.length} rows (${labels.slice(0, 4).join(' / ')} …); “${label}”: cursor Ln ${before?.line}, Col ${before?.column} → Ln ${now.line}, Col ${now.column}`;
}

/** Persons named in seeds/daqing-news-stripped.txt, each right after a title (省长王文涛, 副主任宋亚东). */
const SEED_PEOPLE = ['王文涛', '宋亚东'];

let registry;
/** Every row is a zh-report diagnostic of a registered rule. */
function assertRowsAreOurs(rows) {
  registry ??= new Set(ruleIds());
  assert.ok(rows.length > 0, 'the Problems panel shows no rows');
  for (const r of rows) {
    assert.equal(r.source, 'zh-report', `a Problems row is not from zh-report: ${JSON.stringify(r)}`);
    assert.ok(registry.has(r.code), `a Problems row names an unregistered rule: ${JSON.stringify(r)}`);
  }
}
