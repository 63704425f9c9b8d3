/**
 * What a person does in the VS Code workbench, as playwright calls on code-server's page: open a
 * file from the Explorer, run a command, find text, read the Problems panel, hover, click.
 * Waits are for conditions (the machine may be busy), never fixed sleeps, except where VS Code
 * itself debounces (hover delay, cursor-driven light bulb).
 */

const LONG = 120_000;

/** @param {import('playwright-core').Page} page */
export function workbench(page) {
  const wb = {
    page,

    async load(url) {
      await page.goto(url, { timeout: LONG });
      await page.waitForSelector('.monaco-workbench', { timeout: LONG });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: LONG });
    },

    /** Opens a file by clicking it in the Explorer and waits until its text is rendered. */
    async openFile(name) {
      await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).click();
      await page.waitForSelector(`.tabs-container .tab.active[data-resource-name="${name}"]`, { timeout: LONG });
      await page.waitForFunction(() => (document.querySelector('.editor-instance .view-lines')?.textContent ?? '').length > 0, null, { timeout: LONG });
    },

    /** Runs a command by its title from the command palette (F1). */
    async command(title) {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${title}`);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      await row.waitFor({ state: 'visible', timeout: 30_000 });
      await row.click();
    },

    /**
     * Selects the first occurrence of `text` after the cursor with the Find widget, then closes it.
     * (Find rather than Go to Line/Column: on CJK text, `:3:494` put the cursor at the status
     * bar's Col 247, so its column is not the UTF-16 column the CLI reports.)
     */
    async find(text) {
      await page.keyboard.press('Control+f');
      const input = page.locator('.monaco-editor .find-widget textarea:visible, .monaco-editor .find-widget input:visible').first();
      await input.waitFor({ state: 'visible' });
      await input.fill(text);
      await page.waitForFunction(
        (n) => new RegExp(`\\(${n} selected\\)`).test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? ''),
        text.length,
        { timeout: 30_000 },
      );
      await page.keyboard.press('Escape');
    },

    /** Clicks the Problems row with this message: the editor opens with the cursor on the problem. */
    async revealProblem(message) {
      const row = page.locator('.markers-panel .monaco-list-row[aria-level="2"]', { has: page.locator('.marker-message', { hasText: message }) }).first();
      await row.dblclick();
    },

    /** The cursor as the status bar shows it ("Ln 3, Col 120"). */
    async cursor() {
      const text = (await page.locator('#status\\.editor\\.selection').textContent({ timeout: 10_000 })) ?? '';
      const m = /Ln (\d+), Col (\d+)/.exec(text);
      return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
    },

    async waitForCursor(line, column, timeout = 30_000) {
      try {
        await page.waitForFunction(
          ([l, c]) => new RegExp(`Ln ${l}, Col ${c}\\b`).test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? ''),
          [line, column],
          { timeout },
        );
      } catch {
        throw new Error(`the cursor did not reach Ln ${line}, Col ${column}; the status bar shows ${JSON.stringify(await wb.cursor())}`);
      }
    },

    /**
     * Expands the side-bar pane with this title (Explorer's Outline, a contributed tree view) and
     * returns its rendered rows once there are at least `min`.
     */
    async paneRows(title, min = 1) {
      const pane = wb.pane(title);
      const header = pane.locator('.pane-header').first();
      await header.waitFor({ state: 'visible', timeout: LONG });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const rows = pane.locator('.pane-body .monaco-list-row');
      // the list renders a few rows past its scroll window, and a pane just expanded is still
      // being laid out: wait for `min` rows inside the pane's body, the ones a click can reach
      const read = () =>
        rows.evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            const body = e.closest('.pane-body')?.getBoundingClientRect();
            const label = (e.querySelector('.label-name')?.textContent ?? e.textContent ?? '').trim();
            return { label, visible: !!body && r.height > 0 && r.top >= body.top && r.bottom <= body.bottom };
          }),
        );
      const deadline = Date.now() + LONG;
      for (;;) {
        const found = await read();
        if (found.filter((r) => r.visible).length >= min) {
          await page.waitForTimeout(500); // rows of a tree still filling in (e.g. after a refresh)
          return read();
        }
        if (Date.now() > deadline) throw new Error(`the ${title} pane shows ${JSON.stringify(found)}, expected at least ${min} visible rows`);
        await page.waitForTimeout(500);
      }
    },

    async collapsePane(title) {
      const header = wb.pane(title).locator('.pane-header').first();
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    },

    async hidePanel() {
      if ((await page.locator('.part.panel:visible').count()) > 0) await wb.command('View: Hide Panel');
    },

    pane(title) {
      return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header .title', { hasText: title }) });
    },

    async clickPaneRow(title, label) {
      await wb.pane(title).locator('.pane-body .monaco-list-row', { has: page.locator(`.label-name:has-text("${label}")`) }).first().click();
    },

    async showProblems() {
      await wb.command('View: Focus Problems');
      await page.waitForSelector('.markers-panel', { timeout: 30_000 });
    },

    /** The total the Problems panel announces ("Showing 4 problems"), or 0 when it shows none. */
    async problemCount() {
      const label = (await page.locator('#markers-panel-arialabel').getAttribute('aria-label', { timeout: 10_000 })) ?? '';
      const m = /(\d+)/.exec(label);
      return m ? Number(m[1]) : 0;
    },

    /** Waits until the Problems panel announces a count that satisfies `ok`, and returns it. */
    async waitForProblemCount(ok, what, timeout = LONG) {
      const deadline = Date.now() + timeout;
      let n = -1;
      for (;;) {
        n = await wb.problemCount().catch(() => -1);
        if (n >= 0 && ok(n)) return n;
        if (Date.now() > deadline) throw new Error(`Problems panel: expected ${what}, it shows ${n} after ${timeout / 1000} s`);
        await page.waitForTimeout(500);
      }
    },

    /** Types into the Problems panel's filter box; the panel then announces "Showing N of M". */
    async filterProblems(text) {
      const input = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
      await input.fill(text);
      await page.waitForTimeout(800); // the filter is debounced
    },

    /** The rendered problem rows (the list is virtual: only those in view). */
    async problemRows() {
      return page.$$eval('.markers-panel .monaco-list-row[aria-level="2"]', (rows) =>
        rows.map((r) => ({
          message: r.querySelector('.marker-message')?.textContent ?? '',
          source: r.querySelector('.marker-source')?.textContent ?? '',
          code: r.querySelector('.marker-code')?.textContent ?? '',
          position: r.querySelector('.marker-line')?.textContent ?? '',
        })),
      );
    },

    /** Hovers the first character of the selection and returns the hover widget's text. */
    async hoverSelection() {
      // the editor redraws its selection elements on each render: read one's box in one go
      const handle = await page.waitForFunction(
        () => {
          for (const e of document.querySelectorAll('.monaco-editor .view-overlays .selected-text')) {
            const r = e.getBoundingClientRect();
            if (r.width > 0 && r.height > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
          }
          return undefined;
        },
        null,
        { timeout: 30_000 },
      );
      const box = await handle.jsonValue();
      const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
      for (let attempt = 1; ; attempt++) {
        // VS Code shows a hover after the mouse rests on a word; come from outside the word
        await page.mouse.move(box.x - 40, box.y - 40);
        await page.mouse.move(box.x + 4 + attempt, box.y + box.height / 2, { steps: 4 });
        try {
          await hover.waitFor({ state: 'visible', timeout: 15_000 });
          break;
        } catch {
          if (attempt === 3) throw new Error(`no hover appeared over the selection at ${JSON.stringify(box)}`);
        }
      }
      // the widget shows "Loading..." until the language server answers (a busy machine: seconds)
      const deadline = Date.now() + 60_000;
      let text = '';
      while (Date.now() < deadline) {
        text = ((await hover.textContent().catch(() => '')) ?? '').trim();
        if (text && !/^Loading/.test(text)) break;
        await page.waitForTimeout(250);
      }
      await page.waitForTimeout(300); // the hover fills in its parts as they resolve
      return (await hover.textContent().catch(() => text)) ?? text;
    },

    /** Opens the light bulb at the cursor and returns the titles of the actions it offers. */
    async openLightBulb() {
      const bulb = page.locator('.monaco-editor .lightBulbWidget:visible').first();
      await bulb.waitFor({ state: 'visible', timeout: 30_000 });
      await bulb.click();
      const item = page.locator('.action-widget .monaco-list-row.action');
      await item.first().waitFor({ state: 'visible', timeout: 30_000 });
      return item.allTextContents();
    },

    async chooseAction(title) {
      await page.locator('.action-widget .monaco-list-row.action', { hasText: title }).first().click();
    },

    async save() {
      await page.keyboard.press('Control+s');
      await page.waitForSelector('.tabs-container .tab.active:not(.dirty)', { timeout: 30_000 });
    },
  };
  return wb;
}
