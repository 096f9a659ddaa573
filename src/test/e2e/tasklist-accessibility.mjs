// The daily surface and the accessibility law: axe (WCAG 2.0 and 2.1, A and AA) finds nothing on Tasklist's login
// page, a coordinator's task list, her open task with its Camunda Form (before and after she claims it, with the
// form's errors shown and its date picker open), and on the login and first pages of Cockpit and Admin for the
// administrator. Every page says lang="sv"; the form speaks Swedish (its errors, the number field's arrows, the date
// field's placeholder and picker, the notification of a refused submission); no first-login banner leads to
// Camunda's English welcome page. Fails with every violation listed (rule, impact, element).
// Usage: node tasklist-accessibility.mjs <baseUrl> <coordinator> <password> <taskId> <admin> <adminPassword>
// <screenshotDir>
import {
  accessibilityViolations, completeRefused, englishOfTheForm, launch, logInToWebapp, openPage, withFailureScreenshot,
} from './browser.mjs';
import { mkdirSync } from 'node:fs';

const [baseUrl, coordinator, password, taskId, admin, adminPassword, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await launch();
let lastPage;
const violations = [];
const problems = [];

/** Runs axe on the page as it stands and checks its language; what is wrong is kept for the end. */
async function check(page, label) {
  // Colours in the middle of a fade (the date picker opens with one) are neither the old nor the new.
  await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'
    || animation.effect.getTiming().iterations === Infinity), null, { timeout: 10000 });
  violations.push(...await accessibilityViolations(page, label));
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'sv') {
    problems.push(`${label}: <html lang="${lang}">, expected sv`);
  }
  const statement = await page.waitForSelector('footer a[href="/tillganglighet"]', { state: 'attached', timeout: 5000 })
    .then(() => true, () => false);
  if (!statement) {
    problems.push(`${label}: no link to the accessibility statement (/tillganglighet) in the footer`);
  }
  await page.screenshot({ path: `${shots}/a11y-${label}.png` });
}

/**
 * Opens a webapp's login page, checks it, and that it offers no way to Camunda's welcome page with demo / demo. The
 * webapps show their first-login banner only where /camunda-welcome answers 200: here it is made to.
 */
async function loginPage(page, webapp) {
  await page.route('**/camunda-welcome', route => route.fulfill({ status: 200, contentType: 'text/html', body: '' }));
  await page.goto(`${baseUrl}/camunda/app/${webapp}/default/`);
  await page.waitForSelector('input[type="password"]', { timeout: 60000 });
  await page.waitForLoadState('networkidle');
  await check(page, `${webapp}-login`);
  if (await page.locator('a[href*="camunda-welcome"], .alert-info:has-text("Camunda")').count() > 0) {
    problems.push(`${webapp}-login: a first-login banner or a link to Camunda's English welcome page`);
  }
}

/** English interface words of form-js that must not be seen or heard: as text, as a name or as a placeholder. */
async function englishInTheForm(page, where) {
  const found = await englishOfTheForm(page);
  if (found.length > 0) {
    problems.push(`${where}: English in the form: ${found.map(word => `"${word}"`).join(', ')}`);
  }
}

function expect(condition, message) {
  if (!condition) {
    problems.push(message);
  }
}

await withFailureScreenshot(browser, shots, () => lastPage, async () => {
  // The coordinator: login page, task list, her task with its form.
  const tasklist = await openPage(browser);
  const page = tasklist.page;
  lastPage = page;
  await loginPage(page, 'tasklist');
  await logInToWebapp(page, baseUrl, 'tasklist', coordinator, password);
  await page.waitForSelector('ol.tasks-list li.task', { timeout: 60000 });
  await page.waitForSelector('.task-filters .item', { timeout: 30000 });
  await page.waitForLoadState('networkidle');
  await check(page, 'tasklist-list');

  await page.goto(`${baseUrl}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await page.waitForSelector('.fjs-form-field-datetime input', { timeout: 60000 });
  await page.waitForLoadState('networkidle');
  await check(page, 'tasklist-task');
  await page.click('button:has-text("Ta uppgiften")');
  await page.waitForSelector('button:has-text("Slutför"):not([disabled])', { timeout: 15000 });
  await page.waitForSelector('.fjs-number-arrow-up', { timeout: 15000 });
  await check(page, 'tasklist-claimed');
  await englishInTheForm(page, 'the claimed form');
  const arrows = await page.locator('.fjs-number-arrow-container button')
    .evaluateAll(buttons => buttons.map(button => button.getAttribute('aria-label')));
  expect(arrows.length > 0 && arrows.every(name => name === 'Öka' || name === 'Minska'),
    `the number field's arrows are named ${JSON.stringify(arrows)}, expected "Öka" and "Minska"`);
  const placeholder = await page.locator('.fjs-form-field-datetime input').first().getAttribute('placeholder');
  expect(placeholder === 'åååå-mm-dd', `the date field's placeholder is "${placeholder}", expected "åååå-mm-dd"`);

  // Completing with every field empty: Swedish under each field and a notification that names them.
  const { errors, notification } = await completeRefused(page);
  expect(errors.length >= 3 && errors.every(text => text === 'Fältet måste fyllas i.'),
    `the empty required fields say ${JSON.stringify(errors)}, expected "Fältet måste fyllas i." under each`);
  expect(notification.includes('Uppgiften är inte slutförd') && notification.includes('Fyll i')
    && notification.includes('Antal utdelade enkäter') && notification.includes('Datum då enkäten delades ut'),
  `the notification of the refused form does not name what is missing: "${notification}"`);
  await englishInTheForm(page, 'the refused form');
  await check(page, 'tasklist-refused');

  // The date picker: Swedish months and weekdays, Monday first.
  await page.click('.fjs-form-field-datetime input');
  await page.waitForSelector('.flatpickr-calendar.open', { timeout: 15000 });
  const picker = await page.evaluate(() => ({
    months: [...document.querySelectorAll('.flatpickr-monthDropdown-month')].map(option => option.textContent),
    weekdays: [...document.querySelectorAll('.flatpickr-weekday')].map(day => day.textContent.trim()),
  }));
  expect(picker.months[0] === 'januari' && picker.months[4] === 'maj' && picker.weekdays[0] === 'mån',
    `the date picker is not Swedish: ${JSON.stringify(picker)}`);
  await check(page, 'tasklist-picker');
  await tasklist.context.close();

  // The administrator: Cockpit's and Admin's login and first pages.
  // Cockpit's dashboard greys its figures (#eee) while it counts: checked once it has counted.
  for (const webapp of ['cockpit', 'admin']) {
    const opened = await openPage(browser);
    lastPage = opened.page;
    await loginPage(opened.page, webapp);
    await logInToWebapp(opened.page, baseUrl, webapp, admin, adminPassword);
    await opened.page.waitForFunction(() => document.querySelector('.dashboard .value, .dashboard .section-title')
      && !document.querySelector('.dashboard .loading'), null, { timeout: 60000 });
    await opened.page.waitForLoadState('networkidle');
    await check(opened.page, `${webapp}-start`);
    await opened.context.close();
  }

  if (violations.length > 0 || problems.length > 0) {
    throw new Error(`${violations.length} axe violations (WCAG 2.0/2.1 A, AA) and ${problems.length} other problems:\n`
      + [...violations, ...problems].join('\n'));
  }
  console.log('ok: no axe violation on Tasklist (login, list, task, form), Cockpit or Admin; Swedish form and lang');
});
