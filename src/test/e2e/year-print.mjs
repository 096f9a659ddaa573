// The year page on paper: the coordinator prints her centre's årshjul with Chromium's own print to PDF (A4), as she
// would to hang it on the wall. The JUnit test reads the PDF back. Usage: node year-print.mjs <baseUrl> <user>
// <centre> <year> <password> <pdfPath> <screenshotDir>
import { launch, logInToTasklist, withFailureScreenshot } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const [baseUrl, user, centre, year, password, pdfPath, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
mkdirSync(dirname(pdfPath), { recursive: true });

const browser = await launch();
let lastPage;

await withFailureScreenshot(browser, shots, () => lastPage, async () => {
  const { page } = await logInToTasklist(browser, baseUrl, user, password, { width: 1200, height: 1400 });
  lastPage = page;
  const response = await page.goto(`${baseUrl}/arshjul/${centre}/${year}`);
  if (response.status() !== 200) {
    throw new Error(`the year page answered ${response.status()}`);
  }
  await page.waitForSelector('svg g.activity');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${shots}/3-wheel-print-media.png`, fullPage: true });
  console.log(`ok: printed ${centre} ${year} to ${pdfPath}`);
});
