// A coordinator fills in and completes the January self-reflection in Camunda Tasklist; a coordinator of another
// centre cannot see that task. Usage: node tasklist-self-reflection.mjs <baseUrl> <user> <otherUser> <password>
// <taskId> <screenshotDir>. Exits non-zero, with the reason, when anything is not as it should be.
import { anotherSecondPriorityArea, launch, logInToTasklist, withFailureScreenshot } from './browser.mjs';
import { mkdirSync } from 'node:fs';

const [baseUrl, user, otherUser, password, taskId, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const tasklist = `${baseUrl}/camunda/app/tasklist/default/`;

const browser = await launch();

let lastPage;
async function logIn(name) {
  const session = await logInToTasklist(browser, baseUrl, name, password);
  lastPage = session.page;
  await session.page.waitForSelector('ol.tasks-list li.task', { timeout: 60000 });
  return session;
}

const taskLink = `ol.tasks-list a[href*="task=${taskId}"]`;
await withFailureScreenshot(browser, shots, () => lastPage, async () => {
  // 1. While the task is open, a coordinator of another centre neither lists nor opens it.
  const other = await logIn(otherUser);
  if (await other.page.locator(taskLink).count() !== 0) {
    throw new Error(`${otherUser} sees the task ${taskId} of another centre`);
  }
  await other.page.goto(`${tasklist}#/?task=${taskId}`);
  await other.page.waitForTimeout(3000);
  if (await other.page.locator('text=Antal svarande').count() !== 0) {
    throw new Error(`${otherUser} can open the form of task ${taskId}`);
  }
  await other.page.screenshot({ path: `${shots}/1-other-centre.png` });
  await other.context.close();
  // 2. The coordinator opens her January self-reflection, claims it, fills the form and completes it.
  const { context, page } = await logIn(user);
  await page.click(taskLink);
  await page.waitForSelector('text=Antal svarande', { timeout: 30000 });
  await page.screenshot({ path: `${shots}/2-form-opened.png` });
  // Tasklist is Swedish for a Swedish browser: "Ta uppgiften" (claim) and "Slutför" (complete).
  await page.click('button:has-text("Ta uppgiften")');
  await page.waitForSelector('button:has-text("Slutför"):not([disabled])', { timeout: 15000 });
  await page.getByLabel('Antal svarande').fill('14');
  // Every statement on the scale: the first choice ("Fungerar") of each radio field.
  for (const field of await page.locator('.fjs-form-field-radio').all()) {
    await field.locator('input[type="radio"]').first().check();
  }
  await anotherSecondPriorityArea(page);
  // Last year's goals stand read-only above the statements; only the coordinator's own fields are filled.
  if (await page.locator('textarea[readonly]').count() < 2) {
    throw new Error('last year\'s measurable goals are not shown read-only in the form');
  }
  for (const area of await page.locator('textarea:not([readonly])').all()) {
    await area.fill('Fler föräldragrupper på kvällstid; följs upp i december.');
  }
  await page.screenshot({ path: `${shots}/3-form-filled.png`, fullPage: true });
  await page.click('button:has-text("Slutför")');
  await page.waitForSelector(taskLink, { state: 'detached', timeout: 30000 });
  await page.screenshot({ path: `${shots}/4-task-gone.png` });
  await context.close();

  console.log('ok: completed in Tasklist and hidden from the other centre');
});
