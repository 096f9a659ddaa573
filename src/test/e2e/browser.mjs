// Shared by the browser tests: Debian's chromium as this machine allows it, and a login through Tasklist.
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Logs in to Tasklist in a fresh context; resolves once Camunda's login has answered 200. */
export async function logInToTasklist(browser, baseUrl, name, password, viewport = { width: 1400, height: 1000 }) {
  const context = await browser.newContext({ viewport, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
  await page.fill('input[ng-model="username"], input#username, input[name="username"]', name);
  await page.fill('input[type="password"]', password);
  const loggedIn = page.waitForResponse(r => r.url().includes('/login/tasklist') && r.status() === 200,
    { timeout: 60000 });
  await page.click('button[type="submit"]');
  await loggedIn;
  return { context, page };
}

/**
 * Runs the steps; on failure keeps a screenshot of the page last used, if it is still open, then fails with the
 * steps' own error.
 */
export async function withFailureScreenshot(browser, shots, lastPage, steps) {
  try {
    await steps();
  } catch (failure) {
    const page = lastPage();
    if (page && !page.isClosed()) {
      await page.screenshot({ path: `${shots}/failure.png` }).catch(() => {});
    }
    throw failure;
  } finally {
    await browser.close();
  }
}
