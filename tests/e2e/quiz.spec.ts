/**
 * Quizzes and progress, end to end: a chapter quiz by keyboard alone, scores
 * that survive a reload, review of mistakes, export/import, storage failures,
 * the final exam and its one-page certificate, the no-JS view and axe on every
 * state. Answers come from the content files / the built question pool.
 */
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations, useTheme } from './support/fixtures';

// axe over a page full of questions takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

const CHAPTER = 'defining-the-disciplines';
const QUIZ = `/quiz/${CHAPTER}/`;

interface Opt {
  text: string;
  correct?: boolean;
  why: string;
}
interface Q {
  id: string;
  key?: string;
  type: 'single' | 'multiple' | 'truefalse' | 'order' | 'categorize' | 'match';
  prompt: string;
  explanation: string;
  ref: string;
  options?: Opt[];
  answer?: boolean;
  items?: (string | { text: string; category: string })[];
  categories?: string[];
  pairs?: { item: string; match: string }[];
}

const chapterQuestions: Q[] = (
  loadYaml(readFileSync(`content/quizzes/${CHAPTER}.yaml`, 'utf8')) as { questions: Q[] }
).questions.map((q) => ({ ...q, key: `${CHAPTER}/${q.id}` }));

function questionBox(page: Page, key: string): Locator {
  return page.locator(`fieldset.question[data-question="${key}"]`);
}

/** Presses Tab until `target` has focus (targets are ahead in DOM order). */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Labels of the radios/checkboxes of a question, in the order shown. */
async function shownOptions(box: Locator, role: 'radio' | 'checkbox'): Promise<string[]> {
  return box.locator(`.options input[type=${role}]`).evaluateAll((els) =>
    els.map((el) => (el.closest('label')?.querySelector('.option-text')?.textContent ?? '').trim()),
  );
}

async function shownOrder(box: Locator): Promise<string[]> {
  return (await box.locator('.order .item-text').allTextContents()).map((t) => t.trim());
}

function rightOrder(q: Q): string[] {
  return (q.items as string[]).slice();
}

/** Answers one question with the keyboard only. `wrong` picks a wrong option (choice questions). */
async function answerByKeyboard(page: Page, q: Q, wrong = false) {
  const box = questionBox(page, q.key!);
  if (q.type === 'single' || q.type === 'truefalse') {
    const labels = q.type === 'single' ? await shownOptions(box, 'radio') : ['True', 'False'];
    const want =
      q.type === 'single'
        ? labels.findIndex((l) => !!q.options!.find((o) => o.text === l)!.correct === !wrong)
        : labels.indexOf((q.answer !== wrong) ? 'True' : 'False');
    await tabTo(page, box.locator('.options input').first());
    if (want === 0) await page.keyboard.press('Space');
    for (let i = 0; i < want; i++) await page.keyboard.press('ArrowDown');
  } else if (q.type === 'multiple') {
    const labels = await shownOptions(box, 'checkbox');
    for (const [i, l] of labels.entries()) {
      if (q.options!.find((o) => o.text === l)!.correct) {
        await tabTo(page, box.locator('.options input').nth(i));
        await page.keyboard.press('Space');
      }
    }
  } else if (q.type === 'order') {
    const target = rightOrder(q);
    for (let pos = 0; pos < target.length; pos++) {
      let now = (await shownOrder(box)).indexOf(target[pos]!);
      if (now === pos) continue;
      const up = box.locator('.order li').nth(now).getByRole('button', { name: 'Move up' });
      await tabTo(page, up);
      while (now > pos) {
        await page.keyboard.press('Enter');
        now--;
        // Focus stays on the moved item's button (or its sibling at the top).
      }
      expect((await shownOrder(box))[pos]).toBe(target[pos]);
    }
  } else {
    const selects = box.locator('select');
    const n = await selects.count();
    for (let i = 0; i < n; i++) {
      const sel = selects.nth(i);
      const label = (await box.locator(`label[for="${await sel.getAttribute('id')}"]`).textContent())!.trim();
      const wantLabel =
        q.type === 'categorize'
          ? (q.items as { text: string; category: string }[]).find((it) => it.text === label)!.category
          : q.pairs!.find((p) => p.item === label)!.match;
      const options = (await sel.locator('option').allTextContents()).map((t) => t.trim());
      const k = options.indexOf(wantLabel);
      await tabTo(page, sel);
      for (let j = 0; j < k; j++) await page.keyboard.press('ArrowDown');
      await expect(sel).toHaveValue(/\d+/);
    }
  }
  await tabTo(page, box.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
}

/** Answers one question right with the mouse (used where keyboard is not the point). */
async function answerRight(page: Page, q: Q) {
  const box = questionBox(page, q.key!);
  if (q.type === 'single') await box.getByRole('radio', { name: q.options!.find((o) => o.correct)!.text, exact: true }).check();
  else if (q.type === 'truefalse') await box.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true }).check();
  else if (q.type === 'multiple') {
    for (const o of q.options!.filter((x) => x.correct)) await box.getByRole('checkbox', { name: o.text, exact: true }).check();
  } else if (q.type === 'order') {
    const target = rightOrder(q);
    for (let pos = 0; pos < target.length; pos++) {
      let now = (await shownOrder(box)).indexOf(target[pos]!);
      while (now > pos) {
        await box.locator('.order li').nth(now).getByRole('button', { name: 'Move up' }).click();
        now--;
      }
    }
  } else if (q.type === 'categorize') {
    for (const it of q.items as { text: string; category: string }[]) {
      await box.getByLabel(it.text, { exact: true }).selectOption({ label: it.category });
    }
  } else {
    for (const p of q.pairs!) await box.getByLabel(p.item, { exact: true }).selectOption({ label: p.match });
  }
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.getByRole('status').first()).toContainText('Correct.');
}

async function answerWrong(page: Page, q: Q) {
  const box = questionBox(page, q.key!);
  if (q.type !== 'single') throw new Error('answerWrong expects a single-choice question');
  await box.getByRole('radio', { name: q.options!.find((o) => !o.correct)!.text, exact: true }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.feedback')).toContainText('Not quite.');
}

async function waitLive(page: Page) {
  // The island is live once the seed link (rendered only in the browser) appears.
  await expect(page.getByRole('link', { name: /link to this attempt's order/ })).toBeVisible();
}

/** axe over the widgets (the sitemap sweep in site.spec.ts covers whole pages). */
async function expectNoAxe(page: Page, scope = 'main') {
  expect(await axeViolations(page, scope)).toEqual([]);
}

test.describe('chapter quiz', () => {
  test('can be taken by keyboard alone; a wrong answer explains and links back; the score survives a reload', async ({
    page,
    problems,
  }) => {
    await page.goto(QUIZ);
    await waitLive(page);
    await expectNoAxe(page);
    await expect(page.getByText('Score: 0 of 10')).toBeVisible();

    const [first, ...rest] = chapterQuestions;
    // The first question is answered wrong on purpose.
    await answerByKeyboard(page, first!, true);
    const fb = questionBox(page, first!.key!).locator('.feedback');
    await expect(fb).toHaveAttribute('role', 'status');
    await expect(fb).toContainText(/^\s*Not quite\./);
    await expect(fb).toContainText(first!.explanation);
    await expect(fb).toContainText('You chose');
    const link = fb.getByRole('link', { name: /Re-read “What sales is”/ });
    await expect(link).toHaveAttribute('href', `/chapters/${CHAPTER}/#what-sales-is`);
    await expect(questionBox(page, first!.key!).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(questionBox(page, first!.key!).getByRole('button', { name: 'Show answer' })).toBeVisible();
    await expectNoAxe(page);

    for (const q of rest) {
      await answerByKeyboard(page, q);
      await expect(questionBox(page, q.key!).locator('.feedback')).toContainText(/^\s*Correct\./);
    }
    await expect(page.getByText('Score: 9 of 10')).toBeVisible();
    const result = page.getByRole('region', { name: 'Your result' });
    await expect(result).toBeFocused();
    await expect(result).toContainText('90%');
    await expect(result).toContainText('✓ Passed');
    await expect(result.getByRole('link', { name: 'What sales is' })).toBeVisible();
    await expectNoAxe(page);

    // Reload: the score, the checked answers and the result are all still there.
    await page.reload();
    await waitLive(page);
    await expect(page.getByText('Score: 9 of 10')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your result' })).toContainText('90%');
    await expect(questionBox(page, first!.key!).locator('.feedback')).toContainText('Not quite.');

    // The link back works, by keyboard.
    const back = questionBox(page, first!.key!).getByRole('link', { name: /Re-read/ });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/chapters/${CHAPTER}/#what-sales-is$`));
    await expect(page.locator('#what-sales-is')).toHaveText('What sales is');
    void problems;
  });

  test('Try again and Show answer; order moves are announced; axe passes in every state and theme', async ({
    page,
    problems,
  }) => {
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.goto(QUIZ);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await waitLive(page);
      const q = chapterQuestions[0]!;
      await answerWrong(page, q);
      const box = questionBox(page, q.key!);
      await box.getByRole('button', { name: 'Show answer' }).click();
      await expect(box.locator('.feedback')).toContainText('The answer');
      await expect(box.getByRole('radio', { name: q.options!.find((o) => o.correct)!.text })).toBeChecked();
      await expectNoAxe(page);
      await box.getByRole('button', { name: 'Try again' }).click();
      await expect(box.locator('.feedback')).toBeEmpty();
      await answerRight(page, q);
      await expect(box.locator('.feedback')).toContainText('is the one that counts');
      await expect(page.getByText('Score: 0 of 10')).toBeVisible();

      const order = chapterQuestions.find((x) => x.type === 'order')!;
      const obox = questionBox(page, order.key!);
      const firstItem = (await shownOrder(obox))[1]!;
      await obox.locator('.order li').nth(1).getByRole('button', { name: 'Move up' }).click();
      await expect(obox.locator('[aria-live=polite]')).toHaveText(`“${firstItem}” moved to position 1 of 5.`);
      await expect(obox.locator('.order li').first().getByRole('button', { name: 'Move down' })).toBeFocused();

      const cat = chapterQuestions.find((x) => x.type === 'categorize')!;
      const cbox = questionBox(page, cat.key!);
      await cbox.getByRole('button', { name: 'Check answer' }).click();
      await expect(cbox.locator('.feedback')).toHaveText('Choose an answer for every item before checking.');
      await expectNoAxe(page);
    }
    void problems;
  });

  test('the chapter counts as read at its end, and the chapter menu marks it', async ({ page, problems }) => {
    await page.goto(`/chapters/${CHAPTER}/`);
    await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeAttached();
    await page.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
    await expect(page.locator('.chapter-quiz').getByRole('link', { name: /link to this attempt's order/ })).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('sxm-progress') ?? '{}')?.data?.read ?? {}))
      .toHaveProperty(CHAPTER);
    await page.getByText('Chapters', { exact: true }).click();
    await expect(page.locator(`a[data-chapter="${CHAPTER}"]`)).toContainText('✓ Read');
    await expectNoAxe(page);
    void problems;
  });
});

test('a wrong answer reappears in Review mistakes, and leaves it once answered right', async ({ page, problems }) => {
  await page.goto(QUIZ);
  await waitLive(page);
  const q = chapterQuestions[0]!;
  await answerWrong(page, q);
  await page.goto('/progress/');
  await expect(page.getByText('1 question is waiting for another try.')).toBeVisible();
  await page.getByRole('link', { name: 'Review mistakes' }).click();
  await expect(page).toHaveURL(/\/quiz\/review\/$/);
  await waitLive(page);
  const box = questionBox(page, q.key!);
  await expect(box.locator(':scope > legend')).toContainText(q.prompt);
  await expect(page.locator('fieldset.question[data-question]')).toHaveCount(1);
  await expectNoAxe(page);
  await answerRight(page, q);
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText('100%');
  await page.goto('/progress/');
  await expect(page.getByText('No mistakes to review.')).toBeVisible();
  void problems;
});

test('export, then import in a fresh browser, restores progress; a bad file is reported', async ({
  page,
  browser,
  problems,
}, testInfo) => {
  await page.goto(QUIZ);
  await waitLive(page);
  for (const q of chapterQuestions) await answerRight(page, q);
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText('100%');
  await page.goto('/progress/');
  await expect(page.getByRole('table', { name: 'Chapters, reading and quiz results' })).toContainText('100%');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress (JSON)' }).click()]);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^sales-x-marketing-progress-\d{4}-\d\d-\d\d\.json$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(e.message));
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await other.goto('/progress/');
  await expect(other.getByRole('table', { name: 'Chapters, reading and quiz results' })).toContainText('Take the quiz');

  // A file that is not progress is refused, with the reason.
  await other.getByLabel('Import progress from a file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(other.getByRole('status').filter({ hasText: 'Not imported.' })).toContainText('not a progress file');

  // A file with one bad entry imports the rest and says what was left out.
  const data = JSON.parse(readFileSync(file, 'utf8'));
  data.progress.answers['x/bad'] = { score: 7, confidence: null, at: 'soon' };
  await other.getByLabel('Import progress from a file').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  const report = other.getByRole('status').filter({ hasText: 'Imported.' });
  await expect(report).toContainText('Found 0 chapters read, 1 quiz taken and 10 answers.');
  await expect(report).toContainText('Answer "x/bad"');
  await expect(other.getByRole('table', { name: 'Chapters, reading and quiz results' })).toContainText('✓ Passed');
  expect(await axeViolations(other, 'main')).toEqual([]);

  // And the exported file as it was.
  await other.getByLabel('Import progress from a file').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported.' })).not.toContainText('left out');
  await other.goto('/quiz/');
  await expect(other.locator(`[data-best="${CHAPTER}"]`)).toContainText('Best 100%');
  await other.goto(QUIZ);
  await expect(other.getByText('Score: 10 of 10')).toBeVisible();

  // Reset asks first, then deletes.
  await other.goto('/progress/');
  await other.getByRole('button', { name: 'Reset progress…' }).click();
  await expect(other.getByRole('button', { name: 'Yes, delete my progress' })).toBeFocused();
  await other.getByRole('button', { name: 'Cancel' }).click();
  await expect(other.getByRole('table', { name: 'Chapters, reading and quiz results' })).toContainText('✓ Passed');
  await other.getByRole('button', { name: 'Reset progress…' }).click();
  await other.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect(other.getByText('All progress in this browser was deleted.')).toBeVisible();
  await expect(other.getByRole('table', { name: 'Chapters, reading and quiz results' })).toContainText('Take the quiz');
  await fresh.close();
  expect(errors).toEqual([]);
  void problems;
});

test.describe('storage that fails', () => {
  test('a corrupt stored value leaves the quiz working, with a notice', async ({ page, problems }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('sxm-progress', '{"v":1,"data":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(QUIZ);
    await waitLive(page);
    const notice = page.getByRole('status').filter({ hasText: 'not being saved' });
    await expect(notice).toContainText('Saved progress could not be read');
    const q = chapterQuestions[0]!;
    await answerRight(page, q);
    await expect(page.getByText('Score: 1 of 10')).toBeVisible();
    // The unreadable value was kept, not overwritten.
    expect(await page.evaluate(() => localStorage.getItem('sxm-progress'))).toBe('{"v":1,"data":');
    await expectNoAxe(page);
    await page.getByRole('button', { name: 'Start fresh and save from now on' }).click();
    await expect(page.getByText('not being saved')).toHaveCount(0);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('sxm-progress')!));
    expect(saved.data.answers[q.key!].score).toBe(1);
    void problems;
  });

  test('storage that throws on every write: the quiz works and says progress is not being saved', async ({
    page,
    problems,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto(QUIZ);
    await waitLive(page);
    await expect(page.getByRole('status').filter({ hasText: 'progress is not being saved' })).toBeVisible();
    await answerRight(page, chapterQuestions[0]!);
    await expect(page.getByText('Score: 1 of 10')).toBeVisible();
    await page.goto('/progress/');
    await expect(page.getByRole('status').filter({ hasText: 'progress is not being saved' })).toBeVisible();
    void problems;
  });
});

test('passing the final exam leads to a certificate that prints on one page', async ({ page, problems }) => {
  test.setTimeout(180_000);
  const pool = (await (await page.request.get('/quiz/pool.json')).json()) as Q[];
  const byKey = new Map(pool.map((q) => [q.key!, q]));
  await page.goto('/certificate/');
  await expect(page.getByText(/Pass the final exam with 80%/)).toBeVisible();

  await page.goto('/quiz/final/');
  await waitLive(page);
  const keys = await page.locator('fieldset.question[data-question]').evaluateAll((els) =>
    els.map((e) => (e as HTMLElement).dataset.question!),
  );
  expect(keys.length).toBe(Math.min(25, pool.length));
  expect(new Set(keys.map((k) => k.split('/')[0])).size).toBe(new Set(pool.map((q) => q.key!.split('/')[0])).size);
  for (const k of keys) await answerRight(page, byKey.get(k)!);
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result).toContainText('100%');
  await expect(result).toContainText('✓ Passed');
  await expectNoAxe(page);
  await result.getByRole('link', { name: 'Get your certificate' }).click();

  await expect(page).toHaveURL(/\/certificate\/$/);
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Maria <b>Lopez</b>');
  const cert = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(cert).toContainText('Maria <b>Lopez</b>');
  await expect(cert).toContainText('100%');
  await expectNoAxe(page);
  await page.reload();
  await expect(page.getByLabel('Your name, as it should appear on the certificate')).toHaveValue('Maria <b>Lopez</b>');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the certificate' })).toBeHidden();
  await expect(cert).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBe(1);

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/quiz/');
  await expect(page.locator('[data-best="final"]')).toContainText('✓ Passed');
  void problems;
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question shows with its answer and explanation in a disclosure', async ({ page, problems }) => {
    await page.goto(QUIZ);
    const boxes = page.locator('fieldset.question');
    await expect(boxes).toHaveCount(chapterQuestions.length);
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    for (const q of chapterQuestions) {
      const box = questionBox(page, q.key!);
      await expect(box.locator(':scope > legend')).toContainText(q.prompt);
      const details = box.locator('details');
      await expect(details.locator('summary')).toHaveText('Show the answer');
      await expect(details.getByText(q.explanation)).toBeHidden();
      await details.locator('summary').click();
      await expect(details.getByText(q.explanation)).toBeVisible();
      await expect(details.getByRole('link', { name: /Re-read/ })).toHaveAttribute('href', /^\/chapters\/[a-z-]+\/#[a-z0-9-]+$/);
    }

    await page.goto(`/chapters/${CHAPTER}/`);
    await expect(page.locator('.chapter-quiz fieldset.question')).toHaveCount(chapterQuestions.length);
    await page.goto('/quiz/review/');
    await expect(page.getByText('this review needs JavaScript')).toBeVisible();
    void problems;
  });
});
