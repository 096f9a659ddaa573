// Staff sign in with their organisation's account through a real OpenID provider (the drill's Spring Authorization
// Server): the coordinator lands in Tasklist with her filters and task, completes it and signs out, also at the
// provider; a person the registry does not know, and a person signing in through a provider not trusted for her
// county, get the Swedish refusal; Camunda's password form is never offered. axe (WCAG 2.1 A/AA) on every sign-in
// page on the way.
// Usage: node sign-in.mjs <baseUrl> <providerIssuer> <password> <taskId> <twoCountiesCentre> <screenshotDir>
import { claimAndFillSelfReflection, launch, withFailureScreenshot, accessibilityViolations } from './browser.mjs';
import { mkdirSync } from 'node:fs';

const [baseUrl, issuer, password, taskId, otherCountysCentre, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const tasklist = `${baseUrl}/camunda/app/tasklist/default/`;
const browser = await launch();
let lastPage;
const violations = [];

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'sv-SE' });
  lastPage = await context.newPage();
  return { context, page: lastPage };
}

function expectAt(page, prefix, step) {
  if (!page.url().startsWith(prefix)) {
    throw new Error(`${step}: expected ${prefix}…, at ${page.url()}`);
  }
}

/** From Tasklist's door through the provider named on the button, as the given person. */
async function signIn(page, provider, username) {
  await page.goto(tasklist);
  await page.waitForURL(`${baseUrl}/logga-in**`);
  if (await page.locator('details[open] input[type="password"]').count() > 0) {
    throw new Error('the sign-in page offers staff a password form');
  }
  await page.click(`a.choice:has-text("${provider}")`);
  await page.waitForURL(url => url.hostname === '127.0.0.1' && url.pathname === '/login');
  violations.push(...await accessibilityViolations(page, 'the provider\'s sign-in'));
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type="submit"]');
}

await withFailureScreenshot(browser, shots, () => lastPage, async () => {
  // The coordinator's day, signed in by her organisation.
  const { context, page } = await newPage();
  await page.goto(tasklist);
  await page.waitForURL(`${baseUrl}/logga-in**`);
  violations.push(...await accessibilityViolations(page, 'the sign-in page'));
  await page.screenshot({ path: `${shots}/signin-1-choose.png` });
  await signIn(page, 'Region Norr', 'ina.inloggning');
  await page.waitForURL(`${tasklist}**`);
  await page.waitForSelector('text=Mina uppgifter', { timeout: 60000 });
  await page.waitForSelector(`ol.tasks-list a[href*="task=${taskId}"]`, { timeout: 60000 });
  await page.screenshot({ path: `${shots}/signin-2-tasklist.png` });
  await page.click(`ol.tasks-list a[href*="task=${taskId}"]`);
  await page.waitForSelector('text=Antal svarande', { timeout: 30000 });
  await claimAndFillSelfReflection(page, '9');
  await page.click('button:has-text("Slutför")');
  await page.waitForSelector(`ol.tasks-list a[href*="task=${taskId}"]`, { state: 'detached', timeout: 30000 });
  await page.click('li.account a.dropdown-toggle, li.account > a');
  await page.click('text=Logga ut');
  await page.waitForURL(`${baseUrl}/utloggad`, { timeout: 30000 });
  await page.waitForSelector('text=Du är utloggad');
  violations.push(...await accessibilityViolations(page, 'the signed-out page'));
  await page.screenshot({ path: `${shots}/signin-3-signed-out.png` });
  // Signed out at the provider too: signing in again asks for her password there.
  await page.goto(tasklist);
  await page.waitForURL(`${baseUrl}/logga-in**`);
  await page.click('a.choice:has-text("Region Norr")');
  await page.waitForURL(`${issuer}/login**`);
  await context.close();

  // Someone the registry does not know.
  const unknown = await newPage();
  await signIn(unknown.page, 'Region Norr', 'okand.person');
  await unknown.page.waitForURL(`${baseUrl}/logga-in/okand`);
  await unknown.page.waitForSelector('text=Du har inte tillgång till Årshjulet');
  violations.push(...await accessibilityViolations(unknown.page, 'the refusal'));
  await unknown.page.screenshot({ path: `${shots}/signin-4-unknown.png` });
  await unknown.page.goto(tasklist);
  expectAt(unknown.page, `${baseUrl}/logga-in`, 'after a refusal');
  await unknown.context.close();

  // The coordinator through the southern provider, which is not trusted for her county.
  const wrongCounty = await newPage();
  await signIn(wrongCounty.page, 'Region Syd', 'ina.inloggning');
  await wrongCounty.page.waitForURL(`${baseUrl}/logga-in/okand`);
  await wrongCounty.context.close();

  // A manager in two counties, signed in through the southern provider: nothing of the northern county.
  const two = await newPage();
  await signIn(two.page, 'Region Syd', 'tva.lan');
  await two.page.waitForURL(`${tasklist}**`);
  await two.page.waitForSelector('text=Mina uppgifter', { timeout: 60000 });
  const northernWheel = await two.page.goto(`${baseUrl}/arshjul/${otherCountysCentre}/2026`);
  if (northernWheel.status() !== 403) {
    throw new Error(`the northern centre's wheel answered ${northernWheel.status()} through the southern provider`);
  }
  await two.context.close();

  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} violations:\n${violations.join('\n')}`);
  }
  console.log('ok: signed in, completed, signed out at the provider; refusals in Swedish; no axe violations');
});
