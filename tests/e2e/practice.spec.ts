import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { watchPage } from '../support/site';
import { axe, axeViolations } from '../support/axe';


interface Exercise {
  slug: string;
  title: string;
  app: string;
  lesson: string;
  finish: string;
  steps: { instruction: string; hint: string; done?: string; screen: { title: string; items: { kind: string; label: string; target?: boolean }[] } }[];
}

interface Scenario {
  id: string;
  from: string;
  answer: 'lừa đảo' | 'an toàn';
  why: string;
}

const exercises: Exercise[] = readdirSync('content/practice')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ ...(parse(readFileSync(`content/practice/${name}`, 'utf8')) as Omit<Exercise, 'slug'>), slug: name.replace(/\.yaml$/, '') }));
const { scenarios } = parse(readFileSync('content/drills/lua-dao.yaml', 'utf8')) as { scenarios: Scenario[] };
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const targetOf = (step: Exercise['steps'][number]) => step.screen.items.find((item) => item.target)?.label ?? '';

const player = (page: Page) => page.locator('hvs-practice');
const currentStep = (page: Page) => player(page).locator('[data-step]:visible');
const targetButton = (scope: Locator) => scope.locator('button[data-target]');

test('the practice page lists every exercise and the scam drill', async ({ page }) => {
  await page.goto('thuc-hanh/');
  for (const exercise of exercises) await expect(page.locator(`a[href$="thuc-hanh/${exercise.slug}/"]`)).toHaveText(exercise.title);
  await expect(page.getByRole('link', { name: /Tập nhận biết lừa đảo/ })).toBeVisible();
});

for (const exercise of exercises) {
  test(`"${exercise.title}" completes by touch, one step at a time`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 }, baseURL: String(testInfo.project.use.baseURL) });
    const page = await context.newPage();
    const problems = watchPage(page, testInfo);
    await page.goto(`thuc-hanh/${exercise.slug}/`);
    for (const [index, step] of exercise.steps.entries()) {
      await expect(currentStep(page)).toHaveCount(1);
      await expect(currentStep(page).locator('[data-instruction]')).toContainText(`Bước ${index + 1}/${exercise.steps.length}`);
      await expect(currentStep(page).locator('[data-instruction]')).toContainText(step.instruction);
      await expect(currentStep(page).getByRole('group', { name: `Màn hình tập luyện: ${exercise.app}, ${step.screen.title}`, exact: true })).toBeVisible();
      await targetButton(currentStep(page)).tap();
    }
    await expect(page.getByRole('heading', { name: 'Bạn đã làm xong!' })).toBeFocused();
    await expect(player(page)).toContainText(exercise.finish);
    await expect(player(page).getByRole('link', { name: 'Quay lại bài học' })).toHaveAttribute('href', new RegExp(`${exercise.lesson}/$`));
    await page.getByRole('button', { name: /Làm lại từ đầu/ }).tap();
    await expect(currentStep(page).locator('[data-instruction]')).toContainText('Bước 1/');
    expect(problems).toEqual([]);
    await context.close();
  });

  test(`"${exercise.title}" completes by keyboard alone`, async ({ page }) => {
    await page.goto(`thuc-hanh/${exercise.slug}/`);
    for (const step of exercise.steps) {
      // From wherever focus is, Tab reaches the right button; Enter presses it.
      let reached = false;
      for (let presses = 0; presses < 40 && !reached; presses += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-target') ?? false);
      }
      expect(reached, `Tab reaches "${targetOf(step)}"`).toBe(true);
      await expect(page.locator(':focus')).toContainText(targetOf(step));
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: 'Bạn đã làm xong!' })).toBeFocused();
  });
}

test('a wrong tap gives a gentle hint and marks the right place', async ({ page }) => {
  const exercise = exercises[0] as Exercise;
  const step = exercise.steps[0];
  await page.goto(`thuc-hanh/${exercise.slug}/`);
  const wrong = currentStep(page).locator('button[data-choice]:not([data-target])').first();
  await wrong.click();
  await expect(page.getByRole('status').filter({ hasText: 'Chưa đúng' })).toContainText(step?.hint ?? '');
  await expect(targetButton(currentStep(page)).getByText('Bấm vào đây')).toBeVisible();
  await expect(currentStep(page).locator('[data-instruction]')).toContainText('Bước 1/');
  await targetButton(currentStep(page)).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đúng rồi' })).toBeVisible();
  await expect(currentStep(page).getByText('Bấm vào đây')).toBeHidden();
});

test('each message is said once, and the hint does not look like the focus ring', async ({ page }) => {
  // An exercise whose first step's own message already says "Đúng rồi".
  const exercise = exercises.find((candidate) => candidate.steps[0]?.done?.startsWith('Đúng rồi')) as Exercise;
  expect(exercise).toBeDefined();
  const step = exercise.steps[0] as Exercise['steps'][number];
  await page.goto(`thuc-hanh/${exercise.slug}/`);
  const status = player(page).getByRole('status');
  await expect(player(page).getByRole('status')).toHaveCount(1);
  const count = (text: string, part: string) => text.split(part).length - 1;
  // A wrong press from the keyboard: that button has the focus ring, the right one the hint.
  const wrong = currentStep(page).locator('button[data-choice]:not([data-target])').first();
  await wrong.focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText(step.hint);
  expect(count((await status.textContent()) ?? '', step.hint)).toBe(1);
  expect(await wrong.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
  const look = (locator: Locator) =>
    locator.evaluate((element) => {
      const style = getComputedStyle(element);
      return { outline: `${style.outlineStyle} ${style.outlineColor}`, shadow: style.boxShadow, border: `${style.borderTopStyle} ${style.borderTopColor}` };
    });
  const focused = await look(wrong);
  const hinted = await look(targetButton(currentStep(page)));
  expect(hinted.border).toMatch(/^dashed /);
  expect(hinted.outline).not.toBe(focused.outline);
  expect(hinted.shadow).not.toBe(focused.shadow);
  expect(focused.border).not.toMatch(/^dashed /);
  // The tag says it in words; the pointing hand is not read out.
  await expect(targetButton(currentStep(page))).toHaveAccessibleName(`${targetOf(step)} Bấm vào đây`);
  await targetButton(currentStep(page)).click();
  await expect(status).toContainText(step.done ?? '-');
  expect(count((await status.textContent()) ?? '', 'Đúng rồi')).toBe(1);
});

test('every step passes axe, in both themes, and the screen reader tree names each screen and button', async ({ page }) => {
  // Fourteen axe runs (seven steps since the "suspicious account" screen, two themes) on a busy 2-core machine.
  test.setTimeout(120_000);
  const exercise = exercises[0] as Exercise;
  for (const contrast of [false, true]) {
    await page.addInitScript((high) => localStorage.setItem('hvs:reading', JSON.stringify({ highContrast: high })), contrast);
    await page.goto(`thuc-hanh/${exercise.slug}/`);
    for (const [index, step] of exercise.steps.entries()) {
      // The whole page on the first screen; then the player, the only part a step changes (scripts/practice.ts works inside its element).
      const run = axe(page);
      expect(await axeViolations(index === 0 ? run : run.include('hvs-practice'))).toEqual([]);
      const tree = await currentStep(page).ariaSnapshot();
      expect(tree).toContain(`group "Màn hình tập luyện:`);
      expect(tree).toContain(`button "${targetOf(step)}"`);
      await targetButton(currentStep(page)).click();
    }
  }
});

test('without JavaScript every step shows as a numbered list with the place to tap marked', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: String(testInfo.project.use.baseURL) });
  const page = await context.newPage();
  for (const exercise of exercises) {
    await page.goto(`thuc-hanh/${exercise.slug}/`);
    const steps = player(page).locator('[data-step]');
    await expect(steps).toHaveCount(exercise.steps.length);
    for (const [index, step] of exercise.steps.entries()) {
      await expect(steps.nth(index)).toBeVisible();
      await expect(steps.nth(index).locator('[data-target]')).toContainText(targetOf(step));
      await expect(steps.nth(index).locator('[data-target]').getByText('Bấm vào đây')).toBeVisible();
    }
    // Drawn buttons do nothing without a script, so they are not offered as buttons.
    await expect(player(page).getByRole('button')).toHaveCount(0);
    await expect(player(page)).toContainText(exercise.finish);
  }
  await context.close();
});

test('a lesson with an exercise plays it; one without does not load the player', async ({ page }) => {
  const exercise = exercises[0] as Exercise;
  await page.goto(`khoa-hoc/${exercise.lesson}/`);
  await expect(page.getByRole('heading', { name: 'Tập làm thử' })).toBeVisible();
  // The player's script comes when the exercise nears the screen (browser/on-first-use.ts whenNear).
  await page.locator('hvs-practice').scrollIntoViewIfNeeded();
  await expect(currentStep(page)).toHaveCount(1);
  const withoutExercise = 'khoa-hoc/lam-quen-dien-thoai-va-internet/cac-bo-phan-cua-dien-thoai/';
  expect(exercises.some((candidate) => `khoa-hoc/${candidate.lesson}/` === withoutExercise)).toBe(false);
  await page.goto(withoutExercise);
  await expect(page.locator('hvs-practice')).toHaveCount(0);
  expect(await page.evaluate(() => customElements.get('hvs-practice'))).toBeUndefined();
});

test.describe('the scam drill', () => {
  const answerFor = (id: string) => scenarios.find((scenario) => scenario.id === id)?.answer;

  test(`lists all ${scenarios.length} scenarios with their answers folded, without JavaScript`, async ({ browser }, testInfo) => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: String(testInfo.project.use.baseURL) });
    const page = await context.newPage();
    await page.goto('thuc-hanh/nhan-biet-lua-dao/');
    const items = page.locator('[data-list] > li');
    await expect(items).toHaveCount(scenarios.length);
    await expect(page.getByRole('button', { name: 'Chơi một lượt 5 tình huống' })).toBeHidden();
    const first = items.first();
    await expect(first.getByText(/^(Lừa đảo|An toàn)\.$/)).toBeHidden();
    await first.getByText('Xem đáp án').click();
    await expect(first.getByText(scenarios[0]?.answer === 'lừa đảo' ? 'Lừa đảo.' : 'An toàn.', { exact: true })).toBeVisible();
    await context.close();
  });

  test('a round of five keeps the score on this device and can be played again', async ({ page }) => {
    await page.goto('thuc-hanh/nhan-biet-lua-dao/');
    await page.getByRole('button', { name: 'Chơi một lượt 5 tình huống' }).click();
    await expect(page.locator('[data-list]')).toBeHidden();
    const seen = new Set<string>();
    for (let round = 1; round <= 5; round += 1) {
      await expect(page.getByRole('heading', { name: `Tình huống ${round}/5` })).toBeFocused();
      const id = (await page.locator('[data-slot]').getAttribute('data-scenario')) ?? '';
      await expect(page.locator('[data-slot] .hvs-message')).toContainText(scenarios.find((scenario) => scenario.id === id)?.from ?? '-');
      seen.add(id);
      const right = answerFor(id);
      expect(right, id).toBeDefined();
      // Right on the first three, wrong on the last two.
      const choice = round <= 3 ? right : right === 'lừa đảo' ? 'an toàn' : 'lừa đảo';
      await page.locator(`button[data-answer="${choice}"]`).click();
      await expect(page.locator('[data-verdict]')).toHaveText(round <= 3 ? 'Bạn đoán đúng.' : 'Chưa đúng.');
      await expect(page.locator('[data-explanation]')).toContainText(right === 'lừa đảo' ? 'Lừa đảo.' : 'An toàn.');
      await page.getByRole('button', { name: round < 5 ? /Tình huống tiếp theo/ : /Xem kết quả/ }).click();
    }
    expect(seen.size).toBe(5);
    await expect(page.getByRole('heading', { name: 'Bạn đoán đúng 3/5 tình huống.' })).toBeFocused();
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('hvs:drill'))) ?? '{}')).toEqual({ best: 3, total: 5 });
    await page.reload();
    await expect(page.getByText('Điểm cao nhất của bạn: 3/5.')).toBeVisible();
    await page.getByRole('button', { name: 'Chơi một lượt 5 tình huống' }).click();
    await expect(page.getByRole('heading', { name: 'Tình huống 1/5' })).toBeFocused();
  });

  for (const { width, height, textSize } of [
    { width: 390, height: 844, textSize: 'larger' },
    { width: 390, height: 844, textSize: 'normal' },
    { width: 1280, height: 800, textSize: 'larger' },
  ]) {
    test(`at ${width} px with ${textSize} text, the verdict and its explanation take focus, on screen, and Next follows`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.addInitScript((size) => localStorage.setItem('hvs:reading', JSON.stringify({ textSize: size })), textSize);
      await page.goto('thuc-hanh/nhan-biet-lua-dao/');
      await page.getByRole('button', { name: 'Chơi một lượt 5 tình huống' }).click();
      const id = (await page.locator('[data-slot]').getAttribute('data-scenario')) ?? '';
      const scenario = scenarios.find((candidate) => candidate.id === id);
      expect(scenario, id).toBeDefined();
      // A wrong answer: the teaching matters most then.
      await page.locator(`button[data-answer="${scenario?.answer === 'lừa đảo' ? 'an toàn' : 'lừa đảo'}"]`).click();
      const feedback = page.getByRole('group', { name: 'Chưa đúng.', exact: true });
      await expect(feedback).toBeFocused();
      // What a screen reader hears on focus: the verdict, then the explanation.
      await expect(feedback).toHaveAccessibleDescription(new RegExp(escapeRegExp(scenario?.why.trim().split('\n')[0]?.slice(0, 40) ?? '-')));
      const top = await page.locator('[data-verdict]').evaluate((verdict) => verdict.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(height / 2);
      // Tab leaves the explanation (its lesson link) for Next, and nothing else comes between.
      let onNext = false;
      for (let presses = 0; presses < 5 && !onNext; presses += 1) {
        await page.keyboard.press('Tab');
        onNext = await page.evaluate(() => document.activeElement?.hasAttribute('data-next') ?? false);
        if (!onNext) expect(await page.evaluate(() => document.activeElement?.closest('[data-feedback]') !== null)).toBe(true);
      }
      expect(onNext).toBe(true);
      expect(await axeViolations(axe(page))).toEqual([]);
    });
  }
});
