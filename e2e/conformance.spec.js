// The Designers Italia model's criteria, checked here as its checker
// (pa-website-validator-ng) checks them on the pages it samples: the
// checker is not an installable package, so its rules are written down
// once here, from the model's documentation (issue 17).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, pageReady, axeViolations } from './fixtures.js';
import { api, bookingOffice, NEWS_PAGES, PNRR_PROJECT, SERVICE_CATEGORY, SERVICE_PAGE, sitemapPaths, vocabulary } from './site.js';

const FEEDBACK = {
  title: 'Quanto sono chiare le informazioni su questa pagina?',
  positive: {
    question: 'Quali sono stati gli aspetti che hai preferito?',
    answers: ['Le indicazioni erano chiare', 'Le indicazioni erano complete', 'Capivo sempre che stavo procedendo correttamente', 'Non ho avuto problemi tecnici', 'Altro'],
  },
  negative: {
    question: 'Dove hai incontrato le maggiori difficoltà?',
    answers: ['A volte le indicazioni non erano chiare', 'A volte le indicazioni non erano complete', 'A volte non capivo se stavo procedendo correttamente', 'Ho avuto problemi tecnici', 'Altro'],
  },
};

// First- and second-level pages and one content page of each kind.
const FEEDBACK_PAGES = [
  '/', '/amministrazione', '/novita', '/servizi', '/vivere-la-provincia', '/novita/avvisi',
  SERVICE_CATEGORY, SERVICE_PAGE, NEWS_PAGES[0], '/archivi', sitemapPaths.find((p) => p.startsWith('/archivi/')),
  '/pnrr', PNRR_PROJECT, '/amministrazione-trasparente', sitemapPaths.find((p) => /^\/amministrazione-trasparente\/[^/]+$/.test(p)),
  '/argomenti', sitemapPaths.find((p) => /^\/argomenti\/[^/]+$/.test(p)), '/amministrazione/organi-di-governo', '/note-legali',
];

/** What the checker reads of the feedback component after a click on star `n`, as it does it. */
const afterStar = (page, n) =>
  page.evaluate((n) => {
    const q = (sel, root = document) => root.querySelector(`[data-element="${sel}"]`);
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      return getComputedStyle(el).visibility !== 'hidden' && r.height > 0 && r.width > 0;
    };
    q(`feedback-rate-${n}`).click();
    const read = (el) => ({
      shown: shown(el),
      question: q('feedback-rating-question', el)?.textContent.trim(),
      answers: [...el.querySelectorAll('[data-element="feedback-rating-answer"]')].map((a) => a.textContent.trim()),
    });
    return { positive: read(q('feedback-rating-positive')), negative: read(q('feedback-rating-negative')) };
  }, n);

test.describe('C.SI.2.5 valutazione della chiarezza delle pagine', () => {
  for (const path of FEEDBACK_PAGES) {
    test(`componente di valutazione del modello: ${path}`, async ({ page }) => {
      await page.goto(path);
      await pageReady(page);
      const feedback = page.locator('[data-element="feedback"]');
      await expect(feedback).toHaveCount(1);
      await expect(feedback.locator('[data-element="feedback-title"]')).toHaveText(FEEDBACK.title);
      await expect(feedback.locator('[data-element="feedback-input-text"]')).toHaveCount(1);
      for (let n = 1; n <= 5; n++) await expect(feedback.locator(`[data-element="feedback-rate-${n}"]`)).toHaveCount(1);
      // Both follow-up fieldsets are there before any click, both hidden.
      await expect(feedback.locator('[data-element="feedback-rating-positive"]')).toBeHidden();
      await expect(feedback.locator('[data-element="feedback-rating-negative"]')).toBeHidden();
      for (let n = 1; n <= 5; n++) {
        const seen = await afterStar(page, n);
        const [shown, hidden] = n > 3 ? ['positive', 'negative'] : ['negative', 'positive'];
        expect(seen[shown], `after ${n} stars`).toEqual({ shown: true, question: FEEDBACK[shown].question, answers: FEEDBACK[shown].answers });
        expect(seen[hidden].shown, `after ${n} stars`).toBe(false);
      }
    });
  }

  test.describe('non sui risultati della ricerca né sulla pagina non trovata', () => {
    test.use({ expectedConsoleError: /status of 404/ });
    for (const path of ['/cerca?q=archivio', '/pagina-che-non-esiste']) {
      test(`nessuna valutazione su ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('main h1')).toBeVisible();
        await expect(page.locator('[data-element="feedback"]')).toHaveCount(0);
      });
    }
  });
});

test('C.SI.1.7 secondo livello: le voci del modello per Amministrazione, Novità e Vivere', async ({ page, request }) => {
  const labels = async (path, element) => {
    await page.goto(path);
    await pageReady(page);
    const links = page.locator(`main [data-element="${element}"]`);
    const found = [];
    for (const link of await links.all()) {
      found.push({ text: (await link.innerText()).trim().toLowerCase(), href: await link.getAttribute('href') });
    }
    return found;
  };
  const management = await labels('/amministrazione', 'management-category-link');
  expect(management.map((l) => l.text)).toEqual(['organi di governo', 'aree amministrative', 'uffici', 'enti e fondazioni', 'politici', 'personale amministrativo', 'documenti e dati', 'bandi di gara e concorsi']);
  const news = await labels('/novita', 'news-category-link');
  expect(news.map((l) => l.text).sort()).toEqual(['avvisi', 'comunicati', 'notizie']);
  const locations = await labels('/vivere-la-provincia', 'live-button-locations');
  const events = await labels('/vivere-la-provincia', 'live-button-events');
  expect(locations.map((l) => l.text)).toEqual(['luoghi']);
  expect(events.map((l) => l.text)).toEqual(['eventi']);
  for (const { href } of [...management, ...news, ...locations, ...events]) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

// The service categories the checker's dictionary holds (the model's
// fifteen, as it spells them).
const SERVICE_CATEGORIES = [
  'educazione e formazione', 'salute, benessere e assistenza', 'vita lavorativa', 'mobilità e trasporti', 'catasto e urbanistica',
  'anagrafe e stato civile', 'turismo', 'giustizia e sicurezza pubblica', 'tributi, finanze e contravvenzioni', 'cultura e tempo libero',
  'ambiente', 'imprese e commercio', 'autorizzazioni', 'appalti pubblici', 'agricoltura, caccia e pesca',
];

test('C.SI.1.7 secondo livello: le categorie dei servizi sono quelle del modello', async ({ page, request }) => {
  await page.goto('/servizi');
  await pageReady(page);
  const links = await page.locator('main [data-element="service-category-link"]').all();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(SERVICE_CATEGORIES).toContain((await link.innerText()).trim().toLowerCase());
    expect((await request.get(await link.getAttribute('href'))).status()).toBe(200);
  }
  expect(vocabulary('categorie-servizi.yaml').sort()).toEqual([...SERVICE_CATEGORIES].sort());
});

test('C.SI.1.5 vocabolari controllati: ogni argomento è una voce del modello o di EuroVoc', async ({ page }) => {
  const allowed = new Set([...vocabulary('argomenti.yaml')]);
  await page.goto('/');
  const href = await page.locator('[data-element="all-topics"]').first().getAttribute('href');
  await page.goto(href);
  await pageReady(page);
  const topics = await page.locator('[data-element="topic-element"]').allInnerTexts();
  expect(topics.length).toBe(api('argomenti.json').argomenti.length);
  const outside = topics.map((t) => t.trim().toLowerCase()).filter((t) => !allowed.has(t));
  expect(outside).toEqual([]);
  // The checker's full score needs the model's own voices: PNRR is one.
  expect(topics.map((t) => t.trim())).toContain('PNRR');
});

test('un argomento rinominato: il vecchio indirizzo porta al nuovo, anche senza JavaScript, e il vecchio feed resta', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/argomenti/viabilita');
  await expect(page).toHaveURL(/\/argomenti\/rete-stradale$/);
  await expect(page.locator('h1')).toHaveText('Rete stradale');
  await page.goto('/servizi/stazione-unica-appaltante');
  await expect(page).toHaveURL(/\/servizi\/appalti-pubblici$/);
  await context.close();
  const feed = await request.get('/feed/argomenti/viabilita.xml');
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('<title>Argomento Rete stradale');
});

test('C.SI.2.4 segnalazione disservizio nel piè di pagina, con l\'etichetta del modello', async ({ page, request }) => {
  await page.goto('/');
  const link = page.locator('footer [data-element="report-inefficiency"]');
  expect(['disservizio', 'segnala disservizio', 'segnalazione disservizio']).toContain((await link.innerText()).trim().toLowerCase());
  const href = await link.getAttribute('href');
  expect((await request.get(href)).status()).toBe(200);
});

test('C.SI.3.2 dichiarazione di accessibilità su AgID e piano di miglioramento nel piè di pagina', async ({ page, request }) => {
  await page.goto('/');
  const statement = await page.locator('footer [data-element="accessibility-link"]').getAttribute('href');
  expect(statement).toMatch(/^https:\/\/form\.agid\.gov\.it\/view\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  const plan = page.locator('footer a', { hasText: /piano di miglioramento del sito/i });
  await expect(plan).toHaveCount(1);
  const href = await plan.getAttribute('href');
  await page.goto(href);
  await expect(page.locator(`#${href.split('#')[1]}`)).toHaveText('Piano di miglioramento del sito');
  expect((await request.get(href.split('#')[0])).status()).toBe(200);
});

test('C.SI.3.4 note legali: la sezione «Licenza dei contenuti» con il testo del modello', async ({ page }) => {
  await page.goto('/note-legali');
  await expect(page.locator('[data-element="legal-notes-section"]')).toHaveText('Licenza dei contenuti');
  const body = (await page.locator('[data-element="legal-notes-body"]').innerText()).replace(/\s+/g, ' ').trim();
  expect(body).toBe(
    "In applicazione del principio open by default ai sensi dell'articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY 4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.",
  );
});

// The checker's schema of the service metadata, every key it requires.
const METATAG_KEYS = [
  'name', 'serviceType', 'serviceOperator.name', 'areaServed.name', 'audience.audienceType', 'availableChannel.serviceUrl',
  'availableChannel.serviceLocation.name', 'availableChannel.serviceLocation.address.streetAddress',
  'availableChannel.serviceLocation.address.postalCode', 'availableChannel.serviceLocation.address.addressLocality',
];

test('R.SI.1.1 metadati di ogni scheda servizio (JSON-LD data-element="metatag")', async ({ request }) => {
  const services = api('servizi.json').categorie.flatMap((c) => c.servizi);
  expect(services.length).toBeGreaterThan(5);
  const missing = [];
  for (const { slug } of services) {
    const html = await (await request.get(`/servizi/${slug}`)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json" data-element="metatag">(.*?)<\/script>/gs)];
    if (scripts.length !== 1) {
      missing.push(`${slug}: ${scripts.length} metatag`);
      continue;
    }
    const json = JSON.parse(scripts[0][1]);
    for (const key of METATAG_KEYS) {
      const value = key.split('.').reduce((v, k) => v?.[k], json);
      if (typeof value !== 'string' || !value.trim()) missing.push(`${slug}: ${key}`);
    }
    if (!/^\d{5}$/.test(json.availableChannel?.serviceLocation?.address?.postalCode)) missing.push(`${slug}: CAP`);
  }
  expect(missing).toEqual([]);
});

test('C.SI.2.1 prenotazione: da ogni scheda servizio al modulo a passi, errori accanto ai campi, nulla di scritto perso', async ({ page, request }) => {
  const services = api('servizi.json').categorie.flatMap((c) => c.servizi);
  for (const { slug } of services) {
    const html = await (await request.get(`/servizi/${slug}`)).text();
    expect(html, slug).toMatch(new RegExp(`<a[^>]*href="/prenota-appuntamento\\?servizio=${slug}"[^>]*data-element="appointment-booking"`));
  }
  const office = bookingOffice();
  const service = office.servizi[0];

  await page.goto(`/prenota-appuntamento?servizio=${service.slug}`);
  await pageReady(page);
  const form = page.locator('form[data-element="appointment-booking"]');
  await expect(form.locator('h2')).toHaveText('Passo 1 di 5: Ufficio');
  // Arriving from a service page, its office is chosen already.
  await expect(form.getByRole('radio', { name: office.ufficio.nome })).toBeChecked();
  await form.getByRole('button', { name: 'Avanti' }).click();
  await expect(form.locator('h2')).toHaveText('Passo 2 di 5: Data e orario');
  await expect(form.locator('h2')).toBeFocused();

  // Nothing chosen: each field says what to fix, and the first takes the focus.
  await form.getByRole('button', { name: 'Avanti' }).press('Enter');
  const day = form.getByLabel(/Giorno preferito/);
  await expect(day).toBeFocused();
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#prenotazione-giorno-errore')).toContainText('giorno');
  await expect(page.locator('#prenotazione-fascia-errore')).toContainText('Scegli la fascia oraria');
  // A Saturday is refused with its reason; the next Monday is accepted.
  const next = (weekday) => {
    const d = new Date();
    d.setDate(d.getDate() + 1);
    while (d.getDay() !== weekday) d.setDate(d.getDate() + 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  await day.fill(next(6));
  // A Saturday: the office does not receive, so no slot is offered.
  await expect(form.getByText("Quel giorno l'ufficio non riceve")).toBeVisible();
  await form.getByRole('button', { name: 'Avanti' }).click();
  await expect(page.locator('#prenotazione-giorno-errore')).toContainText("l'ufficio non riceve");
  await day.fill(next(1));
  // The label is what a reader clicks (Bootstrap Italia draws the radio under it).
  await form.locator('label[for="prenotazione-fascia"]').click();
  await expect(form.getByRole('radio', { name: /Mattina/ })).toBeChecked();
  await form.getByRole('button', { name: 'Avanti' }).click();

  await expect(form.locator('h2')).toHaveText('Passo 3 di 5: Dettagli appuntamento');
  await expect(form.getByLabel('Servizio *')).toHaveValue(service.slug);
  await form.getByLabel(/Motivo/).fill('Chiarimenti sulla domanda');
  await form.getByRole('button', { name: 'Avanti' }).click();
  await expect(form.locator('h2')).toHaveText('Passo 4 di 5: Richiedente');
  await form.getByLabel('Nome *', { exact: true }).fill('Maria');
  await form.getByLabel('Cognome *').fill('Rossi');
  await form.getByLabel('E-mail *').fill('maria.rossi');
  await form.getByRole('button', { name: 'Avanti' }).click();
  await expect(form.getByLabel('E-mail *')).toBeFocused();
  await expect(page.locator('#prenotazione-email-errore')).toContainText('nome@esempio.it');
  // Going back and forth keeps what was typed.
  await form.getByRole('button', { name: 'Indietro' }).click();
  await expect(form.getByLabel(/Motivo/)).toHaveValue('Chiarimenti sulla domanda');
  await form.getByRole('button', { name: 'Avanti' }).click();
  await expect(form.getByLabel('Nome *', { exact: true })).toHaveValue('Maria');
  await form.getByLabel('E-mail *').fill('maria.rossi@example.org');
  await form.getByRole('button', { name: 'Avanti' }).click();

  await expect(form.locator('h2')).toHaveText('Passo 5 di 5: Riepilogo');
  await expect(form.locator('.booking-summary')).toContainText(office.ufficio.nome);
  await expect(form.locator('.booking-summary')).toContainText(service.titolo);
  await expect(form.locator('.booking-summary')).toContainText('Maria Rossi');
  // The site sends it (e2e/ricezione.spec.js); the e-mail to the office stays as a way round.
  await expect(form.getByRole('button', { name: 'Invia la richiesta' })).toBeVisible();
  const mail = await form.getByRole('link', { name: "scrivere la richiesta per e-mail all'ufficio" }).getAttribute('href');
  expect(mail.startsWith(`mailto:${office.ufficio.email}?subject=`)).toBe(true);
  expect(decodeURIComponent(mail)).toContain('Motivo: Chiarimenti sulla domanda');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('la pagina di prenotazione dice come prenotare per telefono o e-mail', async ({ page }) => {
    await page.goto('/prenota-appuntamento');
    await expect(page.locator('form[data-element="appointment-booking"]')).toBeHidden();
    await expect(page.getByText('Il modulo di prenotazione ha bisogno di JavaScript')).toBeVisible();
    const office = api('prenotazione.json').uffici[0];
    await expect(page.getByRole('heading', { name: office.ufficio.nome })).toBeVisible();
  });
});

// WCAG 2.2 AA beyond what axe checks (issue 17, item 10).
const TARGET_PAGES = ['/', '/novita/avvisi', NEWS_PAGES[0], '/cerca?q=strada', '/argomenti'];

/** Stars, pagination, chips and icon-only controls drawn smaller than 24 × 24 CSS px. */
const smallTargets = (page) =>
  page.evaluate(() => {
    const iconOnly = (el) => el.querySelector('svg') && el.innerText.trim() === '';
    const targets = [
      ...document.querySelectorAll('label.rating-star, .pagination a, .pagination button, a.chip, .chip button'),
      ...[...document.querySelectorAll('a, button')].filter(iconOnly),
    ];
    return targets
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ el, r }) => `${el.outerHTML.slice(0, 80)} ${Math.round(r.width)}×${Math.round(r.height)}`);
  });

for (const width of [1280, 320]) {
  test(`WCAG 2.5.8 dimensione dei bersagli a ${width} px: stelle, paginazione, chip, icone almeno 24 × 24`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    let measured = 0;
    for (const path of TARGET_PAGES) {
      await page.goto(path);
      await pageReady(page);
      measured += await page.locator('label.rating-star, .pagination a, a.chip').count();
      expect(await smallTargets(page), path).toEqual([]);
    }
    // The pages hold the targets this test is about.
    expect(measured).toBeGreaterThan(10);
  });
}

test('WCAG 2.4.11 il fuoco non è mai coperto: tabulando per una pagina lunga ogni elemento a fuoco si vede', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  // Where the focus ends up is the criterion, not the animation on the way:
  // without it a slow machine measured Bootstrap's smooth scroll mid-way.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/mappa-del-sito');
  await pageReady(page);
  const hidden = [];
  let steps = 0;
  for (; steps < 200; steps += 1) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(async () => {
      // Bootstrap scrolls smoothly: measure once the page has stopped moving.
      await new Promise((done) => {
        let last = -1;
        const settle = () => (scrollY === last ? done() : ((last = scrollY), requestAnimationFrame(() => requestAnimationFrame(settle))));
        settle();
      });
      const el = document.activeElement;
      if (!el || el === document.body) return { done: true };
      const r = el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
      return { done: false, seen: inView && (top === el || el.contains(top) || top?.contains(el)), what: el.outerHTML.slice(0, 80) };
    });
    if (state.done) break;
    if (!state.seen) hidden.push(state.what);
  }
  expect(steps).toBeGreaterThan(30);
  expect(hidden).toEqual([]);
});

test.describe('WCAG 3.2.2 (H32): i filtri si applicano anche con il pulsante, che porta ai risultati', () => {
  test('elenco degli avvisi: il pulsante applica quanto scritto nei campi', async ({ page }) => {
    await page.goto('/novita/avvisi');
    await pageReady(page);
    // A value the live update never saw (no input or change event): only sending the form applies it.
    await page.locator('#filtro-dal').evaluate((field) => { field.value = '2026-01-01'; });
    const apply = page.getByRole('button', { name: 'Applica i filtri' });
    await expect(apply).toBeVisible();
    await apply.click();
    await expect(page).toHaveURL(/[?&]dal=2026-01-01/);
    await expect(page.locator('#conteggio-elenco')).toBeFocused();
  });

  test('tabella dei progetti PNRR: Invio in un campo importo applica il filtro e porta alla tabella', async ({ page }) => {
    await page.goto('/pnrr?ordine=cup');
    await pageReady(page);
    await page.locator('#filtro-importo-min').fill('100.000');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/importo-min=100000/);
    await expect(page).toHaveURL(/ordine=cup/);
    await expect(page.locator('#tabella-progetti')).toBeFocused();
  });
});

test.describe('punti di riferimento con nomi distinti e titoli in ordine', () => {
  test.use({ expectedConsoleError: /status of 404/ });
  const LANDMARK_PAGES = ['/novita/avvisi', PNRR_PROJECT, '/cerca?q=archivio', '/pagina-che-non-esiste'];
  for (const path of LANDMARK_PAGES) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.loading-status')).toHaveCount(0);
      const results = await new AxeBuilder({ page })
        .withRules(['landmark-unique', 'heading-order', 'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'landmark-no-duplicate-main'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The rules ran on landmarks that are there.
      expect(results.passes.map((r) => r.id)).toContain('landmark-unique');
    });
  }
});
