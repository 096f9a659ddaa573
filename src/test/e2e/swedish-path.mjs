// The daily paths in a Swedish browser, failing on every English interface word met on the way (listed) and on
// every axe violation (WCAG 2.0 and 2.1, A and AA) of every page it passes: a coordinator logs in, finds her task,
// opens it, completes it empty (refused in Swedish, the refusal gone once she has filled the form), fills and
// completes the form and logs out; the county coordinator logs in, uses her county filters, opens a centre's wheel
// and the county overview, and logs out.
// Usage: node swedish-path.mjs <baseUrl> <coordinator> <taskId> <countyCoordinator> <centre> <county> <year>
// <password> <screenshotDir>
import {
  accessibilityViolations, claim, completeRefused, englishOfTheForm, fillSelfReflection, launch, logInToTasklist,
  withFailureScreenshot,
} from './browser.mjs';
import { mkdirSync } from 'node:fs';

const [baseUrl, coordinator, taskId, countyCoordinator, centre, county, year, password, shots] =
  process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const tasklist = `${baseUrl}/camunda/app/tasklist/default/`;
const browser = await launch();
let lastPage;

/** Tasklist's English texts that differ from the Swedish ones: what a Swedish user must never meet. */
async function englishWords(page) {
  const read = async name => JSON.parse((await (await page.request.get(
    `${baseUrl}/camunda/app/tasklist/locales/${name}.json`)).text()).replace(/^\uFEFF/, ''));
  const [en, sv] = [await read('en'), await read('sv')];
  const swedish = new Set(Object.values(sv.labels));
  return Object.values(en.labels)
    .filter(text => typeof text === 'string' && !text.includes('{{') && !text.includes('<'))
    .map(text => text.trim()).filter(text => text.length >= 4 && !swedish.has(text))
    .filter(text => !/^(Camunda|Tasklist|Cockpit|Admin|Welcome)$/.test(text));
}

let english = [];
const violations = [];
/** Fails on English on the page; keeps its axe violations for the end. */
async function checkPage(page, where) {
  const text = await page.evaluate(() => document.body.innerText);
  const here = english.filter(word => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, 'u').test(text);
  }).concat(await englishOfTheForm(page));
  if (here.length > 0) {
    throw new Error(`English interface words on ${where}: ${here.map(word => `"${word}"`).join(', ')}`);
  }
  // A tooltip of the last click fades in and out, and colours in the middle of a fade are neither the old nor the
  // new: axe looks once the pointer has left and they have settled.
  await page.mouse.move(0, 0);
  await page.waitForSelector('.tooltip', { state: 'detached', timeout: 5000 }).catch(() => {});
  await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'
    || animation.effect.getTiming().iterations === Infinity), null, { timeout: 10000 });
  violations.push(...await accessibilityViolations(page, where));
}

await withFailureScreenshot(browser, shots, () => lastPage, async () => {
  // The coordinator's day.
  const { context, page } = await logInToTasklist(browser, baseUrl, coordinator, password);
  lastPage = page;
  english = await englishWords(page);
  await page.waitForSelector('ol.tasks-list li.task', { timeout: 60000 });
  await page.waitForSelector('text=Mina uppgifter');
  await checkPage(page, 'the task list');
  await page.screenshot({ path: `${shots}/sv-1-coordinator-list.png` });
  await page.click(`ol.tasks-list a[href*="task=${taskId}"]`);
  await page.waitForSelector('text=Antal svarande', { timeout: 30000 });
  await checkPage(page, 'the opened task');
  await claim(page);

  // Completing it empty: refused, with Swedish under each field and a notification that names what is missing.
  const { errors, notification: refusal } = await completeRefused(page);
  if (errors.length < 3 || !errors.every(text => text === 'Fältet måste fyllas i.')) {
    throw new Error(`the empty form says ${JSON.stringify(errors)}, expected "Fältet måste fyllas i." under each field`);
  }
  if (!refusal.includes('Uppgiften är inte slutförd') || !refusal.includes('Antal svarande')) {
    throw new Error(`the refusal does not say what is missing: "${refusal}"`);
  }
  await checkPage(page, 'the form completed empty');
  await page.screenshot({ path: `${shots}/sv-2-coordinator-refused.png`, fullPage: true });

  await fillSelfReflection(page, '11');
  // Left standing, the refusal would cover the form's buttons: it goes once no field shows an error.
  await page.waitForSelector('.notifications .alert', { state: 'detached', timeout: 10000 }).catch(() => {
    throw new Error('the refusal is still shown after every field was filled');
  });
  await checkPage(page, 'the filled form');
  await page.screenshot({ path: `${shots}/sv-3-coordinator-form.png`, fullPage: true });
  await page.click('button:has-text("Slutför")');
  await page.waitForSelector(`ol.tasks-list a[href*="task=${taskId}"]`, { state: 'detached', timeout: 30000 });
  await checkPage(page, 'after completing');
  await page.click('li.account a.dropdown-toggle, li.account > a');
  await page.click('text=Logga ut');
  await page.waitForSelector('input[type="password"]', { timeout: 30000 });
  await checkPage(page, 'the login page after logging out');
  await page.screenshot({ path: `${shots}/sv-4-logged-out.png` });
  await context.close();

  // The county coordinator's day.
  const county1 = await logInToTasklist(browser, baseUrl, countyCoordinator, password);
  lastPage = county1.page;
  await county1.page.waitForSelector('text=Länets uppgifter', { timeout: 60000 });
  await county1.page.click('text=Försenade i länet');
  await county1.page.waitForSelector('ol.tasks-list li.task', { timeout: 60000 });
  await checkPage(county1.page, 'the county filters');
  await county1.page.screenshot({ path: `${shots}/sv-5-county-filters.png` });
  let response = await county1.page.goto(`${baseUrl}/arshjul/${centre}/${year}`);
  if (response.status() !== 200) throw new Error(`the centre's wheel answered ${response.status()}`);
  await checkPage(county1.page, 'the centre\'s wheel');
  response = await county1.page.goto(`${baseUrl}/oversikt/${county}/${year}`);
  if (response.status() !== 200) throw new Error(`the county overview answered ${response.status()}`);
  await checkPage(county1.page, 'the county overview');
  await county1.page.screenshot({ path: `${shots}/sv-6-county-overview.png`, fullPage: true });
  await county1.page.goto(tasklist);
  await county1.page.waitForSelector('text=Länets uppgifter', { timeout: 60000 });
  await county1.page.click('li.account a.dropdown-toggle, li.account > a');
  await county1.page.click('text=Logga ut');
  await county1.page.waitForSelector('input[type="password"]', { timeout: 30000 });
  await checkPage(county1.page, 'the login page after the county coordinator logged out');
  await county1.context.close();

  if (violations.length > 0) {
    throw new Error(`${violations.length} axe violations (WCAG 2.0/2.1 A, AA) on the way:\n${violations.join('\n')}`);
  }
  console.log(`ok: both paths in Swedish (checked against ${english.length} English texts of Tasklist) and without `
    + 'an axe violation');
});
