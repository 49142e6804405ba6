// Starts the editors' tool. On the editor's own computer (scripts/serve or
// scripts/redazione) the CMS edits this clone through decap-server on port
// 8081: if that is not running, the page says what to run instead of
// falling through to the ente's GitLab login, unreachable from here. On
// the ente's servers the CMS starts at once with its GitLab login.
window.CMS_MANUAL_INIT = true;

const LOCAL_PROXY = 'http://localhost:8081/api/v1';
const isLocal = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);

async function proxyAnswers() {
  try {
    const answer = await fetch(LOCAL_PROXY, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"action":"info"}',
    });
    return answer.ok;
  } catch {
    return false;
  }
}

function explain() {
  const box = document.createElement('main');
  box.className = 'avvio-redazione';
  box.innerHTML = `
    <h1>Redazione in locale: manca il servizio dei file</h1>
    <p>Su questo computer la redazione modifica i file della cartella del sito attraverso un piccolo
    servizio (decap-server) che ora non è in funzione. Per avviarlo apri un terminale nella cartella
    del sito ed esegui:</p>
    <pre><code>scripts/redazione</code></pre>
    <p>Se il sito è già servito da <code>scripts/serve</code> su questa porta, il comando avvia solo il
    servizio dei file e ricostruisce le pagine a ogni salvataggio; altrimenti serve anche il sito.
    Poi ricarica questa pagina.</p>
    <p>Sul server dell'ente, invece, qui si accede con l'account GitLab della Provincia
    (<a href="https://gitlab.provincia.sp.it">gitlab.provincia.sp.it</a>).</p>
    <p><button type="button">Ricarica</button></p>`;
  box.querySelector('button').addEventListener('click', () => location.reload());
  document.body.prepend(box);
  box.querySelector('h1').setAttribute('tabindex', '-1');
  box.querySelector('h1').focus();
}

/**
 * Decap's Italian words where they read wrong for this site: "Data di
 * pubblicazione è richiesto" (the gender of a field cannot be known, so
 * the message names the field and says it is required), the pattern
 * messages that are already full sentences here, and the full-width "＋"
 * of the new-entry button, which the editors' fonts may lack.
 */
function italianWords() {
  const it = window.CMS?.getLocale?.('it');
  if (!it) return;
  const widget = it.editor.editorControlPane.widget;
  window.CMS.registerLocale('it', {
    ...it,
    collection: { ...it.collection, collectionTop: { ...it.collection.collectionTop, newButton: '+ %{collectionLabel}' } },
    editor: {
      ...it.editor,
      editorControlPane: {
        ...it.editor.editorControlPane,
        widget: { ...widget, required: '%{fieldLabel}: campo obbligatorio.', regexPattern: '%{fieldLabel}: %{pattern}' },
      },
    },
  });
}

window.addEventListener('DOMContentLoaded', async () => {
  if (isLocal && !(await proxyAnswers())) {
    explain();
    return;
  }
  italianWords();
  window.initCMS();
});
