// Parents answer the survey on a phone: in Swedish (a Swedish phone) and in English (chosen on the page), each in a
// browser of its own; axe finds no WCAG 2.1 A/AA violation on the form or the thank-you page; a second answer from
// the same phone is not taken. Usage: node parent-survey.mjs <baseUrl> <centre> <screenshotDir>
import { accessibilityViolations, launch, withFailureScreenshot } from './browser.mjs';
import { mkdirSync } from 'node:fs';

const [baseUrl, centre, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await launch();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
let lastPage;
const violations = [];

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function answer(locale, chooseLanguage, expected) {
  const context = await browser.newContext({ ...phone, locale });
  const page = await context.newPage();
  lastPage = page;
  await page.goto(`${baseUrl}/enkat/${centre}`);
  if (chooseLanguage) {
    await page.getByRole('link', { name: chooseLanguage }).click();
  }
  await page.waitForSelector('form');
  expect(await page.locator('h1').innerText() === expected.title, `the title in ${locale}: ${expected.title}`);
  violations.push(...await accessibilityViolations(page, `the survey form (${locale})`));
  // Keyboard and labels: every choice is reached through its label.
  await page.getByRole('radio', { name: expected.agree }).first().check();
  await page.getByRole('radio', { name: expected.dontKnow }).nth(1).check();
  await page.getByLabel(expected.quote).fill(expected.quoteText);
  await page.getByRole('radio', { name: expected.woman }).check();
  await page.screenshot({ path: `${shots}/survey-${locale}-form.png`, fullPage: true });
  await page.getByRole('button', { name: expected.send }).click();
  await page.waitForSelector(`text=${expected.thanks}`);
  violations.push(...await accessibilityViolations(page, `the thank-you page (${locale})`));
  await page.screenshot({ path: `${shots}/survey-${locale}-thanks.png` });
  await page.goto(`${baseUrl}/enkat/${centre}`);
  expect(await page.locator('form').count() === 0, `a second answer from the same phone is not offered (${locale})`);
  await context.close();
}

await withFailureScreenshot(browser, shots, () => lastPage, async () => {
  await answer('sv-SE', null, { title: 'Vad tycker du om familjecentralen?', agree: 'Stämmer helt',
    dontKnow: 'Vet ej', quote: 'Vill du berätta något om familjecentralen? Skriv inga namn.',
    quoteText: 'Öppna förskolan är bäst på fredagar.', woman: 'Kvinna', send: 'Skicka svaren',
    thanks: 'Tack för dina svar!' });
  await answer('de-DE', 'English', { title: 'What do you think of the family centre?', agree: 'Completely true',
    dontKnow: "Don't know",
    quote: "Is there anything you would like to tell us about the family centre? Please don't write any names.",
    quoteText: 'The staff are very kind.', woman: 'A woman', send: 'Send the answers',
    thanks: 'Thank you for your answers!' });
  expect(violations.length === 0, `accessibility (axe, WCAG 2.1 A/AA): ${violations.length} violations\n`
    + violations.join('\n'));
  console.log('ok: answered on a phone in Swedish and in English; no axe violations');
});
