/**
 * Progress that is never lost: two tabs answering at once lose nothing and
 * follow each other; storage that can be read but not written shows the saved
 * progress read-only, says why and still exports; invalid parts are kept
 * aside; an import previews, merges or replaces, refuses what is unusable and
 * can be undone; a claimed pass without the score is no pass.
 */
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, waitForIsland } from './support/fixtures';

const CHAPTER = 'defining-the-disciplines';
const QUIZ = `/quiz/${CHAPTER}/`;
const AT = '2026-11-30T10:00:00.000Z';
const KEY = 'sxm-progress';

interface Q {
  id: string;
  type: string;
  options?: { text: string; correct?: boolean }[];
}
const singles = (loadYaml(readFileSync(`content/quizzes/${CHAPTER}.yaml`, 'utf8')) as { questions: Q[] }).questions.filter(
  (q) => q.type === 'single',
);

async function answerWrong(page: Page, q: Q) {
  const box = page.locator(`fieldset.question[data-question="${CHAPTER}/${q.id}"]`);
  await box.getByRole('radio', { name: q.options!.find((o) => !o.correct)!.text, exact: true }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.getByRole('button', { name: 'Try again' })).toBeVisible();
}

async function waitLive(page: Page) {
  await expect(page.getByRole('link', { name: /link to this attempt's order/ })).toBeVisible();
}

/** A stored progress record with a passed chapter quiz (90 %) and a passed final exam. */
function stored(extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    v: 1,
    data: {
      read: { [CHAPTER]: AT },
      quizzes: { [CHAPTER]: { attempts: 1, best: 0.9, last: 0.9, at: AT } },
      answers: {},
      current: {},
      final: { best: 0.9, passed: true, at: AT },
      name: 'Ana Lima',
      ...extra,
    },
  });
}

function file(progress: Record<string, unknown>) {
  return {
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ kind: 'sales-x-marketing-progress', version: 1, exportedAt: AT, progress })),
  };
}

/** How many answers the progress page counts (its "Answers by confidence" table). */
async function answersShown(page: Page): Promise<number> {
  const cells = await page.getByRole('table', { name: 'Answers by confidence' }).locator('tbody td:nth-child(2)').allTextContents();
  return cells.reduce((sum, c) => sum + Number(c.trim()), 0);
}

const table = (page: Page) => page.getByRole('table', { name: 'Chapters, reading and quiz results' });

test('two tabs answering at once lose no answer, and an open progress page follows both', async ({ context }) => {
  const watcher = await context.newPage();
  await watcher.goto('/progress/');
  await expect.poll(() => answersShown(watcher)).toBe(0);
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(QUIZ);
  await b.goto(QUIZ);
  await waitLive(a);
  await waitLive(b);
  // Each tab read storage before the other wrote anything.
  await answerWrong(a, singles[0]!);
  await answerWrong(b, singles[1]!);
  await answerWrong(a, singles[2]!);
  const answers = await a.evaluate((k) => Object.keys(JSON.parse(localStorage.getItem(k)!).data.answers), KEY);
  expect(answers.sort()).toEqual([singles[0], singles[1], singles[2]].map((q) => `${CHAPTER}/${q!.id}`).sort());
  await expect.poll(() => answersShown(watcher)).toBe(3);
});

for (const [why, error, words] of [
  ['full', 'QuotaExceededError', 'Browser storage is full'],
  ['blocked', 'SecurityError', 'read its saved progress but not store anything'],
] as const) {
  test(`storage that is ${why}: saved progress is shown read-only, the notice says why, export works`, async ({ page }) => {
    await page.addInitScript(
      ([key, value, name]) => {
        localStorage.setItem(key, value);
        Storage.prototype.setItem = function () {
          throw new DOMException('no', name);
        };
      },
      [KEY, stored(), error] as const,
    );
    await page.goto('/progress/');
    await expect(page.getByRole('status').filter({ hasText: words })).toContainText('Export still works');
    await expect(table(page)).toContainText('✓ Passed');
    await expect(page.getByText('passed with 90%')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.progress.quizzes[CHAPTER].best).toBe(0.9);
    await page.goto('/certificate/');
    await expect(page.getByLabel('Your name, as it should appear on the certificate')).toHaveValue('Ana Lima');
    await page.goto(QUIZ);
    await waitLive(page);
    await answerWrong(page, singles[0]!);
    await expect(page.getByRole('status').filter({ hasText: words }).first()).toBeVisible();
  });
}

test('invalid parts of the stored record are kept aside with a notice, and survive the next write', async ({ page }) => {
  const raw = stored({ answers: { [`${CHAPTER}/${singles[0]!.id}`]: { score: 7, confidence: null, at: AT } } });
  await page.addInitScript(([key, value]) => sessionStorage.getItem('seeded') || (localStorage.setItem(key, value), sessionStorage.setItem('seeded', '1')), [KEY, raw] as const);
  await page.goto('/progress/');
  await expect(page.getByRole('status').filter({ hasText: 'kept aside' })).toContainText('not deleted');
  await expect(table(page)).toContainText('✓ Passed');
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:aside`), KEY)).toBe(raw);
  await page.goto(QUIZ);
  await waitLive(page);
  await answerWrong(page, singles[1]!);
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:aside`), KEY)).toBe(raw);
});

test('import previews, merges or replaces, refuses what is unusable, and can be undone', async ({ page }) => {
  await page.addInitScript(([key, value]) => sessionStorage.getItem('seeded') || (localStorage.setItem(key, value), sessionStorage.setItem('seeded', '1')), [KEY, stored()] as const);
  await page.goto('/progress/');
  const input = page.getByLabel('Import progress from a file');
  await expect(input).toBeEnabled();
  const report = page.locator('.report[role="status"]');

  // Nothing usable: refused, nothing changed.
  await input.setInputFiles(file({ read: { 'Bad Id': 'never' } }));
  await expect(page.getByText('Not imported.')).toBeVisible();
  await expect(page.getByText('no usable progress')).toBeVisible();
  await expect(table(page)).toContainText('90%');

  // Too large: refused before it is read.
  await input.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(3_000_000, 32) });
  await expect(page.getByText('so it was not read')).toBeVisible();

  // A worse score and another chapter read: the preview says what each way does.
  const incoming = { read: { 'the-teams': AT }, quizzes: { [CHAPTER]: { attempts: 2, best: 0.5, last: 0.5, at: AT } } };
  await input.setInputFiles(file(incoming));
  await expect(page.getByRole('heading', { name: 'Import “progress.json”?' })).toBeFocused();
  await expect(report).toContainText('Merge keeps the better of each record: 1 chapter marked read.');
  await expect(report).toContainText(
    'this browser would lose 1 chapter read, 1 best score lowered, your better final-exam result, your certificate name.',
  );
  expect(await axeViolations(page, 'main')).toEqual([]);
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(table(page)).toContainText('50%');
  await expect(page.getByText('Final exam: not taken yet')).toBeVisible();

  // Undo puts the backup back.
  await page.getByRole('button', { name: 'Undo the last import or reset' }).click();
  await expect(table(page)).toContainText('90%');
  await expect(page.getByText('passed with 90%')).toBeVisible();

  // Merge keeps the 90 % and adds the chapter read.
  await input.setInputFiles(file(incoming));
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('Merged: the better of each record was kept.')).toBeVisible();
  await expect(table(page)).toContainText('90%');
  await expect(table(page).getByRole('row', { name: /The teams/i })).toContainText('✓ Read');
});

test('a file that claims a pass with a 0 % score gives no certificate', async ({ page }) => {
  await page.goto('/progress/');
  // The import reads the file only once the page is live; choosing it earlier did nothing (race).
  await waitForIsland(page, 'progress');
  await page.getByLabel('Import progress from a file').setInputFiles(file({ final: { best: 0, passed: true, at: AT } }));
  await expect(page.getByText('counts as not passed')).toBeVisible();
  await page.getByRole('button', { name: 'Replace' }).click();
  await page.goto('/certificate/');
  await expect(page.getByText(/Pass the final exam with 80%/)).toBeVisible();
});

test('a reset in one tab is followed by another, and not undone by its next answer', async ({ context }) => {
  const a = await context.newPage();
  await a.goto(QUIZ);
  await waitLive(a);
  await answerWrong(a, singles[0]!);
  const b = await context.newPage();
  await b.goto('/progress/');
  await expect.poll(() => answersShown(b)).toBe(1);
  await b.getByRole('button', { name: 'Reset progress…' }).click();
  await b.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect.poll(() => answersShown(b)).toBe(0);
  // Tab a, still open on the quiz, answers again: the old answer does not come back.
  await answerWrong(a, singles[1]!);
  await expect.poll(() => answersShown(b)).toBe(1);
  const answers = await a.evaluate((k) => Object.keys(JSON.parse(localStorage.getItem(k)!).data.answers), KEY);
  expect(answers).toEqual([`${CHAPTER}/${singles[1]!.id}`]);
  await expect(b.getByRole('button', { name: 'Undo the last import or reset' })).toBeVisible();
});

test('a reset deletes the review schedule too, and Undo brings back progress and schedule together', async ({
  page,
}) => {
  const cards = () =>
    page.evaluate(() => {
      const raw = localStorage.getItem('sxm-review');
      return raw ? Object.keys((JSON.parse(raw) as { data: { cards: object } }).data.cards).length : 0;
    });
  await page.goto(QUIZ);
  await waitLive(page);
  await answerWrong(page, singles[0]!);
  await answerWrong(page, singles[1]!);
  await expect.poll(cards).toBe(2);

  await page.goto('/progress/');
  await waitForIsland(page, 'progress');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect.poll(() => answersShown(page)).toBe(0);
  await expect.poll(cards).toBe(0);

  await page.getByRole('button', { name: 'Undo the last import or reset' }).click();
  await expect.poll(() => answersShown(page)).toBe(2);
  await expect.poll(cards).toBe(2);
  // The schedule came back as it was: both questions are due again on the review page.
  await page.goto('/quiz/review/');
  await waitLive(page);
  await expect(page.getByRole('region', { name: 'Review schedule' })).toContainText(/Coming: 2|2 questions due/);
});
