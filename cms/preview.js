// Previews in the CMS with the site's own stylesheets and the structure of
// the published pages (src/routes/novita/detail.rs, sections, PNRR), so that
// editors see what citizens will see. Plain script: the CMS bundle gives
// `CMS` and `h` (React's createElement) as globals.
/* global CMS, h */
(function () {
  'use strict';

  var MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio',
    'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

  // "2026-11-22" → "22 novembre 2026", as the site writes dates.
  function italianDate(value) {
    var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value || ''));
    if (!match) return '';
    return Number(match[3]) + ' ' + MONTHS[Number(match[2]) - 1] + ' ' + match[1];
  }

  // "931712.00" → "931.712,00 €".
  function euro(value) {
    var match = /^(\d+)\.(\d{2})$/.exec(String(value || ''));
    if (!match) return String(value || '');
    return match[1].replace(/\B(?=(\d{3})+(?!\d))/g, '.') + ',' + match[2] + ' €';
  }

  function list(entry, key) {
    var value = entry.getIn(['data', key]);
    return value && value.toJS ? value.toJS() : [];
  }

  function topicChips(entry) {
    var topics = list(entry, 'argomenti');
    if (!topics.length) return null;
    return h('section', { className: 'mt-4' },
      h('h2', { className: 'h6' }, 'Argomenti'),
      h('ul', { className: 'list-inline topic-list' }, topics.map(function (slug) {
        return h('li', { className: 'list-inline-item', key: slug },
          h('span', { className: 'chip chip-simple' }, h('span', { className: 'chip-label' }, slug)));
      })));
  }

  function attachments(entry, key, title) {
    var items = list(entry, key);
    if (!items.length) return null;
    return h('section', { className: 'mt-4 attachments' },
      h('h2', { className: 'h5' }, title),
      h('ul', { className: 'list-unstyled' }, items.map(function (item, i) {
        return h('li', { className: 'attachment', key: i }, h('a', { href: item.file }, item.titolo || item.file));
      })));
  }

  var KIND_LABELS = { notizie: 'Notizia', comunicati: 'Comunicato stampa', avvisi: 'Avviso' };

  function NewsPreview(props) {
    var entry = props.entry;
    var data = function (key) { return entry.getIn(['data', key]); };
    var kind = KIND_LABELS[props.collection.get('name')] || '';
    var image = data('immagine');
    var imageFile = image && image.get('file');
    var validity = data('scadenza')
      ? h('p', { className: 'notice-validity' }, 'In vigore fino al ' + italianDate(data('scadenza')))
      : null;
    return h('div', { className: 'container px-4 my-4' },
      h('article', { className: 'row news-article' },
        h('div', { className: 'col-lg-8 px-lg-4 py-lg-2' },
          h('p', { className: 'category-top' }, h('span', { className: 'category' }, kind)),
          h('h1', null, data('titolo') || 'Titolo'),
          h('p', { className: 'lead' }, data('sommario') || ''),
          h('ul', { className: 'list-unstyled news-facts' },
            h('li', null, 'Pubblicato il ', h('time', null, italianDate(data('data'))))),
          validity,
          imageFile ? h('figure', { className: 'figure news-image' },
            h('img', { src: props.getAsset(imageFile).toString(), alt: image.get('alt') || '', className: 'figure-img img-fluid' }),
            image.get('didascalia') ? h('figcaption', { className: 'figure-caption' }, image.get('didascalia')) : null) : null,
          h('div', { className: 'content-body mt-4' }, props.widgetFor('body')),
          attachments(entry, 'allegati', 'Allegati'),
          topicChips(entry))));
  }

  function PagePreview(props) {
    var entry = props.entry;
    return h('div', { className: 'container px-4 my-4' },
      h('h1', null, entry.getIn(['data', 'titolo']) || 'Titolo'),
      h('p', { className: 'lead' }, entry.getIn(['data', 'descrizione']) || ''),
      h('div', { className: 'content-body mt-4' }, props.widgetFor('body')),
      topicChips(entry));
  }

  var SERVICE_SECTIONS = [
    ['destinatari', 'A chi è rivolto'], ['come_fare', 'Come fare'], ['cosa_serve', 'Cosa serve'],
    ['cosa_si_ottiene', 'Cosa si ottiene'], ['tempi', 'Tempi e scadenze'], ['condizioni', 'Condizioni di servizio'],
  ];

  function ServicePreview(props) {
    var entry = props.entry;
    var active = entry.getIn(['data', 'stato']) !== 'non-attivo';
    return h('div', { className: 'container px-4 my-4' },
      h('h1', null, entry.getIn(['data', 'titolo']) || 'Titolo'),
      h('p', null, h('span', { className: 'chip chip-simple' }, h('span', { className: 'chip-label' }, active ? 'Servizio attivo' : 'Servizio non attivo'))),
      active ? null : h('p', null, entry.getIn(['data', 'motivo_stato']) || ''),
      h('p', { className: 'lead' }, entry.getIn(['data', 'descrizione']) || ''),
      SERVICE_SECTIONS.map(function (section) {
        return h('section', { className: 'mt-4', key: section[0] },
          h('h2', { className: 'h4' }, section[1]),
          h('div', { className: 'content-body' }, props.widgetFor(section[0])));
      }),
      topicChips(entry));
  }

  function ProjectPreview(props) {
    var entry = props.entry;
    var data = function (key) { return entry.getIn(['data', key]); };
    var row = function (label, value) { return h('tr', { key: label }, h('th', { scope: 'row' }, label), h('td', null, value)); };
    return h('div', { className: 'container px-4 my-4' },
      h('p', { className: 'category-top' }, h('span', { className: 'category' }, 'Progetto PNRR')),
      h('h1', null, data('titolo_progetto') || 'Titolo progetto'),
      h('p', { className: 'lead' }, data('sintesi_progetto') || ''),
      h('table', { className: 'table' }, h('tbody', null,
        row('CUP', data('cup') || ''),
        row('Finanziamento PNRR', euro(data('finanziamento_pnrr'))),
        row('Finanziamento totale', euro(data('finanziamento_totale'))),
        row('Inizio previsto', italianDate(data('data_inizio_prevista'))),
        row('Fine prevista', italianDate(data('data_fine_prevista'))))),
      h('div', { className: 'content-body mt-4' }, props.widgetFor('descrizione')),
      topicChips(entry));
  }

  document.querySelectorAll('meta[name="site-style"]').forEach(function (meta) {
    CMS.registerPreviewStyle(meta.getAttribute('content'));
  });
  ['notizie', 'comunicati', 'avvisi'].forEach(function (name) { CMS.registerPreviewTemplate(name, NewsPreview); });
  ['pagine-amministrazione', 'pagine-vivere'].forEach(function (name) { CMS.registerPreviewTemplate(name, PagePreview); });
  CMS.registerPreviewTemplate('servizi', ServicePreview);
  CMS.registerPreviewTemplate('progetti-pnrr', ProjectPreview);
})();
