// Camunda's webapps in Swedish: login page, Tasklist, Cockpit and Admin for a Swedish browser, with our own
// sv.json, config.js and user-styles.css served (not the webjar's) and no migration banner; an English browser
// still gets English. Usage: node webapps-swedish.mjs <baseUrl> <user> <userPassword> <admin> <adminPassword>
// <screenshotDir>, e.g. against the demo: http://localhost:8080 anna.berg Arshjul-Vinter-2026! admin
// Hjulet-Snurrar-2026! /tmp/shots. Exits non-zero, with the reason, when anything is not as it should be.
import { launch, withFailureScreenshot } from './browser.mjs';
import { mkdirSync, readFileSync } from 'node:fs';

const [baseUrl, user, userPassword, admin, adminPassword, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const OWN = new URL('../../main/resources/META-INF/resources/webjars/camunda/app/', import.meta.url);
const app = `${baseUrl}/camunda/app`;

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const browser = await launch();
let lastPage;

/** A fresh context in the given browser language; every customised file the page fetches is checked against ours. */
async function open(locale) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale, timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const served = [];
  page.on('response', async r => {
    const m = r.url().match(/\/camunda\/app\/(\w+)\/(locales\/sv\.json|scripts\/config\.js|styles\/user-styles\.css)/);
    if (m && r.status() === 200) {
      const body = await r.body().catch(e => String(e));
      const ours = Buffer.isBuffer(body) && body.equals(readFileSync(new URL(`${m[1]}/${m[2]}`, OWN)));
      served.push({ file: `${m[1]}/${m[2]}`, ours, body: ours ? '' : String(body).slice(0, 300) });
    }
  });
  lastPage = page;
  return { context, page, served };
}

async function logIn(page, webapp, name, password) {
  await page.goto(`${app}/${webapp}/default/`);
  await page.waitForSelector('input[type="password"]');
  await page.waitForLoadState('networkidle');
  await page.fill('input#username, input[name="username"], input[ng-model="username"]', name);
  await page.fill('input[type="password"]', password);
  const loggedIn = page.waitForResponse(r => r.url().includes(`/login/${webapp}`) && r.status() === 200, { timeout: 60000 });
  await page.click('button[type="submit"]');
  await loggedIn;
}

/** The language angular-translate uses, and whether a migration banner is visible. */
async function state(page) {
  return page.evaluate(() => ({
    language: window.angular.element(document.body).injector().get('$translate').use(),
    banner: [...document.querySelectorAll('.ce-eol-banner')].some(e => e.offsetHeight > 0),
  }));
}

async function check(page, what, language) {
  await page.waitForTimeout(1500);
  const s = await state(page);
  expect(s.language === language, `${what}: language ${s.language}, expected ${language}`);
  expect(!s.banner, `${what}: the migration banner is visible`);
}

await withFailureScreenshot(browser, shots, () => lastPage, async () => {
  // 1. Swedish browser: the welcome login page, then Tasklist as a coordinator.
  const sv = await open('sv-SE');
  await sv.page.goto(`${app}/welcome/default/`);
  await sv.page.waitForSelector('text=Logga in');
  await check(sv.page, 'login page', 'sv');
  await sv.page.screenshot({ path: `${shots}/1-login-sv.png` });
  await logIn(sv.page, 'tasklist', user, userPassword);
  await sv.page.waitForSelector('ol.tasks-list li.task', { timeout: 60000 });
  await sv.page.locator('ol.tasks-list li.task a').first().click();
  await sv.page.waitForSelector('text=Ta uppgiften', { timeout: 30000 });
  await check(sv.page, 'Tasklist', 'sv');
  expect(await sv.page.locator('ol.tasks-list').getByText(/(om|för) \d+ (dagar|månader)|om en (dag|månad)/).count() > 0,
    'Tasklist: no Swedish relative date in the task list');
  await sv.page.screenshot({ path: `${shots}/2-tasklist-sv.png` });
  await sv.context.close();

  // 2. Swedish browser: Cockpit and Admin as the system administrator.
  const ad = await open('sv-SE');
  await logIn(ad.page, 'cockpit', admin, adminPassword);
  await ad.page.waitForSelector('text=Processer', { timeout: 60000 });
  await check(ad.page, 'Cockpit', 'sv');
  await ad.page.screenshot({ path: `${shots}/3-cockpit-sv.png` });
  await ad.page.goto(`${app}/cockpit/default/#/processes`);
  await ad.page.waitForTimeout(3000);
  await ad.page.screenshot({ path: `${shots}/4-cockpit-processes-sv.png`, fullPage: true });
  await ad.page.goto(`${app}/admin/default/#/users`);
  await ad.page.waitForSelector('text=Användare', { timeout: 60000 });
  await check(ad.page, 'Admin', 'sv');
  await ad.page.screenshot({ path: `${shots}/5-admin-sv.png` });
  await ad.page.goto(`${app}/welcome/default/`);
  await check(ad.page, 'Welcome', 'sv');
  await ad.page.screenshot({ path: `${shots}/6-welcome-sv.png` });
  for (const s of [...sv.served, ...ad.served]) {
    expect(s.ours, `${s.file}: the browser did not get our file: ${s.body}`);
  }
  const seen = new Set([...sv.served, ...ad.served].map(s => s.file));
  for (const w of ['tasklist', 'cockpit', 'admin', 'welcome']) {
    for (const f of ['locales/sv.json', 'scripts/config.js', 'styles/user-styles.css']) {
      expect(seen.has(`${w}/${f}`), `${w}/${f}: not fetched by the browser`);
    }
  }
  await ad.context.close();

  // 3. English browser: English, from the webjar's untouched en.json; 4. German browser: Swedish (the fallback).
  for (const [locale, language] of [['en-US', 'en'], ['de-DE', 'sv']]) {
    const other = await open(locale);
    await logIn(other.page, 'tasklist', user, userPassword);
    await other.page.waitForSelector('ol.tasks-list li.task', { timeout: 60000 });
    await check(other.page, `Tasklist for ${locale}`, language);
    await other.page.screenshot({ path: `${shots}/7-tasklist-${locale}.png` });
    await other.context.close();
  }
  console.log('ok: Swedish webapps from our files, no migration banner, English for an English browser');
});
