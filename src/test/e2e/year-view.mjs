// The year at a glance with the Tasklist login: a coordinator opens her centre's wheel but not the county overview,
// and subscribes to her calendar from it; the county coordinator opens the overview and a centre's wheel. Every page
// passes axe's WCAG 2.0/2.1 A and AA rules (the year page before and after subscribing, the annual report page, the
// county overview). Usage: node year-view.mjs <baseUrl> <coordinator> <centre> <countyCoordinator> <county> <year>
// <password> <screenshotDir>
import { accessibilityViolations, launch, logInToTasklist as logIn, withFailureScreenshot } from './browser.mjs';
import { mkdirSync } from 'node:fs';

const [baseUrl, coordinator, centre, countyCoordinator, county, year, password, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

const browser = await launch();

let lastPage;
const violations = [];
async function logInToTasklist(name) {
  const session = await logIn(browser, baseUrl, name, password, { width: 1200, height: 1400 });
  lastPage = session.page;
  return session;
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

await withFailureScreenshot(browser, shots, () => lastPage, async () => {
  const { context, page } = await logInToTasklist(coordinator);
  let response = await page.goto(`${baseUrl}/arshjul/${centre}/${year}`);
  expect(response.status() === 200, `the coordinator's wheel answered ${response.status()}`);
  await page.waitForSelector('svg g.activity');
  expect(await page.locator('svg g.activity').count() >= 20, 'the wheel shows every activity');
  await page.screenshot({ path: `${shots}/1-wheel-coordinator.png`, fullPage: true });
  violations.push(...await accessibilityViolations(page, 'year page'));
  const report = await page.getAttribute('#report-link', 'href');
  expect(report === `/verksamhetsberattelse/${centre}/${year}`, `the year page links the annual report (${report})`);

  // "Prenumerera i Outlook": the form posts with her Tasklist session and the page's CSRF token.
  await page.click('a[href="#kalender"]');
  expect(await page.inputValue('#roll') === 'coordinator', 'her own role is offered first');
  await Promise.all([page.waitForNavigation(), page.click('#kalender button[type="submit"]')]);
  const feedUrl = await page.inputValue('#feed-url');
  expect(/^https?:\/\/.+\/kalender\/[A-Za-z0-9_-]+\.ics$/.test(feedUrl), `the page shows the feed URL (${feedUrl})`);
  const webcal = await page.getAttribute('#feed-webcal', 'href');
  expect(webcal === feedUrl.replace(/^https?:/, 'webcal:'), `the webcal link is the same feed (${webcal})`);
  const ics = await page.request.get(`${baseUrl}/kalender/${feedUrl.split('/kalender/')[1]}`);
  expect(ics.status() === 200 && (await ics.text()).includes('BEGIN:VEVENT'), `the new feed answers (${ics.status()})`);
  await page.locator('#kalender').screenshot({ path: `${shots}/1b-subscribed.png` });
  violations.push(...await accessibilityViolations(page, 'year page with a new subscription'));
  response = await page.goto(`${baseUrl}/verksamhetsberattelse/${centre}/${year}`);
  expect(response.status() === 200, `the annual report page answered ${response.status()}`);
  violations.push(...await accessibilityViolations(page, 'annual report page'));
  await page.screenshot({ path: `${shots}/1c-annual-report.png`, fullPage: true });
  response = await page.goto(`${baseUrl}/oversikt/${county}/${year}`);
  expect(response.status() === 403, `a coordinator must not see the county overview (got ${response.status()})`);
  await context.close();

  const county1 = await logInToTasklist(countyCoordinator);
  response = await county1.page.goto(`${baseUrl}/oversikt/${county}/${year}`);
  expect(response.status() === 200, `the county overview answered ${response.status()}`);
  const rows = await county1.page.locator('tbody tr').count();
  expect(rows >= 4, `the county overview lists the county's centres (${rows})`);
  await county1.page.screenshot({ path: `${shots}/2-county-overview.png`, fullPage: true });
  violations.push(...await accessibilityViolations(county1.page, 'county overview'));
  response = await county1.page.goto(`${baseUrl}/arshjul/${centre}/${year}`);
  expect(response.status() === 200, `the county coordinator opens a centre's wheel (${response.status()})`);
  await county1.context.close();
  expect(violations.length === 0, `accessibility (axe, WCAG 2.1 A/AA): ${violations.length} violations\n`
    + violations.join('\n'));
  console.log('ok: wheel and overview with the Tasklist login, each for the right people; no axe violations');
});
