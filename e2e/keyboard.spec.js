// The site by keyboard alone: skip link, header disclosure menu, mobile menu
// as a modal panel, accordion.
import { test, expect, pageReady } from './fixtures.js';

async function tabUntil(page, locator, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`non raggiungibile con Tab: ${locator}`);
}

const activeInside = (page, selector) =>
  page.evaluate((sel) => !!document.querySelector(sel)?.contains(document.activeElement), selector);

test('il primo Tab porta al link per saltare al contenuto', async ({ page }) => {
  await page.goto('/privacy');
  await pageReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Vai al contenuto' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box.width).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await expect(page.locator('main#contenuto')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await activeInside(page, 'main')).toBe(true);
});

test('il sottomenu Novità si apre, si percorre e si chiude da tastiera', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  const toggle = page.getByRole('button', { name: 'Sottomenu Novità' });
  await tabUntil(page, toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const submenu = page.locator('#' + (await toggle.getAttribute('aria-controls')));
  await expect(submenu).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(submenu.getByRole('link', { name: 'Notizie' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(submenu).toBeHidden();

  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(submenu.getByRole('link', { name: 'Comunicati stampa' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/novita\/comunicati$/);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(submenu).toBeHidden();
  await expect(submenu.locator('a[href="/novita/comunicati"]')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('[data-element="news"]')).toHaveClass(/active/);
});

test('uscire dal sottomenu con Tab lo chiude', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  const toggle = page.getByRole('button', { name: 'Sottomenu Novità' });
  await tabUntil(page, toggle);
  await page.keyboard.press('Enter');
  // Open first: the menu's code may still be arriving (boot.js replays the
  // press once it is live), and Tabs sent before that leave nothing to close.
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test.describe('a 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('il menu mobile trattiene il focus e lo restituisce alla chiusura', async ({ page }) => {
    await page.goto('/');
    await pageReady(page);
    const opener = page.getByRole('button', { name: 'Apri il menu di navigazione' });
    await tabUntil(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Menu di navigazione' });
    await expect(dialog).toBeVisible();
    await expect(opener).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Chiudi il menu di navigazione' })).toBeFocused();

    // Forward through more stops than the panel has: focus never leaves it.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await activeInside(page, '#menu-principale'), `Tab ${i + 1}`).toBe(true);
    }
    // Backwards from the first stop wraps to the last.
    await page.getByRole('button', { name: 'Chiudi il menu di navigazione' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await activeInside(page, '#menu-principale')).toBe(true);
    await expect(page.getByRole('button', { name: 'Chiudi il menu di navigazione' })).not.toBeFocused();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(opener).toHaveAttribute('aria-expanded', 'false');
  });

  test('una voce del menu mobile porta alla pagina e chiude il menu', async ({ page }) => {
    await page.goto('/');
    await pageReady(page);
    await page.getByRole('button', { name: 'Apri il menu di navigazione' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Servizi', exact: true }).click();
    await expect(page).toHaveURL(/\/servizi$/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('main h1')).toBeFocused();
  });
});

test('le domande frequenti si aprono da tastiera (accordion)', async ({ page }) => {
  await page.goto('/faq');
  await pageReady(page);
  const first = page.locator('.accordion-button').first();
  const panel = page.locator('#' + (await first.getAttribute('aria-controls')));
  await expect(panel).toBeHidden();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('role', 'region');
  await page.keyboard.press('Space');
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeHidden();
});
