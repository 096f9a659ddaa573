// The year at a glance with the Tasklist login: a coordinator opens her centre's wheel but not the county overview;
// the county coordinator opens the overview and a centre's wheel. Usage: node year-view.mjs <baseUrl> <coordinator>
// <centre> <countyCoordinator> <county> <year> <password> <screenshotDir>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [baseUrl, coordinator, centre, countyCoordinator, county, year, password, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let lastPage;
async function logInToTasklist(name) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1400 }, locale: 'sv-SE' });
  const page = await context.newPage();
  lastPage = page;
  await page.goto(`${baseUrl}/camunda/app/tasklist/`);
  await page.fill('input[ng-model="username"], input#username, input[name="username"]', name);
  await page.fill('input[type="password"]', password);
  // Logged in once Camunda's login answers 200: the session cookie is then set for the whole site.
  const loggedIn = page.waitForResponse(r => r.url().includes('/login/tasklist') && r.status() === 200,
    { timeout: 30000 });
  await page.click('button[type="submit"]');
  await loggedIn;
  return { context, page };
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

try {
  const { context, page } = await logInToTasklist(coordinator);
  let response = await page.goto(`${baseUrl}/arshjul/${centre}/${year}`);
  expect(response.status() === 200, `the coordinator's wheel answered ${response.status()}`);
  await page.waitForSelector('svg g.activity');
  expect(await page.locator('svg g.activity').count() >= 20, 'the wheel shows every activity');
  await page.screenshot({ path: `${shots}/1-wheel-coordinator.png`, fullPage: true });
  response = await page.goto(`${baseUrl}/oversikt/${county}/${year}`);
  expect(response.status() === 403, `a coordinator must not see the county overview (got ${response.status()})`);
  await context.close();

  const county1 = await logInToTasklist(countyCoordinator);
  response = await county1.page.goto(`${baseUrl}/oversikt/${county}/${year}`);
  expect(response.status() === 200, `the county overview answered ${response.status()}`);
  const rows = await county1.page.locator('tbody tr').count();
  expect(rows >= 4, `the county overview lists the county's centres (${rows})`);
  await county1.page.screenshot({ path: `${shots}/2-county-overview.png`, fullPage: true });
  response = await county1.page.goto(`${baseUrl}/arshjul/${centre}/${year}`);
  expect(response.status() === 200, `the county coordinator opens a centre's wheel (${response.status()})`);
  await county1.context.close();
  console.log('ok: wheel and overview with the Tasklist login, each for the right people');
} catch (failure) {
  if (lastPage) {
    await lastPage.screenshot({ path: `${shots}/failure.png` });
  }
  throw failure;
} finally {
  await browser.close();
}
