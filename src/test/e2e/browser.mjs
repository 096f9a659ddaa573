// Shared by the browser tests: Debian's chromium as this machine allows it, and a login through Tasklist.
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

let pageInUse;
const trace = [];

/** A fresh context in a Swedish browser (unless BROWSER_LOCALE says otherwise) and its page, traced for failures. */
export async function openPage(browser, viewport = { width: 1400, height: 1000 }) {
  const context = await browser.newContext({ viewport, locale: process.env.BROWSER_LOCALE || 'sv-SE' });
  const page = await context.newPage();
  pageInUse = page;
  page.on('console', message => trace.push(`console ${message.type()}: ${message.text()}`));
  page.on('requestfailed', request => trace.push(`failed ${request.method()} ${request.url()}`));
  page.on('response', response => {
    if (response.status() >= 400 || response.url().includes('/login/')) {
      trace.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  return { context, page };
}

/** Logs in to Tasklist in a fresh context; resolves once Camunda's login has answered 200. */
export async function logInToTasklist(browser, baseUrl, name, password, viewport = { width: 1400, height: 1000 }) {
  const { context, page } = await openPage(browser, viewport);
  await logInToWebapp(page, baseUrl, 'tasklist', name, password);
  return { context, page };
}

/**
 * Logs in to a webapp (tasklist, cockpit, admin, welcome) on the given page, from its login form where the page
 * already shows the webapp; resolves once Camunda's login has answered 200.
 */
export async function logInToWebapp(page, baseUrl, webapp, name, password) {
  if (!page.url().startsWith(`${baseUrl}/camunda/app/${webapp}/`)) {
    await page.goto(`${baseUrl}/camunda/app/${webapp}/default/`);
  }
  await fillLogin(page, name, password);
  const answered = page.waitForResponse(r => r.url().includes(`/login/${webapp}`), { timeout: 60000 });
  await page.click('button[type="submit"]');
  const login = await answered;
  if (login.status() !== 200) {
    throw new Error(`the login of ${name} to ${webapp} answered ${login.status()}: ${await login.text()}`);
  }
}

/**
 * Fills the login form once Camunda's autofocus has moved to the user name: typing while that focus moves sends the
 * password into the user name field (seen in CI). The values are read back before the form is sent.
 */
async function fillLogin(page, name, password) {
  const user = page.locator('input[ng-model="username"], input#username, input[name="username"]').first();
  const secret = page.locator('input[type="password"]').first();
  await user.waitFor({ timeout: 60000 });
  await page.waitForFunction(() => document.activeElement && document.activeElement.type === 'text',
    null, { timeout: 10000 }).catch(() => {});
  for (let attempt = 1; ; attempt++) {
    await user.fill(name);
    await secret.fill(password);
    if (await user.inputValue() === name && await secret.inputValue() === password) {
      return;
    }
    if (attempt === 3) {
      throw new Error(`the login form of ${name} did not keep what was typed`);
    }
  }
}

/**
 * Claims the open task and fills its self-reflection form (respondents, the second step of every scale, a
 * sentence in every free-text field), ready to complete.
 */
export async function claimAndFillSelfReflection(page, respondents) {
  await claim(page);
  await fillSelfReflection(page, respondents);
}

/** Takes the open task: its form becomes editable. */
export async function claim(page) {
  await page.click('button:has-text("Ta uppgiften")');
  await page.waitForSelector('button:has-text("Slutför"):not([disabled])', { timeout: 15000 });
}

/**
 * Fills the claimed self-reflection form. form-js checks a typed answer 300 ms after the last key: when the form
 * was refused, the number field's error line then vanishes and the form below moves up, so the next click waits
 * for that (a click during the move lands beside the radio button).
 */
export async function fillSelfReflection(page, respondents) {
  const count = page.getByLabel('Antal svarande');
  await count.fill(respondents);
  await page.locator('.fjs-form-field', { has: count }).locator('.fjs-form-field-error li')
    .waitFor({ state: 'detached', timeout: 5000 });
  for (const field of await page.locator('.fjs-form-field-radio').all()) {
    await field.locator('input[type="radio"]').nth(1).check();
  }
  await anotherSecondPriorityArea(page);
  for (const area of await page.locator('textarea:not([readonly])').all()) {
    await area.fill('Vi följer upp målen i december.');
  }
}

/**
 * Completes the claimed task with its form as it stands (empty): resolves once form-js has refused it, with the
 * error under each field and the text of the notification that came.
 */
export async function completeRefused(page) {
  await page.click('button:has-text("Slutför")');
  await page.waitForSelector('.fjs-form-field-error li', { timeout: 15000 });
  await page.waitForSelector('.notifications .alert', { timeout: 15000 });
  return {
    errors: await page.locator('.fjs-form-field-error li').allInnerTexts(),
    notification: (await page.locator('.notifications .alert').first().innerText()).replace(/\s+/g, ' '),
  };
}

/** Bilaga 5's two priority areas differ (the form refuses the same one twice): the second takes the third area. */
export async function anotherSecondPriorityArea(page) {
  await page.locator('.fjs-form-field-radio', { hasText: 'Prioriterat område 2' })
    .locator('input[type="radio"]').nth(2).check();
}

/**
 * Runs the steps; on failure keeps a screenshot of the page last used, if it is still open, then fails with the
 * steps' own error.
 */
export async function withFailureScreenshot(browser, shots, lastPage, steps) {
  try {
    await steps();
  } catch (failure) {
    const page = lastPage() && !lastPage().isClosed() ? lastPage() : pageInUse;
    if (page && !page.isClosed()) {
      await page.screenshot({ path: `${shots}/failure.png` }).catch(() => {});
    }
    console.error(`what the browser saw:\n${trace.join('\n')}`);
    throw failure;
  } finally {
    await browser.close();
  }
}

/**
 * form-js's own English words shown on the page, as text or as a visible element's aria-label, placeholder or title
 * (its validation messages, the number field's arrows, the date field's placeholder).
 */
export async function englishOfTheForm(page) {
  return page.evaluate(() => {
    const words = ['Field is required', 'Increment', 'Decrement', 'Field must', 'Value is', 'yyyy'];
    const said = [document.body.innerText, ...[...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .filter(element => element.getClientRects().length > 0)
      .flatMap(element => ['aria-label', 'placeholder', 'title'].map(name => element.getAttribute(name) || ''))];
    return words.filter(word => said.some(text => text.includes(word)));
  });
}

/**
 * Runs axe (WCAG 2.0 and 2.1, levels A and AA) on the page as it stands and returns one line per offending element:
 * the rule, its impact and help, where, and the element.
 */
export async function accessibilityViolations(page, label) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const lines = [];
  for (const violation of result.violations) {
    for (const node of violation.nodes) {
      lines.push(`${label}: ${violation.id} (${violation.impact}) ${violation.help} at ${node.target.join(' ')}: `
        + `${node.html.replace(/\s+/g, ' ').slice(0, 160)}${node.failureSummary ? ` [${node.failureSummary.replace(/\s+/g, ' ')}]` : ''}`);
    }
  }
  return lines;
}
