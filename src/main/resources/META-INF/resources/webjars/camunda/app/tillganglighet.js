// Accessibility (WCAG 2.1 AA) and Swedish where Camunda's webapps have neither, from outside the webjar. Loaded by
// every webapp's scripts/config.js: as a custom script (customScripts: '../tillganglighet', imported before AngularJS
// starts) and as an AngularJS module (requireJsConfig.ngDeps: 'arshjulet.tillganglighet'). The colours are in
// tillganglighet.css beside this file, imported by every webapp's styles/user-styles.css.
//
// 1. The page's language (WCAG 3.1.1): every index.html says <html lang="en">; the module sets the attribute to the
//    language angular-translate uses (sv for a Swedish browser), and again whenever that changes.
// 2. Names for icon-only controls (WCAG 4.1.2): Camunda renders links and buttons holding just a glyph. A control
//    with a tooltip gets the tooltip's (already translated) text as its aria-label; the others are named from
//    LABELS below. A typeahead field that says aria-expanded without a role becomes the combobox it is.
// 3. Camunda Forms in Swedish. Tasklist 7.24 bundles form-js 1.8.7, which has no translation at all: its Validator
//    writes fixed English messages ("Field is required."), the number field's arrows are named "Increment" and
//    "Decrement", and the date field's placeholder spells the browser's date format in English letters. Tasklist
//    creates the form with `new Form({ container })` inside a directive's closure, so no module, service or event
//    of the form can be reached; the other ways in (webpack's module ids, Preact's mangled properties) change with
//    every Camunda build. The least fragile hook is therefore the form's rendered DOM, through its documented CSS
//    classes (.fjs-form-field-error, .fjs-number-arrow-up/-down, .fjs-input): a MutationObserver rewrites those
//    texts and attributes before the browser paints. Preact leaves them alone afterwards: it only touches a text or
//    an attribute again when its own value changes, and then the observer rewrites it again.
//    The date picker is flatpickr, which puts itself on window.flatpickr and reads its default locale when a picker
//    is created: flatpickr.localize() with Swedish months and weekdays, before any form is opened.
// 4. A refused submission: Tasklist shows "Ett fel uppstod när uppgiftens formulär skulle skickas" (COMPLETE_ERROR)
//    with no message when form-js refused the answers. A decorator of Camunda's Notifications service replaces that
//    notification, and only that one (a server's refusal carries a message), by one that names the first fields that
//    are empty or wrong and counts the rest (each field says its own error). It goes once the form shows no error:
//    left standing over a long form it would hide the buttons the person needs next.

const FORM_MESSAGES = [
  [/^Field is required\.$/, () => 'Fältet måste fyllas i.'],
  [/^Field must have minimum value of (.+)\.$/, n => `Värdet måste vara minst ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Värdet får vara högst ${n}.`],
  [/^Field must have minimum length of (.+)\.$/, n => `Svaret måste ha minst ${n} tecken.`],
  [/^Field must have maximum length of (.+)\.$/, n => `Svaret får ha högst ${n} tecken.`],
  [/^Field must match pattern (.+)\.$/, p => `Svaret måste följa mönstret ${p}.`],
  [/^Field must be a valid email\.$/, () => 'Skriv en giltig e-postadress.'],
  [/^Field must be a valid +international phone number\..*$/,
    () => 'Skriv ett telefonnummer med landsnummer, t.ex. +46701234567.'],
  [/^Value is not a number\.$/, () => 'Skriv ett tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Skriv ett heltal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `Skriv högst ${n} decimaler.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Välj ett giltigt värde; de två närmaste är ${a} och ${b}.`],
];
const REQUIRED = 'Fältet måste fyllas i.';

// Icon-only controls without a tooltip, by selector: their name in Swedish and in English.
const LABELS = [
  ['.app-switch > .dropdown-toggle', 'Byt webbapp', 'Switch web application'],
  ['button.region-toggle[data-region="filters"]', 'Visa eller dölj filtren', 'Show or hide the filters'],
  ['button.region-toggle[data-region="list"]', 'Visa eller dölj uppgiftslistan', 'Show or hide the task list'],
  ['button.region-toggle[data-region="task"]', 'Visa eller dölj uppgiften', 'Show or hide the task'],
  ['button.maximize', 'Förstora eller återställ uppgiften', 'Maximize or restore the task'],
  ['.stored-criteria > .dropdown-toggle', 'Sparade sökningar', 'Saved searches'],
  ['.new-sort > .dropdown-toggle', 'Lägg till sortering', 'Add sorting'],
  ['a.instance-link', 'Öppna processinstansen i Cockpit', 'Open the process instance in Cockpit'],
  ['.alert > button.close, .alert > div > button.close', 'Stäng', 'Close'],
];
const OURS = 'data-arshjulet-namn';

const FLATPICKR_SV = {
  weekdays: {
    shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
    longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
      'november', 'december'],
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'v',
  rangeSeparator: ' till ',
  scrollTitle: 'Scrolla för att ändra',
  toggleTitle: 'Klicka för att växla',
  monthAriaLabel: 'Månad',
  yearAriaLabel: 'År',
  hourAriaLabel: 'Timme',
  minuteAriaLabel: 'Minut',
  time_24hr: true,
  ordinal: () => '',
};

let language = 'sv';
const swedish = () => language !== 'en';

function hasName(element) {
  return element.textContent.trim() !== '' || element.hasAttribute('title')
    || (element.hasAttribute('aria-label') && !element.hasAttribute(OURS))
    || element.hasAttribute('aria-labelledby');
}

/**
 * The name each icon-only control gets, by the first rule that knows one. The controls of LABELS are named even
 * where they hold a text, as Camunda hides it on screen (the "+" to add a sorting); the others only without one.
 */
function controlNames(root) {
  const names = new Map();
  const offer = (element, label, evenWithText) => {
    const free = element.hasAttribute(OURS) || (evenWithText
      ? !element.hasAttribute('aria-label') && !element.hasAttribute('aria-labelledby') : !hasName(element));
    if (label && free && !names.has(element)) {
      names.set(element, label);
    }
  };
  for (const [selector, sv, en] of LABELS) {
    root.querySelectorAll(selector).forEach(element => offer(element, swedish() ? sv : en, true));
  }
  root.querySelectorAll('a[uib-tooltip], button[uib-tooltip]')
    .forEach(element => offer(element, element.getAttribute('uib-tooltip').trim()));
  // An empty link beside a named one to the same place (the welcome page's application tiles) takes its name.
  root.querySelectorAll('a[href]:not([href=""])').forEach(element => {
    const twin = element.querySelector('img, svg') ? null : [...element.parentElement.querySelectorAll('a[href]')]
      .find(other => other !== element && other.getAttribute('href') === element.getAttribute('href'));
    offer(element, twin && twin.textContent.trim());
  });
  return names;
}

function nameControls(root) {
  controlNames(root).forEach((label, element) => {
    if (element.getAttribute('aria-label') !== label) {
      element.setAttribute('aria-label', label);
      element.setAttribute(OURS, '');
    }
    // A link without an address that acts on a click (copy the page's link) is a button: reachable by Tab and
    // pressed with Enter or Space (below).
    if (element.tagName === 'A' && !element.hasAttribute('href') && !element.hasAttribute('role')) {
      element.setAttribute('role', 'button');
      element.setAttribute('tabindex', '0');
    }
  });
  root.querySelectorAll('input[aria-expanded]:not([role])').forEach(input => input.setAttribute('role', 'combobox'));
}

document.addEventListener('keydown', event => {
  const target = event.target;
  if ((event.key === 'Enter' || event.key === ' ') && target.matches && target.matches(`a[${OURS}][role="button"]`)) {
    event.preventDefault();
    target.click();
  }
});

function swedishForms(root) {
  if (!swedish()) {
    return;
  }
  root.querySelectorAll('.fjs-form-field-error li').forEach(item => {
    const text = item.textContent.trim();
    for (const [english, swedishText] of FORM_MESSAGES) {
      const match = text.match(english);
      if (match) {
        // The text node's own value changes, not the node: form-js (Preact) keeps a hold on it and removes it
        // when the error goes; a node put in its place would be left behind and break the form's next render.
        const node = [...item.childNodes].find(child => child.nodeType === Node.TEXT_NODE
          && child.nodeValue.trim() !== '');
        if (node) {
          node.nodeValue = swedishText(...match.slice(1));
        }
        break;
      }
    }
  });
  // form-js names them itself, in English.
  root.querySelectorAll('.fjs-number-arrow-up').forEach(button => button.setAttribute('aria-label', 'Öka'));
  root.querySelectorAll('.fjs-number-arrow-down').forEach(button => button.setAttribute('aria-label', 'Minska'));
  // The date format spelled in Swedish letters: "yyyy-mm-dd" is "åååå-mm-dd".
  root.querySelectorAll('.fjs-form-field-datetime input.fjs-input[placeholder*="y"]').forEach(input => {
    input.setAttribute('placeholder', input.getAttribute('placeholder').replace(/y/g, 'å'));
  });
}

// What the page changes is looked at again; what the pass itself changes is not (it does not observe itself).
const WATCHED = {
  subtree: true, childList: true, characterData: true,
  attributes: true, attributeFilter: ['uib-tooltip', 'placeholder', 'aria-label', 'aria-expanded'],
};
let queued = false;
const observer = new MutationObserver(() => {
  if (!queued) {
    queued = true;
    queueMicrotask(pass);
  }
});

/** The accessibility statement, linked from the webapps' footer as from every page of the product. */
function statementLink(root) {
  const footer = root.querySelector('footer[cam-widget-footer]');
  if (!footer || footer.querySelector('a[href="/tillganglighet"]')) {
    return;
  }
  const link = document.createElement('a');
  link.href = '/tillganglighet';
  link.textContent = 'Tillgänglighetsredogörelse';
  link.className = 'arshjulet-tillganglighet';
  footer.appendChild(link);
}

/** The refusals on show, each with how to withdraw it; all go once the form shows no error. */
let refusalsShown = [];

function withdrawSettledRefusal() {
  if (refusalsShown.length > 0 && !document.querySelector('.fjs-form-field-error li')) {
    refusalsShown.forEach(withdraw => withdraw());
    refusalsShown = [];
  }
}

function pass() {
  queued = false;
  observer.disconnect();
  try {
    nameControls(document);
    swedishForms(document);
    statementLink(document);
    withdrawSettledRefusal();
  } finally {
    observer.observe(document.documentElement, WATCHED);
  }
}
pass();

if (window.flatpickr && typeof window.flatpickr.localize === 'function') {
  window.flatpickr.localize(FLATPICKR_SV);
  window.flatpickr.setDefaults({ ariaDateFormat: 'j F Y' });
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The form's fields that show an error: their label and messages, in the order of the form. */
function refusedFields() {
  return [...document.querySelectorAll('.fjs-form-field-error')].map(error => {
    const label = error.closest('.fjs-form-field').querySelector('.fjs-form-field-label');
    return {
      label: label ? label.textContent.replace(/\*\s*$/, '').trim() : '',
      errors: [...error.querySelectorAll('li')].map(item => item.textContent.trim()),
    };
  }).filter(field => field.errors.length > 0 && field.label !== '');
}

/** Fields named in a refusal; the others are counted. */
const NAMED = 3;

function listed(labels) {
  if (labels.length > NAMED + 1) {
    return `${labels.slice(0, NAMED).join(', ')} och ${labels.length - NAMED} fält till`;
  }
  return labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} och ${labels[labels.length - 1]}`;
}

/** The notification for answers form-js refused: what is missing and what is wrong. */
function refusal(fields) {
  const missing = fields.filter(field => field.errors.every(error => error === REQUIRED));
  const wrong = fields.filter(field => !missing.includes(field));
  const quoted = field => `”${escapeHtml(field.label)}”`;
  const parts = [];
  if (missing.length > 0) {
    parts.push(`Fyll i ${listed(missing.map(quoted))}.`);
  }
  if (wrong.length > 0) {
    parts.push(`Rätta ${listed(wrong.map(field => `${quoted(field)} (${escapeHtml(field.errors.join(' '))})`))}.`);
  }
  return { status: 'Uppgiften är inte slutförd', message: parts.join(' ') };
}

const angular = window.angular;
angular.module('arshjulet.tillganglighet', ['cam.commons'])
  .run(['$rootScope', '$translate', ($rootScope, $translate) => {
    const follow = () => {
      const used = $translate.use() || $translate.proposedLanguage();
      if (used) {
        language = used;
        document.documentElement.setAttribute('lang', used);
        pass();
      }
    };
    $rootScope.$on('$translateChangeSuccess', follow);
    follow();
  }])
  // $translate is taken when a notification comes: it needs Notifications itself (to report a missing locale).
  .decorator('Notifications', ['$delegate', '$injector', '$timeout', (notifications, $injector, $timeout) => {
    const addError = notifications.addError;
    notifications.addError = function (notification) {
      if (!swedish() || notification.message
          || notification.status !== $injector.get('$translate').instant('COMPLETE_ERROR')) {
        return addError.apply(this, arguments);
      }
      // form-js renders its errors after it refused the answers: read them once it has.
      return $timeout(() => {
        const fields = refusedFields();
        if (fields.length === 0) {
          return addError.call(notifications, notification);
        }
        addError.call(notifications, Object.assign(notification, refusal(fields)));
        refusalsShown.push(() => $timeout(() => notifications.clear(notification)));
      }, 50);
    };
    return notifications;
  }]);

export default [];
